import { Box, Paper } from '@mui/material';
import { useEventCallback } from '@mui/material/utils';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useCursorStack } from '@/hooks/use-cursor-stack';
import { useLanguage } from '@/hooks/use-language';
import { isApiError } from '@/lib/api-client';
import type { NumberStatus, PhoneNumber, PhoneNumberSort, Provider } from '@/lib/api-types';
import { usePhoneNumbers, usePrefetchPhoneNumbers } from '../api/get-phone-numbers';
import { useUpdatePhoneNumber } from '../api/update-phone-number';
import type { Assignee } from './assignees';
import { BulkActionsBar } from './BulkActionsBar';
import { BulkConfirmDialog } from './BulkConfirmDialog';
import { CursorPaginationBar } from './CursorPaginationBar';
import { NumberCard } from './NumberCard';
import {
  EMPTY_FILTERS,
  listResetKey,
  NUMBER_PAGE_SIZES,
  readCardId,
  readNumberListState,
  toApiParams,
  toNextParams,
  withCard,
  writeNumberListState,
  type NumberFilters as Filters,
  type NumberListState,
} from './number-list-params';
import { NumbersFilters, type ProjectFilterSlotProps } from './NumbersFilters';
import { NumbersGrid } from './NumbersGrid';
import { statusName } from '@/components/ui/StatusBadge';
import { useBulkActions } from './use-bulk-actions';

export interface NumbersScreenProps {
  statuses: readonly NumberStatus[];
  providers: readonly Provider[];
  canEdit: boolean;
  /** Whom numbers can be assigned to in bulk (the route knows who may list users). */
  assignees: readonly Assignee[];
  renderProjectFilter: (props: ProjectFilterSlotProps) => ReactNode;
}

const NO_ROWS: readonly PhoneNumber[] = [];

