// The SFTP schedule form: its schema (messages are translation keys, see lib/form-errors.ts),
// the body it sends, and where the server's issues go. The direction's settings are sent whole
// (the server replaces them); what the form does not show (an export's filters other than the
// project, status, supplier and geo) is kept as it was.

import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { PhoneNumberFilter } from '@/lib/api-types';
import { IMPORT_COLUMNS, type Direction, type ImportColumn, type Schedule, type ScheduleCreate, type ScheduleInput } from '../api/types';

export const DEFAULT_TIMEZONE = 'Europe/Moscow';
export const DEFAULT_CRON = '0 6 * * *';
export const FILENAME_DEFAULT = 'numbers_{yyyy-mm-dd}.csv';
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const EXPORT_DELIMITERS = [';', ','] as const;
export const EXPORT_LANGUAGES = ['ru', 'en'] as const;
export const OUTSIDE_GEO_CHOICES = ['import', 'pool'] as const;
/** The file's columns: recognized from its header row (columns: null), or given one by one. */
export const COLUMN_MODES = ['header', 'manual'] as const;
/** The first column of a mapping given by hand (a mapping needs a phone column). */
export const FIRST_COLUMN: ImportColumn = 'phone';
/** The server takes up to this many columns. */
export const MAX_COLUMNS = 16384;

/** A character below space, or DEL: the server refuses them in remote names. */
const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

export const scheduleSchema = z
  .object({
    isNew: z.boolean(),
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    config_id: z.number().int().positive().nullable(),
    direction: z.enum(['import', 'export']),
    cron: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    timezone: z.string().trim().min(1, 'validation.required'),
    is_enabled: z.boolean(),
    // import
    remote_path: z.string().trim(),
    target: z.enum(['pool', 'project']),
    project_id: z.number().int().positive().nullable(),
    provider_id: z.number().int().positive().nullable(),
    geo_id: z.number().int().positive().nullable(),
    region: z.string().trim(),
    outside_geo: z.enum(OUTSIDE_GEO_CHOICES),
    columns_mode: z.enum(COLUMN_MODES),
    columns: z.array(z.enum(IMPORT_COLUMNS)),
    move_to_processed: z.boolean(),
    // export
    format: z.enum(EXPORT_FORMATS),
    delimiter: z.enum(EXPORT_DELIMITERS),
    language: z.enum(EXPORT_LANGUAGES),
    remote_directory: z.string().trim(),
    filename_template: z.string().trim(),
    filter_project_id: z.number().int().positive().nullable(),
    filter_status_id: z.number().int().positive().nullable(),
    filter_provider_id: z.number().int().positive().nullable(),
    filter_geo_id: z.number().int().positive().nullable(),
  })
  .superRefine((form, ctx) => {
    if (form.config_id === null) ctx.addIssue({ code: 'custom', path: ['config_id'], message: 'validation.required' });
    if (form.direction === 'import') {
      if (form.remote_path === '') ctx.addIssue({ code: 'custom', path: ['remote_path'], message: 'validation.required' });
      else if (form.remote_path.length > 1000) ctx.addIssue({ code: 'custom', path: ['remote_path'], message: 'sftp.scheduleDialog.import.remotePathRule' });
      if (form.target === 'project' && form.project_id === null) {
        ctx.addIssue({ code: 'custom', path: ['project_id'], message: 'sftp.scheduleDialog.import.projectRequired' });
      }
      if (form.target === 'pool' && form.provider_id === null) {
        ctx.addIssue({ code: 'custom', path: ['provider_id'], message: 'sftp.scheduleDialog.import.providerRequired' });
      }
      if (!/^[A-Z]{2}$/.test(form.region)) ctx.addIssue({ code: 'custom', path: ['region'], message: 'sftp.scheduleDialog.import.regionRule' });
      if (form.columns_mode === 'manual' && !form.columns.includes('phone')) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: 'sftp.scheduleDialog.import.columns.noPhone' });
      }
    } else {
      if (form.remote_directory.length > 1000) {
        ctx.addIssue({ code: 'custom', path: ['remote_directory'], message: 'sftp.scheduleDialog.import.remotePathRule' });
      }
      const name = form.filename_template;
      if (name === '' || name.length > 200 || name.startsWith('.') || /[/\\]/.test(name) || hasControlCharacter(name)) {
        ctx.addIssue({ code: 'custom', path: ['filename_template'], message: 'sftp.scheduleDialog.export.filenameTemplateRule' });
      }
    }
  });

export type ScheduleForm = z.infer<typeof scheduleSchema>;

export function scheduleDefaults(schedule: Schedule | null): ScheduleForm {
  const imp = schedule?.import ?? null;
  const exp = schedule?.export ?? null;
  const filters = exp?.filters ?? {};
  const idOf = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    isNew: schedule === null,
    name: schedule?.name ?? '',
    config_id: schedule?.config_id ?? null,
    direction: schedule?.direction ?? 'import',
    cron: schedule?.cron ?? DEFAULT_CRON,
    timezone: schedule?.timezone ?? DEFAULT_TIMEZONE,
    is_enabled: schedule?.is_enabled ?? true,
    remote_path: imp?.remote_path ?? '',
    target: imp?.target ?? 'project',
    project_id: imp?.project_id ?? null,
    provider_id: imp?.provider_id ?? null,
    geo_id: imp?.geo_id ?? null,
    region: imp?.region ?? 'RU',
    outside_geo: imp?.outside_geo ?? 'import',
    columns_mode: imp?.columns ? 'manual' : 'header',
    columns: imp?.columns ? [...imp.columns] : [FIRST_COLUMN],
    move_to_processed: imp?.move_to_processed ?? false,
    format: exp?.format ?? 'csv',
    delimiter: exp?.delimiter ?? ';',
    language: exp?.language ?? 'ru',
    // The server writes "." for the host's directory itself.
    remote_directory: exp && exp.remote_directory !== '.' ? exp.remote_directory : '',
    filename_template: exp?.filename_template ?? FILENAME_DEFAULT,
    filter_project_id: idOf(filters.project_id),
    filter_status_id: idOf(filters.status_id),
    filter_provider_id: idOf(filters.provider_id),
    filter_geo_id: idOf(filters.geo_id),
  };
}

