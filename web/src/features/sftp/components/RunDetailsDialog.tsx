import { FileDownloadOutlined as FileDownloadOutlinedIcon } from '@mui/icons-material';
import {
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { useNotify } from '@/components/ui/notifications';
import { useDownload } from '@/hooks/use-download';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/format';
import { useServerMessage } from '@/lib/server-messages';
import { useRun } from '../api/runs';
import { isRunActive, type Run, type RunFile, type RunFileAction, type RunFileImport } from '../api/types';
import { RunStatusChip } from './RunStatusChip';
import { fileReasonText } from './sftp-text';

export interface RunDetailsDialogProps {
  /** The run to show, or null when closed. */
  runId: number | null;
  onClose: () => void;
}

const ACTION_COLORS: Record<RunFileAction, ChipProps['color']> = { taken: 'success', uploaded: 'success', skipped: 'default', failed: 'error' };
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography variant="body2" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0, minWidth: 0, wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </>
  );
}

/** One run: where, when, why it failed, its progress while it runs, and what it did with each file. */
export function RunDetailsDialog({ runId, onClose }: RunDetailsDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const server = useServerMessage();
  const details = useRun(runId);
  const run = details.data && details.data.id === runId ? details.data : undefined;
  const n = (value: number) => formatNumber(value, language);

  return (
    <Dialog open={runId !== null} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="sftp-run-title">
      <DialogTitle id="sftp-run-title" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, pr: 3 }}>
        <Box component="span" sx={{ flexGrow: 1 }}>
          {t('sftp.runs.details.title', { id: runId === null ? '' : String(runId) })}
          {run ? (
            <Typography component="span" color="text.secondary" sx={{ ml: 1.5 }}>
              {t(`sftp.schedules.direction.${run.type}`)} · {run.schedule_name ?? t('sftp.runs.oneOff')}
            </Typography>
          ) : null}
        </Box>
        {run ? (
          <Box data-testid="sftp-run-status" data-status={run.status}>
            <RunStatusChip status={run.status} />
          </Box>
        ) : null}
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2.5, alignContent: 'start' }}>
        {details.isPending ? <CircularProgress size={24} aria-label={t('common.loading')} /> : null}
        {details.isError ? <ErrorAlert error={details.error} onRetry={() => void details.refetch()} /> : null}
        {run ? (
          <>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.75, m: 0 }}>
              <Meta label={t('sftp.runs.details.host')}>
                {run.sftp_config_name}
                <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                  {run.sftp_host}
                </Box>
              </Meta>
              <Meta label={t('sftp.runs.details.path')}>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {run.remote_path}
                </Box>
              </Meta>
              <Meta label={t('sftp.runs.details.trigger')}>
                {t(`sftp.runs.trigger.${run.trigger}`)}
                {run.requested_by_username ? (
                  <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                    {run.requested_by_username}
                  </Box>
                ) : null}
              </Meta>
              <Meta label={t('sftp.runs.details.created')}>{formatDateTime(run.created_at, language)}</Meta>
              {run.started_at ? <Meta label={t('sftp.runs.details.started')}>{formatDateTime(run.started_at, language)}</Meta> : null}
              {run.completed_at ? <Meta label={t('sftp.runs.details.completed')}>{formatDateTime(run.completed_at, language)}</Meta> : null}
              {run.attempts > 1 ? <Meta label={t('sftp.runs.details.attempts')}>{n(run.attempts)}</Meta> : null}
              {run.next_attempt_at ? <Meta label={t('sftp.runs.details.nextAttempt')}>{formatDateTime(run.next_attempt_at, language)}</Meta> : null}
            </Box>
            {run.error ? (
              <Box sx={{ color: 'error.main' }} data-testid="sftp-run-error">
                <Typography variant="subtitle2">{t('sftp.runs.details.error')}</Typography>
                <Typography variant="body2">{server(run.error)}</Typography>
              </Box>
            ) : null}
            {isRunActive(run.status) ? <RunProgress run={run} /> : null}
            <Typography variant="body2" data-testid="sftp-run-counts" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('sftp.runs.details.counts', {
                seen: n(run.files_seen),
                taken: n(run.files_taken),
                skipped: n(run.files_skipped),
                bytes: formatBytes(run.bytes, language),
              })}
            </Typography>
            <RunFiles files={run.files ?? []} />
          </>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} color="inherit">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The bytes received so far (the job's progress), while the run is queued or running. */
function RunProgress({ run }: { run: Run }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progress = useJobProgress(run.job_id);
  const job = progress.job;
  const label =
    !job || job.status === 'queued'
      ? t('sftp.runs.details.waiting')
      : job.progress_total !== null
        ? t('sftp.runs.details.progress', { done: formatBytes(job.progress_done, language), total: formatBytes(job.progress_total, language) })
        : t('sftp.runs.details.progressUnknown', { done: formatBytes(job.progress_done, language) });
  return <JobProgressBar job={job} label={label} hint={progress.percent !== null ? `${progress.percent} %` : undefined} />;
}

function RunFiles({ files }: { files: readonly RunFile[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle2">{t('sftp.runs.details.files')}</Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={t('sftp.runs.details.files')} data-testid="sftp-run-file-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('sftp.runs.file.name')}</TableCell>
              <TableCell align="right">{t('sftp.runs.file.size')}</TableCell>
              <TableCell>{t('sftp.runs.file.action')}</TableCell>
              <TableCell>{t('sftp.runs.file.result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {files.length === 0 ? (
              <TableRow>
                <TableCell colSpan={4} sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
                  {t('sftp.runs.details.noFiles')}
                </TableCell>
              </TableRow>
            ) : (
              files.map((file, i) => (
                <TableRow key={`${file.name}-${i}`} data-testid="sftp-run-file" data-action={file.action}>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' }}>{file.name}</TableCell>
                  <TableCell align="right" sx={numeric}>
                    {file.size === null ? '' : formatBytes(file.size, language)}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={ACTION_COLORS[file.action]}
                      variant={file.action === 'skipped' ? 'outlined' : 'filled'}
                      label={t(`sftp.runs.action.${file.action}`)}
                      sx={{ fontWeight: 600 }}
                    />
                  </TableCell>
                  <TableCell>
                    <FileResult file={file} />
                  </TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}

/** Why a file was skipped, or the import it became (its counts and report), or the export it was written from. */
function FileResult({ file }: { file: RunFile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      {file.reason ? (
        <Typography variant="body2" color={file.action === 'failed' ? 'error' : 'text.secondary'} data-testid="sftp-run-file-reason">
          {fileReasonText(file.reason, t)}
        </Typography>
      ) : null}
      {file.import ? <ImportResult value={file.import} /> : null}
      {file.export ? (
        <Typography variant="body2" sx={numeric} data-testid="sftp-run-file-export">
          {t('sftp.runs.export.rows', { rows: formatNumber(file.export.row_count ?? 0, language) })}
          {file.export.file_size !== null ? ` · ${formatBytes(file.export.file_size, language)}` : ''}
        </Typography>
      ) : null}
    </Box>
  );
}

function ImportResult({ value }: { value: RunFileImport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const server = useServerMessage();
  const notify = useNotify();
  const download = useDownload();
  const n = (count: number | null) => (count === null ? '—' : formatNumber(count, language));
  const running = value.status === 'queued' || value.status === 'processing';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }} data-testid="sftp-run-file-import" data-status={value.status}>
      <JobStatusChip status={value.status} />
      {running ? (
        <Typography variant="body2" color="text.secondary">
          {t('sftp.runs.import.running')}
        </Typography>
      ) : (
        <Typography variant="body2" sx={numeric}>
          {t('sftp.runs.import.imported')}{' '}
          <Box component="b" data-testid="sftp-run-file-imported">
            {n(value.imported_rows)}
          </Box>
          {' · '}
          {t('sftp.runs.import.duplicates')} <span data-testid="sftp-run-file-duplicates">{n(value.duplicate_rows)}</span>
          {' · '}
          {t('sftp.runs.import.failed')}{' '}
          <Box component="span" data-testid="sftp-run-file-failed" sx={{ color: (value.failed_rows ?? 0) > 0 ? 'error.main' : undefined }}>
            {n(value.failed_rows)}
          </Box>
        </Typography>
      )}
      {value.error ? (
        <Typography variant="body2" color="error">
          {server(value.error)}
        </Typography>
      ) : null}
      {value.error_report_url ? (
        <Button
          size="small"
          variant="outlined"
          startIcon={download.isPending ? <CircularProgress size={14} color="inherit" /> : <FileDownloadOutlinedIcon />}
          disabled={download.isPending}
          onClick={() =>
            download.mutate(
              { path: value.error_report_url ?? '', fallbackName: `import-${value.id}-errors.csv` },
              { onError: (error) => notify(t('sftp.runs.import.reportFailed', { message: describeError(error, t).message }), 'error') },
            )
          }
          data-testid="sftp-run-file-report"
        >
          {t('sftp.runs.import.report')}
        </Button>
      ) : null}
    </Box>
  );
}
