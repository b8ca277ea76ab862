import { Close as CloseIcon, Star as StarIcon } from '@mui/icons-material';
import { Box, CircularProgress, Divider, Drawer, IconButton, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { CallRecord, PhoneNumberDetail } from '@/lib/api-types';
import { formatDateTime, formatNumber, formatUtcOffset, placeName } from '@/lib/format';
import { usePhoneNumber } from '../api/get-phone-number';
import { siteHref } from './site-href';

export interface NumberCardProps {
  /** The number to show, or null when closed. */
  numberId: number | null;
  onClose: () => void;
}

/** A number's card: everything about it and its calls, in a drawer on the right. */
export function NumberCard({ numberId, onClose }: NumberCardProps) {
  const { t } = useTranslation();
  const number = usePhoneNumber(numberId);
  return (
    <Drawer anchor="right" open={numberId !== null} onClose={onClose} PaperProps={{ sx: { width: 460, maxWidth: '100vw' } }}>
      <Box role="dialog" aria-label={t('numbers.card.title')} sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2.5, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1, fontVariantNumeric: 'tabular-nums' }}>
            {number.data?.phone_number ?? t('numbers.card.title')}
          </Typography>
          <IconButton onClick={onClose} aria-label={t('common.close')}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Box sx={{ p: 2.5, overflowY: 'auto', flexGrow: 1 }}>
          {number.isError ? <ErrorAlert error={number.error} onRetry={() => void number.refetch()} /> : null}
          {number.isPending && numberId !== null ? (
            <Box sx={{ display: 'grid', placeItems: 'center', py: 6 }}>
              <CircularProgress aria-label={t('common.loading')} />
            </Box>
          ) : null}
          {number.data ? <CardBody n={number.data} /> : null}
        </Box>
      </Box>
    </Drawer>
  );
}

function CardBody({ n }: { n: PhoneNumberDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const none = <Box component="span" sx={{ color: 'text.disabled' }}>{t('common.none')}</Box>;
  const rows: [string, ReactNode][] = [
    [t('numbers.fields.project'), n.project.name],
    [t('numbers.filters.provider'), n.provider ? `${n.provider.code} · ${n.provider.name}` : none],
    [
      t('numbers.fields.region'),
      n.geo ? `${placeName(n.geo, language)} · ${n.geo.timezone} (${formatUtcOffset(n.geo.timezone)})` : none,
    ],
    [t('numbers.fields.assignee'), n.assigned_username ?? none],
    [t('numbers.fields.company'), n.company || none],
    [
      t('numbers.fields.site'),
      n.site ? (
        <Link href={siteHref(n.site)} target="_blank" rel="noopener noreferrer">
          {n.site}
        </Link>
      ) : (
        none
      ),
    ],
    [t('numbers.fields.email'), n.email || none],
    [t('numbers.fields.comment'), n.comment ? <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>{n.comment}</Box> : none],
    [t('numbers.fields.reminder'), n.reminder_at ? formatDateTime(n.reminder_at, language) : none],
    [t('numbers.card.callAttempts'), formatNumber(n.call_attempts, language)],
    [t('numbers.card.lastCall'), n.last_call_at ? formatDateTime(n.last_call_at, language) : none],
    [t('numbers.fields.created'), formatDateTime(n.created_at, language)],
    [t('numbers.card.updated'), formatDateTime(n.updated_at, language)],
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <StatusBadge status={n.status} fallback={n.status_code} language={language} />
        {n.is_favourite ? <StarIcon fontSize="small" sx={{ color: '#f5a623' }} titleAccess={t('numbers.fields.favourite')} /> : null}
      </Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '150px 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Divider />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('numbers.card.calls')}
      </Typography>
      <CallHistory calls={n.call_history} />
    </Box>
  );
}

/** The server records no calls yet, so a call's fields are read as they come. */
function field(call: CallRecord, ...keys: string[]): unknown {
  for (const key of keys) if (call[key] !== undefined && call[key] !== null) return call[key];
  return undefined;
}

function CallHistory({ calls }: { calls: readonly CallRecord[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (calls.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="no-calls">
        {t('numbers.card.noCalls')}
      </Typography>
    );
  }
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  return (
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
          const at = field(call, 'started_at', 'created_at', 'at');
          return (
            <TableRow key={i}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{typeof at === 'string' ? formatDateTime(at, language) : ''}</TableCell>
              <TableCell>{text(field(call, 'result', 'status', 'direction'))}</TableCell>
              <TableCell align="right">{text(field(call, 'duration_sec', 'duration'))}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
