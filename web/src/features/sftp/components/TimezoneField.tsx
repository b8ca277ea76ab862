import { Autocomplete, Box, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { formatUtcOffset } from '@/lib/format';

/** The browser's IANA zones (every zone the server knows too), with the value kept when the list lacks it. */
function zones(value: string): string[] {
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const out = list.includes('UTC') ? [...list] : [...list, 'UTC'];
  if (value && !out.includes(value)) out.push(value);
  return out;
}

export interface TimezoneFieldProps {
  value: string;
  onChange: (zone: string) => void;
  label: string;
  error?: boolean;
  helperText?: string;
}

/** An IANA time zone, chosen from the list by typing part of its name ("Mosc", "Novosib"). */
export function TimezoneField({ value, onChange, label, error, helperText }: TimezoneFieldProps) {
  const { t } = useTranslation();
  const options = useMemo(() => zones(value), [value]);
  return (
    <Autocomplete<string, false, true>
      value={value}
      options={options}
      disableClearable
      autoHighlight
      onChange={(_e, zone) => onChange(zone)}
      noOptionsText={t('sftp.scheduleDialog.noTimezones')}
      renderOption={(props, zone) => (
        <li {...optionProps(props)} key={zone}>
          <Box component="span" sx={{ flexGrow: 1 }}>
            {zone}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontSize: 13, ml: 1 }}>
            {formatUtcOffset(zone)}
          </Box>
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} inputProps={{ ...params.inputProps, spellCheck: false }} />}
    />
  );
}
