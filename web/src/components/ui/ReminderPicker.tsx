import { Box, Button, FormHelperText, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { fromLocalInput, momentIn, QUICK_REMINDERS, quickReminder, toLocalInput, type QuickReminder } from '@/lib/reminder-times';

export interface ReminderPickerProps {
  /** An ISO timestamp, or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** The callee's time zone (the number's region), to show the moment in their time too. */
  calleeTimeZone: string | null;
  error?: string;
  disabled?: boolean;
}

const QUICK_LABELS = {
  inHour: 'numbers.card.reminderInHour',
  tomorrow: 'numbers.card.reminderTomorrow',
  inThreeDays: 'numbers.card.reminderInThreeDays',
} as const satisfies Record<QuickReminder, string>;

/** When to call back: three quick picks, a date and time, and the moment in the user's and the callee's time. */
export function ReminderPicker({ value, onChange, calleeTimeZone, error, disabled }: ReminderPickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const callee = value && calleeTimeZone ? momentIn(value, language, calleeTimeZone) : '';
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.75 }}>
        {t('numbers.fields.reminder')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center' }}>
        {QUICK_REMINDERS.map((kind) => (
          <Button key={kind} size="small" variant="outlined" disabled={disabled} onClick={() => onChange(quickReminder(kind))}>
            {t(QUICK_LABELS[kind])}
          </Button>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1.25 }}>
        <TextField
          type="datetime-local"
          label={t('numbers.card.reminderAt')}
          value={toLocalInput(value)}
          onChange={(event) => onChange(fromLocalInput(event.target.value))}
          error={Boolean(error)}
          disabled={disabled}
          InputLabelProps={{ shrink: true }}
          sx={{ width: 250 }}
        />
        {value ? (
          <Button size="small" color="inherit" disabled={disabled} onClick={() => onChange(null)}>
            {t('numbers.card.reminderClear')}
          </Button>
        ) : null}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="reminder-times">
        {value
          ? [t('numbers.card.reminderYours', { time: momentIn(value, language) }), callee ? t('numbers.card.reminderCallee', { time: callee }) : '']
              .filter(Boolean)
              .join(' · ')
          : t('numbers.card.reminderNone')}
      </Typography>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
    </Box>
  );
}
