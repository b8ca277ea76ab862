import { Autocomplete, CircularProgress, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useProject } from '../api/get-project';
import { useProjects } from '../api/get-projects';

interface Option {
  id: number;
  name: string;
  tag: string;
}

export interface ProjectPickerProps {
  value: number | null;
  onChange: (projectId: number | null) => void;
  label: string;
  placeholder?: string;
  width?: number | string;
  /** A message under the field (a form's validation). */
  helperText?: string;
  error?: boolean;
  required?: boolean;
}

/** Chooses one project, searching the server as the user types (there may be thousands). */
export function ProjectPicker({ value, onChange, label, placeholder, width = 210, helperText, error, required }: ProjectPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(input, 300);
  const projects = useProjects({ search: search.trim() || undefined, sort: 'name', limit: 20 }, { enabled: open });
  const selectedDetail = useProject(value);

  const options = useMemo<Option[]>(
    () => (projects.data?.data ?? []).map(({ id, name, tag }) => ({ id, name, tag })),
    [projects.data],
  );
  const selected: Option | null = useMemo(() => {
    if (value === null) return null;
    const listed = options.find((o) => o.id === value);
    if (listed) return listed;
    const d = selectedDetail.data;
    return d ? { id: d.id, name: d.name, tag: d.tag } : { id: value, name: `#${value}`, tag: '' };
  }, [value, options, selectedDetail.data]);

  return (
    <Autocomplete<Option>
      sx={{ width }}
      size="small"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={projects.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={t('numbers.filters.noOptions')}
      onChange={(_event, option) => onChange(option ? option.id : null)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear' || reason === 'reset') setInput('');
      }}
      renderOption={(props, option) => {
        return (
          <li {...optionProps(props)} key={option.id}>
            {option.name}
            {option.tag ? <span style={{ opacity: 0.6, marginLeft: 8 }}>{option.tag}</span> : null}
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value === null ? placeholder : undefined}
          helperText={helperText}
          error={error}
          required={required}
          InputLabelProps={{ ...params.InputLabelProps, shrink: true }}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {projects.isFetching && open ? <CircularProgress color="inherit" size={16} /> : null}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
}
