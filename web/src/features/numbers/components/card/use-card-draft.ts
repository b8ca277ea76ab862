import { useCallback, useMemo, useState } from 'react';
import type { PhoneNumber } from '@/lib/api-types';
import { toPatch, valuesOf, type CardField, type CardValues } from './card-draft';

export type CardErrors = Partial<Record<CardField, string>>;

/**
 * The card's form over one number: the user's changes sit on top of the number as the server
 * has it, so a refreshed number shows through wherever nothing was changed.
 */
export function useCardDraft(number: PhoneNumber) {
  const base = useMemo(() => valuesOf(number), [number]);
  const [changes, setChanges] = useState<Partial<CardValues>>({});
  const [errors, setErrors] = useState<CardErrors>({});
  const values = useMemo<CardValues>(() => ({ ...base, ...changes }), [base, changes]);
  const patch = useMemo(() => toPatch(values, base), [values, base]);

  const set = useCallback(<K extends CardField>(field: K, value: CardValues[K]) => {
    setChanges((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _gone, ...rest } = current;
      return rest;
    });
  }, []);

  /** After a save: what was sent is the number's now; what was typed since stays. */
  const settle = useCallback((sent: CardValues) => {
    setChanges((current) => {
      const next: Partial<CardValues> = {};
      for (const [field, value] of Object.entries(current) as [CardField, CardValues[CardField]][]) {
        if (value !== sent[field]) Object.assign(next, { [field]: value });
      }
      return next;
    });
    setErrors({});
  }, []);

  return { values, base, patch, dirty: Object.keys(patch).length > 0, errors, setErrors, set, settle };
}

export type CardDraft = ReturnType<typeof useCardDraft>;
