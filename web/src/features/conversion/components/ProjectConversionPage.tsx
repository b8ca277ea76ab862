import { ArrowBack as ArrowBackIcon } from '@mui/icons-material';
import { Box, Button, Chip, LinearProgress, Paper, Typography } from '@mui/material';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { JobOutcomePanel } from '@/components/ui/JobOutcomePanel';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime, formatUtcOffset, placeName } from '@/lib/format';
import { useProjectConversion } from '../api/get-project-conversion';
import { useRefreshConversion } from '../api/recalculate-conversion';
import { rangeIssue, readRange, toRangeParams, writeRange, type ConversionRange } from './conversion-params';
import { HeadlineMeasures } from './HeadlineMeasures';
import { formatMoney } from './measure-format';
import { MeasuresTable, type LeadingColumn } from './MeasuresTable';
import { RangeControls } from './RangeControls';
import { RecalculateButton } from './RecalculateButton';
import { rangeServerIssue } from './server-issues';
import { StatusBreakdown } from './StatusBreakdown';
import { TrendChart } from './TrendChart';

export interface ProjectConversionPageProps {
  projectId: number;
  /** "Пересчитать" (administrators). */
  canRecalculate?: boolean;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }} data-testid={testId}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 2, pb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/**
 * One project's conversion over a period (cohort or activity): the headline figures, the daily
 * trend, and the same measures by supplier, by region (with its time zone) and by status.
 * Administrators can have it recalculated. The period and the view are in the URL.
 */
