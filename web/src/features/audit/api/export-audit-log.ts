import { buildQuery } from '@/lib/api-client';
import type { AuditLogExportParams } from '@/lib/api-types';

/**
 * The path of the filtered log as CSV (GET /audit_log/export): the file itself comes back, so it
 * is downloaded with the session's token (hooks/use-download), not opened as a link.
 */
export function auditLogExportPath(params: AuditLogExportParams): string {
  return `/api/v1/audit_log/export${buildQuery({ ...params })}`;
}

/** The name to save under when the server gives none in Content-Disposition. */
export const AUDIT_EXPORT_FALLBACK_NAME = 'audit_log.csv';
