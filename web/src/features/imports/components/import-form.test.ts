import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ImportPreview } from '@/lib/api-types';
import { fileKindOf, PREVIEW_BYTES, previewImport, previewPart } from '../api/preview-import';
import { importFormData } from '../api/start-import';
import { changedColumns, columnMappingIssue, emptyImportForm, importFieldOf, importFormSchema, previewColumns, setColumn } from './import-form';

function issuesOf(values: unknown): Record<string, string> {
  const result = importFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('column mapping', () => {
  it('needs exactly one phone column', () => {
    expect(columnMappingIssue(['phone', 'company'])).toBeNull();
    expect(columnMappingIssue(['company', 'ignore'])).toBe('imports.mapping.noPhone');
    expect(columnMappingIssue([])).toBe('imports.mapping.noPhone');
    expect(columnMappingIssue(['phone', 'phone'])).toBe('imports.mapping.manyPhones');
  });

  it('moves the phone: choosing it for a column takes it from the other', () => {
    expect(setColumn(['phone', 'company', 'ignore'], 2, 'phone')).toEqual(['ignore', 'company', 'phone']);
    expect(setColumn(['phone', 'company'], 1, 'email')).toEqual(['phone', 'email']);
  });

  it('is sent only when changed from what the server recognized', () => {
    expect(changedColumns(['phone', 'company'], ['phone', 'company'])).toBeNull();
    expect(changedColumns(['phone', 'ignore'], ['phone', 'company'])).toEqual(['phone', 'ignore']);
  });

  it("covers every column shown, the preview's mapping first", () => {
    const preview: ImportPreview = {
      file_kind: 'csv',
      encoding: 'UTF-8',
      delimiter: ';',
      has_header: true,
      header: ['Телефон', 'Компания'],
      columns: ['phone', 'company'],
      rows: [['+7 916 123-45-67', 'ООО Ромашка', 'лишнее']],
    };
    expect(previewColumns(preview)).toEqual(['phone', 'company', 'ignore']);
  });
});

describe('import form', () => {
  const valid = { ...emptyImportForm(), projectId: 3, columns: ['phone', 'company'] };

  it('accepts a project, a country and one phone column', () => {
    expect(issuesOf(valid)).toEqual({});
    expect(emptyImportForm().outsideGeo).toBe('import');
    expect(issuesOf({ ...valid, outsideGeo: 'pool' })).toEqual({});
    expect(Object.keys(issuesOf({ ...valid, outsideGeo: 'elsewhere' }))).toEqual(['outsideGeo']);
    expect(issuesOf({ ...valid, region: 'kz' })).toEqual({});
  });

  it('asks for the project, a two-letter country and the phone column', () => {
    expect(issuesOf({ ...valid, projectId: null, region: 'RUS', columns: ['company', 'company'] })).toEqual({
      projectId: 'imports.target.projectRequired',
      region: 'imports.target.regionRule',
      columns: 'imports.mapping.noPhone',
    });
    expect(issuesOf({ ...valid, columns: ['phone', 'phone'] })).toEqual({ columns: 'imports.mapping.manyPhones' });
  });

  it('into the pool: no project, but a supplier', () => {
    const pool = { ...emptyImportForm('pool'), columns: ['phone'] };
    expect(issuesOf(pool)).toEqual({ providerId: 'imports.target.providerRequired' });
    expect(issuesOf({ ...pool, providerId: 2 })).toEqual({});
  });

  it("puts the server's field names on the form's", () => {
    expect(importFieldOf('project_id')).toBe('projectId');
    expect(importFieldOf('geo_id')).toBe('geoId');
    expect(importFieldOf('columns')).toBe('columns');
    expect(importFieldOf('outside_geo')).toBe('outsideGeo');
    expect(importFieldOf('file')).toBeNull();
  });
});

describe('what is sent', () => {
  it('previews the first 1 MiB of a large CSV under its own name, a spreadsheet whole', async () => {
    const big = new File([new Uint8Array(PREVIEW_BYTES + 10)], 'base.csv', { type: 'text/csv' });
    expect(previewPart(big).size).toBe(PREVIEW_BYTES);
    const xlsx = new File([new Uint8Array(PREVIEW_BYTES + 10)], 'base.xlsx');
    expect(previewPart(xlsx)).toBe(xlsx);
    const small = new File(['phone\n+79161234567\n'], 'small.csv');
    expect(previewPart(small)).toBe(small);

    let sent: FormData | undefined;
    vi.stubGlobal('fetch', (_input: RequestInfo | URL, init?: RequestInit) => {
      sent = init?.body as FormData;
      return Promise.resolve(new Response(JSON.stringify({ file_kind: 'csv' }), { status: 200 }));
    });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    await previewImport(big);
    const part = sent?.get('file') as File;
    expect(part.name).toBe('base.csv');
    expect(part.size).toBe(PREVIEW_BYTES);
  });

  it('tells the kind by the name', () => {
    expect(fileKindOf({ name: 'A.CSV', type: '' })).toBe('csv');
    expect(fileKindOf({ name: 'a.xlsx', type: '' })).toBe('xlsx');
    expect(fileKindOf({ name: 'a.xls', type: '' })).toBe('xls');
    expect(fileKindOf({ name: 'dump', type: 'text/plain' })).toBe('csv');
    expect(fileKindOf({ name: 'dump.bin', type: 'application/octet-stream' })).toBeNull();
  });

  it('puts the columns in the form only when given, as a JSON array', () => {
    const file = new File(['x'], 'база.csv');
    const withColumns = importFormData({ file, projectId: 3, providerId: 5, geoId: null, region: 'ru', columns: ['ignore', 'phone'] });
    expect(withColumns.get('project_id')).toBe('3');
    expect(withColumns.get('provider_id')).toBe('5');
    expect(withColumns.has('geo_id')).toBe(false);
    expect(withColumns.get('region')).toBe('RU');
    expect(withColumns.get('columns')).toBe('["ignore","phone"]');
    expect((withColumns.get('file') as File).name).toBe('база.csv');
    const without = importFormData({ file, projectId: 3, providerId: null, geoId: 7, region: 'RU', columns: null });
    expect(without.has('columns')).toBe(false);
    expect(without.has('provider_id')).toBe(false);
    expect(without.get('geo_id')).toBe('7');
  });

  it('sends target=pool and no project for the pool', () => {
    const file = new File(['x'], 'pool.csv');
    const form = importFormData({ file, target: 'pool', projectId: 3, providerId: 2, geoId: null, region: 'RU', columns: null });
    expect(form.get('target')).toBe('pool');
    expect(form.has('project_id')).toBe(false);
    expect(form.get('provider_id')).toBe('2');
    expect(form.has('outside_geo')).toBe(false);
    expect([...form.keys()].at(-1)).toBe('file');
  });

  it("says what to do with numbers outside a project's geo: import them by default, or route them to the pool", () => {
    const file = new File(['x'], 'base.csv');
    const base = { file, projectId: 3, providerId: null, geoId: null, region: 'RU', columns: null };
    expect(importFormData(base).get('outside_geo')).toBe('import');
    expect(importFormData(base).get('language')).toBeNull();
    expect(importFormData({ ...base, language: 'en' }).get('language')).toBe('en');
    expect(importFormData({ ...base, outsideGeo: 'pool' }).get('outside_geo')).toBe('pool');
    expect([...importFormData({ ...base, outsideGeo: 'pool' }).keys()].at(-1)).toBe('file');
  });
});
