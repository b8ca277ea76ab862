// The project form: its values, validation (messages are translation keys), and the way to and
// from the API, including where the server's field issues go on the form.

import { z } from 'zod';
import type { ProjectDetail, ProjectInput, ProjectPatch, ProjectSettings } from '@/lib/api-types';
import { emptyWeek, fromScheduleEntries, scheduleIssues, toScheduleEntries, type EntrySource } from './schedule';

const providerOption = z.object({ id: z.number(), code: z.string(), name: z.string() });
const geoOption = z.object({
  id: z.number(),
  name: z.string(),
  name_en: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  timezone: z.string(),
});
const day = z.object({
  enabled: z.boolean(),
  windows: z.array(z.object({ start: z.string(), end: z.string() })),
});

/** The sites list as typed or loaded: one domain a line; blank lines and repeats dropped. */
export function parseSites(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const site = line.trim();
    if (site === '' || seen.has(site)) continue;
    seen.add(site);
    out.push(site);
  }
  return out;
}

export const MAX_SITES = 10_000;

/** "" (never) or a whole number of days from 1 to 3650. */
const days = z
  .string()
  .trim()
  .refine((v) => v === '' || (/^[0-9]{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 3650), 'projects.form.daysRange');

function daysValue(text: string): number | null {
  const v = text.trim();
  return v === '' ? null : Number(v);
}

export type ProviderOption = z.infer<typeof providerOption>;
export type GeoOption = z.infer<typeof geoOption>;

export const projectFormSchema = z
  .object({
    is_active: z.boolean(),
    tag: z.string().trim().max(50, 'validation.tooLong'),
    name: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
    type: z.string().trim().max(50, 'validation.tooLong'),
    description: z.string().max(5000, 'validation.tooLong'),
    daily_limit: z
      .number({ message: 'validation.integer' })
      .int('validation.integer')
      .min(0, 'validation.nonNegative')
      .max(100_000_000, 'validation.tooBig'),
    providers: z.array(providerOption),
    geo: z.array(geoOption),
    schedule: z.array(day).length(7),
    priority: z
      .number({ message: 'projects.form.priorityRange' })
      .int('projects.form.priorityRange')
      .min(-1000, 'projects.form.priorityRange')
      .max(1000, 'projects.form.priorityRange'),
    oldest_first: z.boolean(),
    sites_mode: z.enum(['include', 'exclude']),
    sites: z.string().superRefine((text, ctx) => {
      const sites = parseSites(text);
      if (sites.length > MAX_SITES) ctx.addIssue({ code: 'custom', message: 'projects.form.sitesTooMany' });
      else if (sites.some((s) => /\s/.test(s) || s.length > 253)) ctx.addIssue({ code: 'custom', message: 'projects.form.sitesBadLine' });
    }),
    receive_again_after_days: days,
    return_unworked_after_days: days,
  })
  .superRefine((form, ctx) => {
    // An active project receives numbers: it needs somewhere to take them from and to send them to.
    if (form.is_active && form.providers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['providers'], message: 'projects.form.providersRequired' });
    }
    if (form.is_active && form.geo.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['geo'], message: 'projects.form.geoRequired' });
    }
    for (const issue of scheduleIssues(form.schedule)) {
      ctx.addIssue({ code: 'custom', path: ['schedule', issue.day, 'windows', issue.window, issue.field], message: issue.message });
    }
  });

export type ProjectFormValues = z.infer<typeof projectFormSchema>;

export function emptyProjectForm(): ProjectFormValues {
  return {
    is_active: true,
    tag: '',
    name: '',
    type: '',
    description: '',
    daily_limit: 0,
    providers: [],
    geo: [],
    schedule: emptyWeek(),
    priority: 0,
    oldest_first: false,
    sites_mode: 'include',
    sites: '',
    receive_again_after_days: '',
    return_unworked_after_days: '',
  };
}

