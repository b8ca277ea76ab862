import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { numberFilterSearch } from './number-list-params';

describe('the numbers list → the export', () => {
  it('passes on only the filters, under the same names', () => {
    const list = new URLSearchParams('project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916&size=100&sort=updated_at&page=2&cursor=abc');
    expect(numberFilterSearch(list).toString()).toBe('project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916');
    expect(paths.exports.href(numberFilterSearch(list))).toBe('/exports?project=3&status=2&provider=5&from=2026-01-01&to=2026-01-31&phone=916');
    expect(paths.exports.href(numberFilterSearch(new URLSearchParams('size=100')))).toBe('/exports');
  });
});
