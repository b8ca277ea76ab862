import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { describeError } from '@/components/errors/describe-error';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { useNotify } from '@/components/ui/notifications';
import { useCancelJob } from '@/hooks/use-cancel-job';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { Export, Job } from '@/lib/api-types';
import { formatBytes, formatNumber } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';
import { useExport } from '../api/get-export';
import { ExportDownloadButton } from './ExportDownloadButton';

/** "Выгружено строк: 1 200 из 5 000". */
export function useExportProgressLabel(): (job: Pick<Job, 'status' | 'progress_done' | 'progress_total'>) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (job) => {
    if (job.status === 'queued') return t('exports.run.queued');
    const done = formatNumber(job.progress_done, language);
    return job.progress_total === null
      ? t('exports.run.progressUnknown', { done })
      : t('exports.run.progress', { done, total: formatNumber(Math.max(job.progress_total, job.progress_done), language) });
  };
}

export interface ExportLiveProps {
  started: Export;
  onAnother: () => void;
}

/** Follows the export just started (server-sent events), with Cancel; then its file to download. */
export function ExportLive({ started, onAnother }: ExportLiveProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const progress = useJobProgress(started.job_id);
  const cancel = useCancelJob();
  const label = useExportProgressLabel();
  const job = progress.job;
  const details = useExport(progress.finished ? started.id : null);
  const done = details.data?.status === 'completed' ? details.data : null;

  useEffect(() => {
    if (progress.finished) void queryClient.invalidateQueries({ queryKey: queryKeys.exports.all });
  }, [progress.finished, queryClient]);

  let body;
  if (progress.finished && job) {
    if (job.status === 'failed') body = <Alert severity="error">{t('exports.run.failed', { error: job.error ?? '' })}</Alert>;
    else if (job.status === 'cancelled') body = <Alert severity="info">{t('exports.run.cancelled')}</Alert>;
    else if (details.isError) body = <ErrorAlert error={details.error} onRetry={() => void details.refetch()} />;
    else if (!done) body = <CircularProgress size={24} aria-label={t('common.loading')} />;
    else
      body = (
        <Alert
          severity="success"
          action={<ExportDownloadButton value={done} />}
          sx={{ alignItems: 'center' }}
          data-testid="export-done"
        >
          {t('exports.run.done', { rows: formatNumber(done.row_count ?? 0, language), size: formatBytes(done.file_size ?? 0, language) })}
        </Alert>
      );
  } else {
    body = (
      <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="export-running">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
          <JobStatusChip status={job ? (job.status === 'running' ? 'processing' : job.status) : 'queued'} />
          <Box sx={{ flexGrow: 1 }} />
          <Button
            color="error"
            variant="outlined"
            size="small"
            disabled={!job || job.cancel_requested || cancel.isPending}
            onClick={() =>
              cancel.mutate(started.job_id, {
                onError: (error) => notify(t('jobs.cancelFailed', { message: describeError(error, t).message }), 'error'),
              })
            }
          >
            {t('exports.run.cancel')}
          </Button>
        </Box>
        <JobProgressBar job={job} label={job ? label(job) : t('common.loading')} />
        {job?.cancel_requested || cancel.isSuccess ? <Alert severity="info">{t('jobs.cancelRequested')}</Alert> : null}
        {progress.error ? <ErrorAlert error={progress.error} /> : null}
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('exports.run.title', { name: started.filename })}
        </Typography>
        {progress.finished ? (
          <Button size="small" onClick={onAnother}>
            {t('exports.run.another')}
          </Button>
        ) : null}
      </Box>
      {body}
    </Box>
  );
}
