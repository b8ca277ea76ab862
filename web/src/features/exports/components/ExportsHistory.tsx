import { Box, LinearProgress, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { useJobProgressLabel } from '@/components/ui/JobRunningPanel';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { TablePager } from '@/components/ui/TablePager';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/format';
import { isExportRunning, useExports } from '../api/get-exports';
import { ExportDownloadButton } from './ExportDownloadButton';
import { ExportFilterSummary } from './ExportFilterSummary';
import type { ExportAssignee } from './ExportForm';
import { translateServerMessage } from '@/lib/server-messages';

export const EXPORT_PAGE_SIZE = 20;

export interface ExportsHistoryProps {
  page: number;
  onPageChange: (page: number) => void;
  assignees: readonly ExportAssignee[];
  renderProjectName: (projectId: number) => ReactNode;
}

/** Exports, newest first, with their state, size, how long the file is kept, and a download. */
export function ExportsHistory({ page, onPageChange, assignees, renderProjectName }: ExportsHistoryProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progressLabel = useJobProgressLabel('exports.run');
  const exports = useExports({ limit: EXPORT_PAGE_SIZE, offset: page * EXPORT_PAGE_SIZE });
  const rows = exports.data?.data ?? [];
  const total = exports.data?.pagination.total ?? 0;
  const none = (
    <Typography component="span" variant="body2" color="text.disabled">
      {t('common.none')}
    </Typography>
  );

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }} component="section" aria-labelledby="exports-history-title">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, px: 2, py: 1.5, flexWrap: 'wrap' }}>
        <Typography id="exports-history-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('exports.history.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('exports.history.hint')}
        </Typography>
      </Box>
      <Box sx={{ height: 4 }}>{exports.isFetching ? <LinearProgress /> : null}</Box>
      {exports.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={exports.error} onRetry={() => void exports.refetch()} />
        </Box>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('exports.history.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('exports.history.file')}</TableCell>
                <TableCell sx={{ width: 230 }}>{t('exports.history.status')}</TableCell>
                <TableCell align="right">{t('exports.history.rows')}</TableCell>
                <TableCell align="right">{t('exports.history.size')}</TableCell>
                <TableCell>{t('exports.history.who')}</TableCell>
                <TableCell>{t('exports.history.when')}</TableCell>
                <TableCell>{t('exports.history.expires')}</TableCell>
                <TableCell align="right" sx={{ width: 56 }}>
                  <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    {t('exports.download')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={8} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                    {exports.isPending ? t('common.loading') : t('exports.history.empty')}
                  </TableCell>
                </TableRow>
              ) : null}
              {rows.map((item) => {
                const job = {
                  status: item.status === 'processing' ? ('running' as const) : ('queued' as const),
                  progress_done: item.progress_done ?? 0,
                  progress_total: item.progress_total,
                };
                return (
                  <TableRow key={item.id} data-testid={`export-row-${item.id}`}>
                    <TableCell sx={{ maxWidth: 360 }}>
                      <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap title={item.filename}>
                        {item.filename}
                      </Typography>
                      <Typography variant="caption" color="text.secondary" component="div">
                        <ExportFilterSummary filters={item.filters} assignees={assignees} renderProjectName={renderProjectName} />
                      </Typography>
                    </TableCell>
                    <TableCell>
                      {isExportRunning(item) ? <JobProgressBar job={job} label={progressLabel(job)} /> : <JobStatusChip status={item.status} />}
                      {item.status === 'failed' && item.error ? (
                        <Typography variant="caption" color="error" component="div" sx={{ mt: 0.5 }}>
                          {translateServerMessage(item.error, t)}
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {item.row_count === null ? none : formatNumber(item.row_count, language)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {item.file_size === null ? none : formatBytes(item.file_size, language)}
                    </TableCell>
                    <TableCell>{item.created_by_username ?? `#${item.created_by}`}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.created_at, language)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', color: item.status === 'expired' ? 'text.disabled' : undefined }}>
                      {item.expires_at ? formatDateTime(item.expires_at, language) : none}
                    </TableCell>
                    <TableCell align="right">{item.download_url ? <ExportDownloadButton value={item} compact /> : null}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <TablePager total={total} page={page} pageSize={EXPORT_PAGE_SIZE} onPageChange={onPageChange} />
    </Paper>
  );
}
