import { CheckBox as CheckBoxIcon, CheckBoxOutlineBlank as CheckBoxOutlineBlankIcon } from '@mui/icons-material';
import { Autocomplete, Box, Checkbox, Chip, TextField, createFilterOptions } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useProviders } from '@/features/dictionaries';
import type { ProviderOption } from './project-form';

export interface ProviderSelectProps {
  value: ProviderOption[];
  onChange: (next: ProviderOption[]) => void;
  error?: string;
  onBlur?: () => void;
  disabled?: boolean;
}

const filter = createFilterOptions<ProviderOption>({ stringify: (o) => `${o.code} ${o.name}` });

/** The data sources of the old CRM's B1/B2/B3 checkboxes: any number of active providers, searchable. */
export function ProviderSelect({ value, onChange, error, onBlur, disabled }: ProviderSelectProps) {
  const { t } = useTranslation();
  const providers = useProviders();
  const options = useMemo<ProviderOption[]>(() => {
    const active = (providers.data ?? []).filter((p) => p.is_active).map(({ id, code, name }) => ({ id, code, name }));
    // A provider made inactive later still shows as chosen, so it can be removed.
    const missing = value.filter((v) => !active.some((a) => a.id === v.id));
    return [...active, ...missing];
  }, [providers.data, value]);

  return (
    <Autocomplete<ProviderOption, true, false, false>
      multiple
      disabled={disabled}
      disableCloseOnSelect
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      onBlur={onBlur}
      filterOptions={filter}
      loading={providers.isPending}
      loadingText={t('common.loading')}
      noOptionsText={t('numbers.filters.noOptions')}
      getOptionLabel={(o) => o.code}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, option, { selected }) => (
        <li {...optionProps(props)} key={option.id}>
          <Checkbox
            icon={<CheckBoxOutlineBlankIcon fontSize="small" />}
            checkedIcon={<CheckBoxIcon fontSize="small" />}
            checked={selected}
            size="small"
            sx={{ mr: 1, p: 0.5 }}
          />
          <Box component="span" sx={{ fontWeight: 600, minWidth: 48 }}>
            {option.code}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
            {option.name}
          </Box>
        </li>
      )}
      renderTags={(tags, getTagProps) =>
        tags.map((option, index) => {
          const { key, ...tagProps } = getTagProps({ index });
          return <Chip key={key} {...tagProps} size="small" label={option.code} title={option.name} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('projects.form.providers')}
          placeholder={value.length === 0 ? t('projects.form.providersPlaceholder') : undefined}
          error={Boolean(error)}
          helperText={error}
        />
      )}
    />
  );
}
