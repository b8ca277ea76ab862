import { Box, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { NumberReminderFilter } from '@/lib/api-types';
import { REMINDER_FILTERS } from './number-list-params';

export interface ReminderFilterProps {
  value: NumberReminderFilter | null;
  onChange: (reminder: NumberReminderFilter | null) => void;
}

/** Callbacks: overdue, today, this week; one click each, a second click shows all again. */
export function ReminderFilter({ value, onChange }: ReminderFilterProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" id="numbers-reminder-filter">
        {t('numbers.filters.reminder')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        onChange={(_event, next: NumberReminderFilter | null) => onChange(next)}
        aria-labelledby="numbers-reminder-filter"
        sx={{ height: 40, '& .MuiToggleButton-root': { textTransform: 'none', px: 1.25 } }}
      >
        {REMINDER_FILTERS.map((kind) => (
          <Tooltip key={kind} title={t(`numbers.filters.reminderHints.${kind}`)} describeChild>
            <ToggleButton value={kind}>{t(`numbers.filters.reminders.${kind}`)}</ToggleButton>
          </Tooltip>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
