import { AlarmOutlined as AlarmIcon, Close as CloseIcon } from '@mui/icons-material';
import { Alert, Box, Button, IconButton, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { formatPhone } from '@/lib/format';
import type { DueReminder } from '../api/reminder-stream';
import { useDueReminders } from '../hooks/use-due-reminders';

/** "+7 916 123-45-67 · ООО Ромашка (Проект)" */
export function reminderSubject(reminder: DueReminder): string {
  const who = [formatPhone(reminder.phone_number), reminder.company?.trim()].filter(Boolean).join(' · ');
  return `${who} (${reminder.project_name})`;
}

/**
 * «Пора перезвонить: …» with «Открыть» (the number's card) for each of the signed-in user's
 * reminders that comes due while the app is open. Mounted once in the signed-in layout; it stays
 * until it is opened or closed (the next one then shows), apart from the app's short notices.
 */
export function ReminderNotifications() {
  const { t } = useTranslation();
  const can = useCan();
  const { current, waiting, dismiss } = useDueReminders(can('phone_numbers.read'));
  const navigate = useNavigate();
  const location = useLocation();

  const open = (reminder: DueReminder) => {
    dismiss();
    // On the numbers screen already: its filters stay, the card opens over the list.
    if (location.pathname === paths.numbers.path) {
      const search = new URLSearchParams(location.search);
      search.set(paths.numbers.cardParam, String(reminder.id));
      navigate({ pathname: location.pathname, search: `?${search.toString()}` });
    } else {
      navigate(paths.numbers.href({ card: reminder.id }));
    }
  };

  return (
    <Snackbar
      key={current ? `${current.id}@${current.reminder_at}` : undefined}
      open={current !== null}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
    >
      {current ? (
        <Alert
          severity="info"
          variant="filled"
          icon={<AlarmIcon />}
          sx={{ minWidth: 320, alignItems: 'center' }}
          action={
            <>
              <Button color="inherit" size="small" onClick={() => open(current)}>
                {t('reminders.open')}
              </Button>
              <IconButton color="inherit" size="small" aria-label={t('common.close')} onClick={dismiss}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          }
        >
          {t('reminders.due', { number: reminderSubject(current) })}
          {waiting > 0 ? (
            <Box component="span" sx={{ display: 'block', opacity: 0.8, fontSize: '0.8125rem' }}>
              {t('reminders.waiting', { waiting: String(waiting) })}
            </Box>
          ) : null}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
