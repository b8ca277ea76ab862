import { FilterAltOffOutlined as FilterAltOffOutlinedIcon } from '@mui/icons-material';
import {
  Box,
  Chip,
  FormControl,
  IconButton,
  InputLabel,
  LinearProgress,
  Link,
  MenuItem,
  Paper,
  Select,
  Tab,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { TablePager } from '@/components/ui/TablePager';
import { paths } from '@/config/paths';
import { GeoPicker, useProviders } from '@/features/dictionaries';
import type { ConversionSortKey, ConversionState, ConversionSummaryRow } from '@/lib/api-types';
import { useConversionSummary } from '../api/get-conversion-summary';
import {
  CONVERSION_PAGE_SIZES,
  CONVERSION_STATES,
  MAX_RANGE_DAYS,
  nextSort,
  rangeIssue,
  readConversionListState,
  toExportFilters,
  toSummaryParams,
  writeConversionListState,
  writeRange,
  type ConversionListState,
  type ConversionRange,
} from './conversion-params';
import { ExportConversionButton } from './ExportConversionButton';
import { MeasuresTable, type LeadingColumn, type MeasuresTableRow } from './MeasuresTable';
import { RangeControls } from './RangeControls';
import { rangeServerIssue } from './server-issues';

const ANY = '';

/**
 * "Конверсия проектов" (and of deleted projects, or of all): a period, cohort or activity,
 * supplier and region; per project what was received, the duplicates, processed, success, each
 * status, the conversion three ways and the cost; sorted and paged on the server; a totals row;
 * the file for analysis. Everything in the URL.
 */
export function ConversionPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readConversionListState(searchParams), [searchParams]);
  const providers = useProviders();

  const update = useCallback(
    (change: Partial<ConversionListState>) => setSearchParams(writeConversionListState({ ...state, ...change }), { replace: true }),
    [state, setSearchParams],
  );
  const changeRange = useCallback((range: ConversionRange) => update({ ...range, page: 0 }), [update]);

  const issue = rangeIssue(state.from, state.to);
  const summary = useConversionSummary(toSummaryParams(state), { enabled: issue === null });
  const data = summary.data;
  const answered = useMemo(() => (data ? { from: data.date_from, to: data.date_to } : null), [data]);
  const serverIssue = useMemo(() => rangeServerIssue(summary.error, t), [summary.error, t]);

  // A project's page opens on the period shown here (the server's default period written out).
  const projectSearch = writeRange({ from: state.from || answered?.from || '', to: state.to || answered?.to || '', view: state.view });
  const leading: readonly LeadingColumn[] = [
    { key: 'id', label: t('conversion.columns.id'), sortKey: 'id', numeric: true },
    { key: 'project', label: t('conversion.columns.project'), sortKey: 'name' },
  ];
  const rows: MeasuresTableRow[] = (data?.data ?? []).map((row: ConversionSummaryRow) => ({
    key: row.project.id,
    testId: `conversion-row-${row.project.id}`,
    measures: row,
    cells: [
      row.project.id,
      <Box key="name" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 180 }}>
        <Tooltip title={t('conversion.openProject')} placement="top-start" describeChild>
          <Link component={RouterLink} to={paths.conversionProject.href(row.project.id, projectSearch)} underline="hover" sx={{ fontWeight: 500 }}>
            {row.project.name}
          </Link>
        </Tooltip>
        {row.project.deleted_at ? <Chip size="small" variant="outlined" label={t('conversion.deletedMark')} /> : null}
      </Box>,
    ],
  }));
  const filtered = state.provider !== null || state.geo !== null;
  const emptyText =
    issue === 'order' ? (
      t('conversion.range.order')
    ) : issue === 'tooLong' ? (
      t('conversion.range.tooLong', { max: String(MAX_RANGE_DAYS) })
    ) : summary.isPending ? (
      t('common.loading')
    ) : (
      <>
        {t('conversion.empty')}
        <Box component="span" sx={{ display: 'block', fontSize: 13, mt: 0.5 }}>
          {t('conversion.emptyHint')}
        </Box>
      </>
    );

  return (
    <>
      <PageHeader
        title={t(`conversion.titles.${state.state}`)}
        actions={<ExportConversionButton filters={toExportFilters(state)} disabled={issue !== null} />}
      />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Tabs
          value={state.state}
          onChange={(_event, next: ConversionState) => update({ state: next, page: 0 })}
          aria-label={t('conversion.states.label')}
          sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
        >
          {CONVERSION_STATES.map((s) => (
            <Tab key={s} value={s} label={t(`conversion.states.${s}`)} />
          ))}
        </Tabs>
        <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
          <RangeControls value={state} answered={answered} onChange={changeRange} serverIssue={serverIssue} />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.25, alignItems: 'flex-start' }}>
            <FormControl sx={{ width: 200 }}>
              <InputLabel id="conversion-provider-filter" shrink>
                {t('conversion.filters.provider')}
              </InputLabel>
              <Select
                labelId="conversion-provider-filter"
                label={t('conversion.filters.provider')}
                notched
                displayEmpty
                value={state.provider === null ? ANY : String(state.provider)}
                // A supplier or a region: choosing one clears the other.
                onChange={(event) => {
                  const provider = event.target.value === ANY ? null : Number(event.target.value);
                  update({ provider, geo: provider === null ? state.geo : null, page: 0 });
                }}
              >
                <MenuItem value={ANY}>{t('common.all')}</MenuItem>
                {/* The URL's supplier before the list has come (or one no longer listed). */}
                {state.provider !== null && !(providers.data ?? []).some((p) => p.id === state.provider) ? (
                  <MenuItem value={String(state.provider)}>{`#${state.provider}`}</MenuItem>
                ) : null}
                {(providers.data ?? []).map((p) => (
                  <MenuItem key={p.id} value={String(p.id)}>
                    {p.code}
                    <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                      {p.name}
                    </Box>
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <GeoPicker
              value={state.geo}
              onChange={(geo) => update({ geo, provider: geo === null ? state.provider : null, page: 0 })}
              label={t('conversion.filters.geo')}
              placeholder={t('conversion.filters.geoPlaceholder')}
              width={280}
            />
            <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center', maxWidth: 220, lineHeight: 1.3 }}>
              {t('conversion.filters.oneOf')}
            </Typography>
            {filtered ? (
              <Tooltip title={t('conversion.filters.reset')}>
                <IconButton onClick={() => update({ provider: null, geo: null, page: 0 })} aria-label={t('conversion.filters.reset')}>
                  <FilterAltOffOutlinedIcon />
                </IconButton>
              </Tooltip>
            ) : null}
          </Box>
        </Box>
        <Box sx={{ height: 4 }}>{summary.isFetching ? <LinearProgress /> : null}</Box>
        {summary.isError ? (
          <Box sx={{ p: 2 }}>
            <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
          </Box>
        ) : (
          <>
            <MeasuresTable
              label={t(`conversion.titles.${state.state}`)}
              testId="conversion-summary"
              leading={leading}
              rows={issue === null ? rows : []}
              statuses={data?.statuses ?? []}
              view={state.view}
              totals={issue === null ? data?.totals : null}
              sort={state.sort}
              onSort={(key: ConversionSortKey) => update({ sort: nextSort(state.sort, key), page: 0 })}
              emptyText={emptyText}
            />
            <TablePager
              total={issue === null ? (data?.pagination.total ?? 0) : 0}
              page={state.page}
              pageSize={state.size}
              pageSizes={CONVERSION_PAGE_SIZES}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(size) => update({ size, page: 0 })}
            />
          </>
        )}
      </Paper>
    </>
  );
}
