import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { translateServerMessage } from '@/lib/server-messages';

/**
 * What to say about a failed preview or upload when the file is the problem: too large (413),
 * unreadable (422 UNREADABLE_FILE, the reason under `file`), or another issue with the file;
 * null when it is some other failure (ErrorAlert explains those).
 */
export function fileProblemText(error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return null;
  if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') return t('imports.errors.tooLarge');
  const fileIssue = error.details.find((d) => d.field === 'file')?.issue;
  if (error.code === 'UNREADABLE_FILE') return t('imports.errors.unreadable', { reason: translateServerMessage(fileIssue ?? error.message, t) });
  if (fileIssue) return t('imports.errors.file', { issue: translateServerMessage(fileIssue, t) });
  return null;
}

/** A row error's reason ("not a valid phone number", "already in another project: …"), in the user's language. */
export function reasonText(reason: string, t: TFunction): string {
  return translateServerMessage(reason, t);
}
