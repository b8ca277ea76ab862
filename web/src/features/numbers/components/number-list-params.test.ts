import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import {
  EMPTY_FILTERS,
  hasFilters,
  numberFilterSearch,
  readCardId,
  readNumberListState,
  toApiParams,
  toNextParams,
  withCard,
  writeNumberListState,
} from './number-list-params';

describe('the numbers list → the export', () => {
  it('passes on only the filters, under the same names', () => {
    const list = new URLSearchParams('project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916&size=100&sort=updated_at&page=2&cursor=abc');
    expect(numberFilterSearch(list).toString()).toBe('project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916');
    expect(paths.exports.href(numberFilterSearch(list))).toBe('/exports?project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916');
    expect(paths.exports.href(numberFilterSearch(new URLSearchParams('size=100')))).toBe('/exports');
  });

  it('passes on whose numbers they are, as the export reads it (a user id or none)', () => {
    expect(numberFilterSearch(new URLSearchParams('assignee=7&page=2&cursor=x')).toString()).toBe('assignee=7');
    expect(numberFilterSearch(new URLSearchParams('assignee=none')).toString()).toBe('assignee=none');
  });
});

describe('whose numbers and which callbacks, in the URL', () => {
  it('round-trips "мои" (the user id), nobody, and each callbacks filter', () => {
    for (const query of ['assignee=7', 'assignee=none', 'reminder=overdue', 'reminder=today', 'reminder=week', 'project=3&assignee=7&reminder=today&sort=reminder_at']) {
      const state = readNumberListState(new URLSearchParams(query));
      expect(writeNumberListState(state).toString()).toBe(query);
    }
  });

  it('reads them into the filters and the API parameters', () => {
    const state = readNumberListState(new URLSearchParams('assignee=7&reminder=today'));
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, assignee: 7, reminder: 'today' });
    expect(hasFilters(state.filters)).toBe(true);
    expect(toApiParams(state)).toMatchObject({ assigned_to: '7', reminder: 'today' });
    expect(toApiParams(readNumberListState(new URLSearchParams('assignee=none')))).toMatchObject({ assigned_to: 'none' });
  });

  it('drops values it does not know', () => {
    const state = readNumberListState(new URLSearchParams('assignee=me&reminder=tomorrow'));
    expect(state.filters).toEqual(EMPTY_FILTERS);
    expect(writeNumberListState(state).toString()).toBe('');
    expect(hasFilters(state.filters)).toBe(false);
  });
});

describe('the next number of the list', () => {
  it("asks with the list's filters and sort, without its page", () => {
    const state = readNumberListState(new URLSearchParams('project=3&assignee=7&reminder=today&phone=916&sort=reminder_at&size=100&page=2&cursor=abc'));
    expect(toNextParams(state)).toEqual({
      project_id: 3,
      status_id: undefined,
      provider_id: undefined,
      assigned_to: '7',
      reminder: 'today',
      created_from: undefined,
      created_to: undefined,
      phone: '916',
      sort: 'reminder_at',
    });
  });
});

describe('the open card in the URL', () => {
  it('reads ?card=<id>, and opens or closes it keeping the rest', () => {
    expect(readCardId(new URLSearchParams('assignee=7&card=12'))).toBe(12);
    expect(readCardId(new URLSearchParams('card=abc'))).toBeNull();
    expect(readCardId(new URLSearchParams('assignee=7'))).toBeNull();
    expect(withCard(new URLSearchParams('assignee=7&reminder=today'), 12).toString()).toBe('assignee=7&reminder=today&card=12');
    expect(withCard(new URLSearchParams('assignee=7&card=12'), 13).toString()).toBe('assignee=7&card=13');
    expect(withCard(new URLSearchParams('assignee=7&card=12'), null).toString()).toBe('assignee=7');
  });

  it('is not a filter: the list state and the export leave it out', () => {
    const search = new URLSearchParams('project=3&card=12');
    expect(writeNumberListState(readNumberListState(search)).toString()).toBe('project=3');
    expect(numberFilterSearch(search).toString()).toBe('project=3');
  });

  it('is what a link to a number builds', () => {
    expect(paths.numbers.href({ card: 12 })).toBe('/numbers?card=12');
    expect(paths.numbers.href({ projectId: 3 })).toBe('/numbers?project=3');
    expect(paths.numbers.href()).toBe('/numbers');
    expect(readCardId(new URL(paths.numbers.href({ card: 12 }), 'http://x').searchParams)).toBe(12);
  });
});

describe('the company, site and comment search, in the URL', () => {
  it('round-trips q and sends it from three characters', () => {
    const state = readNumberListState(new URLSearchParams('q=%20Ромашка%20'));
    expect(state.filters.text).toBe('Ромашка');
    expect(writeNumberListState(state).toString()).toBe(new URLSearchParams({ q: 'Ромашка' }).toString());
    expect(toApiParams(state).q).toBe('Ромашка');
    expect(toApiParams(readNumberListState(new URLSearchParams('q=ро'))).q).toBeUndefined();
    expect(numberFilterSearch(new URLSearchParams('q=abc&size=100')).toString()).toBe('q=abc');
  });
});
