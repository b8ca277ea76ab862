import { MenuItem, Select, type SelectChangeEvent } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
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
  open?: boolean;
  onOpen?: () => void;
  onClose?: () => void;
}

// The grid must not take the keys meant for the status control or its open list.
const stopKeys = (event: KeyboardEvent) => event.stopPropagation();

/** The status of a row, changed in place. */
export function StatusSelect({ value, fallbackCode, statuses, language, label, disabled, onChange, open, onOpen, onClose }: StatusSelectProps) {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const handleChange = (event: SelectChangeEvent<number | ''>) => {
    const next = Number(event.target.value);
    if (next !== value) onChange(next);
  };
  return (
    <Select<number | ''>
      value={byId.has(value) ? value : ''}
      onChange={handleChange}
      onKeyDown={stopKeys}
      open={open}
      onOpen={onOpen}
      onClose={onClose}
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

/**
 * The status of a grid row: a plain badge until it is first used, then the Select (a page of
 * live Selects, with their menus and inputs, is slow to mount). Styled by the grid
 * (`.numbers-badge-button`).
 */
export function StatusCell(props: StatusSelectProps) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  if (used) return <StatusSelect {...props} open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)} />;
  const status = props.statuses.find((s) => s.id === props.value);
  return (
    <button
      type="button"
      className="numbers-badge-button"
      role="combobox"
      aria-label={props.label}
      aria-haspopup="listbox"
      aria-expanded={false}
      disabled={props.disabled || props.statuses.length === 0}
      onKeyDown={stopKeys}
      onClick={() => {
        setUsed(true);
        setOpen(true);
      }}
    >
      <StatusBadge status={status} fallback={props.fallbackCode} language={props.language} />
    </button>
  );
}
