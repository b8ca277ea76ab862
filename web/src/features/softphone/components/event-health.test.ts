import { describe, expect, it } from 'vitest';
import { eventHealth, workingMsBetween } from './event-health';

const hours = (n: number) => n * 3600_000;

describe('eventHealth', () => {
  it('warns after an hour of silence in the working day', () => {
    // Monday 2 March 2026, 12:00 in Moscow (09:00 UTC).
    const now = new Date('2026-03-02T09:00:00Z');
    expect(eventHealth('2026-03-02T08:30:00Z', true, now)).toBe('ok');
    expect(eventHealth('2026-03-02T07:30:00Z', true, now)).toBe('quiet');
    expect(eventHealth(null, true, now)).toBe('never');
    expect(eventHealth(null, false, now)).toBe('ok');
    expect(eventHealth('2026-03-02T07:30:00Z', false, now)).toBe('ok');
  });

  it('does not count the night or the weekend', () => {
    // Monday 09:30 in Moscow; the last event on Friday at 18:50.
    const monday = new Date('2026-03-02T06:30:00Z');
    expect(workingMsBetween(new Date('2026-02-27T15:50:00Z'), monday)).toBe(hours(0.5) + 10 * 60_000);
    expect(eventHealth('2026-02-27T15:50:00Z', true, monday)).toBe('ok');
    // Monday 10:30: 1 h 40 min of the working day since.
    expect(eventHealth('2026-02-27T15:50:00Z', true, new Date('2026-03-02T07:30:00Z'))).toBe('quiet');
    // Saturday afternoon, the last event on Friday at 17:00: two hours of the working day.
    expect(workingMsBetween(new Date('2026-02-27T14:00:00Z'), new Date('2026-02-28T12:00:00Z'))).toBe(hours(2));
  });
});
