// The number card's form: what it shows, what the user changed, and the PATCH that saves it.

import type { PhoneNumber, PhoneNumberPatch } from '@/lib/api-types';

export interface CardValues {
  status_id: number;
  /** A new note; saving it sets the number's comment (kept as a note). */
  note: string;
  /** An ISO timestamp, or null for none. */
  reminder_at: string | null;
  assigned_to: number | null;
  is_favourite: boolean;
  company: string;
  site: string;
  email: string;
}

export type CardField = keyof CardValues;

/** The form's fields under the names the server gives its issues (a note is saved as `comment`). */
export const SERVER_FIELDS: Readonly<Record<string, CardField>> = {
  status_id: 'status_id',
  comment: 'note',
  reminder_at: 'reminder_at',
  assigned_to: 'assigned_to',
  is_favourite: 'is_favourite',
  company: 'company',
  site: 'site',
  email: 'email',
};

export function valuesOf(n: PhoneNumber): CardValues {
  return {
    status_id: n.status_id,
    note: '',
    reminder_at: n.reminder_at,
    assigned_to: n.assigned_to,
    is_favourite: n.is_favourite,
    company: n.company ?? '',
    site: n.site ?? '',
    email: n.email ?? '',
  };
}

function sameMoment(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}

/** Whether the field's value differs from the number's (a blank note is no change). */
export function isChanged(field: CardField, value: CardValues[CardField], base: CardValues): boolean {
  if (field === 'note') return typeof value === 'string' && value.trim() !== '';
  if (field === 'reminder_at') return !sameMoment(value as string | null, base.reminder_at);
  if (field === 'company' || field === 'site' || field === 'email') return (value as string).trim() !== base[field];
  return value !== base[field];
}

/** Only what changed; a new note goes as `comment`. */
export function toPatch(values: CardValues, base: CardValues): PhoneNumberPatch {
  const patch: PhoneNumberPatch = {};
  if (isChanged('status_id', values.status_id, base)) patch.status_id = values.status_id;
  if (isChanged('note', values.note, base)) patch.comment = values.note.trim();
  if (isChanged('reminder_at', values.reminder_at, base)) patch.reminder_at = values.reminder_at;
  if (isChanged('assigned_to', values.assigned_to, base)) patch.assigned_to = values.assigned_to;
  if (isChanged('is_favourite', values.is_favourite, base)) patch.is_favourite = values.is_favourite;
  for (const field of ['company', 'site', 'email'] as const) {
    if (isChanged(field, values[field], base)) patch[field] = values[field].trim();
  }
  return patch;
}

/** The form's fields that a patch sends. */
export function fieldsOf(patch: PhoneNumberPatch): CardField[] {
  return Object.keys(patch).map((key) => SERVER_FIELDS[key]).filter((f): f is CardField => f !== undefined);
}
