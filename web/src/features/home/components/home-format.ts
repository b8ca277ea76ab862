import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';
import { formatDate, formatDateTime, formatNumber, localeOf } from '@/lib/format';

/** The server counts callbacks up to 1000: "1 000+" then. */
export const CALLBACK_COUNT_CAP = 1000;

export function formatCallbackCount(count: number, language: Language, t: TFunction): string {
  const text = formatNumber(count, language);
  return count >= CALLBACK_COUNT_CAP ? t('home.atLeast', { value: text }) : text;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The next callback: its time, and the day in words ("сегодня", "завтра") or as a date. */
export function formatCallbackTime(
  value: string,
  language: Language,
  t: TFunction,
  now: Date = new Date(),
): { time: string; day: string } {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return { time: value, day: '' };
  const time = new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(at);
  if (sameDay(at, now)) return { time, day: t('home.nextToday') };
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (sameDay(at, tomorrow)) return { time, day: t('home.nextTomorrow') };
  return { time, day: formatDate(value, language) };
}

/** The business day (YYYY-MM-DD) in words: "четверг, 3 декабря" / "Thursday 3 December". */
export function formatBusinessDay(day: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** Just the time of a moment today ("14:05"), or the date and time of another day. */
export function formatMoment(value: string, language: Language, now: Date = new Date()): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  if (sameDay(at, now)) return new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(at);
  return formatDateTime(value, language);
}
