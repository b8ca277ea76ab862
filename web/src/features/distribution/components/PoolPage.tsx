import { CallSplit as CallSplitIcon, UploadFileOutlined as UploadFileOutlinedIcon } from '@mui/icons-material';
import { Box, Button, CircularProgress, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { JobOutcomePanel } from '@/components/ui/JobOutcomePanel';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
import { useRefreshAfterDistribution, useStartDistribution } from '../api/distribution-runs';
import { NumberingPlanCard } from './NumberingPlanCard';
import { PoolSummaryPanel } from './PoolSummaryPanel';
import { RunsHistory } from './RunsHistory';

export interface PoolPageProps {
  /** "Импорт в пул" (imports.create). */
  canImport: boolean;
  /** "Загрузить новый файл реестра" on the numbering plan card (geo.manage). */
  canManageNumberingPlan?: boolean;
}

function positiveInt(value: string | null): number | null {
  return value && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : null;
}

/**
 * "Пул номеров" (administrators): what waits, by supplier and region; what each project could
 * take now; "Распределить сейчас" with its progress; the numbering plan the numbers' regions come
 * from (a newer registry file can be loaded); the history of runs (its page in the URL).
 */
export function PoolPage({ canImport, canManageNumberingPlan = false }: PoolPageProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const start = useStartDistribution();
  const [jobId, setJobId] = useState<number | null>(null);
  const refresh = useRefreshAfterDistribution();
  const [search, setSearch] = useSearchParams();
  const page = (positiveInt(search.get('page')) ?? 1) - 1;

  const distribute = () =>
    start.mutate(undefined, {
      onSuccess: (started) => {
        setJobId(started.job_id);
        notify(t('distribution.pool.started'), 'info');
      },
      onError: (error) => notify(describeError(error, t).message, 'error'),
    });

  return (
    <>
      <PageHeader
        title={t('distribution.pool.title')}
        actions={
          <Box sx={{ display: 'flex', gap: 1.5 }}>
            {canImport ? (
              <Button component={RouterLink} to={paths.imports.href({ target: 'pool' })} variant="outlined" startIcon={<UploadFileOutlinedIcon />}>
                {t('distribution.pool.importToPool')}
              </Button>
            ) : null}
            <Tooltip title={t('distribution.pool.distributeHint')} describeChild>
              <span>
                <Button
                  variant="contained"
                  color="warning"
                  sx={{ color: 'common.white' }}
                  onClick={distribute}
                  disabled={start.isPending}
                  startIcon={start.isPending ? <CircularProgress size={16} color="inherit" /> : <CallSplitIcon />}
                >
                  {t('distribution.pool.distributeNow')}
                </Button>
              </span>
            </Tooltip>
          </Box>
        }
      />
      <Box sx={{ display: 'grid', gap: 3 }}>
        {jobId !== null ? (
          <JobOutcomePanel
            jobId={jobId}
            strings="distribution.run"
            onFinished={refresh}
            onClose={() => setJobId(null)}
            data-testid="distribution-run"
          />
        ) : null}
        <PoolSummaryPanel />
        <NumberingPlanCard canUpload={canManageNumberingPlan} />
        <RunsHistory
          page={page}
          onPageChange={(next) => {
            const params = new URLSearchParams(search);
            if (next > 0) params.set('page', String(next + 1));
            else params.delete('page');
            setSearch(params, { replace: true });
          }}
        />
      </Box>
    </>
  );
}
