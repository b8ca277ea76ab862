// Reminder times: the quick picks, the date-time input's local value, and a moment shown in a
// given time zone (the user's, or the callee's from the number's region).

import { localeOf } from './format';
import type { Language } from './i18n';

export type QuickReminder = 'inHour' | 'tomorrow' | 'inThreeDays';
export const QUICK_REMINDERS: readonly QuickReminder[] = ['inHour', 'tomorrow', 'inThreeDays'];

/**
 * The moment a quick pick stands for, in the user's own time: in an hour; tomorrow at 10:00;
 * in three days at the same time. Whole minutes.
 */
export function quickReminder(kind: QuickReminder, now: Date = new Date()): string {
  const at = new Date(now.getTime());
  at.setSeconds(0, 0);
  if (kind === 'inHour') {
    at.setHours(at.getHours() + 1);
  } else if (kind === 'tomorrow') {
    at.setDate(at.getDate() + 1);
    at.setHours(10, 0);
  } else {
    at.setDate(at.getDate() + 3);
  }
  return at.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as a datetime-local input's value in the user's time ("2026-12-04T10:00"); '' for none. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local input's value (the user's time) as an ISO timestamp; null when empty or incomplete. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function format(language: Language, timeZone: string | undefined, withDay: boolean): Intl.DateTimeFormat | null {
  const key = `${language}|${timeZone ?? ''}|${withDay}`;
  let f = formats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(localeOf(language), {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        ...(withDay ? { weekday: 'short', day: '2-digit', month: '2-digit' } : {}),
      });
    } catch {
      // An unknown time zone in the region's data.
      f = null;
    }
    formats.set(key, f);
  }
  return f;
}

/** A moment's clock time in a time zone (the user's when none): "14:05"; '' for an unknown zone. */
export function clockIn(at: Date | string, language: Language, timeZone?: string): string {
  return format(language, timeZone, false)?.format(new Date(at)) ?? '';
}

/** A moment with its weekday and date in a time zone: "пт, 04.12, 10:00"; '' for an unknown zone. */
export function momentIn(at: Date | string, language: Language, timeZone?: string): string {
  return format(language, timeZone, true)?.format(new Date(at)) ?? '';
}
