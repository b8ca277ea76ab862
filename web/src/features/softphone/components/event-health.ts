// Whether a PBX still talks to us: its last event against the working day. A PBX stays quiet
// at night and at weekends; an hour of silence in the working day, or no event ever, is worth a
// look at its settings.

/** The working day in Moscow time (numbase's business day): Monday to Friday, 09:00–19:00. */
const MOSCOW_OFFSET_MS = 3 * 3600_000;
const DAY_MS = 24 * 3600_000;
const WORK_START_MS = 9 * 3600_000;
const WORK_END_MS = 19 * 3600_000;
/** Silence worth a warning. */
export const QUIET_LIMIT_MS = 3600_000;

/** Milliseconds of the working day between two moments (Moscow has had no summer time since 2014). */
export function workingMsBetween(from: Date, to: Date): number {
  const start = from.getTime() + MOSCOW_OFFSET_MS;
  const end = to.getTime() + MOSCOW_OFFSET_MS;
  if (end <= start) return 0;
  let total = 0;
  // Two weeks hold far more than the limit: no need to count further back.
  const first = Math.max(Math.floor(start / DAY_MS), Math.floor(end / DAY_MS) - 14);
  for (let day = first; day * DAY_MS < end; day++) {
    // 1970-01-01 was a Thursday: day 0 is weekday 4 (Monday 1 … Sunday 7).
    const weekday = ((day + 3) % 7) + 1;
    if (weekday > 5) continue;
    const open = day * DAY_MS + WORK_START_MS;
    const close = day * DAY_MS + WORK_END_MS;
    total += Math.max(0, Math.min(close, end) - Math.max(open, start));
  }
  return total;
}

export type EventHealth = 'ok' | 'quiet' | 'never';

/** 'never': no event came yet; 'quiet': over an hour of the working day without one. A switched-off PBX is always 'ok'. */
export function eventHealth(lastEventAt: string | null, isActive: boolean, now: Date = new Date()): EventHealth {
  if (!isActive) return 'ok';
  if (lastEventAt === null) return 'never';
  const last = new Date(lastEventAt);
  if (Number.isNaN(last.getTime())) return 'never';
  return workingMsBetween(last, now) > QUIET_LIMIT_MS ? 'quiet' : 'ok';
}
