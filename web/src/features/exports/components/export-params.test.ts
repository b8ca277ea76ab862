import { describe, expect, it } from 'vitest';
import { defaultExportForm, exportFieldOf, exportFormSchema, toExportCreate } from './export-form';
import { EMPTY_EXPORT_FILTERS, hasExportFilters, readExportFilters, toApiFilter, writeExportFilters } from './export-params';

describe('export filters in the URL', () => {
  it("reads the numbers list's parameters", () => {
    const filters = readExportFilters(new URLSearchParams('project=3&status=2&provider=5&geo=77&assignee=none&from=2026-01-01&to=2026-01-31&phone=%2B7%20916&size=100&cursor=abc'));
    expect(filters).toEqual({
      project: 3,
      status: 2,
      provider: 5,
      geo: 77,
      assignee: 'none',
      reminder: null,
      from: '2026-01-01',
      to: '2026-01-31',
      phone: '7916',
      q: '',
    });
    expect(readExportFilters(new URLSearchParams('assignee=12')).assignee).toBe(12);
  });

  it("reads the callbacks and the text search as the numbers list writes them", () => {
    // What "Экспорт" on the numbers screen opens (numberFilterSearch keeps only the filters).
    const filters = readExportFilters(new URLSearchParams('status=2&reminder=today&q=%D1%80%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0'));
    expect(filters).toEqual({ ...EMPTY_EXPORT_FILTERS, status: 2, reminder: 'today', q: 'ромашка' });
    expect(readExportFilters(new URLSearchParams('reminder=overdue')).reminder).toBe('overdue');
    expect(readExportFilters(new URLSearchParams('reminder=week')).reminder).toBe('week');
    // At most 100 characters (not UTF-16 units).
    expect(readExportFilters(new URLSearchParams({ q: '😀'.repeat(120) })).q).toBe('😀'.repeat(100));
  });

  it('leaves out what is malformed', () => {
    expect(readExportFilters(new URLSearchParams('project=abc&status=0&geo=-1&assignee=me&reminder=tomorrow&from=2026-13-45&to=yesterday'))).toEqual(
      EMPTY_EXPORT_FILTERS,
    );
  });

  it('writes back what it reads, keeping the other parameters', () => {
    const search = new URLSearchParams('project=3&phone=916&page=2');
    const filters = readExportFilters(search);
    const written = writeExportFilters({ ...filters, status: 4, phone: '' }, search);
    expect(written.toString()).toBe('page=2&project=3&status=4');
    expect(readExportFilters(written)).toEqual({ ...filters, status: 4, phone: '' });
    expect(writeExportFilters(EMPTY_EXPORT_FILTERS).toString()).toBe('');
  });

  it('round-trips the callbacks and the text, spaces kept while typing', () => {
    const search = new URLSearchParams('reminder=week&q=acme&page=2');
    const filters = readExportFilters(search);
    expect(writeExportFilters(filters, search).toString()).toBe('page=2&reminder=week&q=acme');
    const typed = { ...filters, reminder: 'overdue' as const, q: 'acme corp ' };
    const written = writeExportFilters(typed, search);
    expect(written.toString()).toBe('page=2&reminder=overdue&q=acme+corp+');
    expect(readExportFilters(written)).toEqual(typed);
    expect(writeExportFilters({ ...typed, reminder: null, q: '' }, search).toString()).toBe('page=2');
  });

  it("becomes the body's filters with JSON types", () => {
    expect(toApiFilter(readExportFilters(new URLSearchParams('project=3&assignee=none&from=2026-01-01&phone=916')))).toEqual({
      project_id: 3,
      assigned_to: 'none',
      created_from: '2026-01-01',
      phone: '916',
    });
    expect(toApiFilter({ ...EMPTY_EXPORT_FILTERS, assignee: 12, geo: 7 })).toEqual({ assigned_to: 12, geo_id: 7 });
    expect(toApiFilter(readExportFilters(new URLSearchParams('reminder=today&q=%20acme%20corp%20')))).toEqual({ reminder: 'today', q: 'acme corp' });
    expect(toApiFilter({ ...EMPTY_EXPORT_FILTERS, q: '   ' })).toEqual({});
    expect(hasExportFilters(EMPTY_EXPORT_FILTERS)).toBe(false);
  });
});

describe('export form', () => {
  it('sends the delimiter only for a CSV', () => {
    const values = defaultExportForm({ ...EMPTY_EXPORT_FILTERS, project: 3 }, 'en');
    expect(toExportCreate(values)).toEqual({ format: 'csv', delimiter: ';', language: 'en', filters: { project_id: 3 } });
    expect(toExportCreate({ ...values, format: 'xlsx', delimiter: ',' })).toEqual({ format: 'xlsx', language: 'en', filters: { project_id: 3 } });
  });

  it('wants 3 to 15 digits of a phone and a period in order', () => {
    const issues = (v: unknown) => {
      const r = exportFormSchema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    const values = defaultExportForm();
    expect(issues(values)).toEqual([]);
    expect(issues({ ...values, filters: { ...values.filters, phone: '91' } })).toEqual(['filters.phone: exports.filters.phoneRule']);
    expect(issues({ ...values, filters: { ...values.filters, from: '2026-02-01', to: '2026-01-01' } })).toEqual(['filters.to: exports.filters.toBeforeFrom']);
  });

  it('wants 3 to 100 characters of text, spaces at the ends not counted, and a known callbacks filter', () => {
    const issues = (filters: object) => {
      const values = defaultExportForm();
      const r = exportFormSchema.safeParse({ ...values, filters: { ...values.filters, ...filters } });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ q: 'abc', reminder: 'week' })).toEqual([]);
    expect(issues({ q: '   ' })).toEqual([]);
    expect(issues({ q: 'ab' })).toEqual(['filters.q: exports.filters.textRule']);
    expect(issues({ q: ' ab ' })).toEqual(['filters.q: exports.filters.textRule']);
    expect(issues({ q: 'я'.repeat(100) })).toEqual([]);
    expect(issues({ q: 'я'.repeat(101) })).toEqual(['filters.q: exports.filters.textRule']);
    expect(issues({ reminder: 'tomorrow' })).toHaveLength(1);
  });

  it('sends the callbacks and the text', () => {
    const values = defaultExportForm({ ...EMPTY_EXPORT_FILTERS, reminder: 'overdue', q: 'ромашка ' });
    expect(toExportCreate(values)).toEqual({ format: 'csv', delimiter: ';', language: 'ru', filters: { reminder: 'overdue', q: 'ромашка' } });
  });

  it("puts the server's field names on the form's", () => {
    expect(exportFieldOf('filters.phone')).toBe('filters.phone');
    expect(exportFieldOf('filters.created_from')).toBe('filters.from');
    expect(exportFieldOf('project_id')).toBe('filters.project');
    expect(exportFieldOf('filters.reminder')).toBe('filters.reminder');
    expect(exportFieldOf('filters.q')).toBe('filters.q');
    expect(exportFieldOf('something')).toBeNull();
  });
});
