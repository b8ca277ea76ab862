import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import type { DeletedProject } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { usePurgeProject } from '../../api/delete-project';
import { PurgeProgress } from './PurgeProgress';
import { translateServerMessage } from '@/lib/server-messages';

export interface PurgeDialogProps {
  /** The project to delete for good, or null when closed. */
  project: DeletedProject | null;
  onClose: () => void;
}

/**
 * Asks, naming the project and how many numbers go with it; then starts the background job
 * and shows its progress until it is done or failed. Closing early leaves the job running.
 */
export function PurgeDialog({ project, onClose }: PurgeDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const purge = usePurgeProject();
  // A project whose purge was asked before shows its job at once.
  const [jobId, setJobId] = useState<number | null>(null);
  const progress = useJobProgress(jobId);

  useEffect(() => {
    setJobId(project?.purge?.job_id ?? null);
    purge.reset();
    // Only another project starts the dialog again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project?.id]);

  useEffect(() => {
    if (progress.finished) void queryClient.invalidateQueries({ queryKey: ['projects'] });
  }, [progress.finished, queryClient]);

  const running = jobId !== null && !progress.finished;
  const job = progress.job;
  const numbers = formatNumber(project?.numbers ?? 0, language);

  return (
    <Dialog open={project !== null} onClose={purge.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="purge-title">
      <DialogTitle id="purge-title">{t('projects.purge.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {jobId === null ? (
          <>
            <Typography>
              <Trans
                i18nKey="projects.purge.text"
                values={{ name: project?.name ?? '', count: project?.numbers ?? 0, numbers }}
                components={{ b: <strong /> }}
              />
            </Typography>
            <Alert severity="warning">{t('projects.purge.warning')}</Alert>
          </>
        ) : (
          <>
            <Typography>{t('projects.purge.running', { name: project?.name ?? '' })}</Typography>
            {job ? <PurgeProgress job={job} /> : <CircularProgress size={24} aria-label={t('common.loading')} />}
            {job?.status === 'completed' ? (
              <Alert severity="success">
                {t('projects.purge.done', { name: project?.name ?? '', numbers: formatNumber(Number(job.result?.numbers_deleted ?? job.progress_done), language) })}
              </Alert>
            ) : null}
            {job?.status === 'failed' || job?.status === 'cancelled' ? (
              <Alert severity="error">{t('projects.purge.failed', { error: translateServerMessage(job.error ?? '', t) })}</Alert>
            ) : null}
            {progress.error ? <ErrorAlert error={progress.error} /> : null}
            {running ? (
              <Typography variant="body2" color="text.secondary">
                {t('projects.purge.background')}
              </Typography>
            ) : null}
          </>
        )}
        {purge.error ? <ErrorAlert error={purge.error} /> : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} color="inherit" disabled={purge.isPending}>
          {jobId === null ? t('common.cancel') : t('common.close')}
        </Button>
        {jobId === null ? (
          <Button
            variant="contained"
            color="error"
            disabled={purge.isPending || !project}
            startIcon={purge.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
            onClick={() => {
              if (project) purge.mutate(project.id, { onSuccess: (r) => setJobId(r.job_id) });
            }}
          >
            {t('projects.purge.confirm')}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
