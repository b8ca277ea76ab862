import { KeyboardArrowDown as KeyboardArrowDownIcon, KeyboardArrowRight as KeyboardArrowRightIcon } from '@mui/icons-material';
import {
  Box,
  Collapse,
  IconButton,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { TablePager } from '@/components/ui/TablePager';
import { useLanguage } from '@/hooks/use-language';
import type { DistributionRun } from '@/lib/api-types';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useDistributionRuns } from '../api/distribution-runs';
import { reasonText } from './reason-text';

export const RUNS_PAGE_SIZE = 20;
const COLUMNS = 8;
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export interface RunsHistoryProps {
  /** Zero-based. */
  page: number;
  onPageChange: (page: number) => void;
}

/** Every distribution run, newest first: how it started, who, when, how many numbers; a row opens its projects. */
export function RunsHistory({ page, onPageChange }: RunsHistoryProps) {
  const { t } = useTranslation();
  const runs = useDistributionRuns({ limit: RUNS_PAGE_SIZE, offset: page * RUNS_PAGE_SIZE });
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const rows = runs.data?.data ?? [];

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 2, pb: 1 }}>
        {t('distribution.runs.title')}
      </Typography>
      <Box sx={{ height: 4 }}>{runs.isFetching ? <LinearProgress /> : null}</Box>
      {runs.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
        </Box>
      ) : (
        <>
          <TableContainer>
            <Table size="small" aria-label={t('distribution.runs.title')} data-testid="distribution-runs">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 48 }} />
                  <TableCell align="right">{t('distribution.runs.id')}</TableCell>
                  <TableCell>{t('distribution.runs.trigger')}</TableCell>
                  <TableCell>{t('distribution.runs.who')}</TableCell>
                  <TableCell>{t('distribution.runs.started')}</TableCell>
                  <TableCell>{t('distribution.runs.finished')}</TableCell>
                  <TableCell align="right">{t('distribution.runs.projects')}</TableCell>
                  <TableCell align="right">{t('distribution.runs.handed')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={COLUMNS} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                      {runs.isPending ? t('common.loading') : t('distribution.runs.empty')}
                    </TableCell>
                  </TableRow>
                ) : (
                  rows.map((run) => <RunRow key={run.id} run={run} open={open.has(run.id)} onToggle={() => toggle(run.id)} />)
                )}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePager total={runs.data?.pagination.total ?? 0} page={page} pageSize={RUNS_PAGE_SIZE} onPageChange={onPageChange} />
        </>
      )}
    </Paper>
  );
}

function RunRow({ run, open, onToggle }: { run: DistributionRun; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const muted = (text: string) => (
    <Typography component="span" variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
  // "Получить базу" names its project.
  const project = run.trigger === 'get_base' ? (run.results.find((r) => r.project_id === run.project_id)?.name ?? null) : null;
  return (
    <Fragment>
      <TableRow hover onClick={onToggle} sx={{ cursor: 'pointer', '& > td': { borderBottom: open ? 'unset' : undefined } }} data-testid={`run-row-${run.id}`}>
        <TableCell padding="none" sx={{ pl: 1 }}>
          <IconButton
            size="small"
            aria-expanded={open}
            aria-label={open ? t('distribution.runs.collapse', { id: String(run.id) }) : t('distribution.runs.expand', { id: String(run.id) })}
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
          >
            {open ? <KeyboardArrowDownIcon fontSize="small" /> : <KeyboardArrowRightIcon fontSize="small" />}
          </IconButton>
        </TableCell>
        <TableCell align="right" sx={{ ...numeric, color: 'text.secondary' }}>
          {run.id}
        </TableCell>
        <TableCell>
          {t(`distribution.runs.triggers.${run.trigger}`)}
          {project ? (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {project}
            </Typography>
          ) : null}
        </TableCell>
        <TableCell>{run.started_by_name ?? muted(run.started_by === null ? t('distribution.runs.system') : `#${run.started_by}`)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.started_at, language)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          {run.finished_at ? formatDateTime(run.finished_at, language) : muted(t('distribution.runs.notFinished'))}
        </TableCell>
        <TableCell align="right" sx={numeric}>
          {formatNumber(run.results.length, language)}
        </TableCell>
        <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }}>
          {formatNumber(run.handed, language)}
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={COLUMNS} sx={{ py: 0, ...(open ? {} : { borderBottom: 'none' }) }}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <Box sx={{ py: 1.5, pl: 6, pr: 2 }} data-testid={`run-results-${run.id}`}>
              <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                {t('distribution.runs.resultsTitle')}
              </Typography>
              {run.results.length === 0 ? (
                muted(t('distribution.runs.noResults'))
              ) : (
                <Table size="small" aria-label={t('distribution.runs.resultsTitle')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('distribution.pool.project')}</TableCell>
                      <TableCell align="right">{t('distribution.runs.handed')}</TableCell>
                      <TableCell>{t('distribution.pool.reason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {run.results.map((r) => (
                      <TableRow key={r.project_id}>
                        <TableCell>{r.name}</TableCell>
                        <TableCell align="right" sx={numeric}>
                          {formatNumber(r.handed, language)}
                        </TableCell>
                        <TableCell sx={{ color: 'text.secondary' }}>{r.reason ? reasonText(r.reason, t) : t('common.none')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}
