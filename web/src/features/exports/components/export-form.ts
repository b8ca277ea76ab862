// The export form: which numbers (the list's filters) and what file. Messages are translation keys.

import { z } from 'zod';
import type { ExportCreate } from '@/lib/api-types';
import type { Language } from '@/lib/i18n';
import { EMPTY_EXPORT_FILTERS, EXPORT_TEXT_MAX, EXPORT_TEXT_MIN, textLength, toApiFilter, type ExportFilters } from './export-params';

const id = z.number().int().positive().nullable();

export const exportFormSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    delimiter: z.enum([';', ',']),
    language: z.enum(['ru', 'en']),
    filters: z.object({
      project: id,
      status: id,
      provider: id,
      geo: id,
      assignee: z.union([z.number().int().positive(), z.literal('none')]).nullable(),
      reminder: z.enum(['overdue', 'today', 'week']).nullable(),
      from: z.string(),
      to: z.string(),
      phone: z.string().refine((v) => v === '' || /^\d{3,15}$/.test(v), 'exports.filters.phoneRule'),
      // Sent trimmed; only spaces is no filter.
      q: z.string().refine((v) => {
        const n = textLength(v.trim());
        return n === 0 || (n >= EXPORT_TEXT_MIN && n <= EXPORT_TEXT_MAX);
      }, 'exports.filters.textRule'),
    }),
  })
  .superRefine((form, ctx) => {
    const { from, to } = form.filters;
    if (from && to && from > to) ctx.addIssue({ code: 'custom', path: ['filters', 'to'], message: 'exports.filters.toBeforeFrom' });
  });

export type ExportFormValues = z.infer<typeof exportFormSchema>;

export function defaultExportForm(filters: ExportFilters = EMPTY_EXPORT_FILTERS, language: Language = 'ru'): ExportFormValues {
  return { format: 'csv', delimiter: ';', language, filters };
}

/** POST /exports: the delimiter only for a CSV. */
export function toExportCreate(values: ExportFormValues): ExportCreate {
  return {
    format: values.format,
    ...(values.format === 'csv' ? { delimiter: values.delimiter } : {}),
    language: values.language,
    filters: toApiFilter(values.filters),
  };
}

/** The server's field names (filters.project_id …) on the form's fields. */
export function exportFieldOf(field: string): `filters.${keyof ExportFilters}` | 'format' | 'delimiter' | 'language' | null {
  const map: Record<string, `filters.${keyof ExportFilters}` | 'format' | 'delimiter' | 'language'> = {
    format: 'format',
    delimiter: 'delimiter',
    language: 'language',
    project_id: 'filters.project',
    'filters.project_id': 'filters.project',
    'filters.status_id': 'filters.status',
    'filters.provider_id': 'filters.provider',
    'filters.geo_id': 'filters.geo',
    'filters.assigned_to': 'filters.assignee',
    'filters.reminder': 'filters.reminder',
    'filters.created_from': 'filters.from',
    'filters.created_to': 'filters.to',
    'filters.phone': 'filters.phone',
    'filters.q': 'filters.q',
  };
  return map[field] ?? null;
}
