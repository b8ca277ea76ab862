import { Add as AddIcon, Close as CloseIcon } from '@mui/icons-material';
import { Box, Button, Chip, IconButton, Switch, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type DaySchedule, type TimeWindow, type WeekSchedule } from './schedule';

export interface ScheduleEditorProps {
  value: WeekSchedule;
  onChange: (next: WeekSchedule) => void;
  /** The message under a day (window null) or under a window's start or end. */
  errorFor?: (day: number, window: number | null, field?: 'start' | 'end') => string | undefined;
  /** A message about the whole schedule (e.g. from the server). */
  rootError?: string;
  disabled?: boolean;
}

/** "900" → "09:00", "1830" → "18:30"; anything else stays as typed (validation will say). */
export function normalizeTime(text: string): string {
  const t = text.trim();
  const digits = t.replace(/\D/g, '');
  if (/^\d{1,2}$/.test(t)) return `${digits.padStart(2, '0')}:00`;
  if (/^\d{3,4}$/.test(t)) return `${digits.slice(0, -2).padStart(2, '0')}:${digits.slice(-2)}`;
  if (/^\d{1,2}[:.]\d{2}$/.test(t)) {
    const [h = '', m = ''] = t.split(/[:.]/);
    return `${h.padStart(2, '0')}:${m}`;
  }
  return t;
}

const WORKDAY: TimeWindow = { start: '09:00', end: '18:00' };

/** Seven days, each on or off; a day that is on is the whole day, or the time windows given. */
export function ScheduleEditor({ value, onChange, errorFor, rootError, disabled }: ScheduleEditorProps) {
  const { t } = useTranslation();
  const setDay = (index: number, next: DaySchedule) => onChange(value.map((d, i) => (i === index ? next : d)));
  const setAll = (on: (index: number) => boolean) => onChange(value.map((_d, i) => ({ enabled: on(i), windows: [] })));

  return (
    <Box role="group" aria-label={t('projects.schedule.title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {t('projects.schedule.title')}
        </Typography>
        <Button size="small" disabled={disabled} onClick={() => setAll((i) => i < 5)}>
          {t('projects.schedule.workdays')}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => setAll(() => true)}>
          {t('projects.schedule.everyDay')}
        </Button>
        <Button size="small" color="inherit" disabled={disabled} onClick={() => setAll(() => false)}>
          {t('common.clear')}
        </Button>
      </Box>
      <Box sx={{ border: 1, borderColor: rootError ? 'error.main' : 'divider', borderRadius: 1 }}>
        {value.map((day, index) => (
          <DayRow
            key={WEEKDAYS[index]}
            index={index}
            day={day}
            disabled={disabled}
            onChange={(next) => setDay(index, next)}
            errorFor={errorFor}
          />
        ))}
      </Box>
      {rootError ? (
        <Typography variant="caption" color="error" role="alert" sx={{ display: 'block', mt: 0.5, mx: 1.75 }}>
          {rootError}
        </Typography>
      ) : null}
    </Box>
  );
}

interface DayRowProps {
  index: number;
  day: DaySchedule;
  disabled?: boolean;
  onChange: (next: DaySchedule) => void;
  errorFor?: ScheduleEditorProps['errorFor'];
}

function DayRow({ index, day, disabled, onChange, errorFor }: DayRowProps) {
  const { t } = useTranslation();
  const name = t(`weekdays.${WEEKDAYS[index] ?? 1}`);
  const longName = t(`weekdaysLong.${WEEKDAYS[index] ?? 1}`);
  // The messages of the day and of its windows go together under the row; the inputs turn red.
  const messages = [
    errorFor?.(index, null),
    ...day.windows.flatMap((_w, wi) => [errorFor?.(index, wi, 'start'), errorFor?.(index, wi, 'end')]),
  ].filter((m, i, all): m is string => Boolean(m) && all.indexOf(m) === i);
  const setWindow = (w: number, next: TimeWindow) => onChange({ ...day, windows: day.windows.map((x, i) => (i === w ? next : x)) });
  const addWindow = () => onChange({ ...day, windows: [...day.windows, day.windows.length === 0 ? WORKDAY : { start: '', end: '' }] });
  const removeWindow = (w: number) => onChange({ ...day, windows: day.windows.filter((_x, i) => i !== w) });

  return (
    <Box
      data-testid={`schedule-day-${index + 1}`}
      sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, px: 1, py: 0.5, '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', width: 96, height: 38, flexShrink: 0 }}>
        <Switch
          size="small"
          checked={day.enabled}
          disabled={disabled}
          onChange={(_e, enabled) => onChange({ enabled, windows: enabled ? day.windows : [] })}
          inputProps={{ 'aria-label': longName }}
        />
        <Typography sx={{ fontWeight: day.enabled ? 600 : 400, color: day.enabled ? 'text.primary' : 'text.secondary', ml: 0.5 }}>
          {name}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, minHeight: 38, flexGrow: 1 }}>
        {!day.enabled ? (
          <Typography variant="body2" color="text.disabled">
            {t('projects.schedule.off')}
          </Typography>
        ) : null}
        {day.enabled && day.windows.length === 0 ? <Chip size="small" color="success" variant="outlined" label={t('projects.schedule.wholeDay')} /> : null}
        {day.windows.map((w, wi) => (
          <Box key={wi} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <TimeInput
              value={w.start}
              label={t('projects.schedule.from', { day: longName, n: String(wi + 1) })}
              error={Boolean(errorFor?.(index, wi, 'start'))}
              disabled={disabled}
              onChange={(start) => setWindow(wi, { ...w, start })}
            />
            <Typography>–</Typography>
            <TimeInput
              value={w.end}
              label={t('projects.schedule.to', { day: longName, n: String(wi + 1) })}
              error={Boolean(errorFor?.(index, wi, 'end'))}
              disabled={disabled}
              onChange={(end) => setWindow(wi, { ...w, end })}
            />
            <Tooltip title={t('projects.schedule.removeWindow')}>
              <IconButton size="small" onClick={() => removeWindow(wi)} disabled={disabled} aria-label={t('projects.schedule.removeWindow')}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
        {day.enabled ? (
          <Button size="small" startIcon={<AddIcon />} onClick={addWindow} disabled={disabled} aria-label={t('projects.schedule.addWindowFor', { day: longName })}>
            {day.windows.length === 0 ? t('projects.schedule.setHours') : t('projects.schedule.addWindow')}
          </Button>
        ) : null}
        {messages.length > 0 ? (
          <Typography variant="caption" color="error" role="alert" sx={{ width: '100%', mt: -0.5, mb: 0.5 }}>
            {messages.join(' · ')}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
}

interface TimeInputProps {
  value: string;
  label: string;
  error: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** HH:MM typed as text: the browser's time input would follow the browser's language, not ours. */
function TimeInput({ value, label, error, disabled, onChange }: TimeInputProps) {
  return (
    <TextField
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => onChange(normalizeTime(e.target.value))}
      placeholder="09:00"
      disabled={disabled}
      error={error}
      inputProps={{ 'aria-label': label, 'aria-invalid': error, inputMode: 'numeric', maxLength: 5 }}
      sx={{ width: 76, '& input': { textAlign: 'center', fontVariantNumeric: 'tabular-nums', py: 0.9 } }}
    />
  );
}
