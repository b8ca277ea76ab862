import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { CallRecord } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

/** The number's calls, or a line saying there were none. */
export function CallHistory({ calls }: { calls: readonly CallRecord[] }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  // The SoftPhone's outcomes in words ("не ответили"); another word as the server wrote it.
  const result = (value: string) => {
    const key = `softphone.outcome.${value}`;
    return i18n.exists(key) ? t(key as 'softphone.outcome.answered') : value;
  };
  return (
    <section aria-labelledby="card-calls-title">
      <Typography variant="subtitle2" component="h3" id="card-calls-title" sx={{ mb: 0.75 }}>
        {t('numbers.card.calls')}
      </Typography>
      {calls.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="no-calls">
          {t('numbers.card.noCalls')}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('numbers.card.calls')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('numbers.card.callAt')}</TableCell>
              <TableCell>{t('numbers.card.callResult')}</TableCell>
              <TableCell align="right">{t('numbers.card.callDuration')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {calls.map((call, i) => (
              <TableRow key={i}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(call.timestamp, language)}</TableCell>
                <TableCell>{result(call.result)}</TableCell>
                <TableCell align="right">{call.duration ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
