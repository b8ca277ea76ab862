import { useCallback } from 'react';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client';
import { translateServerMessage } from './server-messages';

/** Which form field shows a server field: a list of same-named fields, or a mapping (null: none). */
export type ServerFieldMap<T extends FieldValues> = ReadonlyArray<Path<T>> | ((field: string) => Path<T> | null);

/**
 * Puts the server's per-field issues ({"details": [{"field", "issue"}]}) on the form's fields.
 * Returns the issues of fields the form does not have, for a message above the form.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: ServerFieldMap<T>,
): string[] {
  if (!isApiError(error)) return [];
  const rest: string[] = [];
  const seen = new Set<string>();
  for (const { field, issue } of error.details) {
    const match = typeof fields === 'function' ? fields(field) : (fields.find((f) => f === field) ?? null);
    // The first issue of a field is shown under it; the others would only replace it.
    if (match && !seen.has(match)) {
      seen.add(match);
      setError(match, { type: 'server', message: issue });
    } else if (!match) {
      rest.push(field ? `${field}: ${issue}` : issue);
    }
  }
  return rest;
}

/**
 * The text under a field: our schemas' messages are translation keys ("validation.required"),
 * the server's are its own words.
 */
export function useFieldMessage(): (error: Pick<FieldError, 'message'> | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error) => {
      const message = error?.message;
      if (!message) return undefined;
      return i18n.exists(message) ? t(message as 'errors.validation') : translateServerMessage(message, t);
    },
    [t, i18n],
  );
}

/** A failure to show above the form: one without field issues (those are shown on the fields). */
export function formLevelError(error: unknown): unknown {
  if (!error) return undefined;
  if (isApiError(error) && error.details.length > 0) return undefined;
  return error;
}
