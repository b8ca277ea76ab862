// The weekly schedule as the form edits it (seven days, each off, the whole day, or time
// windows) and as the API stores it (a list of {weekday, start_time, end_time}).

import type { ScheduleEntry } from '@/lib/api-types';

export interface TimeWindow {
  /** HH:MM */
  start: string;
  /** HH:MM, up to 24:00 */
  end: string;
}

export interface DaySchedule {
  enabled: boolean;
  /** None: the whole day. */
  windows: TimeWindow[];
}

/** Index 0 is Monday (ISO weekday 1). */
export type WeekSchedule = DaySchedule[];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function emptyWeek(): WeekSchedule {
  return WEEKDAYS.map(() => ({ enabled: false, windows: [] }));
}

/** Where each API entry came from in the form: its day (0–6) and window (null: the whole day). */
export interface EntrySource {
  day: number;
  window: number | null;
}

export function toScheduleEntries(week: WeekSchedule): { entries: ScheduleEntry[]; sources: EntrySource[] } {
  const entries: ScheduleEntry[] = [];
  const sources: EntrySource[] = [];
  week.forEach((d, day) => {
    if (!d.enabled) return;
    if (d.windows.length === 0) {
      entries.push({ weekday: day + 1, start_time: null, end_time: null });
      sources.push({ day, window: null });
      return;
    }
    d.windows.forEach((w, window) => {
      entries.push({ weekday: day + 1, start_time: w.start, end_time: w.end });
      sources.push({ day, window });
    });
  });
  return { entries, sources };
}

export function fromScheduleEntries(entries: readonly ScheduleEntry[]): WeekSchedule {
  const week = emptyWeek();
  const sorted = [...entries].sort((a, b) => a.weekday - b.weekday || (a.start_time ?? '').localeCompare(b.start_time ?? ''));
  for (const e of sorted) {
    const day = week[e.weekday - 1];
    if (!day) continue;
    day.enabled = true;
    if (e.start_time && e.end_time) day.windows.push({ start: e.start_time, end: e.end_time });
  }
  return week;
}

const START = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const END = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export interface ScheduleIssue {
  day: number;
  window: number;
  field: 'start' | 'end';
  /** A translation key. */
  message: string;
}

/** What the server would refuse, found before sending: bad times, empty or overlapping windows. */
export function scheduleIssues(week: WeekSchedule): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  week.forEach((d, day) => {
    if (!d.enabled) return;
    const valid: { window: number; from: number; to: number }[] = [];
    d.windows.forEach((w, window) => {
      const startOk = START.test(w.start);
      const endOk = END.test(w.end) && w.end !== '00:00';
      if (!startOk) issues.push({ day, window, field: 'start', message: 'projects.schedule.badTime' });
      if (!endOk) issues.push({ day, window, field: 'end', message: 'projects.schedule.badTime' });
      if (!startOk || !endOk) return;
      const from = minutes(w.start);
      const to = minutes(w.end);
      if (from >= to) issues.push({ day, window, field: 'end', message: 'projects.schedule.endBeforeStart' });
      else valid.push({ window, from, to });
    });
    valid.sort((a, b) => a.from - b.from);
    for (let i = 1; i < valid.length; i++) {
      const prev = valid[i - 1];
      const cur = valid[i];
      if (prev && cur && cur.from < prev.to) issues.push({ day, window: cur.window, field: 'start', message: 'projects.schedule.overlap' });
    }
  });
  return issues;
}
