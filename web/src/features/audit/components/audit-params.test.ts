import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTERS, hasAuditFilters, readAuditFilters, toAuditLogFilters, writeAuditFilters } from './audit-params';

describe('audit filters in the URL', () => {
  it('round-trips every filter under the API names', () => {
    const search = new URLSearchParams('user_id=3&action=update&entity_type=project&entity_id=5&date_from=2026-01-01&date_to=2026-01-31');
    const filters = readAuditFilters(search);
    expect(filters).toEqual({
      user_id: 3,
      action: 'update',
      entity_type: 'project',
      entity_id: '5',
      date_from: '2026-01-01',
      date_to: '2026-01-31',
    });
    expect(writeAuditFilters(filters).toString()).toBe(search.toString());
    expect(toAuditLogFilters(filters)).toEqual({
      user_id: 3,
      action: 'update',
      entity_type: 'project',
      entity_id: '5',
      date_from: '2026-01-01',
      date_to: '2026-01-31',
    });
  });

  it('drops a user id that is not one, and leaves dates for the server to judge', () => {
    const filters = readAuditFilters(new URLSearchParams('user_id=abc&date_from=2026-02-30&page=4'));
    expect(filters.user_id).toBeNull();
    expect(filters.date_from).toBe('2026-02-30');
    expect(writeAuditFilters(filters).toString()).toBe('date_from=2026-02-30');
  });

  it('leaves out the empty filters', () => {
    expect(readAuditFilters(new URLSearchParams(''))).toEqual(EMPTY_AUDIT_FILTERS);
    expect(writeAuditFilters(EMPTY_AUDIT_FILTERS).toString()).toBe('');
    expect(toAuditLogFilters(EMPTY_AUDIT_FILTERS)).toEqual({
      user_id: undefined,
      action: undefined,
      entity_type: undefined,
      entity_id: undefined,
      date_from: undefined,
      date_to: undefined,
    });
    expect(hasAuditFilters(EMPTY_AUDIT_FILTERS)).toBe(false);
    expect(hasAuditFilters({ ...EMPTY_AUDIT_FILTERS, entity_id: '5' })).toBe(true);
  });
});
