import { Box, LinearProgress, Paper } from '@mui/material';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useAuditLog } from '../api/get-audit-log';
import { useUserNames } from './actor-label';
import { AuditFilters } from './AuditFilters';
import { AuditLoadMore } from './AuditLoadMore';
import { AuditTable } from './AuditTable';
import {
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  readAuditFilters,
  toAuditLogFilters,
  writeAuditFilters,
  type AuditFilterState,
} from './audit-params';
import { ExportAuditButton } from './ExportAuditButton';
import { auditFilterIssues } from './filter-issues';

/**
 * "Журнал аудита": every change by users and background jobs, newest first, filtered by user,
 * action, object and dates (in the URL), a page of records at a time ("Показать ещё"), each
 * record opened to its old → new values; the filtered log as CSV.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readAuditFilters(searchParams), [searchParams]);
  const apiFilters = useMemo(() => toAuditLogFilters(filters), [filters]);
  const names = useUserNames();

  const update = useCallback(
    (change: Partial<AuditFilterState>) => setSearchParams(writeAuditFilters({ ...filters, ...change }), { replace: true }),
    [filters, setSearchParams],
  );
  const reset = useCallback(() => setSearchParams(writeAuditFilters(EMPTY_AUDIT_FILTERS), { replace: true }), [setSearchParams]);

  const log = useAuditLog(apiFilters);
  const records = useMemo(() => log.data?.pages.flatMap((page) => page.data) ?? [], [log.data]);
  const issues = useMemo(() => auditFilterIssues(log.error, t), [log.error, t]);
  const refused = Object.keys(issues.fields).length > 0;

  // A failure without rows is told by the alert alone.
  const failedEmpty = issues.other && records.length === 0;
  const emptyText = refused
    ? t('audit.fixFilters')
    : log.isPending
      ? t('common.loading')
      : hasAuditFilters(filters)
        ? t('audit.emptyFiltered')
        : t('audit.empty');

  return (
    <>
      <PageHeader title={t('audit.title')} actions={<ExportAuditButton filters={apiFilters} disabled={refused} />} />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <AuditFilters value={filters} onChange={update} onReset={reset} issues={issues.fields} names={names} />
        <Box sx={{ height: 4 }}>{log.isFetching ? <LinearProgress aria-label={t('common.loading')} /> : null}</Box>
        {issues.other ? (
          <Box sx={{ p: 2 }}>
            <ErrorAlert
              error={log.error}
              onRetry={() => void (log.isFetchNextPageError ? log.fetchNextPage() : log.refetch())}
            />
          </Box>
        ) : null}
        {failedEmpty ? null : (
          <>
            <AuditTable records={refused ? [] : records} names={names} emptyText={emptyText} />
            <AuditLoadMore
              shown={refused ? 0 : records.length}
              hasMore={log.hasNextPage}
              loading={log.isFetchingNextPage}
              onLoadMore={() => void log.fetchNextPage()}
            />
          </>
        )}
      </Paper>
    </>
  );
}
