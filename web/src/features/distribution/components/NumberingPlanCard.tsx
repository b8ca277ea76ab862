import { UploadFileOutlined as UploadFileOutlinedIcon } from '@mui/icons-material';
import { Alert, AlertTitle, Box, Button, CircularProgress, Paper, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { UploadProgressBar } from '@/components/ui/UploadProgressBar';
import { useJobProgress } from '@/hooks/use-job-progress';
import { useLanguage } from '@/hooks/use-language';
import { isApiError } from '@/lib/api-client';
import type { NumberingPlanLoadReport, NumberingPlanSummary } from '@/lib/api-types';
import { formatDate, formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import type { UploadProgress } from '@/lib/upload';
import { useNumberingPlan, useRefreshAfterRederive, useUploadNumberingPlan } from '../api/numbering-plan';
import { translateServerMessage } from '@/lib/server-messages';

export interface NumberingPlanCardProps {
  /** "Загрузить новый файл реестра" (geo.manage). */
  canUpload: boolean;
}

/** "9 677 диапазонов, 3 оператора, без региона: 12, загружен 03.12.2026". */
function summaryText(plan: NumberingPlanSummary, t: TFunction, language: Language): string {
  const parts: string[] = [
    t('distribution.plan.ranges', { count: plan.ranges, n: formatNumber(plan.ranges, language) }),
    t('distribution.plan.operators', { count: plan.operators, n: formatNumber(plan.operators, language) }),
  ];
  if (plan.unmapped_ranges > 0) parts.push(t('distribution.plan.unmappedRanges', { n: formatNumber(plan.unmapped_ranges, language) }));
  if (plan.loaded_at) parts.push(t('distribution.plan.loadedAt', { date: formatDate(plan.loaded_at, language) }));
  else if (plan.ranges === 0) parts.push(t('distribution.plan.neverLoaded'));
  return parts.join(', ');
}

/** What to say when the server refused the file; null for other failures (ErrorAlert explains those). */
function fileProblem(error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return null;
  if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') return t('distribution.plan.tooLarge');
  const issue = error.details.find((d) => d.field === 'file')?.issue;
  if (error.code === 'UNREADABLE_FILE' || issue) return t('distribution.plan.unreadable', { reason: translateServerMessage(issue ?? error.message, t) });
  return null;
}

/**
 * "Реестр нумерации": the regulator's registry of number ranges the regions of numbers come from;
 * a newer file replaces it, and the numbers of changed ranges get their new region in the background.
 */
export function NumberingPlanCard({ canUpload }: NumberingPlanCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const plan = useNumberingPlan();
  const upload = useUploadNumberingPlan();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const send = (file: File) => {
    setProgress(null);
    upload.mutate({ file, onProgress: setProgress });
  };
  const problem = upload.isError ? fileProblem(upload.error, t) : null;
  const report = upload.data;

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} data-testid="numbering-plan">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 240 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t('distribution.plan.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="numbering-plan-summary">
            {plan.data ? summaryText(plan.data, t, language) : plan.isPending ? t('common.loading') : null}
          </Typography>
        </Box>
        {canUpload ? (
          <>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv,text/plain"
              hidden
              aria-label={t('distribution.plan.fileInput')}
              data-testid="numbering-plan-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) send(file);
              }}
            />
            <Button
              variant="outlined"
              startIcon={upload.isPending ? <CircularProgress size={16} color="inherit" /> : <UploadFileOutlinedIcon />}
              disabled={upload.isPending}
              onClick={() => fileInput.current?.click()}
            >
              {t('distribution.plan.upload')}
            </Button>
          </>
        ) : null}
      </Box>
      {plan.isError ? <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {upload.isPending ? (
        <Box data-testid="numbering-plan-upload">
          <UploadProgressBar progress={progress} />
        </Box>
      ) : null}
      {upload.isError ? (
        problem ? (
          <Alert severity="error" role="alert">
            {problem}
          </Alert>
        ) : (
          <ErrorAlert error={upload.error} />
        )
      ) : null}
      {report ? <LoadReport report={report} key={report.rederive_job_id ?? 'none'} /> : null}
    </Paper>
  );
}

function LoadReport({ report }: { report: NumberingPlanLoadReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="numbering-plan-report">
      <Alert severity="success">
        {t('distribution.plan.report', { added: n(report.added), changed: n(report.changed), removed: n(report.removed) })}{' '}
        {t('distribution.plan.reportTotal', { n: n(report.ranges) })}
      </Alert>
      {report.unmapped_regions.length > 0 ? (
        <Alert severity="warning" data-testid="numbering-plan-unmapped">
          <AlertTitle>{t('distribution.plan.unmappedTitle', { n: n(report.unmapped_regions.length) })}</AlertTitle>
          {report.unmapped_regions.join(', ')}
        </Alert>
      ) : null}
      {report.rederive_job_id !== null ? <RederiveProgress jobId={report.rederive_job_id} /> : null}
    </Box>
  );
}

/** The background job giving the numbers of changed ranges their new region. */
function RederiveProgress({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progress = useJobProgress(jobId);
  const refresh = useRefreshAfterRederive();
  const refreshedFor = useRef<number | null>(null);
  const job = progress.job;

  useEffect(() => {
    if (progress.finished && refreshedFor.current !== jobId) {
      refreshedFor.current = jobId;
      void refresh();
    }
  }, [progress.finished, jobId, refresh]);

  const label = () => {
    if (!job) return t('common.loading');
    if (job.status === 'queued') return t('distribution.plan.rederiveQueued');
    const done = formatNumber(job.progress_done, language);
    return job.progress_total === null
      ? t('distribution.plan.rederiveProgressUnknown', { done })
      : t('distribution.plan.rederiveProgress', { done, total: formatNumber(Math.max(job.progress_total, job.progress_done), language) });
  };
  const count = (key: string) => {
    const value = job?.result?.[key];
    return typeof value === 'number' ? formatNumber(value, language) : null;
  };
  const pool = count('pool_numbers');
  const numbers = count('phone_numbers');

  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="numbering-plan-rederive">
      {progress.finished ? null : (
        <>
          <Typography variant="body2">{t('distribution.plan.rederiveRunning')}</Typography>
          <JobProgressBar job={job} label={label()} />
        </>
      )}
      {job?.status === 'completed' ? (
        <Alert severity="success">
          {pool !== null && numbers !== null ? t('distribution.plan.rederiveDoneCounts', { pool, numbers }) : t('distribution.plan.rederiveDone')}
        </Alert>
      ) : null}
      {job?.status === 'failed' ? <Alert severity="error">{t('distribution.plan.rederiveFailed', { error: translateServerMessage(job.error ?? '', t) })}</Alert> : null}
      {job?.status === 'cancelled' ? <Alert severity="warning">{t('distribution.plan.rederiveCancelled')}</Alert> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
    </Box>
  );
}
