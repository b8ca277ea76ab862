import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobRunningPanel } from '@/components/ui/JobRunningPanel';
import { useJobProgress } from '@/hooks/use-job-progress';
import type { Import } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { useImport } from '../api/get-import';
import { ImportSummary } from './ImportSummary';
import { translateServerMessage } from '@/lib/server-messages';

/** A finished import: its counts (under a banner, unless `plain`), or why it failed or stopped. */
export function ImportOutcome({ value, plain }: { value: Import; plain?: boolean }) {
  const { t } = useTranslation();
  if (value.status === 'failed') return <Alert severity="error">{t('imports.result.failed', { error: translateServerMessage(value.error ?? '', t) })}</Alert>;
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
  const queryClient = useQueryClient();
  const progress = useJobProgress(jobId);
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
        <Alert severity="error">{t('imports.result.failed', { error: translateServerMessage(job.error ?? '', t) })}</Alert>
      ) : (
        <Alert severity="info">{t('imports.result.cancelled')}</Alert>
      );
    }
    if (details.isError) return <ErrorAlert error={details.error} onRetry={() => void details.refetch()} />;
    if (!details.data || details.data.status !== 'completed') return <CircularProgress size={24} aria-label={t('common.loading')} />;
    return <ImportOutcome value={details.data} />;
  }

  return (
    <JobRunningPanel kind="imports" jobId={jobId} progress={progress} data-testid="import-running">
      <Typography variant="body2" color="text.secondary">
        {t('imports.run.background')}
      </Typography>
    </JobRunningPanel>
  );
}
