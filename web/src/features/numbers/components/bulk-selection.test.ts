import { describe, expect, it } from 'vitest';
import {
  buildBulkRequest,
  canSelectAllMatching,
  fromTicks,
  NO_SELECTION,
  selectionCount,
  tickedIds,
  toBulkFilter,
} from './bulk-selection';
import { EMPTY_FILTERS, type NumberFilters } from './number-list-params';

const filters: NumberFilters = { ...EMPTY_FILTERS, project: 7, status: 2, from: '2026-02-01', phone: '12' };
const pagination = { total: 10_234, total_is_estimate: true, has_next: true };

describe('bulk changes by ids', () => {
  it('send the ticked ids and the change', () => {
    expect(buildBulkRequest({ mode: 'ids', ids: [3, 1] }, filters, { status_id: 4 })).toEqual({ phone_number_ids: [3, 1], status_id: 4 });
  });

  it('count the ticked rows exactly', () => {
    expect(selectionCount({ mode: 'ids', ids: [1, 2, 3] }, pagination)).toEqual({ count: 3, estimate: false });
  });

  it('refuse to send nothing, or no change', () => {
    expect(() => buildBulkRequest(NO_SELECTION, filters, { status_id: 4 })).toThrow();
    expect(() => buildBulkRequest({ mode: 'ids', ids: [1] }, filters, {})).toThrow();
  });

  it('can unassign (null is a change)', () => {
    expect(buildBulkRequest({ mode: 'ids', ids: [1] }, filters, { assigned_to: null })).toEqual({ phone_number_ids: [1], assigned_to: null });
  });
});

describe('bulk changes of all numbers matching the filter', () => {
  it("send the list's filter with JSON types instead of ids", () => {
    expect(buildBulkRequest({ mode: 'filter' }, filters, { assigned_to: 5 })).toEqual({
      filter: { project_id: 7, status_id: 2, created_from: '2026-02-01' },
      assigned_to: 5,
    });
  });

  it('send {} when nothing filters (every number the user can see)', () => {
    expect(toBulkFilter(EMPTY_FILTERS)).toEqual({});
  });

  it("pass on whose numbers and which callbacks", () => {
    expect(toBulkFilter({ ...EMPTY_FILTERS, assignee: 12, reminder: 'today' })).toEqual({ assigned_to: 12, reminder: 'today' });
    expect(toBulkFilter({ ...EMPTY_FILTERS, assignee: 'none' })).toEqual({ assigned_to: 'none' });
  });

  it('pass on a phone search of three digits or more', () => {
    expect(toBulkFilter({ ...EMPTY_FILTERS, phone: '916' })).toEqual({ phone: '916' });
  });

  it("count what the server counts, saying when it estimates", () => {
    expect(selectionCount({ mode: 'filter' }, pagination)).toEqual({ count: 10_234, estimate: true });
    expect(selectionCount({ mode: 'filter' }, { total: 60, total_is_estimate: false })).toEqual({ count: 60, estimate: false });
  });
});

describe('offering "all matching"', () => {
  it('only once the whole page is ticked and there is more than the page', () => {
    expect(canSelectAllMatching({ mode: 'ids', ids: [1, 2, 3] }, 3, { has_next: true })).toBe(true);
    expect(canSelectAllMatching({ mode: 'ids', ids: [1, 2] }, 3, { has_next: true })).toBe(false);
    expect(canSelectAllMatching({ mode: 'ids', ids: [1, 2, 3] }, 3, { has_next: false })).toBe(false);
    expect(canSelectAllMatching({ mode: 'filter' }, 3, { has_next: true })).toBe(false);
    expect(canSelectAllMatching(NO_SELECTION, 0, { has_next: true })).toBe(false);
  });

  it('shows every row of the page ticked in filter mode; unticking one goes back to ids', () => {
    expect(tickedIds({ mode: 'filter' }, [4, 5, 6])).toEqual([4, 5, 6]);
    expect(tickedIds({ mode: 'ids', ids: [5] }, [4, 5, 6])).toEqual([5]);
    expect(fromTicks([4, 6])).toEqual({ mode: 'ids', ids: [4, 6] });
  });
});
