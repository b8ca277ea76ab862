import { Box, LinearProgress, MenuItem, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { useJobProgressLabel } from '@/components/ui/JobRunningPanel';
import { JobStatusChip } from '@/components/ui/JobStatusChip';
import { TablePager } from '@/components/ui/TablePager';
import { useLanguage } from '@/hooks/use-language';
import type { Import, ImportStatus } from '@/lib/api-types';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/format';
import { isImportRunning, useImports } from '../api/get-imports';

export const IMPORT_PAGE_SIZE = 20;
export const IMPORT_STATUSES: readonly ImportStatus[] = ['queued', 'processing', 'completed', 'failed', 'cancelled'];

export interface ImportsHistoryProps {
  status: ImportStatus | null;
  page: number;
  onStatusChange: (status: ImportStatus | null) => void;
  onPageChange: (page: number) => void;
  onOpen: (item: Import) => void;
}

/** Every import, newest first: file, project, state, counts, who and when; a row opens its details. */
export function ImportsHistory({ status, page, onStatusChange, onPageChange, onOpen }: ImportsHistoryProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progressLabel = useJobProgressLabel('imports.run');
  const imports = useImports({ status: status ?? undefined, limit: IMPORT_PAGE_SIZE, offset: page * IMPORT_PAGE_SIZE });
  const rows = imports.data?.data ?? [];
  const total = imports.data?.pagination.total ?? 0;
  const count = (value: number | null) => (value === null ? <Typography component="span" color="text.disabled">{t('common.none')}</Typography> : formatNumber(value, language));

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }} component="section" aria-labelledby="imports-history-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1.5, flexWrap: 'wrap' }}>
        <Typography id="imports-history-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('imports.history.title')}
        </Typography>
        <TextField
          select
          label={t('imports.history.status')}
          value={status ?? ''}
          onChange={(event) => onStatusChange(event.target.value === '' ? null : (event.target.value as ImportStatus))}
          sx={{ width: 200 }}
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {IMPORT_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`jobs.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box sx={{ height: 4 }}>{imports.isFetching ? <LinearProgress /> : null}</Box>
      {imports.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} />
        </Box>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('imports.history.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('imports.history.file')}</TableCell>
                <TableCell>{t('imports.history.project')}</TableCell>
                <TableCell sx={{ width: 230 }}>{t('imports.history.status')}</TableCell>
                <TableCell align="right">{t('imports.history.imported')}</TableCell>
                <TableCell align="right">{t('imports.history.duplicates')}</TableCell>
                <TableCell align="right">
                  <Tooltip title={t('imports.history.inOtherProjectsHint')} describeChild>
                    <span>{t('imports.history.inOtherProjects')}</span>
                  </Tooltip>
                </TableCell>
                <TableCell align="right">{t('imports.history.failed')}</TableCell>
                <TableCell>{t('imports.history.who')}</TableCell>
                <TableCell>{t('imports.history.when')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={9} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                    {imports.isPending ? t('common.loading') : t('imports.history.empty')}
                  </TableCell>
                </TableRow>
              ) : null}
              {rows.map((item) => (
                <TableRow
                  key={item.id}
                  hover
                  tabIndex={0}
                  role="button"
                  aria-label={t('imports.history.open', { name: item.filename })}
                  data-testid={`import-row-${item.id}`}
                  onClick={() => onOpen(item)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onOpen(item);
                    }
                  }}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell sx={{ maxWidth: 280 }}>
                    <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap title={item.filename}>
                      {item.filename}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {item.file_kind.toUpperCase()} · {formatBytes(item.file_size, language)}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 240 }}>
                    <Typography variant="body2" noWrap title={item.project_name ?? undefined}>
                      {item.project_id === null ? t('imports.target.pool') : (item.project_name ?? `#${item.project_id}`)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {isImportRunning(item) ? (
                      <JobProgressBar job={{ ...item, status: item.status === 'processing' ? 'running' : 'queued' }} label={progressLabel({ ...item, status: item.status === 'processing' ? 'running' : 'queued' })} />
                    ) : (
                      <JobStatusChip status={item.status} />
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {count(item.imported_rows)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {count(item.duplicate_rows)}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: (item.in_other_projects ?? 0) > 0 ? 600 : undefined }}
                    data-testid={`import-row-${item.id}-in-other-projects`}
                  >
                    {item.project_id === null ? count(null) : count(item.in_other_projects ?? null)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: (item.failed_rows ?? 0) > 0 ? 'error.main' : undefined }}>
                    {count(item.failed_rows)}
                  </TableCell>
                  <TableCell>{item.created_by_username ?? `#${item.created_by}`}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.created_at, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <TablePager total={total} page={page} pageSize={IMPORT_PAGE_SIZE} onPageChange={onPageChange} />
    </Paper>
  );
}
