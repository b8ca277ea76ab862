import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobRunningPanel } from '@/components/ui/JobRunningPanel';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { Export } from '@/lib/api-types';
import { formatBytes, formatNumber } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';
import { useExport } from '../api/get-export';
import { ExportDownloadButton } from './ExportDownloadButton';
import { translateServerMessage } from '@/lib/server-messages';

export interface ExportLiveProps {
  started: Export;
  onAnother: () => void;
}

/** Follows the export just started (server-sent events), with Cancel; then its file to download. */
export function ExportLive({ started, onAnother }: ExportLiveProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const progress = useJobProgress(started.job_id);
  const job = progress.job;
  const details = useExport(progress.finished ? started.id : null);
  const done = details.data?.status === 'completed' ? details.data : null;

  useEffect(() => {
    if (progress.finished) void queryClient.invalidateQueries({ queryKey: queryKeys.exports.all });
  }, [progress.finished, queryClient]);

  let body;
  if (progress.finished && job) {
    if (job.status === 'failed') body = <Alert severity="error">{t('exports.run.failed', { error: translateServerMessage(job.error ?? '', t) })}</Alert>;
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
    body = <JobRunningPanel kind="exports" jobId={started.job_id} progress={progress} data-testid="export-running" />;
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
