// Form schemas of the dictionaries; messages are translation keys (see lib/form-errors.ts).

import { z } from 'zod';
import type { GeoCreate, NumberStatusCreate, ProviderCreate } from '@/lib/api-types';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');

/** The largest price per number the server takes (rubles). */
export const MAX_PRICE_PER_NUMBER = 1_000_000_000;

/** A price as typed: "1,5" or "1.50"; '' for none. */
export function parsePrice(text: string): number | null {
  const v = text.trim().replace(',', '.');
  return v === '' ? null : Number(v);
}

/** "" (no price) or rubles ≥ 0 with at most two decimals, with a comma or a point. */
const price = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (text === '') return;
    const v = text.replace(',', '.');
    if (/^-\s*\d/.test(v)) ctx.addIssue({ code: 'custom', message: 'validation.nonNegative' });
    else if (!/^\d+(\.\d*)?$|^\.\d+$/.test(v) || !Number.isFinite(Number(v))) ctx.addIssue({ code: 'custom', message: 'dictionaries.providers.priceNumber' });
    else if (/\.\d{3,}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'dictionaries.providers.priceDecimals' });
    else if (Number(v) > MAX_PRICE_PER_NUMBER) ctx.addIssue({ code: 'custom', message: 'validation.tooBig' });
  });

export const providerSchema = z.object({
  code: z.string().trim().min(1, 'validation.required').regex(/^[A-Za-z0-9_.-]{1,32}$/, 'dictionaries.providers.codeRule'),
  name: required(200),
  type: text(100),
  contact: text(500),
  price_per_number: price,
  is_active: z.boolean(),
});
export type ProviderForm = z.infer<typeof providerSchema>;
export const PROVIDER_FIELDS = ['code', 'name', 'type', 'contact', 'price_per_number', 'is_active'] as const;

/** An empty price is sent as null (the provider has none). */
export function providerInput(form: ProviderForm): ProviderCreate {
  return { ...form, price_per_number: parsePrice(form.price_per_number) };
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
