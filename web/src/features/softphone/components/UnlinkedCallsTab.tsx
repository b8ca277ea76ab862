import { CallMade as CallMadeIcon, CallReceived as CallReceivedIcon } from '@mui/icons-material';
import {
  Box,
  Button,
  CircularProgress,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useLanguage } from '@/hooks/use-language';
import { formatClockDuration, formatDateTime, formatNumber, formatPhone } from '@/lib/format';
import { useUnlinkedCalls } from '../api/get-calls';
import { useIntegrations } from '../api/get-integrations';
import { outcomeText } from './call-text';

export interface UnlinkedCallsTabProps {
  /** The PBX the list is filtered by (from the URL), or null for all. */
  integrationId: number | null;
  onIntegrationChange: (integrationId: number | null) => void;
}

/** The calls no number record holds, newest first, «Ещё» for the next page. */
export function UnlinkedCallsTab({ integrationId, onIntegrationChange }: UnlinkedCallsTabProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const integrations = useIntegrations();
  const calls = useUnlinkedCalls(integrationId);
  const rows = calls.data?.pages.flatMap((page) => page.data) ?? [];
  const none = (
    <Typography component="span" color="text.disabled">
      {t('common.none')}
    </Typography>
  );

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, p: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('softphone.unlinked.integration')}
          value={integrationId ?? ''}
          onChange={(event) => onIntegrationChange(event.target.value === '' ? null : Number(event.target.value))}
          sx={{ width: 260 }}
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
        >
          <MenuItem value="">{t('softphone.unlinked.allIntegrations')}</MenuItem>
          {(integrations.data ?? []).map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {t('softphone.unlinked.hint')}
        </Typography>
      </Box>
      <Box sx={{ height: 4 }}>{calls.isFetching && !calls.isFetchingNextPage ? <LinearProgress /> : null}</Box>
      {calls.isError && rows.length === 0 ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />
        </Box>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('softphone.tabs.unlinked')} sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('softphone.unlinked.when')}</TableCell>
                <TableCell>{t('softphone.unlinked.direction')}</TableCell>
                <TableCell>{t('softphone.unlinked.phone')}</TableCell>
                <TableCell>{t('softphone.unlinked.integration')}</TableCell>
                <TableCell>{t('softphone.unlinked.extension')}</TableCell>
                <TableCell align="right">{t('softphone.unlinked.duration')}</TableCell>
                <TableCell>{t('softphone.unlinked.outcome')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={7} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                    {calls.isPending ? t('common.loading') : t('softphone.unlinked.empty')}
                  </TableCell>
                </TableRow>
              ) : null}
              {rows.map((call) => (
                <TableRow key={call.id} hover data-testid={`unlinked-call-${call.id}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(call.started_at, language)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                      {call.direction === 'inbound' ? (
                        <CallReceivedIcon fontSize="small" color="primary" aria-hidden />
                      ) : (
                        <CallMadeIcon fontSize="small" color="action" aria-hidden />
                      )}
                      {t(`softphone.direction.${call.direction}`)}
                    </Box>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                    {call.phone_number ? formatPhone(call.phone_number) : <Typography component="span" color="text.disabled">{t('softphone.unlinked.noPhone')}</Typography>}
                  </TableCell>
                  <TableCell>{call.integration_name}</TableCell>
                  <TableCell>{call.extension ?? none}</TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {call.duration === null ? none : formatClockDuration(call.duration)}
                  </TableCell>
                  <TableCell>{call.outcome ? outcomeText(call.outcome, t) : none}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {rows.length > 0 ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="unlinked-shown">
            {calls.hasNextPage
              ? t('softphone.unlinked.shown', { n: formatNumber(rows.length, language) })
              : t('softphone.unlinked.allShown', { n: formatNumber(rows.length, language) })}
          </Typography>
          {calls.isError ? <ErrorAlert error={calls.error} /> : null}
          {calls.hasNextPage ? (
            <Button
              variant="outlined"
              onClick={() => void calls.fetchNextPage()}
              disabled={calls.isFetchingNextPage}
              startIcon={calls.isFetchingNextPage ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {t('softphone.unlinked.more')}
            </Button>
          ) : null}
        </Box>
      ) : null}
    </>
  );
}
