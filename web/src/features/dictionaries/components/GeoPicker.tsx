import { Autocomplete, Box, CircularProgress, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLanguage } from '@/hooks/use-language';
import type { Geo } from '@/lib/api-types';
import { formatUtcOffset, placeName } from '@/lib/format';
import { useGeo } from '../api/get-geo';
import { useGeoEntry } from '../api/get-geo-entry';

type GeoOption = Pick<Geo, 'id' | 'name' | 'name_en' | 'country' | 'region' | 'timezone'>;

export interface GeoPickerProps {
  /** The chosen entry's id, or null. */
  value: number | null;
  onChange: (geoId: number | null) => void;
  label: string;
  placeholder?: string;
  helperText?: string;
  error?: boolean;
  width?: number | string;
  id?: string;
}

/** One country, region or city, searched on the server by name (there are thousands). */
export function GeoPicker({ value, onChange, label, placeholder, helperText, error, width = '100%', id }: GeoPickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 300);
  const geo = useGeo({ search: search || undefined, active: 'true', limit: 50 }, { enabled: open });
  const options = useMemo<GeoOption[]>(() => geo.data?.data ?? [], [geo.data]);
  const chosen = useGeoEntry(value);
  const selected = useMemo<GeoOption | null>(() => {
    if (value === null) return null;
    return options.find((o) => o.id === value) ?? chosen.data ?? { id: value, name: `#${value}`, name_en: `#${value}`, country: '', region: null, timezone: '' };
  }, [value, options, chosen.data]);

  return (
    <Autocomplete<GeoOption>
      id={id}
      sx={{ width }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => placeName(o, language)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={geo.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={t('numbers.filters.noOptions')}
      onChange={(_event, option) => onChange(option ? option.id : null)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear' || reason === 'reset') setInput('');
      }}
      renderOption={(props, option) => (
        <li {...optionProps(props)} key={option.id}>
          <Box sx={{ display: 'flex', width: '100%', alignItems: 'baseline', gap: 1 }}>
            <span>{placeName(option, language)}</span>
            <Box component="span" sx={{ color: 'text.secondary', fontSize: 13 }}>
              {option.region ? option.country : t('projects.form.wholeCountry', { country: option.country })}
            </Box>
            <Box component="span" sx={{ ml: 'auto', color: 'text.secondary', fontSize: 12.5, whiteSpace: 'nowrap' }}>
              {option.timezone ? `${option.timezone} · ${formatUtcOffset(option.timezone)}` : null}
            </Box>
          </Box>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value === null ? placeholder : undefined}
          helperText={helperText}
          error={error}
          InputLabelProps={{ ...params.InputLabelProps, shrink: true }}
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