/** numbers_{yyyy-mm-dd}.csv ↔ .xlsx when the format changes (only the extension the template has). */
export function templateForFormat(template: string, format: ScheduleForm['format']): string {
  return template.replace(/\.(csv|xlsx)$/i, `.${format}`);
}

function importOf(form: ScheduleForm): NonNullable<ScheduleInput['import']> {
  const pool = form.target === 'pool';
  return {
    remote_path: form.remote_path,
    target: form.target,
    project_id: pool ? null : form.project_id,
    provider_id: form.provider_id,
    geo_id: form.geo_id,
    region: form.region,
    columns: form.columns_mode === 'manual' ? [...form.columns] : null,
    outside_geo: pool ? 'import' : form.outside_geo,
    move_to_processed: form.move_to_processed,
  };
}

function exportOf(form: ScheduleForm, before: Schedule | null): NonNullable<ScheduleInput['export']> {
  const filters: PhoneNumberFilter = { ...(before?.export?.filters ?? {}) };
  const chosen = {
    project_id: form.filter_project_id,
    status_id: form.filter_status_id,
    provider_id: form.filter_provider_id,
    geo_id: form.filter_geo_id,
  } as const;
  for (const [key, value] of Object.entries(chosen) as [keyof typeof chosen, number | null][]) {
    if (value !== null) filters[key] = value;
    else delete filters[key];
  }
  return {
    filters,
    format: form.format,
    delimiter: form.delimiter,
    language: form.language,
    remote_directory: form.remote_directory === '' ? '.' : form.remote_directory,
    filename_template: form.filename_template,
  };
}

function settingsOf(form: ScheduleForm, before: Schedule | null): Pick<ScheduleInput, 'import' | 'export'> {
  return form.direction === 'import' ? { import: importOf(form) } : { export: exportOf(form, before) };
}

export function scheduleCreateInput(form: ScheduleForm): ScheduleCreate {
  return {
    name: form.name,
    config_id: form.config_id ?? 0,
    direction: form.direction,
    cron: form.cron,
    timezone: form.timezone,
    is_enabled: form.is_enabled,
    ...settingsOf(form, null),
  };
}

/** A JSON text with sorted keys, to compare settings whatever order the server wrote them in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What changed; the direction's settings whole when any of them did. The direction never changes. */
export function scheduleUpdateInput(form: ScheduleForm, before: Schedule): ScheduleInput {
  const patch: ScheduleInput = {};
  if (form.name !== before.name) patch.name = form.name;
  if (form.config_id !== null && form.config_id !== before.config_id) patch.config_id = form.config_id;
  if (form.cron !== before.cron) patch.cron = form.cron;
  if (form.timezone !== before.timezone) patch.timezone = form.timezone;
  if (form.is_enabled !== before.is_enabled) patch.is_enabled = form.is_enabled;
  const direction: Direction = before.direction;
  const settings = settingsOf({ ...form, direction }, before);
  const was = direction === 'import' ? before.import : before.export;
  const now = direction === 'import' ? settings.import : settings.export;
  if (canonical(now) !== canonical(was)) Object.assign(patch, settings);
  return patch;
}

const TOP = ['name', 'config_id', 'direction', 'cron', 'timezone', 'is_enabled'] as const;
const IMPORT_FIELDS = ['remote_path', 'target', 'project_id', 'provider_id', 'geo_id', 'region', 'columns', 'outside_geo', 'move_to_processed'] as const;
const EXPORT_FIELDS = ['format', 'delimiter', 'language', 'remote_directory', 'filename_template'] as const;

const FILTER_FIELDS = { project_id: 'filter_project_id', status_id: 'filter_status_id', provider_id: 'filter_provider_id', geo_id: 'filter_geo_id' } as const;

/**
 * Where a server issue goes: "import.project_id" under the project, "import.columns" (or one of
 * its items) under the file's columns, "export.filters.status_id" under the status filter.
 */
export function scheduleFieldOf(field: string): Path<ScheduleForm> | null {
  if ((TOP as readonly string[]).includes(field)) return field as (typeof TOP)[number];
  const imp = /^import\.(\w+)(?:\[\d+\]|\.\d+)?$/.exec(field)?.[1];
  if (imp && (IMPORT_FIELDS as readonly string[]).includes(imp)) return imp as (typeof IMPORT_FIELDS)[number];
  const exp = /^export\.(\w+)$/.exec(field)?.[1];
  if (exp && (EXPORT_FIELDS as readonly string[]).includes(exp)) return exp as (typeof EXPORT_FIELDS)[number];
  const filter = /^export\.filters\.(\w+)$/.exec(field)?.[1];
  if (filter && Object.hasOwn(FILTER_FIELDS, filter)) return FILTER_FIELDS[filter as keyof typeof FILTER_FIELDS];
  return null;
}
