import { describe, expect, it } from 'vitest';
import { clockIn, fromLocalInput, momentIn, quickReminder, toLocalInput } from './reminder-times';

describe('reminder times', () => {
  const now = new Date(2026, 11, 31, 23, 20, 45);

  it('quick picks: in an hour, tomorrow at 10:00, in three days; whole minutes, across the year', () => {
    expect(quickReminder('inHour', now)).toBe(new Date(2027, 0, 1, 0, 20).toISOString());
    expect(quickReminder('tomorrow', now)).toBe(new Date(2027, 0, 1, 10, 0).toISOString());
    expect(quickReminder('inThreeDays', now)).toBe(new Date(2027, 0, 3, 23, 20).toISOString());
  });

  it("round-trips the date-time input's value in the user's time", () => {
    const iso = new Date(2026, 11, 4, 10, 5).toISOString();
    expect(toLocalInput(iso)).toBe('2026-12-04T10:05');
    expect(fromLocalInput('2026-12-04T10:05')).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it("shows a moment in the callee's time zone", () => {
    expect(clockIn('2026-12-04T07:05:00Z', 'ru', 'Asia/Novosibirsk')).toBe('14:05');
    expect(clockIn('2026-12-04T07:05:00Z', 'ru', 'Europe/Moscow')).toBe('10:05');
    expect(momentIn('2026-12-04T07:05:00Z', 'ru', 'Asia/Novosibirsk')).toBe('пт, 04.12, 14:05');
    expect(clockIn('2026-12-04T07:05:00Z', 'ru', 'Nowhere/City')).toBe('');
  });
});
