// A cron expression in words for the schedules' table ("по будням в 06:00"), for the usual
// shapes only; anything else is shown as the expression with its next run.

import type { TFunction } from 'i18next';
import { formatWeekdays } from '@/lib/format';
import type { Language } from '@/lib/i18n';

const MACROS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const number = (field: string, max: number): number | null => {
  if (!/^\d{1,2}$/.test(field)) return null;
  const n = Number(field);
  return n <= max ? n : null;
};

/** "6,18" → [6, 18]; null unless every item is a plain number. */
function numbers(field: string, max: number): number[] | null {
  const out: number[] = [];
  for (const item of field.split(',')) {
    const n = number(item, max);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/** Cron weekdays (0 and 7 are Sunday; names; ranges) as ISO weekdays 1–7; null for steps or nonsense. */
function weekdays(field: string): number[] | null {
  // Cron's own numbers: 0 (Sunday) to 7 (Sunday again).
  const day = (text: string): number | null => DAY_NAMES[text.toLowerCase()] ?? number(text, 7);
  const out = new Set<number>();
  for (const item of field.split(',')) {
    const range = /^([^-]+)-([^-]+)$/.exec(item);
    const from = day(range ? range[1]! : item);
    const to = range ? day(range[2]!) : from;
    if (from === null || to === null || from > to) return null;
    for (let d = from; d <= to; d++) out.add(d === 0 ? 7 : d);
  }
  return [...out];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The expression in words, or null when it is not one of the usual shapes. */
export function cronText(expression: string, t: TFunction, language: Language): string | null {
  const text = expression.trim().replace(/\s+/g, ' ');
  const macro = /^@(\w+)$/.exec(text)?.[1]?.toLowerCase();
  if (macro) return (MACROS as readonly string[]).includes(macro) ? t(`sftp.cronText.${macro as (typeof MACROS)[number]}`) : null;
  const parts = text.split(' ');
  if (parts.length !== 5) return null;
  const [minute, hour, dom, month, dow] = parts as [string, string, string, string, string];
  if (month !== '*') return null;

  if (dom === '*' && dow === '*') {
    if (minute === '*' && hour === '*') return t('sftp.cronText.everyMinute');
    const everyMinutes = /^\*\/(\d+)$/.exec(minute);
    if (everyMinutes && hour === '*') return t('sftp.cronText.everyMinutes', { n: String(Number(everyMinutes[1])) });
    const m = number(minute, 59);
    if (m !== null && hour === '*') return t('sftp.cronText.everyHourAt', { minute: pad(m) });
    const everyHours = /^\*\/(\d+)$/.exec(hour);
    if (m !== null && everyHours) return t('sftp.cronText.everyHoursAt', { n: String(Number(everyHours[1])), minute: pad(m) });
  }
  const m = number(minute, 59);
  const hours = numbers(hour, 23);
  if (m === null || hours === null) return null;
  const times = hours
    .sort((a, b) => a - b)
    .map((h) => `${pad(h)}:${pad(m)}`)
    .join(', ');
  if (dom === '*' && dow === '*') return t('sftp.cronText.dailyAt', { times });
  if (dom === '*') {
    const days = weekdays(dow);
    if (!days || days.length === 0) return null;
    const sorted = [...days].sort((a, b) => a - b);
    if (sorted.join(',') === '1,2,3,4,5') return t('sftp.cronText.weekdaysAt', { times });
    if (sorted.length === 7) return t('sftp.cronText.dailyAt', { times });
    return t('sftp.cronText.daysAt', { days: formatWeekdays(sorted, language).split(' ').join(', '), times });
  }
  const day = number(dom, 31);
  if (day !== null && day >= 1 && dow === '*') return t('sftp.cronText.monthDayAt', { day: String(day), times });
  return null;
}
