// The import form: where the numbers go and what each column holds. Messages are translation
// keys; the file and its preview live beside the form.

import { z } from 'zod';
import type { ImportColumn, ImportOutsideGeo, ImportPreview, ImportTarget } from '@/lib/api-types';

/** What happens to numbers outside the project's geo (an import into a project only). */
export const OUTSIDE_GEO_CHOICES = ['import', 'pool'] as const satisfies readonly ImportOutsideGeo[];

export const IMPORT_COLUMNS = ['phone', 'company', 'site', 'email', 'comment', 'region', 'ignore'] as const satisfies readonly ImportColumn[];

/** Exactly one column must hold the phone number. */
export function columnMappingIssue(columns: readonly ImportColumn[]): 'imports.mapping.noPhone' | 'imports.mapping.manyPhones' | null {
  const phones = columns.filter((c) => c === 'phone').length;
  if (phones === 0) return 'imports.mapping.noPhone';
  if (phones > 1) return 'imports.mapping.manyPhones';
  return null;
}

export const importFormSchema = z
  .object({
    target: z.enum(['project', 'pool']),
    projectId: z.number().int().positive().nullable(),
    outsideGeo: z.enum(OUTSIDE_GEO_CHOICES),
    providerId: z.number().int().positive().nullable(),
    geoId: z.number().int().positive().nullable(),
    region: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'imports.target.regionRule'),
    columns: z.array(z.enum(IMPORT_COLUMNS)),
  })
  .superRefine((form, ctx) => {
    // The pool has no project; its numbers are handed out by supplier, so it needs one.
    if (form.target === 'project' && form.projectId === null) {
      ctx.addIssue({ code: 'custom', path: ['projectId'], message: 'imports.target.projectRequired' });
    }
    if (form.target === 'pool' && form.providerId === null) {
      ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'imports.target.providerRequired' });
    }
    const issue = columnMappingIssue(form.columns);
    if (issue) ctx.addIssue({ code: 'custom', path: ['columns'], message: issue });
  });

export type ImportFormValues = z.infer<typeof importFormSchema>;

export function emptyImportForm(target: ImportTarget = 'project'): ImportFormValues {
  return { target, projectId: null, outsideGeo: 'import', providerId: null, geoId: null, region: 'RU', columns: [] };
}

/** The preview's mapping, one entry per column shown (rows may be wider than the header). */
export function previewColumns(preview: ImportPreview): ImportColumn[] {
  const width = Math.max(preview.columns.length, preview.header?.length ?? 0, ...preview.rows.map((r) => r.length));
  return Array.from({ length: width }, (_v, i) => preview.columns[i] ?? 'ignore');
}

/** The mapping is sent only when the user changed what the server recognized. */
export function changedColumns(columns: readonly ImportColumn[], recognized: readonly ImportColumn[]): ImportColumn[] | null {
  const same = columns.length === recognized.length && columns.every((c, i) => c === recognized[i]);
  return same ? null : [...columns];
}

/** Sets column `index` to `column`; choosing "phone" for one column takes it from the others. */
export function setColumn(columns: readonly ImportColumn[], index: number, column: ImportColumn): ImportColumn[] {
  return columns.map((c, i) => {
    if (i === index) return column;
    return column === 'phone' && c === 'phone' ? 'ignore' : c;
  });
}

/** The server's field names of the import form, on the form's fields. */
export function importFieldOf(field: string): 'target' | 'projectId' | 'outsideGeo' | 'providerId' | 'geoId' | 'region' | 'columns' | null {
  switch (field) {
    case 'target':
      return 'target';
    case 'project_id':
      return 'projectId';
    case 'outside_geo':
      return 'outsideGeo';
    case 'provider_id':
      return 'providerId';
    case 'geo_id':
      return 'geoId';
    case 'region':
      return 'region';
    case 'columns':
      return 'columns';
    default:
      return null;
  }
}
