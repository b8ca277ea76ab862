import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { StatusBadge, statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { ConversionMeasures, ConversionStatus, ConversionView } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { shareOfReceived, viewHintKeys } from './measure-format';

export interface StatusBreakdownProps {
  statuses: readonly ConversionStatus[];
  measures: ConversionMeasures;
  view: ConversionView;
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const explained = { textDecoration: 'underline dotted', textUnderlineOffset: '3px', cursor: 'help' } as const;

/** Every status with its count, its share of the received, and what it counts as. */
export function StatusBreakdown({ statuses, measures, view }: StatusBreakdownProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hints = viewHintKeys(view);
  return (
    <TableContainer>
      <Table size="small" aria-label={t('conversion.project.byStatus')} data-testid="conversion-by-status">
        <TableHead>
          <TableRow>
            <TableCell sx={{ pl: 2 }}>{t('conversion.columns.status')}</TableCell>
            <TableCell align="right">{t('conversion.columns.count')}</TableCell>
            <TableCell align="right">
              <Tooltip title={t('conversion.hints.share')} describeChild placement="top">
                <Box component="span" tabIndex={0} sx={explained}>
                  {t('conversion.columns.share')}
                </Box>
              </Tooltip>
            </TableCell>
            <TableCell sx={{ pr: 2 }}>{t('conversion.columns.flags')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {statuses.length === 0 ? (
            <TableRow>
              <TableCell colSpan={4} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                {t('conversion.empty')}
              </TableCell>
            </TableRow>
          ) : (
            statuses.map((status) => {
              const count = measures.by_status[String(status.id)] ?? 0;
              return (
                <TableRow key={status.id} hover data-testid={`status-row-${status.id}`}>
                  <TableCell sx={{ pl: 2 }}>
                    <Tooltip title={t(hints.status, { name: statusName(status, language) })} describeChild placement="top-start">
                      <span>
                        <StatusBadge status={status} fallback={status.code} language={language} />
                      </span>
                    </Tooltip>
                  </TableCell>
                  <TableCell align="right" sx={numeric}>
                    {formatNumber(count, language)}
                  </TableCell>
                  <TableCell align="right" sx={{ ...numeric, color: 'text.secondary' }}>
                    {shareOfReceived(count, measures.received, language) ?? t('common.none')}
                  </TableCell>
                  <TableCell sx={{ pr: 2 }}>
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                      {status.is_processed ? <Chip size="small" variant="outlined" label={t('conversion.project.flags.processed')} /> : null}
                      {status.is_success ? <Chip size="small" color="success" variant="outlined" label={t('conversion.project.flags.success')} /> : null}
                      {status.is_final ? <Chip size="small" variant="outlined" label={t('conversion.project.flags.final')} /> : null}
                    </Box>
                  </TableCell>
                </TableRow>
              );
            })
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
