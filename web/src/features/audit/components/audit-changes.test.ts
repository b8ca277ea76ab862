import { describe, expect, it } from 'vitest';
import { changeEntries, hasNoChanges, summarizeChanges, valueText } from './audit-changes';

const words = { yes: 'Да', no: 'Нет', empty: 'пустая строка' };

describe('changeEntries', () => {
  it('reads {field: {old, new}} as old → new, field by field in the server order', () => {
    expect(changeEntries({ daily_limit: { old: 500, new: 700 }, name: { old: null, new: 'Alpha' } })).toEqual([
      { field: 'daily_limit', kind: 'diff', old: 500, new: 700 },
      { field: 'name', kind: 'diff', old: null, new: 'Alpha' },
    ]);
  });

  it('reads any other shape as values, and a diff with one side as the other side null', () => {
    expect(changeEntries({ filters: { action: 'update' }, status: 'cancelled', gone: { old: 3 } })).toEqual([
      { field: 'filters', kind: 'value', value: { action: 'update' } },
      { field: 'status', kind: 'value', value: 'cancelled' },
      { field: 'gone', kind: 'diff', old: 3, new: null },
    ]);
    // An object with old, new and more is not a diff.
    expect(changeEntries({ x: { old: 1, new: 2, why: 'z' } })?.[0]?.kind).toBe('value');
  });

  it('gives null for what is not an object', () => {
    expect(changeEntries([1, 2])).toBeNull();
    expect(changeEntries('text')).toBeNull();
    expect(changeEntries(null)).toBeNull();
  });
});

describe('hasNoChanges', () => {
  it('is true for null and {}', () => {
    expect(hasNoChanges(null)).toBe(true);
    expect(hasNoChanges({})).toBe(true);
    expect(hasNoChanges({ a: 1 })).toBe(false);
    expect(hasNoChanges([])).toBe(false);
  });
});

describe('valueText', () => {
  it('writes texts, numbers, booleans and JSON', () => {
    expect(valueText('Alpha', words)).toBe('Alpha');
    expect(valueText('', words)).toBe('пустая строка');
    expect(valueText(0, words)).toBe('0');
    expect(valueText(true, words)).toBe('Да');
    expect(valueText(false, words)).toBe('Нет');
    expect(valueText([1, 2], words)).toBe('[1,2]');
    expect(valueText({ a: 'b' }, words)).toBe('{"a":"b"}');
    expect(valueText(null, words)).toBe('');
  });
});

describe('summarizeChanges', () => {
  it('gives the one field, the first names of many, JSON of the rest', () => {
    expect(summarizeChanges({})).toEqual({ kind: 'none' });
    expect(summarizeChanges({ daily_limit: { old: 500, new: 700 } })).toEqual({
      kind: 'one',
      entry: { field: 'daily_limit', kind: 'diff', old: 500, new: 700 },
    });
    expect(summarizeChanges({ a: 1, b: 2, c: 3, d: 4, e: 5 })).toEqual({ kind: 'fields', fields: ['a', 'b', 'c'], more: 2 });
    expect(summarizeChanges({ a: 1, b: 2 })).toEqual({ kind: 'fields', fields: ['a', 'b'], more: 0 });
    expect(summarizeChanges(['x'])).toEqual({ kind: 'raw', json: '["x"]' });
  });
});
