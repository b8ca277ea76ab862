import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { CallRecord } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

/** The server records no calls yet, so a call's fields are read as they come. */
function field(call: CallRecord, ...keys: string[]): unknown {
  for (const key of keys) if (call[key] !== undefined && call[key] !== null) return call[key];
  return undefined;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The number's calls, or a line saying there were none. */
export function CallHistory({ calls }: { calls: readonly CallRecord[] }) {
  const { t, i18n } = useTranslation();
  // The SoftPhone's outcomes in words ("не ответили"); another word as the server wrote it.
  const result = (value: string) => {
    const key = `softphone.outcome.${value}`;
    return i18n.exists(key) ? t(key as 'softphone.outcome.answered') : value;
  };
  const { language } = useLanguage();
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
            {calls.map((call, i) => {
              const at = field(call, 'timestamp', 'started_at', 'created_at', 'at');
              return (
                <TableRow key={i}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{typeof at === 'string' ? formatDateTime(at, language) : ''}</TableCell>
                  <TableCell>{result(text(field(call, 'result', 'status', 'direction')))}</TableCell>
                  <TableCell align="right">{text(field(call, 'duration_sec', 'duration'))}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
