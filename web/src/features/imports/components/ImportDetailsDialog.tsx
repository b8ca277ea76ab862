import { Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/format';
import { useImport } from '../api/get-import';
import { isImportRunning } from '../api/get-imports';
import { ImportLive, ImportOutcome } from './ImportLive';

export interface ImportDetailsDialogProps {
  /** The import to show, or null when closed. */
  importId: number | null;
  onClose: () => void;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography variant="body2" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0, minWidth: 0, wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </>
  );
}

/** One import: where it went, who started it, and its counts and errors (live while it runs). */
export function ImportDetailsDialog({ importId, onClose }: ImportDetailsDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const details = useImport(importId);
  const value = details.data;

  return (
    <Dialog open={importId !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="import-details-title">
      <DialogTitle id="import-details-title" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, pr: 3 }}>
        <Box component="span" sx={{ flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {t('imports.details.title', { name: value?.filename ?? `#${importId ?? ''}` })}
        </Box>
        {value ? <JobStatusChip status={value.status} /> : null}
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2.5, alignContent: 'start' }}>
        {details.isPending ? <CircularProgress size={24} aria-label={t('common.loading')} /> : null}
        {details.isError ? <ErrorAlert error={details.error} onRetry={() => void details.refetch()} /> : null}
        {value ? (
          <>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.75, m: 0 }}>
              <Meta label={t('imports.details.project')}>{value.project_id === null ? t('imports.target.pool') : (value.project_name ?? `#${value.project_id}`)}</Meta>
              <Meta label={t('imports.details.file')}>
                {value.file_kind.toUpperCase()} · {formatBytes(value.file_size, language)}
              </Meta>
              <Meta label={t('imports.details.region')}>{value.region}</Meta>
              {value.project_id !== null && typeof value.outside_geo_to_pool === 'boolean' ? (
                <Meta label={t('imports.details.outsideGeo')}>{t(`imports.details.outsideGeoChoices.${value.outside_geo_to_pool ? 'pool' : 'import'}`)}</Meta>
              ) : null}
              <Meta label={t('imports.details.columns')}>
                {value.columns ? value.columns.map((c) => t(`imports.columns.${c}`)).join(', ') : t('imports.details.columnsAuto')}
              </Meta>
              <Meta label={t('imports.details.who')}>{value.created_by_username ?? `#${value.created_by}`}</Meta>
              <Meta label={t('imports.details.created')}>{formatDateTime(value.created_at, language)}</Meta>
              {value.completed_at ? <Meta label={t('imports.details.completed')}>{formatDateTime(value.completed_at, language)}</Meta> : null}
              {value.attempts > 1 ? <Meta label={t('imports.details.attempts')}>{formatNumber(value.attempts, language)}</Meta> : null}
            </Box>
            {isImportRunning(value) ? <ImportLive importId={value.id} jobId={value.job_id} /> : <ImportOutcome value={value} plain />}
          </>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        {value && value.project_id !== null ? (
          <Button component={RouterLink} to={paths.numbers.href({ projectId: value.project_id })}>
            {t('imports.result.openNumbers')}
          </Button>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={onClose} color="inherit">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
