// The result of a call on one of its numbers: the status, a note and the callback, sent as one
// PATCH of only what changed (a status the PBX's outcome set meanwhile is not sent back).

import type { PhoneNumber, PhoneNumberPatch } from '@/lib/api-types';

export interface CallResultForm {
  status_id: number;
  note: string;
  /** An ISO timestamp, or null for none. */
  reminder_at: string | null;
}

/** The form's fields under the names the server gives its issues (a note is saved as `comment`). */
export const CALL_RESULT_FIELDS: Readonly<Record<string, keyof CallResultForm>> = {
  status_id: 'status_id',
  comment: 'note',
  reminder_at: 'reminder_at',
};

export function callResultDefaults(number: Pick<PhoneNumber, 'status_id' | 'reminder_at'>): CallResultForm {
  return { status_id: number.status_id, note: '', reminder_at: number.reminder_at };
}

function sameMoment(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}

/** Only what differs from the number as it is now; an empty note is no change. */
export function callResultPatch(form: CallResultForm, number: Pick<PhoneNumber, 'status_id' | 'reminder_at'>): PhoneNumberPatch {
  const patch: PhoneNumberPatch = {};
  if (form.status_id !== number.status_id) patch.status_id = form.status_id;
  if (form.note.trim() !== '') patch.comment = form.note.trim();
  if (!sameMoment(form.reminder_at, number.reminder_at)) patch.reminder_at = form.reminder_at;
  return patch;
}
