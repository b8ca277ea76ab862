import { describe, expect, it } from 'vitest';
import { fieldsOf, toPatch, valuesOf } from './card-draft';
import { cardOf } from './test-fixtures';

const base = valuesOf(cardOf(1, '+79161234501', { reminder_at: '2026-12-04T07:00:00Z', company: null }));

describe("the card's patch", () => {
  it('sends nothing when nothing changed: a blank note, the same moment written otherwise, spaces', () => {
    expect(toPatch({ ...base, note: '  \n ', reminder_at: '2026-12-04T10:00:00+03:00', company: ' ' }, base)).toEqual({});
  });

  it('sends only what changed, a note as the comment, trimmed', () => {
    const patch = toPatch({ ...base, note: ' Перезвонить \n', status_id: 4, reminder_at: null, assigned_to: null, site: ' romashka.com ' }, base);
    expect(patch).toEqual({ comment: 'Перезвонить', status_id: 4, reminder_at: null, assigned_to: null, site: 'romashka.com' });
    expect(fieldsOf(patch).sort()).toEqual(['assigned_to', 'note', 'reminder_at', 'site', 'status_id']);
  });
});
