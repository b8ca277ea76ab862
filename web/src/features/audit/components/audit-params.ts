// The audit log's filters in the URL, under the API's own names, so that a link such as
// /audit?entity_type=project&entity_id=5 opens the log of one object:
// ?user_id=&action=&entity_type=&entity_id=&date_from=&date_to=
// The pages are not in the URL: "Показать ещё" appends them to the list shown.

import type { AuditLogFilters } from '@/lib/api-types';

export interface AuditFilterState {
  user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  /** As the URL has it (a day YYYY-MM-DD or a timestamp), unchecked: the server's 422 is shown under the field. */
  date_from: string;
  date_to: string;
}

export type AuditFilterField = keyof AuditFilterState;

export const AUDIT_FILTER_FIELDS: readonly AuditFilterField[] = ['user_id', 'action', 'entity_type', 'entity_id', 'date_from', 'date_to'];

export const EMPTY_AUDIT_FILTERS: AuditFilterState = {
  user_id: null,
  action: '',
  entity_type: '',
  entity_id: '',
  date_from: '',
  date_to: '',
};

function id(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,17}$/.test(value)) return null;
  return Number(value);
}

function text(value: string | null): string {
  return (value ?? '').trim();
}

export function readAuditFilters(search: URLSearchParams): AuditFilterState {
  return {
    user_id: id(search.get('user_id')),
    action: text(search.get('action')),
    entity_type: text(search.get('entity_type')),
    entity_id: text(search.get('entity_id')),
    date_from: text(search.get('date_from')),
    date_to: text(search.get('date_to')),
  };
}

export function writeAuditFilters(f: AuditFilterState): URLSearchParams {
  const out = new URLSearchParams();
  if (f.user_id !== null) out.set('user_id', String(f.user_id));
  for (const key of ['action', 'entity_type', 'entity_id', 'date_from', 'date_to'] as const) {
    if (f[key]) out.set(key, f[key]);
  }
  return out;
}

/** The request's filters: the empty ones left out. */
export function toAuditLogFilters(f: AuditFilterState): AuditLogFilters {
  return {
    user_id: f.user_id ?? undefined,
    action: f.action || undefined,
    entity_type: f.entity_type || undefined,
    entity_id: f.entity_id || undefined,
    date_from: f.date_from || undefined,
    date_to: f.date_to || undefined,
  };
}

export function hasAuditFilters(f: AuditFilterState): boolean {
  return Object.values(f).some((v) => v !== null && v !== '');
}
