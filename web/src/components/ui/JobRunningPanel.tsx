import { Alert, Box, Button } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { describeError } from '@/components/errors/describe-error';
import { useCancelJob } from '@/hooks/use-cancel-job';
import type { JobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { Job } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { JobProgressBar } from './JobProgressBar';
import { JobStatusChip } from './JobStatusChip';
import { useNotify } from './notifications';

/** The jobs whose progress is counted in rows, each with its own `<kind>.run.*` strings. */
export type RowJobKind = 'imports' | 'exports';

/** A job's strings: `<prefix>.queued`, `.progress`, `.progressUnknown` (and, for JobOutcomePanel, more). */
export type JobStrings = `${RowJobKind}.run` | 'distribution.run' | 'conversion.recalculate';

/** "Прочитано строк: 1 200 из ~5 000" for an import, "Выгружено строк: …" for an export. */
export function useJobProgressLabel(strings: JobStrings): (job: Pick<Job, 'status' | 'progress_done' | 'progress_total'>) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (job) => {
    if (job.status === 'queued') return t(`${strings}.queued`);
    const done = formatNumber(job.progress_done, language);
    return job.progress_total === null
      ? t(`${strings}.progressUnknown`, { done })
      : t(`${strings}.progress`, { done, total: formatNumber(Math.max(job.progress_total, job.progress_done), language) });
  };
}

export interface JobRunningPanelProps {
  kind: RowJobKind;
  jobId: number;
  progress: JobProgress;
  /** Shown under the progress (e.g. "you may leave this page"). */
  children?: ReactNode;
  'data-testid'?: string;
}

/** A running job: its state, a Cancel button, the progress bar, and any failure to follow it. */
export function JobRunningPanel({ kind, jobId, progress, children, 'data-testid': testId }: JobRunningPanelProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const cancel = useCancelJob();
  const label = useJobProgressLabel(`${kind}.run`);
  const job = progress.job;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid={testId}>
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
          {t(`${kind}.run.cancel`)}
        </Button>
      </Box>
      <JobProgressBar job={job} label={job ? label(job) : t('common.loading')} />
      {job?.cancel_requested || cancel.isSuccess ? <Alert severity="info">{t('jobs.cancelRequested')}</Alert> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
      {children}
    </Box>
  );
}
