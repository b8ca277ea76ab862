// Numbers, dates and weekdays as the chosen language writes them.

import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import type { Language } from './i18n';

// British English writes dates day first, as Russian does: 24/11/2026 rather than 11/24/2026.
const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format;
}

const DATE_PARTS: Record<'dateTime' | 'dateTimeSeconds' | 'date', Intl.DateTimeFormatOptions> = {
  dateTime: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  dateTimeSeconds: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

function dateFormat(language: Language, kind: keyof typeof DATE_PARTS): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], DATE_PARTS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}

/** 10234567 → "10 234 567" (ru) or "10,234,567" (en). */
export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.45 → "45 %" (ru), "45%" (en); with `fractionDigits` 2, 0.31325 → "31,33 %" (ru), "31.33%" (en). */
export function formatPercent(share: number, language: Language, fractionDigits = 0): string {
  const key = `${language}:${fractionDigits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: fractionDigits });
    percentFormats.set(key, format);
  }
  return format.format(share);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Rubles: 1500.5 → "1 500,50 ₽" (ru), "₽1,500.50" (en). */
export function formatRubles(value: number, language: Language): string {
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol' });
    moneyFormats.set(language, format);
  }
  return format.format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in bytes as the language writes it: 1536 → "1,5 кБ" (ru), "1.5 kB" (en); 512 → "512 байт". */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    // "512 байт", "512 bytes"; the larger units short: "1,5 МБ".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

function parse(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An API timestamp in the browser's time zone: "24.07.2025, 07:18" (ru), "24/07/2025, 07:18" (en); '' for none. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  const date = parse(value);
  return date ? dateFormat(language, 'dateTime').format(date) : '';
}

/** The same with seconds (the audit log): "24.07.2025, 07:18:05" (ru), "24/07/2025, 07:18:05" (en). */
export function formatDateTimeSeconds(value: string | null | undefined, language: Language): string {
  const date = parse(value);
  return date ? dateFormat(language, 'dateTimeSeconds').format(date) : '';
}

export function formatDate(value: string | null | undefined, language: Language): string {
  const date = parse(value);
  return date ? dateFormat(language, 'date').format(date) : '';
}

const WEEKDAY_NAMES: Record<Language, Record<string, string>> = {
  ru: ru.weekdays,
  en: en.weekdays,
};

/** ISO weekdays (1 = Monday) as short names in week order: [1, 2, 5] → "Пн Вт Пт". */
export function formatWeekdays(days: readonly number[], language: Language): string {
  const names = WEEKDAY_NAMES[language];
  return [...new Set(days)]
    .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)
    .sort((a, b) => a - b)
    .map((d) => names[String(d)] ?? String(d))
    .join(' ');
}

/** Seconds as a unit the language reads well: 45 → {unit: 'seconds', count: 45}; 600 → 10 minutes. */
export function splitDuration(seconds: number): { unit: 'seconds' | 'minutes'; count: number } {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return { unit: 'seconds', count: s };
  return { unit: 'minutes', count: Math.ceil(s / 60) };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

/** An IANA time zone's offset now: "Europe/Moscow" → "UTC+3", "Asia/Kolkata" → "UTC+5:30"; '' if unknown. */
export function formatUtcOffset(timeZone: string, at: Date = new Date()): string {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
    } catch {
      format = null;
    }
    offsetFormats.set(timeZone, format);
  }
  if (!format) return '';
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT' || name === 'UTC') return 'UTC+0';
  return name.replace(/^GMT/, 'UTC');
}

/** A place's name in the chosen language. */
export function placeName(place: { name: string; name_en: string }, language: Language): string {
  return language === 'en' ? place.name_en || place.name : place.name;
}

// E.164 country codes of one and two digits; every other code has three.
const ONE_DIGIT_CODES = new Set(['1', '7']);
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);

function countryCodeLength(digits: string): number {
  if (ONE_DIGIT_CODES.has(digits.slice(0, 1))) return 1;
  if (TWO_DIGIT_CODES.has(digits.slice(0, 2))) return 2;
  return 3;
}

/** An area code or other leading digits: up to four together, longer ones in threes: "29", "1381", "123 45". */
function groupDigits(digits: string): string[] {
  const groups: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest) groups.push(rest);
  return groups;
}

/**
 * A phone number grouped for reading: "+79161234567" → "+7 916 123-45-67"; other countries
 * keep their digits, the last seven written the same way after the code and the area
 * ("+375291234567" → "+375 29 123-45-67"). Russian numbers written 8XXXXXXXXXX or 7XXXXXXXXXX
 * read as +7; anything else is returned as is.
 */
export function formatPhone(phone: string): string {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (!trimmed.startsWith('+')) {
    if (digits.length !== 11 || !/^[78]/.test(digits)) return phone;
    digits = `7${digits.slice(1)}`;
  }
  if (digits.length < 8 || digits.length > 15) return phone;
  const code = digits.slice(0, countryCodeLength(digits));
  const national = digits.slice(code.length);
  if (national.length < 7) return ['+' + code, ...groupDigits(national)].join(' ');
  const local = national.slice(-7);
  const line = `${local.slice(0, 3)}-${local.slice(3, 5)}-${local.slice(5)}`;
  return ['+' + code, ...groupDigits(national.slice(0, -7)), line].join(' ');
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago (or how soon) a moment is: "5 минут назад", "вчера", "in 2 hours"; '' for none. */
export function formatRelativeTime(value: string | null | undefined, language: Language, now: Date = new Date()): string {
  const date = parse(value);
  if (!date) return '';
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return '';
}

/** A call's length as a clock shows it: 42 → "0:42", 725 → "12:05", 3723 → "1:02:03". */
export function formatClockDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
