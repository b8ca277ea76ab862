import { Autocomplete, Box, CircularProgress, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useUsers } from '@/features/users';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

interface Option {
  id: number;
  username: string;
  active: boolean;
}

export interface UserFilterProps {
  value: number | null;
  onChange: (userId: number | null) => void;
  /** Names of users by id, for the chosen one before the list has come (a link with ?user_id=). */
  names: ReadonlyMap<number, string>;
  /** The server's words about the filter (422), under the field. */
  error?: string;
  width?: number;
}

/** Chooses the user whose actions are shown, searching the users as the user types. */
export function UserFilter({ value, onChange, names, error, width = 220 }: UserFilterProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(input, 300);
  const users = useUsers({ search: search.trim() || undefined, limit: 20 }, { enabled: open });

  const options = useMemo<Option[]>(
    () => (users.data?.data ?? []).map((u) => ({ id: u.id, username: u.username, active: u.status === 'active' })),
    [users.data],
  );
  const selected = useMemo<Option | null>(() => {
    if (value === null) return null;
    return options.find((o) => o.id === value) ?? { id: value, username: names.get(value) ?? `#${value}`, active: true };
  }, [value, options, names]);

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
      getOptionLabel={(o) => o.username}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={users.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={t('audit.filters.noOptions')}
      onChange={(_event, option) => onChange(option ? option.id : null)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear' || reason === 'reset') setInput('');
      }}
      renderOption={(props, option) => (
        <li {...optionProps(props)} key={option.id}>
          {option.username}
          {option.active ? null : (
            <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
              {t('common.inactive')}
            </Box>
          )}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('audit.filters.user')}
          placeholder={value === null ? t('audit.filters.userPlaceholder') : undefined}
          error={error !== undefined}
          helperText={error}
          InputLabelProps={{ ...params.InputLabelProps, shrink: true }}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {users.isFetching && open ? <CircularProgress color="inherit" size={16} /> : null}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
}
