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
import type { Import, Job } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';
import { useImport } from '../api/get-import';
import { ImportSummary } from './ImportSummary';

/** How far the import has read: "Прочитано строк: 1 200 из ~5 000" (the total is an estimate for a CSV). */
export function useImportProgressLabel(): (job: Pick<Job, 'status' | 'progress_done' | 'progress_total'>) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (job) => {
    if (job.status === 'queued') return t('imports.run.queued');
    const done = formatNumber(job.progress_done, language);
    return job.progress_total === null
      ? t('imports.run.progressUnknown', { done })
      : t('imports.run.progress', { done, total: formatNumber(Math.max(job.progress_total, job.progress_done), language) });
  };
}

/** A finished import: its counts (under a banner, unless `plain`), or why it failed or stopped. */
export function ImportOutcome({ value, plain }: { value: Import; plain?: boolean }) {
  const { t } = useTranslation();
  if (value.status === 'failed') return <Alert severity="error">{t('imports.result.failed', { error: value.error ?? '' })}</Alert>;
  if (value.status === 'cancelled') return <Alert severity="info">{t('imports.result.cancelled')}</Alert>;
  if (plain) return <ImportSummary value={value} />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Alert severity="success">{t('imports.result.completed')}</Alert>
      <ImportSummary value={value} />
    </Box>
  );
}

export interface ImportLiveProps {
  importId: number;
  jobId: number;
}

/** Follows a running import (server-sent events), with Cancel; then shows how it ended. */
export function ImportLive({ importId, jobId }: ImportLiveProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const progress = useJobProgress(jobId);
  const cancel = useCancelJob();
  const label = useImportProgressLabel();
  const job = progress.job;
  const details = useImport(progress.finished ? importId : null);

  useEffect(() => {
    if (!progress.finished) return;
    // The history, the project's counters and the numbers lists all changed.
    void queryClient.invalidateQueries({ queryKey: queryKeys.imports.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects.all });
  }, [progress.finished, queryClient]);

  if (progress.finished && job) {
    if (job.status !== 'completed') {
      return job.status === 'failed' ? (
        <Alert severity="error">{t('imports.result.failed', { error: job.error ?? '' })}</Alert>
      ) : (
        <Alert severity="info">{t('imports.result.cancelled')}</Alert>
      );
    }
    if (details.isError) return <ErrorAlert error={details.error} onRetry={() => void details.refetch()} />;
    if (!details.data || details.data.status !== 'completed') return <CircularProgress size={24} aria-label={t('common.loading')} />;
    return <ImportOutcome value={details.data} />;
  }

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="import-running">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <JobStatusChip status={job ? (job.status === 'running' ? 'processing' : job.status) : 'queued'} />
        <Box sx={{ flexGrow: 1 }} />
        <Button
          color="error"
          variant="outlined"
          size="small"
          disabled={!job || job.cancel_requested || cancel.isPending}
          onClick={() =>
            cancel.mutate(jobId, {
              onError: (error) => notify(t('jobs.cancelFailed', { message: describeError(error, t).message }), 'error'),
            })
          }
        >
          {t('imports.run.cancel')}
        </Button>
      </Box>
      <JobProgressBar job={job} label={job ? label(job) : t('common.loading')} />
      {job?.cancel_requested || cancel.isSuccess ? <Alert severity="info">{t('jobs.cancelRequested')}</Alert> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
      <Typography variant="body2" color="text.secondary">
        {t('imports.run.background')}
      </Typography>
    </Box>
  );
}
