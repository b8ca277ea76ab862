import { Close as CloseIcon } from '@mui/icons-material';
import { Alert, Box, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { Job } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { translateServerMessage } from '@/lib/server-messages';
import { useRefreshConversion } from '../api/recalculate-conversion';

export interface RecalculatePanelProps {
  jobId: number;
  onClose: () => void;
}

/** A recalculation started with "Пересчитать": its job's progress; when it ends, the figures are asked for again. */
export function RecalculatePanel({ jobId, onClose }: RecalculatePanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progress = useJobProgress(jobId);
  const refresh = useRefreshConversion();
  const job = progress.job;
  const refreshedFor = useRef<number | null>(null);

  useEffect(() => {
    if (progress.finished && refreshedFor.current !== jobId) {
      refreshedFor.current = jobId;
      void refresh();
    }
  }, [progress.finished, jobId, refresh]);

  const label = (j: Job) => {
    if (j.status === 'queued') return t('conversion.recalculate.queued');
    const done = formatNumber(j.progress_done, language);
    return j.progress_total === null
      ? t('conversion.recalculate.progressUnknown', { done })
      : t('conversion.recalculate.progress', { done, total: formatNumber(Math.max(j.progress_total, j.progress_done), language) });
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} data-testid="conversion-recalculation">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('conversion.recalculate.title')}
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
      {job?.status === 'completed' ? <Alert severity="success">{t('conversion.recalculate.done')}</Alert> : null}
      {job?.status === 'failed' ? (
        <Alert severity="error">{t('conversion.recalculate.failed', { error: translateServerMessage(job.error ?? '', t) })}</Alert>
      ) : null}
      {job?.status === 'cancelled' ? <Alert severity="warning">{t('conversion.recalculate.cancelled')}</Alert> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
    </Paper>
  );
}
