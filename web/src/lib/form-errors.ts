import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from './api-client';

/**
 * Puts the server's per-field issues ({"details": [{"field", "issue"}]}) on the form's fields.
 * Returns the issues of fields the form does not have, for a message above the form.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: ReadonlyArray<Path<T>>,
): string[] {
  if (!isApiError(error)) return [];
  const rest: string[] = [];
  for (const { field, issue } of error.details) {
    const match = fields.find((f) => f === field);
    if (match) setError(match, { type: 'server', message: issue });
    else rest.push(field ? `${field}: ${issue}` : issue);
  }
  return rest;
}
