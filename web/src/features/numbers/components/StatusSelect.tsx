import { Box, MenuItem, Select, type SelectChangeEvent } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { KeyboardEvent } from 'react';
import type { Language } from '@/lib/i18n';
import type { NumberStatus } from '@/lib/api-types';

export function statusName(status: NumberStatus, language: Language): string {
  return language === 'en' ? status.name_en : status.name_ru;
}

export interface StatusBadgeProps {
  status: NumberStatus | undefined;
  fallback: string;
  language: Language;
}

/** A status as a coloured pill. */
export function StatusBadge({ status, fallback, language }: StatusBadgeProps) {
  const theme = useTheme();
  const color = status?.color ?? theme.palette.grey[500];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        px: 1,
        py: 0.25,
        borderRadius: 10,
        fontSize: 12.5,
        fontWeight: 600,
        lineHeight: 1.5,
        whiteSpace: 'nowrap',
        bgcolor: color,
        color: theme.palette.getContrastText(color),
      }}
    >
      {status ? statusName(status, language) : fallback}
    </Box>
  );
}

export interface StatusSelectProps {
  value: number;
  fallbackCode: string;
  statuses: readonly NumberStatus[];
  language: Language;
  label: string;
  disabled?: boolean;
  onChange: (statusId: number) => void;
}

/** The status of a row, changed in place. */
export function StatusSelect({ value, fallbackCode, statuses, language, label, disabled, onChange }: StatusSelectProps) {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const handleChange = (event: SelectChangeEvent<number | ''>) => {
    const next = Number(event.target.value);
    if (next !== value) onChange(next);
  };
  // The grid must not take the keys meant for the open list.
  const handleKeyDown = (event: KeyboardEvent) => event.stopPropagation();
  return (
    <Select<number | ''>
      value={byId.has(value) ? value : ''}
      onChange={handleChange}
      onKeyDown={handleKeyDown}
      disabled={disabled || statuses.length === 0}
      variant="standard"
      disableUnderline
      displayEmpty
      inputProps={{ 'aria-label': label }}
      renderValue={(selected) => <StatusBadge status={byId.get(Number(selected))} fallback={fallbackCode} language={language} />}
      sx={{ '& .MuiSelect-select': { py: 0.25, display: 'flex', alignItems: 'center' }, fontSize: 13 }}
      MenuProps={{ slotProps: { paper: { sx: { maxHeight: 360 } } } }}
    >
      {statuses.map((s) => (
        <MenuItem key={s.id} value={s.id} sx={{ gap: 1 }}>
          <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: s.color, flexShrink: 0 }} />
          {statusName(s, language)}
        </MenuItem>
      ))}
    </Select>
  );
}
