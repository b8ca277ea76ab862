import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { translateServerMessage } from '@/lib/server-messages';
import { AUDIT_FILTER_FIELDS, type AuditFilterField } from './audit-params';

export interface AuditFilterIssues {
  /** The server's words about each filter it refused (422), translated; shown under the field. */
  fields: Partial<Record<AuditFilterField, string>>;
  /** The failure concerns something else too (or nothing but the filters): shown above the list. */
  other: boolean;
}

function isFilterField(field: string): field is AuditFilterField {
  return (AUDIT_FILTER_FIELDS as readonly string[]).includes(field);
}

/** Splits a failed request into issues of the filters and the rest. */
export function auditFilterIssues(error: unknown, t: TFunction): AuditFilterIssues {
  if (!error) return { fields: {}, other: false };
  if (!isApiError(error) || error.details.length === 0) return { fields: {}, other: true };
  const fields: Partial<Record<AuditFilterField, string>> = {};
  let other = false;
  for (const { field, issue } of error.details) {
    if (!isFilterField(field)) other = true;
    // The first issue of a field is the one shown.
    else fields[field] ??= translateServerMessage(issue, t);
  }
  return { fields, other };
}
