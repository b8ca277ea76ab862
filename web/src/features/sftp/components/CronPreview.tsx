import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { localeOf } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { cronText } from './cron-text';

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** A run time as the schedule's zone sees it: "пн, 02.03, 06:00". */
export function formatInZone(value: string, zone: string, language: Language): string {
  const key = `${language}:${zone}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(localeOf(language), { timeZone: zone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    } catch {
      format = null;
    }
    formats.set(key, format);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (format ?? new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' })).format(date);
}

export interface CronPreviewProps {
  cron: string;
  timezone: string;
  /** The server's next five times; undefined while not known. */
  next: readonly string[] | undefined;
  checking: boolean;
  /** The expression (or the zone) is wrong: no times are shown. */
  invalid: boolean;
}

/** Under the cron field: the expression in words and the next five runs in the schedule's zone. */
export function CronPreview({ cron, timezone, next, checking, invalid }: CronPreviewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const words = invalid ? null : cronText(cron, t, language);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1.5, px: 2, py: 1.25, display: 'grid', gap: 0.75 }} data-testid="cron-preview">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{t('sftp.scheduleDialog.cronPreview')}</Typography>
        {words ? (
          <Typography variant="body2" color="text.secondary" data-testid="cron-words">
            {words}
          </Typography>
        ) : null}
      </Box>
      <Box sx={{ height: 2 }}>{checking ? <LinearProgress aria-label={t('sftp.scheduleDialog.cronChecking')} /> : null}</Box>
      {invalid ? (
        <Typography variant="body2" color="text.secondary">
          —
        </Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.25 }}>
          {(next ?? []).map((time) => (
            <Typography component="li" variant="body2" key={time} sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="cron-next">
              {formatInZone(time, timezone, language)}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
