// Form schemas of the dictionaries; messages are translation keys (see lib/form-errors.ts).

import { z } from 'zod';
import type { GeoCreate, NumberStatusCreate, ProviderCreate } from '@/lib/api-types';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');

export const providerSchema = z.object({
  code: z.string().trim().min(1, 'validation.required').regex(/^[A-Za-z0-9_.-]{1,32}$/, 'dictionaries.providers.codeRule'),
  name: required(200),
  type: text(100),
  contact: text(500),
  is_active: z.boolean(),
});
export type ProviderForm = z.infer<typeof providerSchema>;
export const PROVIDER_FIELDS = ['code', 'name', 'type', 'contact', 'is_active'] as const;

export function providerInput(form: ProviderForm): ProviderCreate {
  return { ...form };
}

export const geoSchema = z
  .object({
    country: z.string().trim().regex(/^[A-Za-z]{2}$/, 'dictionaries.geo.countryRule'),
    region: text(200),
    city: text(200),
    name: required(200),
    name_en: text(200),
    timezone: z.string().trim().min(1, 'validation.required'),
    is_active: z.boolean(),
  })
  .refine((g) => !g.city || g.region, { path: ['region'], message: 'dictionaries.geo.cityNeedsRegion' });
export type GeoForm = z.infer<typeof geoSchema>;
export const GEO_FIELDS = ['country', 'region', 'city', 'name', 'name_en', 'timezone', 'is_active'] as const;

/** Empty region/city mean "the whole country/region": sent as null. */
export function geoInput(form: GeoForm): GeoCreate {
  return {
    country: form.country.toUpperCase(),
    region: form.region || null,
    city: form.city || null,
    name: form.name,
    name_en: form.name_en || null,
    timezone: form.timezone,
    is_active: form.is_active,
  };
}

export const statusSchema = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9_]{0,49}$/, 'dictionaries.statuses.codeRule'),
  name_ru: required(100),
  name_en: required(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'dictionaries.statuses.colorRule'),
  sort_order: z.number({ message: 'validation.integer' }).int('validation.integer'),
  is_processed: z.boolean(),
  is_success: z.boolean(),
  is_final: z.boolean(),
});
export type StatusForm = z.infer<typeof statusSchema>;
export const STATUS_FIELDS = ['code', 'name_ru', 'name_en', 'color', 'sort_order', 'is_processed', 'is_success', 'is_final'] as const;

export function statusInput(form: StatusForm): NumberStatusCreate {
  return { ...form };
}