export function projectToForm(p: ProjectDetail): ProjectFormValues {
  return {
    is_active: p.is_active,
    tag: p.tag,
    name: p.name,
    type: p.type,
    description: p.description,
    daily_limit: p.daily_limit,
    providers: p.providers.map(({ id, code, name }) => ({ id, code, name })),
    geo: p.geo.map(({ id, name, name_en, country, region, timezone }) => ({ id, name, name_en, country, region, timezone })),
    schedule: fromScheduleEntries(p.schedule),
    // A server older than the distribution sends none of these.
    priority: p.priority ?? 0,
    oldest_first: p.oldest_first ?? false,
    sites_mode: p.sites_mode ?? 'include',
    sites: (p.sites ?? []).join('\n'),
    receive_again_after_days: p.receive_again_after_days == null ? '' : String(p.receive_again_after_days),
    return_unworked_after_days: p.return_unworked_after_days == null ? '' : String(p.return_unworked_after_days),
  };
}

function fields(form: ProjectFormValues): Required<ProjectPatch> {
  return {
    name: form.name.trim(),
    tag: form.tag.trim(),
    type: form.type.trim(),
    description: form.description,
    is_active: form.is_active,
    daily_limit: form.daily_limit,
    priority: form.priority,
    oldest_first: form.oldest_first,
    sites_mode: form.sites_mode,
    sites: parseSites(form.sites),
    receive_again_after_days: daysValue(form.receive_again_after_days),
    return_unworked_after_days: daysValue(form.return_unworked_after_days),
  };
}

export function formToSettings(form: ProjectFormValues): { settings: ProjectSettings; sources: EntrySource[] } {
  const { entries, sources } = toScheduleEntries(form.schedule);
  return {
    settings: { provider_ids: form.providers.map((p) => p.id), geo_ids: form.geo.map((g) => g.id), schedule: entries },
    sources,
  };
}

/** POST /projects: the fields and the settings at once. */
export function formToInput(form: ProjectFormValues): { input: ProjectInput; sources: EntrySource[] } {
  const { settings, sources } = formToSettings(form);
  return { input: { ...fields(form), ...settings }, sources };
}

export function formToPatch(form: ProjectFormValues): ProjectPatch {
  return fields(form);
}

/** PATCH /projects/{id} of the project's own fields only: what it receives needs projects.settings. */
export function formToOwnPatch(form: ProjectFormValues): ProjectPatch {
  const { name, tag, type, description } = fields(form);
  return { name, tag, type, description };
}

export type ProjectFormPath =
  | 'is_active'
  | 'tag'
  | 'name'
  | 'type'
  | 'description'
  | 'daily_limit'
  | 'providers'
  | 'geo'
  | 'schedule'
  | 'priority'
  | 'oldest_first'
  | 'sites_mode'
  | 'sites'
  | 'receive_again_after_days'
  | 'return_unworked_after_days'
  | `schedule.${number}.enabled`
  | `schedule.${number}.windows.${number}.start`
  | `schedule.${number}.windows.${number}.end`;

const SAME_NAME = [
  'is_active',
  'tag',
  'name',
  'type',
  'description',
  'daily_limit',
  'priority',
  'oldest_first',
  'sites_mode',
  'sites',
  'receive_again_after_days',
  'return_unworked_after_days',
] as const;

/**
 * Where a server field issue shows: "provider_ids" under the providers, "schedule[3].end_time"
 * under the window that became the fourth schedule entry; null for a field the form lacks.
 */
export function serverFieldToFormPath(field: string, sources: readonly EntrySource[]): ProjectFormPath | null {
  if ((SAME_NAME as readonly string[]).includes(field)) return field as (typeof SAME_NAME)[number];
  if (field === 'provider_ids') return 'providers';
  if (field === 'geo_ids') return 'geo';
  if (field === 'schedule') return 'schedule';
  if (/^sites\[\d+\]$/.test(field)) return 'sites';
  const m = /^schedule\[(\d+)\](?:\.(weekday|start_time|end_time))?$/.exec(field);
  if (!m) return null;
  const source = sources[Number(m[1])];
  if (!source) return 'schedule';
  if (source.window === null) return `schedule.${source.day}.enabled`;
  const part = m[2] === 'start_time' ? 'start' : 'end';
  return `schedule.${source.day}.windows.${source.window}.${part}`;
}
