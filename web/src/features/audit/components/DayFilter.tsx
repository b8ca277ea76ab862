import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';

export interface DayFilterProps {
  /** As the URL has it: a day YYYY-MM-DD, a timestamp (its day is shown), or ''. */
  value: string;
  /** A whole day YYYY-MM-DD, or '' when cleared. */
  onChange: (day: string) => void;
  label: string;
  /** Days before it (or after `maxDay`) are marked as wrong. */
  minDay?: string;
  maxDay?: string;
  /** The server's words about the date (422), under the field. */
  error?: string;
}

const DAY = 'YYYY-MM-DD';

/** The day a URL value names; null for none or a date that does not exist (2026-02-30). */
export function dayOf(value: string | undefined): Dayjs | null {
  if (!value) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : /^\d{4}-\d{2}-\d{2}[T ]/.test(value) ? dayjs(value) : null;
  if (!day?.isValid()) return null;
  // dayjs reads 2026-02-30 as 2 March: only a day that exists is one.
  return value.length === 10 && day.format(DAY) !== value ? null : day;
}

/** One day of the range; only a whole, valid date changes the filter. */
export function DayFilter({ value, onChange, label, minDay, maxDay, error }: DayFilterProps) {
  return (
    <DatePicker
      label={label}
      value={dayOf(value)}
      minDate={dayOf(minDay) ?? undefined}
      maxDate={dayOf(maxDay) ?? undefined}
      onChange={(day) => {
        if (day === null) onChange('');
        else if (day.isValid()) onChange(day.format(DAY));
      }}
      slotProps={{
        textField: {
          size: 'small',
          sx: { width: 170 },
          InputLabelProps: { shrink: true },
          // Without a server issue the picker marks a day outside min/max itself.
          ...(error === undefined ? {} : { error: true, helperText: error }),
        },
        field: { clearable: true },
      }}
    />
  );
}