/** "Мои сделки": filters, the grid, and keyset paging; page and filters live in the URL. */
export function NumbersScreen({ statuses, providers, canEdit, assignees, renderProjectFilter }: NumbersScreenProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readNumberListState(searchParams), [searchParams]);
  // The open card lives in the URL too (?card=<id>): a reminder's notification links to it.
  const cardId = readCardId(searchParams);
  const cursors = useCursorStack({
    resetKey: listResetKey(state),
    page: state.page,
    cursor: state.cursor,
    storageKey: 'numbase.numbers.cursors',
  });

  const prefetch = usePrefetchPhoneNumbers();
  const go = (next: NumberListState) => {
    prefetch(toApiParams(next));
    setSearchParams(withCard(writeNumberListState(next), cardId), { replace: true });
  };
  const firstPageOf = (change: Partial<NumberListState>): NumberListState => ({ ...state, ...change, page: 1, cursor: null });

  const numbers = usePhoneNumbers(toApiParams(state));
  const rows = numbers.data?.data ?? NO_ROWS;

  // A cursor from an old link the server no longer accepts: start again from the first page.
  const cursorRejected = isApiError(numbers.error) && numbers.error.details.some((d) => d.field === 'cursor');
  useEffect(() => {
    if (cursorRejected) go(firstPageOf({}));
    // Only the moment the cursor is refused matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursorRejected]);

  // The grid's cells call these: they keep their identity (the mutation's object does not),
  // or the whole grid would re-render on every change of the screen.
  const { mutate: updateNumber } = useUpdatePhoneNumber();
  const handleStatusChange = useCallback(
    (row: PhoneNumber, statusId: number) => {
      const status = statuses.find((s) => s.id === statusId);
      updateNumber(
        { id: row.id, patch: { status_id: statusId } },
        {
          onSuccess: () => notify(t('numbers.statusSaved', { status: status ? statusName(status, language) : String(statusId) })),
          onError: (error) => notify(t('numbers.saveFailed', { message: describeError(error, t).message }), 'error'),
        },
      );
    },
    [statuses, updateNumber, notify, t, language],
  );
  const handleFavouriteToggle = useCallback(
    (row: PhoneNumber) => {
      updateNumber(
        { id: row.id, patch: { is_favourite: !row.is_favourite } },
        { onError: (error) => notify(t('numbers.saveFailed', { message: describeError(error, t).message }), 'error') },
      );
    },
    [updateNumber, notify, t],
  );

  // The filters keep their props while only the page changes (they are costly to re-render).
  const filtersKey = JSON.stringify(state.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => state.filters, [filtersKey]);
  const handleFilters = useEventCallback((change: Partial<Filters>) => go(firstPageOf({ filters: { ...state.filters, ...change } })));
  const resetFilters = useEventCallback(() => go(firstPageOf({ filters: EMPTY_FILTERS })));
  const pagination = numbers.data?.pagination;
  const bulk = useBulkActions(state, numbers.isPlaceholderData ? NO_ROWS : rows, numbers.isPlaceholderData ? undefined : pagination);
  const showCard = useEventCallback((id: number | null) => setSearchParams(withCard(searchParams, id), { replace: true }));
  const openCard = useEventCallback((row: PhoneNumber) => showCard(row.id));
  // "Следующий номер" goes on through this list: its filters and sort.
  const nextParams = useMemo(() => toNextParams(state), [state]);
  // While a new page loads the old rows stay (no jumping), but the range must not claim them.
  const showingCurrent = !numbers.isPlaceholderData;

  return (
    // The screen fills the window below the top bar and the title; the grid takes what the
    // filters leave (they may wrap onto a second line on narrow windows).
    <Paper
      variant="outlined"
      sx={{ display: 'flex', flexDirection: 'column', overflow: 'hidden', height: 'calc(100vh - 160px)', minHeight: 480 }}
    >
      <NumbersFilters
        value={filters}
        onChange={handleFilters}
        onReset={resetFilters}
        statuses={statuses}
        providers={providers}
        assignees={assignees}
        renderProjectFilter={renderProjectFilter}
      />
      {numbers.isError && !cursorRejected ? (
        <Box sx={{ px: 2, pb: 2 }}>
          <ErrorAlert error={numbers.error} onRetry={() => void numbers.refetch()} />
        </Box>
      ) : null}
      {bulk.active ? (
        <BulkActionsBar
          count={bulk.count}
          estimate={bulk.estimate}
          allMatching={bulk.allMatching}
          offerAllMatching={bulk.offerAllMatching}
          matchingCount={bulk.matching.count}
          matchingEstimate={bulk.matching.estimate}
          statuses={statuses}
          assignees={assignees}
          onSelectAllMatching={bulk.selectAllMatching}
          onClear={bulk.clear}
          onAction={bulk.ask}
        />
      ) : null}
      <Box sx={{ flex: '1 1 0', minHeight: 240, borderTop: 1, borderColor: 'divider' }}>
        <NumbersGrid
          rows={numbers.isError ? [] : rows}
          statuses={statuses}
          loading={numbers.isFetching}
          canEdit={canEdit}
          sort={state.sort}
          onSortChange={(sort: PhoneNumberSort) => go(firstPageOf({ sort }))}
          onStatusChange={handleStatusChange}
          onFavouriteToggle={handleFavouriteToggle}
          selection={bulk.ticks}
          onSelectionChange={canEdit ? bulk.onTicks : undefined}
          onOpen={openCard}
        />
      </Box>
      <CursorPaginationBar
        pageIndex={cursors.pageIndex}
        pageSize={state.size}
        rowsOnPage={showingCurrent && !numbers.isError ? rows.length : 0}
        pagination={showingCurrent ? pagination : undefined}
        pageSizes={NUMBER_PAGE_SIZES}
        canGoBack={cursors.canGoBack}
        busy={numbers.isFetching}
        loading={numbers.isPending || numbers.isPlaceholderData}
        onPageSizeChange={(size) => go(firstPageOf({ size }))}
        onFirst={() => go({ ...state, ...cursors.first() })}
        onPrevious={() => go({ ...state, ...cursors.previous() })}
        onNext={() => {
          if (pagination?.next_cursor) go({ ...state, ...cursors.next(pagination.next_cursor) });
        }}
      />
      <BulkConfirmDialog action={bulk.pending} busy={bulk.busy} error={bulk.error} onConfirm={bulk.confirm} onClose={bulk.cancel} />
      <NumberCard
        numberId={cardId}
        statuses={statuses}
        canEdit={canEdit}
        nextParams={nextParams}
        onNavigate={showCard}
        onClose={() => showCard(null)}
      />
    </Paper>
  );
}
