import { Schedule as ScheduleIcon } from '@mui/icons-material';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { useNow } from '@/hooks/use-now';
import { placeName } from '@/lib/format';
import { clockIn } from '@/lib/reminder-times';

export interface CalleeClockProps {
  geo: { name: string; name_en: string; timezone: string } | null;
}

/** "у абонента 14:05, Новосибирск": the time where the number is, from its region's time zone. */
export function CalleeClock({ geo }: CalleeClockProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const time = geo ? clockIn(now, language, geo.timezone) : '';
  if (!geo || !time) return null;
  return (
    <Box
      component="span"
      data-testid="callee-clock"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', fontSize: 14 }}
    >
      <ScheduleIcon sx={{ fontSize: 16 }} />
      {t('numbers.card.calleeTime', { time, place: placeName(geo, language) })}
    </Box>
  );
}
