// A record's `changes` read generically: an update's {field: {old, new}}, a creation's
// {field: {old: null, new}}, or any other object ({filters: …}, a job's summary) field by field;
// anything else (an array, a bare value) is shown as JSON.

export type ChangeEntry =
  | { field: string; kind: 'diff'; old: unknown; new: unknown }
  | { field: string; kind: 'value'; value: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** {old, new}, {old} or {new}, and nothing else. */
function isDiff(value: unknown): value is { old?: unknown; new?: unknown } {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'old' || k === 'new');
}

/** The fields of an object of changes, in the server's order; null when `changes` is not an object. */
export function changeEntries(changes: unknown): ChangeEntry[] | null {
  if (!isPlainObject(changes)) return null;
  return Object.entries(changes).map(([field, value]) =>
    isDiff(value) ? { field, kind: 'diff', old: value.old ?? null, new: value.new ?? null } : { field, kind: 'value', value },
  );
}

/** Whether there is nothing to show (no changes recorded). */
export function hasNoChanges(changes: unknown): boolean {
  if (changes === null || changes === undefined) return true;
  return isPlainObject(changes) && Object.keys(changes).length === 0;
}

export interface ValueWords {
  yes: string;
  no: string;
  /** An empty string. */
  empty: string;
}

/** A value as one line: texts as they are, yes/no for booleans, JSON for the rest; null is ''. */
export function valueText(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value === '' ? words.empty : value;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** What the list's column says of a record's changes. */
export type ChangesSummary =
  | { kind: 'none' }
  /** One field: its old → new, or its value. */
  | { kind: 'one'; entry: ChangeEntry }
  /** Several fields: the first few names, and how many more. */
  | { kind: 'fields'; fields: string[]; more: number }
  /** Not an object: its JSON. */
  | { kind: 'raw'; json: string };

export const SUMMARY_FIELDS = 3;

export function summarizeChanges(changes: unknown): ChangesSummary {
  if (hasNoChanges(changes)) return { kind: 'none' };
  const entries = changeEntries(changes);
  if (entries === null) return { kind: 'raw', json: JSON.stringify(changes) };
  if (entries.length === 1) return { kind: 'one', entry: entries[0]! };
  const fields = entries.slice(0, SUMMARY_FIELDS).map((e) => e.field);
  return { kind: 'fields', fields, more: entries.length - fields.length };
}