export function ProjectConversionPage({ projectId, canRecalculate = false }: ProjectConversionPageProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const range = useMemo(() => readRange(searchParams), [searchParams]);
  const changeRange = useCallback((next: ConversionRange) => setSearchParams(writeRange(next), { replace: true }), [setSearchParams]);
  const [jobId, setJobId] = useState<number | null>(null);
  const refresh = useRefreshConversion();

  const issue = rangeIssue(range.from, range.to);
  const conversion = useProjectConversion(projectId, toRangeParams(range), { enabled: issue === null });
  const data = conversion.data;
  const answered = useMemo(() => (data ? { from: data.date_from, to: data.date_to } : null), [data]);
  const serverIssue = useMemo(() => rangeServerIssue(conversion.error, t), [conversion.error, t]);
  const none = (
    <Typography component="span" variant="inherit" color="text.disabled">
      {t('common.none')}
    </Typography>
  );
  const empty = t('conversion.empty');

  const providerColumns: readonly LeadingColumn[] = [
    { key: 'provider', label: t('conversion.columns.provider') },
    { key: 'price', label: t('conversion.columns.pricePerNumber'), hint: t('conversion.hints.pricePerNumber'), numeric: true },
  ];
  const regionColumns: readonly LeadingColumn[] = [
    { key: 'region', label: t('conversion.columns.region') },
    { key: 'timezone', label: t('conversion.columns.timezone'), hint: t('conversion.hints.timezone') },
  ];

  return (
    <>
      <PageHeader
        title={data ? t('conversion.project.title', { name: data.project.name }) : t('conversion.project.titleLoading')}
        actions={
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
            <Button component={RouterLink} to={paths.conversion.href(writeRange(range))} startIcon={<ArrowBackIcon />}>
              {t('conversion.project.back')}
            </Button>
            {canRecalculate ? <RecalculateButton projectId={projectId} onStarted={setJobId} disabled={jobId !== null} /> : null}
          </Box>
        }
      />
      <Box sx={{ display: 'grid', gap: 2 }}>
        {jobId !== null ? (
          <JobOutcomePanel
            jobId={jobId}
            strings="conversion.recalculate"
            onFinished={refresh}
            onClose={() => setJobId(null)}
            data-testid="conversion-recalculation"
          />
        ) : null}
        <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
          <RangeControls value={range} answered={answered} onChange={changeRange} serverIssue={serverIssue} />
          {data ? (
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              {data.project.deleted_at ? <Chip size="small" color="error" variant="outlined" label={t('conversion.project.deleted')} /> : null}
              {!data.project.deleted_at && !data.project.is_active ? <Chip size="small" variant="outlined" label={t('conversion.project.paused')} /> : null}
              {data.updated_at ? (
                <Typography variant="body2" color="text.secondary">
                  {t('conversion.project.updatedAt', { date: formatDateTime(data.updated_at, language) })}
                </Typography>
              ) : null}
            </Box>
          ) : null}
        </Paper>
        <Box sx={{ height: 4, mt: -1 }}>{conversion.isFetching ? <LinearProgress /> : null}</Box>
        {conversion.isError ? (
          <ErrorAlert error={conversion.error} onRetry={() => void conversion.refetch()} />
        ) : issue !== null ? null : !data ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {t('common.loading')}
          </Typography>
        ) : (
          <>
            <Section title={t('conversion.project.measures')}>
              <Box sx={{ px: 2, pb: 2 }}>
                {data.measures.received === 0 && data.measures.processed === 0 && data.measures.success === 0 ? (
                  <Typography color="text.secondary" sx={{ mb: 1.5 }} data-testid="conversion-empty">
                    {t('conversion.empty')}
                  </Typography>
                ) : null}
                <HeadlineMeasures measures={data.measures} failed={data.failed} view={data.view} />
              </Box>
            </Section>
            <Section title={t('conversion.project.trend')}>
              <Box sx={{ px: 2, pb: 2 }}>
                {data.daily.length === 0 ? (
                  <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
                    {empty}
                  </Typography>
                ) : (
                  <TrendChart days={data.daily} />
                )}
              </Box>
            </Section>
            <Section title={t('conversion.project.byProvider')}>
              <MeasuresTable
                label={t('conversion.project.byProvider')}
                testId="conversion-by-provider"
                leading={providerColumns}
                statuses={data.statuses}
                view={data.view}
                emptyText={empty}
                rows={data.by_provider.map((row, index) => ({
                  key: row.provider?.id ?? `none-${index}`,
                  testId: `provider-row-${row.provider?.id ?? 'none'}`,
                  measures: row,
                  cells: [
                    row.provider ? (
                      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                        <Box component="span" sx={{ fontWeight: 600 }}>
                          {row.provider.code || row.provider.name}
                        </Box>
                        {row.provider.code && row.provider.name !== row.provider.code ? (
                          <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                            {row.provider.name}
                          </Box>
                        ) : null}
                      </Box>
                    ) : (
                      <Typography component="span" variant="inherit" color="text.secondary">
                        {t('conversion.project.unknownProvider')}
                      </Typography>
                    ),
                    row.provider ? (formatMoney(row.provider.price_per_number, language) ?? t('conversion.project.noPrice')) : none,
                  ],
                }))}
                totals={data.by_provider.length > 1 ? data.measures : null}
              />
            </Section>
            <Section title={t('conversion.project.byRegion')}>
              <MeasuresTable
                label={t('conversion.project.byRegion')}
                testId="conversion-by-region"
                leading={regionColumns}
                statuses={data.statuses}
                view={data.view}
                emptyText={empty}
                rows={data.by_region.map((row, index) => ({
                  key: row.geo?.id ?? `none-${index}`,
                  testId: `region-row-${row.geo?.id ?? 'none'}`,
                  measures: row,
                  cells: [
                    row.geo ? (
                      placeName(row.geo, language)
                    ) : (
                      <Typography component="span" variant="inherit" color="text.secondary">
                        {t('conversion.project.unknownRegion')}
                      </Typography>
                    ),
                    row.geo?.timezone ? (
                      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                        {row.geo.timezone}
                        <Box component="span" sx={{ color: 'text.secondary' }}>{`, ${formatUtcOffset(row.geo.timezone)}`}</Box>
                      </Box>
                    ) : (
                      none
                    ),
                  ],
                }))}
                totals={data.by_region.length > 1 ? data.measures : null}
              />
            </Section>
            <Section title={t('conversion.project.byStatus')}>
              <StatusBreakdown statuses={data.statuses} measures={data.measures} view={data.view} />
            </Section>
          </>
        )}
      </Box>
    </>
  );
}
