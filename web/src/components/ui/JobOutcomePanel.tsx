import { Close as CloseIcon } from '@mui/icons-material';
import { Alert, Box, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useJobProgress } from '@/hooks/use-job-progress';
import { translateServerMessage } from '@/lib/server-messages';
import { JobProgressBar } from './JobProgressBar';
import { type JobStrings, useJobProgressLabel } from './JobRunningPanel';
import { JobStatusChip } from './JobStatusChip';

export interface JobOutcomePanelProps {
  jobId: number;
  /** `<strings>.title`, `.queued`, `.progress`, `.progressUnknown`, `.done`, `.failed`, `.cancelled`. */
  strings: Extract<JobStrings, 'distribution.run' | 'conversion.recalculate'>;
  /** Called once when the job ends, whatever its outcome: the screen asks for its figures again. */
  onFinished: () => unknown;
  onClose: () => void;
  'data-testid'?: string;
}

/** A background job started from a screen: its progress, then how it ended; closable once it has. */
export function JobOutcomePanel({ jobId, strings, onFinished, onClose, 'data-testid': testId }: JobOutcomePanelProps) {
  const { t } = useTranslation();
  const progress = useJobProgress(jobId);
  const label = useJobProgressLabel(strings);
  const job = progress.job;
  const finishedFor = useRef<number | null>(null);

  useEffect(() => {
    if (progress.finished && finishedFor.current !== jobId) {
      finishedFor.current = jobId;
      void onFinished();
    }
  }, [progress.finished, jobId, onFinished]);

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} data-testid={testId}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t(`${strings}.title`)}
        </Typography>
        <JobStatusChip status={job?.status ?? 'queued'} />
        <Box sx={{ flexGrow: 1 }} />
        {progress.finished || progress.error ? (
          <Tooltip title={t('common.close')}>
            <IconButton size="small" aria-label={t('common.close')} onClick={onClose}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </Box>
      {progress.finished ? null : <JobProgressBar job={job} label={job ? label(job) : t('common.loading')} />}
      {job?.status === 'completed' ? <Alert severity="success">{t(`${strings}.done`)}</Alert> : null}
      {job?.status === 'failed' ? (
        <Alert severity="error">{t(`${strings}.failed`, { error: translateServerMessage(job.error ?? '', t) })}</Alert>
      ) : null}
      {job?.status === 'cancelled' ? <Alert severity="warning">{t(`${strings}.cancelled`)}</Alert> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
    </Paper>
  );
}
