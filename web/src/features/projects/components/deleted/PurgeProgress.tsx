import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { jobPercent } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { Job } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';

export type PurgeState = Pick<Job, 'status' | 'progress_done' | 'progress_total'>;

/** "Удалено 10 000 из 15 230" over a bar; the whole bar moves while the total is unknown. */
export function PurgeProgress({ job, compact }: { job: PurgeState; compact?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = jobPercent(job);
  const failed = job.status === 'failed' || job.status === 'cancelled';
  const label =
    job.progress_total === null
      ? t('projects.purge.progressUnknown', { done: formatNumber(job.progress_done, language) })
      : t('projects.purge.progress', { done: formatNumber(job.progress_done, language), total: formatNumber(job.progress_total, language) });
  return (
    <Box sx={{ minWidth: compact ? 160 : undefined }} data-testid="purge-progress">
      <Typography variant={compact ? 'caption' : 'body2'} color={failed ? 'error' : 'text.secondary'} sx={{ display: 'block', mb: 0.5 }}>
        {t(`projects.purge.status.${job.status}`)} · {label}
      </Typography>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? undefined}
        color={failed ? 'error' : job.status === 'completed' ? 'success' : 'primary'}
        aria-label={label}
        sx={{ height: compact ? 4 : 8, borderRadius: 4 }}
      />
    </Box>
  );
}
