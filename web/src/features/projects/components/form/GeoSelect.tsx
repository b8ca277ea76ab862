import { Autocomplete, Box, Chip, CircularProgress, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useGeo } from '@/features/dictionaries';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLanguage } from '@/hooks/use-language';
import { formatUtcOffset, placeName } from '@/lib/format';
import type { GeoOption } from './project-form';

export interface GeoSelectProps {
  value: GeoOption[];
  onChange: (next: GeoOption[]) => void;
  error?: string;
  onBlur?: () => void;
  disabled?: boolean;
}

/** Countries, regions and cities, searched on the server by name; each shows its time zone. */
export function GeoSelect({ value, onChange, error, onBlur, disabled }: GeoSelectProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 300);
  const geo = useGeo({ search: search || undefined, active: 'true', limit: 50 }, { enabled: open });
  const options = useMemo<GeoOption[]>(
    () => (geo.data?.data ?? []).map(({ id, name, name_en, country, region, timezone }) => ({ id, name, name_en, country, region, timezone })),
    [geo.data],
  );

  return (
    <Autocomplete<GeoOption, true, false, false>
      multiple
      disabled={disabled}
      disableCloseOnSelect
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => {
        setOpen(false);
        setInput('');
      }}
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      onBlur={onBlur}
      inputValue={input}
      onInputChange={(_e, text, reason) => {
        // Choosing an option keeps what was typed, so several regions are picked from one search.
        if (reason !== 'reset') setInput(text);
      }}
      filterOptions={(x) => x}
      loading={geo.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={t('numbers.filters.noOptions')}
      getOptionLabel={(o) => placeName(o, language)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, option, { selected }) => (
        <li {...optionProps(props)} key={option.id}>
          <Box sx={{ display: 'flex', width: '100%', alignItems: 'baseline', gap: 1, fontWeight: selected ? 600 : 400 }}>
            <span>{placeName(option, language)}</span>
            <Box component="span" sx={{ color: 'text.secondary', fontSize: 13 }}>
              {option.region ? option.country : t('projects.form.wholeCountry', { country: option.country })}
            </Box>
            <Box component="span" sx={{ ml: 'auto', color: 'text.secondary', fontSize: 12.5, whiteSpace: 'nowrap' }}>
              {option.timezone} · {formatUtcOffset(option.timezone)}
            </Box>
          </Box>
        </li>
      )}
      renderTags={(tags, getTagProps) =>
        tags.map((option, index) => {
          const { key, ...tagProps } = getTagProps({ index });
          return (
            <Chip
              key={key}
              {...tagProps}
              size="small"
              label={`${placeName(option, language)} · ${formatUtcOffset(option.timezone)}`}
              title={option.timezone}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('projects.form.geo')}
          placeholder={value.length === 0 ? t('projects.form.geoPlaceholder') : undefined}
          error={Boolean(error)}
          helperText={error}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {geo.isFetching && open ? <CircularProgress color="inherit" size={16} /> : null}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
}
