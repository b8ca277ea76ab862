import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const [key, text] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(key, text);
  }
  return out;
}

describe('translations', () => {
  const ruLeaves = leaves(ru);
  const enLeaves = leaves(en);

  it('have the same keys in both languages', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...ruLeaves.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of ruLeaves) expect([key, vars(enLeaves.get(key) ?? '')]).toEqual([key, vars(text)]);
  });

  it('leave no Russian text empty', () => {
    for (const [key, text] of ruLeaves) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });
});
