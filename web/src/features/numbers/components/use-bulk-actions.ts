import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/ui/notifications';
import { useLanguage } from '@/hooks/use-language';
import type { BulkChange, NumberPagination, PhoneNumber } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { useBulkUpdatePhoneNumbers } from '../api/bulk-update';
import {
  buildBulkRequest,
  canSelectAllMatching,
  fromTicks,
  isEmptySelection,
  NO_SELECTION,
  selectionCount,
  tickedIds,
  toBulkFilter,
  type BulkSelection,
} from './bulk-selection';
import type { PendingBulkAction } from './BulkConfirmDialog';
import { listResetKey, type NumberListState } from './number-list-params';

interface Pending {
  change: BulkChange;
  selection: BulkSelection;
  action: PendingBulkAction;
}

/**
 * The numbers screen's ticks and bulk changes. Ticks belong to one page of one list: another
 * page, filter or sort starts with none.
 */
export function useBulkActions(state: NumberListState, rows: readonly PhoneNumber[], pagination: NumberPagination | undefined) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const bulk = useBulkUpdatePhoneNumbers();
  const key = `${listResetKey(state)}|${state.cursor ?? ''}`;
  const [stored, setStored] = useState<{ key: string; selection: BulkSelection }>({ key, selection: NO_SELECTION });
  const [pending, setPending] = useState<Pending | null>(null);
  const selection = stored.key === key ? stored.selection : NO_SELECTION;
  const setSelection = (next: BulkSelection) => setStored({ key, selection: next });
  const { count, estimate } = selectionCount(selection, pagination);
  // The grid takes a new array for a new selection: the same ticks keep theirs.
  const ticks = useMemo(() => tickedIds(selection, rows.map((r) => r.id)), [selection, rows]);

  return {
    selection,
    active: !isEmptySelection(selection),
    ticks,
    onTicks: (ids: number[]) => setSelection(fromTicks(ids)),
    count,
    estimate,
    allMatching: selection.mode === 'filter',
    offerAllMatching: canSelectAllMatching(selection, rows.length, pagination),
    matching: selectionCount({ mode: 'filter' }, pagination),
    selectAllMatching: () => setSelection({ mode: 'filter' }),
    clear: () => setSelection(NO_SELECTION),
    /** Asks before changing: what, how many, and by which means. */
    ask: (change: BulkChange, label: string) => {
      bulk.reset();
      const what = change.status_id !== undefined ? t('numbers.bulk.whatStatus', { label }) : change.assigned_to === null ? t('numbers.bulk.whatUnassign') : t('numbers.bulk.whatAssign', { label });
      setPending({
        change,
        selection,
        action: {
          what,
          count,
          estimate,
          allMatching: selection.mode === 'filter',
          unfiltered: selection.mode === 'filter' && Object.keys(toBulkFilter(state.filters)).length === 0,
        },
      });
    },
    pending: pending?.action ?? null,
    busy: bulk.isPending,
    error: bulk.error,
    cancel: () => setPending(null),
    confirm: () => {
      if (!pending) return;
      bulk.mutate(buildBulkRequest(pending.selection, state.filters, pending.change), {
        onSuccess: (result) => {
          setPending(null);
          setSelection(NO_SELECTION);
          const done = t('numbers.bulk.done', { n: formatNumber(result.updated_count, language) });
          if (result.failed_ids.length > 0) notify(`${done} ${t('numbers.bulk.failed', { n: formatNumber(result.failed_ids.length, language) })}`, 'warning');
          else notify(done);
        },
      });
    },
  };
}
