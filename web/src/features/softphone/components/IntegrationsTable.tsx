import { WarningAmberRounded as WarningIcon } from '@mui/icons-material';
import { Box, Chip, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/ui/RowActions';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime, formatNumber, formatRelativeTime } from '@/lib/format';
import type { Integration } from '../api/types';
import { eventHealth } from './event-health';
import { CopyWebhookButton } from './WebhookAddress';

export interface IntegrationsTableProps {
  rows: readonly Integration[];
  emptyText: string;
  /** The moment "ago" is counted from (re-rendered every minute by the page). */
  now: Date;
  onEdit: (integration: Integration) => void;
  onDelete: (integration: Integration) => void;
  onShowUnlinked: (integration: Integration) => void;
}

/** The connected PBXs with their health: the last event, today's calls, unlinked calls, bad signatures. */
export function IntegrationsTable({ rows, emptyText, now, onEdit, onDelete, onShowUnlinked }: IntegrationsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('softphone.tabs.integrations')} sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('softphone.fields.name')}</TableCell>
            <TableCell>{t('softphone.fields.status')}</TableCell>
            <TableCell>{t('softphone.fields.lastEvent')}</TableCell>
            <TableCell align="right">{t('softphone.fields.callsToday')}</TableCell>
            <TableCell align="right">{t('softphone.fields.unlinked')}</TableCell>
            <TableCell align="right">{t('softphone.fields.signatureFailures')}</TableCell>
            <TableCell align="right" sx={{ width: 120 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={7} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {rows.map((row) => {
            const health = eventHealth(row.last_event_at, row.is_active, now);
            const warning = health === 'quiet' ? t('softphone.lastEventStale') : health === 'never' ? t('softphone.lastEventNever') : null;
            const lastEvent = row.last_event_at ? formatRelativeTime(row.last_event_at, language, now) : t('softphone.never');
            return (
              <TableRow key={row.id} hover data-testid={`integration-row-${row.id}`} sx={{ opacity: row.is_active ? 1 : 0.65 }}>
                <TableCell>
                  <Box sx={{ fontWeight: 600 }}>{row.name}</Box>
                  <Typography variant="body2" color="text.secondary" sx={{ fontSize: 12.5 }}>
                    {t(`softphone.kinds.${row.kind}`)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={row.is_active ? 'success' : 'default'}
                    label={row.is_active ? t('softphone.active') : t('softphone.inactive')}
                  />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="integration-last-event" data-health={health}>
                  <Tooltip title={warning ?? (row.last_event_at ? formatDateTime(row.last_event_at, language) : '')} describeChild>
                    <Box
                      component="span"
                      sx={{
                        display: 'inline-flex',
                        alignItems: 'center',
                        gap: 0.5,
                        ...(warning ? { color: 'warning.dark', fontWeight: 600 } : {}),
                      }}
                    >
                      {warning ? <WarningIcon fontSize="small" color="warning" aria-hidden /> : null}
                      {lastEvent}
                      {warning ? (
                        <Box component="span" sx={visuallyHidden}>
                          {`. ${warning}`}
                        </Box>
                      ) : null}
                    </Box>
                  </Tooltip>
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatNumber(row.calls_today, language)}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.unlinked_calls > 0 ? (
                    <Link
                      component="button"
                      type="button"
                      onClick={() => onShowUnlinked(row)}
                      aria-label={`${t('softphone.showUnlinked', { name: row.name })}: ${formatNumber(row.unlinked_calls, language)}`}
                      sx={{ fontVariantNumeric: 'tabular-nums' }}
                    >
                      {formatNumber(row.unlinked_calls, language)}
                    </Link>
                  ) : (
                    <Typography component="span" color="text.secondary" variant="body2">
                      0
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" data-testid="integration-signature-failures">
                  {row.signature_failures > 0 ? (
                    <Tooltip title={t('softphone.signatureFailuresHint')} describeChild>
                      <Chip size="small" color="error" label={formatNumber(row.signature_failures, language)} sx={{ fontWeight: 600 }} />
                    </Tooltip>
                  ) : (
                    <Typography component="span" color="text.secondary" variant="body2">
                      0
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  <RowActions name={row.name} onEdit={() => onEdit(row)} onDelete={() => onDelete(row)} deleteLabel={t('softphone.deleteConfirm')}>
                    <CopyWebhookButton url={row.webhook_url} />
                  </RowActions>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

// Read by screen readers, not shown.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
