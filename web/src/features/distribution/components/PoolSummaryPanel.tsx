import {
  Box,
  Chip,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useLanguage } from '@/hooks/use-language';
import type { PoolGroup, PoolSummary } from '@/lib/api-types';
import { formatNumber, formatUtcOffset } from '@/lib/format';
import { usePoolSummary } from '../api/get-pool-summary';
import { reasonText } from './reason-text';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Largest groups first; within a supplier, its regions by size. */
function sortGroups(groups: readonly PoolGroup[]): PoolGroup[] {
  const bySupplier = new Map<string, number>();
  for (const g of groups) bySupplier.set(g.provider_code ?? '', (bySupplier.get(g.provider_code ?? '') ?? 0) + g.count);
  return [...groups].sort(
    (a, b) =>
      (bySupplier.get(b.provider_code ?? '') ?? 0) - (bySupplier.get(a.provider_code ?? '') ?? 0) ||
      (a.provider_code ?? '').localeCompare(b.provider_code ?? '') ||
      b.count - a.count ||
      (a.geo_name ?? '').localeCompare(b.geo_name ?? ''),
  );
}

function zone(timezone: string | null): string | null {
  if (!timezone) return null;
  try {
    return `${timezone}, ${formatUtcOffset(timezone)}`;
  } catch {
    return timezone;
  }
}

/** The pool: how many numbers wait, by supplier × region, and what each project could take now. */
export function PoolSummaryPanel() {
  const summary = usePoolSummary();
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {summary.isError ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      <Box sx={{ height: 4, mb: -3 }}>{summary.isFetching ? <LinearProgress /> : null}</Box>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, alignItems: 'start' }}>
        <GroupsTable summary={summary.data} loading={summary.isPending} />
        <ProjectsTable summary={summary.data} loading={summary.isPending} />
      </Box>
    </Box>
  );
}

function GroupsTable({ summary, loading }: { summary: PoolSummary | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const groups = sortGroups(summary?.data ?? []);
  const none = (text: string) => (
    <Typography component="span" variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, px: 2, pt: 2, pb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('distribution.pool.groupsTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('distribution.pool.waiting')}:{' '}
          <Box component="strong" sx={{ color: 'text.primary', fontSize: 18, ...numeric }} data-testid="pool-waiting">
            {!summary ? '…' : summary.waiting === null ? '—' : formatNumber(summary.waiting, language)}
          </Box>
        </Typography>
      </Box>
      <TableContainer>
        <Table size="small" aria-label={t('distribution.pool.groupsTitle')} data-testid="pool-groups">
          <TableHead>
            <TableRow>
              <TableCell>{t('distribution.pool.provider')}</TableCell>
              <TableCell>{t('distribution.pool.region')}</TableCell>
              <TableCell>{t('distribution.pool.timezone')}</TableCell>
              <TableCell align="right">{t('distribution.pool.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.length === 0 ? (
              <TableRow>
                <TableCell colSpan={4} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                  {loading ? t('common.loading') : t('distribution.pool.empty')}
                </TableCell>
              </TableRow>
            ) : (
              groups.map((g) => (
                <TableRow key={`${g.provider_id ?? 'none'}-${g.geo_id ?? 'none'}`} hover>
                  <TableCell sx={{ fontWeight: 500 }}>{g.provider_code ?? none(t('distribution.pool.noProvider'))}</TableCell>
                  <TableCell>{g.geo_name ?? none(t('distribution.pool.noRegion'))}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{zone(g.timezone) ?? none(t('distribution.pool.noTimezone'))}</TableCell>
                  <TableCell align="right" sx={numeric}>
                    {formatNumber(g.count, language)}
                  </TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
          {groups.length > 1 ? (
            <TableFooter>
              <TableRow>
                <TableCell colSpan={3} sx={{ fontWeight: 600, color: 'text.primary' }}>
                  {t('distribution.pool.total')}
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, fontWeight: 600, color: 'text.primary' }}>
                  {formatNumber(
                    groups.reduce((sum, g) => sum + g.count, 0),
                    language,
                  )}
                </TableCell>
              </TableRow>
            </TableFooter>
          ) : null}
        </Table>
      </TableContainer>
    </Paper>
  );
}

function ProjectsTable({ summary, loading }: { summary: PoolSummary | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const projects = [...(summary?.projects ?? [])].sort((a, b) => b.can_take - a.can_take || a.name.localeCompare(b.name));
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 2, pb: 1 }}>
        {t('distribution.pool.projectsTitle')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={t('distribution.pool.projectsTitle')} data-testid="pool-projects">
          <TableHead>
            <TableRow>
              <TableCell>{t('distribution.pool.project')}</TableCell>
              <TableCell align="right">{t('distribution.pool.canTake')}</TableCell>
              <TableCell>{t('distribution.pool.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {projects.length === 0 ? (
              <TableRow>
                <TableCell colSpan={3} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                  {loading ? t('common.loading') : t('distribution.pool.noProjects')}
                </TableCell>
              </TableRow>
            ) : (
              projects.map((p) => (
                <TableRow key={p.project_id} hover data-testid={`pool-project-${p.project_id}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{p.name}</TableCell>
                  <TableCell align="right" sx={numeric}>
                    {p.can_take > 0 ? (
                      <Chip size="small" color="warning" label={formatNumber(p.can_take, language)} sx={{ fontWeight: 600 }} />
                    ) : (
                      formatNumber(0, language)
                    )}
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{p.reason ? reasonText(p.reason, t) : t('common.none')}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
