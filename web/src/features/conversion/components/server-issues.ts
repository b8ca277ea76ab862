import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { translateServerMessage } from '@/lib/server-messages';

/** The server's words about the range's dates (a 422 names date_from or date_to), translated. */
export function rangeServerIssue(error: unknown, t: TFunction): { from?: string; to?: string } | undefined {
  if (!isApiError(error)) return undefined;
  const fields = error.fieldErrors();
  const from = fields.date_from;
  const to = fields.date_to;
  if (from === undefined && to === undefined) return undefined;
  return {
    from: from === undefined ? undefined : translateServerMessage(from, t),
    to: to === undefined ? undefined : translateServerMessage(to, t),
  };
}
