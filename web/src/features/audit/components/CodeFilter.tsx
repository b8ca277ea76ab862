import { Autocomplete, Box, TextField, createFilterOptions } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';

export interface CodeFilterProps {
  /** A code, or '' for any. */
  value: string;
  onChange: (code: string) => void;
  /** The codes offered, in this order. */
  codes: readonly string[];
  /** A code's name in the user's language. */
  nameOf: (code: string) => string;
  label: string;
  placeholder: string;
  /** The server's words about the filter (422), under the field. */
  error?: string;
  width?: number;
}

/** Chooses one code (an action, an object type) by its name; typing finds a name or a code. */
export function CodeFilter({ value, onChange, codes, nameOf, label, placeholder, error, width = 210 }: CodeFilterProps) {
  const { t } = useTranslation();
  // A code from a link that the list does not know is offered too, so that it shows.
  const options = useMemo(() => (value && !codes.includes(value) ? [...codes, value] : [...codes]), [codes, value]);
  const filterOptions = useMemo(() => createFilterOptions<string>({ stringify: (code) => `${nameOf(code)} ${code}` }), [nameOf]);

  return (
    <Autocomplete<string>
      sx={{ width }}
      size="small"
      value={value || null}
      options={options}
      filterOptions={filterOptions}
      getOptionLabel={nameOf}
      noOptionsText={t('audit.filters.noOptions')}
      onChange={(_event, code) => onChange(code ?? '')}
      renderOption={(props, code) => (
        <li {...optionProps(props)} key={code}>
          {nameOf(code)}
          <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 12, fontFamily: 'monospace' }}>
            {code}
          </Box>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value ? undefined : placeholder}
          error={error !== undefined}
          helperText={error}
          InputLabelProps={{ ...params.InputLabelProps, shrink: true }}
        />
      )}
    />
  );
}
