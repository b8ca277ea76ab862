import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import type { PhoneNumberPatch } from '@/lib/api-types';
import { translateServerMessage } from '@/lib/server-messages';
import { SERVER_FIELDS } from './card-draft';
import type { CardErrors } from './use-card-draft';

export interface SaveProblem {
  /** Shown under the fields. */
  fields: CardErrors;
  /** Shown above the card's buttons: a failure without fields, or issues of fields the card has not. */
  error: unknown;
  text: string | null;
}

/**
 * Where a failed save is shown: a 422's issues under their fields; a 403 on a change of the
 * assignee means the number is a colleague's (the permission to reassign is missing).
 */
export function describeSaveFailure(error: unknown, patch: PhoneNumberPatch, t: TFunction): SaveProblem {
  if (!isApiError(error)) return { fields: {}, error, text: null };
  if (error.status === 403 && patch.assigned_to !== undefined) {
    const text = t('numbers.card.colleagueLocked');
    return { fields: { assigned_to: text }, error: null, text };
  }
  if (error.status !== 422 || error.details.length === 0) return { fields: {}, error, text: null };
  const fields: CardErrors = {};
  const rest: string[] = [];
  for (const { field, issue } of error.details) {
    const target = SERVER_FIELDS[field];
    const message = translateServerMessage(issue, t);
    if (target && !fields[target]) fields[target] = message;
    else if (!target) rest.push(field ? `${field}: ${message}` : message);
  }
  return { fields, error: null, text: rest.length > 0 ? rest.join('; ') : t('numbers.card.fixFields') };
}
