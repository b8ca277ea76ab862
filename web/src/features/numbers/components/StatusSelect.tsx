import { MenuItem, Select, type SelectChangeEvent } from '@mui/material';
import type { KeyboardEvent } from 'react';
import { StatusBadge, StatusDot, statusName } from '@/components/ui/StatusBadge';
import type { Language } from '@/lib/i18n';
import type { NumberStatus } from '@/lib/api-types';

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
          <StatusDot color={s.color} />
          {statusName(s, language)}
        </MenuItem>
      ))}
    </Select>
  );
}
