// The export's filters: the numbers list's, under the same URL names, so "Экспорт" on the
// numbers screen opens /exports?project=&status=… with what the list shows:
// ?project=&status=&provider=&geo=&assignee=(id|none)&reminder=(overdue|today|week)&from=&to=&phone=&q=

import type { NumberReminderFilter, PhoneNumberFilter } from '@/lib/api-types';

export const EXPORT_REMINDER_FILTERS: readonly NumberReminderFilter[] = ['overdue', 'today', 'week'];

/** The text search's length, in characters: the server's trigram index needs three. */
export const EXPORT_TEXT_MIN = 3;
export const EXPORT_TEXT_MAX = 100;

export interface ExportFilters {
  project: number | null;
  status: number | null;
  provider: number | null;
  geo: number | null;
  /** A user's id, "none" (nobody), or null (anyone). */
  assignee: number | 'none' | null;
  /** Callbacks: overdue, due today, due this week, or null (any). */
  reminder: NumberReminderFilter | null;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  /** Digits only, or ''. */
  phone: string;
  /** Text to find in the company, site or comment (3 to 100 characters, sent trimmed), or ''. */
  q: string;
}

export const EMPTY_EXPORT_FILTERS: ExportFilters = {
  project: null,
  status: null,
  provider: null,
  geo: null,
  assignee: null,
  reminder: null,
  from: '',
  to: '',
  phone: '',
  q: '',
};

/** The filters' URL parameters (the same names as the form's fields). */
export const EXPORT_FILTER_KEYS = ['project', 'status', 'provider', 'geo', 'assignee', 'reminder', 'from', 'to', 'phone', 'q'] as const;

function id(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  return Number(value);
}

function date(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

function reminder(value: string | null): NumberReminderFilter | null {
  return (EXPORT_REMINDER_FILTERS as readonly (string | null)[]).includes(value) ? (value as NumberReminderFilter) : null;
}

/** The characters of a text, not its UTF-16 units. */
export function textLength(value: string): number {
  return [...value].length;
}

/**
 * The filters a URL names; anything malformed is left out. The text is kept as typed (at most
 * 100 characters), spaces too, so that the form's own writes read back the same while typing.
 */
export function readExportFilters(search: URLSearchParams): ExportFilters {
  const assignee = search.get('assignee');
  return {
    project: id(search.get('project')),
    status: id(search.get('status')),
    provider: id(search.get('provider')),
    geo: id(search.get('geo')),
    assignee: assignee === 'none' ? 'none' : id(assignee),
    reminder: reminder(search.get('reminder')),
    from: date(search.get('from')),
    to: date(search.get('to')),
    phone: (search.get('phone') ?? '').replace(/\D/g, '').slice(0, 15),
    q: [...(search.get('q') ?? '')].slice(0, EXPORT_TEXT_MAX).join(''),
  };
}

/** The filters into a URL; other parameters of `base` stay. */
export function writeExportFilters(filters: ExportFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of EXPORT_FILTER_KEYS) out.delete(key);
  if (filters.project !== null) out.set('project', String(filters.project));
  if (filters.status !== null) out.set('status', String(filters.status));
  if (filters.provider !== null) out.set('provider', String(filters.provider));
  if (filters.geo !== null) out.set('geo', String(filters.geo));
  if (filters.assignee !== null) out.set('assignee', String(filters.assignee));
  if (filters.reminder !== null) out.set('reminder', filters.reminder);
  if (filters.from) out.set('from', filters.from);
  if (filters.to) out.set('to', filters.to);
  if (filters.phone) out.set('phone', filters.phone);
  if (filters.q) out.set('q', filters.q);
  return out;
}

/** The body's `filters` (the numbers list's filters with JSON types). */
export function toApiFilter(filters: ExportFilters): PhoneNumberFilter {
  const out: PhoneNumberFilter = {};
  if (filters.project !== null) out.project_id = filters.project;
  if (filters.status !== null) out.status_id = filters.status;
  if (filters.provider !== null) out.provider_id = filters.provider;
  if (filters.geo !== null) out.geo_id = filters.geo;
  if (filters.assignee !== null) out.assigned_to = filters.assignee;
  if (filters.reminder !== null) out.reminder = filters.reminder;
  if (filters.from) out.created_from = filters.from;
  if (filters.to) out.created_to = filters.to;
  if (filters.phone) out.phone = filters.phone;
  const q = filters.q.trim();
  if (q) out.q = q;
  return out;
}

export function hasExportFilters(filters: ExportFilters): boolean {
  return Object.values(filters).some((v) => v !== null && v !== '');
}
