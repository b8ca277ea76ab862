import { Box, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { TablePager } from '@/components/ui/TablePager';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/format';
import { useServerMessage } from '@/lib/server-messages';
import { useRuns } from '../api/runs';
import type { Run } from '../api/types';
import { RunDetailsDialog } from './RunDetailsDialog';
import { RunStatusChip } from './RunStatusChip';

export const RUNS_PAGE_SIZE = 25;
const COLUMNS = 10;
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export interface RunsTabProps {
  /** Zero-based. */
  page: number;
  onPageChange: (page: number) => void;
  /** The run whose details are open (from the URL), or null. */
  openRunId: number | null;
  onOpenRun: (runId: number | null) => void;
}

/** Every SFTP run, newest first; asked again while one on the page is queued or running; a row opens its files. */
export function RunsTab({ page, onPageChange, openRunId, onOpenRun }: RunsTabProps) {
  const { t } = useTranslation();
  const runs = useRuns({ limit: RUNS_PAGE_SIZE, offset: page * RUNS_PAGE_SIZE });
  const rows = runs.data?.data ?? [];

  return (
    <>
      <Box sx={{ height: 4 }}>{runs.isFetching ? <LinearProgress /> : null}</Box>
      {runs.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
        </Box>
      ) : (
        <>
          <TableContainer>
            <Table size="small" aria-label={t('sftp.runs.title')} data-testid="sftp-runs" sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
              <TableHead>
                <TableRow>
                  <TableCell align="right">{t('sftp.runs.fields.id')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.status')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.what')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.host')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.path')}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('sftp.runs.fields.filesHint')} describeChild>
                      <span>{t('sftp.runs.fields.files')}</span>
                    </Tooltip>
                  </TableCell>
                  <TableCell align="right">{t('sftp.runs.fields.bytes')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.started')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.finished')}</TableCell>
                  <TableCell>{t('sftp.runs.fields.error')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={COLUMNS} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                      {runs.isPending ? t('common.loading') : t('sftp.runs.empty')}
                    </TableCell>
                  </TableRow>
                ) : (
                  rows.map((run) => <RunRow key={run.id} run={run} onOpen={() => onOpenRun(run.id)} />)
                )}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePager total={runs.data?.pagination.total ?? 0} page={page} pageSize={RUNS_PAGE_SIZE} onPageChange={onPageChange} />
        </>
      )}
      <RunDetailsDialog runId={openRunId} onClose={() => onOpenRun(null)} />
    </>
  );
}

function RunRow({ run, onOpen }: { run: Run; onOpen: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const server = useServerMessage();
  const n = (value: number) => formatNumber(value, language);
  const muted = (text: string) => (
    <Typography component="span" variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
  return (
    <TableRow
      hover
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen();
        }
      }}
      tabIndex={0}
      role="button"
      aria-label={t('sftp.runs.open', { id: String(run.id) })}
      sx={{ cursor: 'pointer' }}
      data-testid={`sftp-run-row-${run.id}`}
      data-status={run.status}
    >
      <TableCell align="right" sx={{ ...numeric, color: 'text.secondary' }}>
        {run.id}
      </TableCell>
      <TableCell>
        <RunStatusChip status={run.status} />
      </TableCell>
      <TableCell>
        <Box sx={{ fontWeight: 600 }}>{t(`sftp.schedules.direction.${run.type}`)}</Box>
        <Box sx={{ color: 'text.secondary', fontSize: 13, whiteSpace: 'nowrap' }}>
          {run.schedule_name ?? t('sftp.runs.oneOff')} · {t(`sftp.runs.trigger.${run.trigger}`)}
        </Box>
      </TableCell>
      <TableCell>
        <Box>{run.sftp_config_name}</Box>
        <Box sx={{ color: 'text.secondary', fontSize: 13 }}>{run.sftp_host}</Box>
      </TableCell>
      <TableCell sx={{ fontFamily: 'monospace', fontSize: 13, maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={run.remote_path}>
        {run.remote_path}
      </TableCell>
      <TableCell align="right" sx={numeric} data-testid="sftp-run-files" title={t('sftp.runs.fields.filesHint')}>
        {n(run.files_seen)} / <b>{n(run.files_taken)}</b> / {n(run.files_skipped)}
      </TableCell>
      <TableCell align="right" sx={numeric}>
        {formatBytes(run.bytes, language)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{run.started_at ? formatDateTime(run.started_at, language) : muted(t('sftp.runs.notStarted'))}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {run.completed_at ? formatDateTime(run.completed_at, language) : run.status === 'running' ? muted(t('sftp.runs.notFinished')) : muted(t('common.none'))}
      </TableCell>
      <TableCell sx={{ maxWidth: 280, color: 'error.main' }}>
        {run.error ? (
          <Box sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: 13 }} title={server(run.error)}>
            {server(run.error)}
          </Box>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
