// What a bulk action applies to: the rows ticked on this page, or every number that matches
// the list's filter (all pages), and the request that says so.

import type { BulkChange, BulkUpdate, NumberPagination, PhoneNumberFilter } from '@/lib/api-types';
import type { NumberFilters } from './number-list-params';

export type BulkSelection = { mode: 'ids'; ids: readonly number[] } | { mode: 'filter' };

export const NO_SELECTION: BulkSelection = { mode: 'ids', ids: [] };

export function isEmptySelection(s: BulkSelection): boolean {
  return s.mode === 'ids' && s.ids.length === 0;
}

/** The list's filters with the API's JSON types; only what is set. */
export function toBulkFilter(f: NumberFilters): PhoneNumberFilter {
  const out: PhoneNumberFilter = {};
  if (f.project !== null) out.project_id = f.project;
  if (f.status !== null) out.status_id = f.status;
  if (f.provider !== null) out.provider_id = f.provider;
  if (f.assignee !== null) out.assigned_to = f.assignee;
  if (f.reminder !== null) out.reminder = f.reminder;
  if (f.from) out.created_from = f.from;
  if (f.to) out.created_to = f.to;
  if (f.phone.length >= 3) out.phone = f.phone;
  return out;
}

export function hasChange(change: BulkChange): boolean {
  return change.status_id !== undefined || change.assigned_to !== undefined || change.is_favourite !== undefined;
}

export function buildBulkRequest(selection: BulkSelection, filters: NumberFilters, change: BulkChange): BulkUpdate {
  if (!hasChange(change)) throw new Error('a bulk update needs something to change');
  if (selection.mode === 'filter') return { ...change, filter: toBulkFilter(filters) };
  if (selection.ids.length === 0) throw new Error('a bulk update needs numbers to change');
  return { ...change, phone_number_ids: [...selection.ids] };
}

/**
 * "All N matching" is worth offering when the whole page is ticked and there is more than
 * the page: otherwise the ticked rows already are all of them.
 */
export function canSelectAllMatching(selection: BulkSelection, rowsOnPage: number, pagination: Pick<NumberPagination, 'has_next'> | undefined): boolean {
  return selection.mode === 'ids' && rowsOnPage > 0 && selection.ids.length === rowsOnPage && Boolean(pagination?.has_next);
}

/** How many numbers the action will touch, and whether that is the server's estimate. */
export function selectionCount(
  selection: BulkSelection,
  pagination: Pick<NumberPagination, 'total' | 'total_is_estimate'> | undefined,
): { count: number; estimate: boolean } {
  if (selection.mode === 'ids') return { count: selection.ids.length, estimate: false };
  return { count: pagination?.total ?? 0, estimate: pagination?.total_is_estimate ?? false };
}

/** The grid's ticks: in filter mode every row of the page is shown ticked. */
export function tickedIds(selection: BulkSelection, pageIds: readonly number[]): readonly number[] {
  return selection.mode === 'filter' ? pageIds : selection.ids;
}

/** The grid reports new ticks: unticking a row of "all matching" falls back to the rows still ticked. */
export function fromTicks(ticked: readonly number[]): BulkSelection {
  return { mode: 'ids', ids: ticked };
}
