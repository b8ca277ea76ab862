// The numbers list's state in the URL:
// ?project=&status=&provider=&assignee=(id|none)&reminder=(overdue|today|week)&from=&to=&phone=&q=&size=&sort=&page=&cursor=
// and the number whose card is open over it: &card=<id> (readCardId, withCard).

import { paths } from '@/config/paths';
import type { NumberReminderFilter, PhoneNumberListParams, PhoneNumberSort } from '@/lib/api-types';

export const NUMBER_PAGE_SIZES = [50, 100, 500] as const;
export const DEFAULT_NUMBER_SORT: PhoneNumberSort = '-created_at';
const SORTS: readonly PhoneNumberSort[] = ['created_at', '-created_at', 'updated_at', '-updated_at', 'reminder_at', '-reminder_at'];
export const REMINDER_FILTERS: readonly NumberReminderFilter[] = ['overdue', 'today', 'week'];

export interface NumberFilters {
  project: number | null;
  status: number | null;
  provider: number | null;
  /** Whose numbers: a user's id ("мои" is the signed-in user's), "none" (nobody's), or null (anyone's). */
  assignee: number | 'none' | null;
  /** Callbacks: overdue, due today, due this week, or null (any). */
  reminder: NumberReminderFilter | null;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  /** Digits only, or ''. */
  phone: string;
  /** Text to find in the company, site or comment (3+ characters), or ''. */
  text: string;
}

export interface NumberListState {
  filters: NumberFilters;
  size: number;
  sort: PhoneNumberSort;
  /** 1-based; with `cursor` null it is 1. */
  page: number;
  cursor: string | null;
}

export const EMPTY_FILTERS: NumberFilters = {
  project: null,
  status: null,
  provider: null,
  assignee: null,
  reminder: null,
  from: '',
  to: '',
  phone: '',
  text: '',
};

function id(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,17}$/.test(value)) return null;
  return Number(value);
}

function date(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

function reminder(value: string | null): NumberReminderFilter | null {
  return (REMINDER_FILTERS as readonly (string | null)[]).includes(value) ? (value as NumberReminderFilter) : null;
}

export function readNumberListState(search: URLSearchParams): NumberListState {
  const assignee = search.get('assignee');
  const size = Number(search.get('size') ?? '50');
  const sort = search.get('sort');
  const cursor = search.get('cursor') || null;
  const page = Number(search.get('page') ?? '1');
  return {
    filters: {
      project: id(search.get('project')),
      status: id(search.get('status')),
      provider: id(search.get('provider')),
      assignee: assignee === 'none' ? 'none' : id(assignee),
      reminder: reminder(search.get('reminder')),
      from: date(search.get('from')),
      to: date(search.get('to')),
      phone: (search.get('phone') ?? '').replace(/\D/g, '').slice(0, 15),
      text: [...(search.get('q') ?? '').trim()].slice(0, 100).join(''),
    },
    size: (NUMBER_PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as PhoneNumberSort) : DEFAULT_NUMBER_SORT,
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
    cursor,
  };
}

export function writeNumberListState(s: NumberListState): URLSearchParams {
  const out = new URLSearchParams();
  const f = s.filters;
  if (f.project !== null) out.set('project', String(f.project));
  if (f.status !== null) out.set('status', String(f.status));
  if (f.provider !== null) out.set('provider', String(f.provider));
  if (f.assignee !== null) out.set('assignee', String(f.assignee));
  if (f.reminder !== null) out.set('reminder', f.reminder);
  if (f.from) out.set('from', f.from);
  if (f.to) out.set('to', f.to);
  if (f.phone) out.set('phone', f.phone);
  if (f.text) out.set('q', f.text);
  if (s.size !== 50) out.set('size', String(s.size));
  if (s.sort !== DEFAULT_NUMBER_SORT) out.set('sort', s.sort);
  if (s.cursor) {
    out.set('page', String(s.page));
    out.set('cursor', s.cursor);
  }
  return out;
}

/** The number whose card is open (?card=<id>), or null. */
export function readCardId(search: URLSearchParams): number | null {
  return id(search.get(paths.numbers.cardParam));
}

/** `search` with the card of `cardId` open, or closed for null; the rest of it is kept. */
export function withCard(search: URLSearchParams, cardId: number | null): URLSearchParams {
  const out = new URLSearchParams(search);
  if (cardId === null) out.delete(paths.numbers.cardParam);
  else out.set(paths.numbers.cardParam, String(cardId));
  return out;
}

/** Changing any of these starts the list again from its first page. */
export function listResetKey(s: NumberListState): string {
  return JSON.stringify([s.filters, s.size, s.sort]);
}

export function toApiParams(s: NumberListState): PhoneNumberListParams {
  const f = s.filters;
  return {
    project_id: f.project ?? undefined,
    status_id: f.status ?? undefined,
    provider_id: f.provider ?? undefined,
    assigned_to: f.assignee === null ? undefined : String(f.assignee),
    reminder: f.reminder ?? undefined,
    created_from: f.from || undefined,
    created_to: f.to || undefined,
    phone: f.phone.length >= 3 ? f.phone : undefined,
    q: [...f.text].length >= 3 ? f.text : undefined,
    sort: s.sort === DEFAULT_NUMBER_SORT ? undefined : s.sort,
    limit: s.size,
    cursor: s.cursor ?? undefined,
  };
}

/** The list's own filters and sort, for "the next number after this one" (GET /phone_numbers/{id}/next). */
export function toNextParams(s: NumberListState): Omit<PhoneNumberListParams, 'limit' | 'cursor'> {
  const { limit: _limit, cursor: _cursor, ...rest } = toApiParams(s);
  return rest;
}

export function hasFilters(f: NumberFilters): boolean {
  return Object.values(f).some((v) => v !== null && v !== '');
}

/**
 * Only the filters of a numbers-list URL (no page, size or sort), under the same names: the
 * export screen reads them (?project=&status=&provider=&assignee=&reminder=&from=&to=&phone=&q=).
 */
export function numberFilterSearch(search: URLSearchParams): URLSearchParams {
  const state = readNumberListState(search);
  return writeNumberListState({ ...state, size: 50, sort: DEFAULT_NUMBER_SORT, page: 1, cursor: null });
}
