import { describe, expect, it } from 'vitest';
import { emptyWeek, fromScheduleEntries, scheduleIssues, toScheduleEntries, type WeekSchedule } from './schedule';

function week(days: Record<number, { windows?: [string, string][] }>): WeekSchedule {
  const w = emptyWeek();
  for (const [day, d] of Object.entries(days)) {
    w[Number(day)] = { enabled: true, windows: (d.windows ?? []).map(([start, end]) => ({ start, end })) };
  }
  return w;
}

describe('schedule ↔ API entries', () => {
  it('sends a whole day as a bare weekday and windows as one entry each', () => {
    const { entries, sources } = toScheduleEntries(week({ 0: {}, 4: { windows: [['09:00', '13:00'], ['14:00', '18:00']] } }));
    expect(entries).toEqual([
      { weekday: 1, start_time: null, end_time: null },
      { weekday: 5, start_time: '09:00', end_time: '13:00' },
      { weekday: 5, start_time: '14:00', end_time: '18:00' },
    ]);
    expect(sources).toEqual([
      { day: 0, window: null },
      { day: 4, window: 0 },
      { day: 4, window: 1 },
    ]);
  });

  it('leaves out days that are off', () => {
    expect(toScheduleEntries(emptyWeek()).entries).toEqual([]);
  });

  it('reads entries back into the week, windows in time order', () => {
    const w = fromScheduleEntries([
      { weekday: 5, start_time: '14:00', end_time: '24:00' },
      { weekday: 3, start_time: null, end_time: null },
      { weekday: 5, start_time: '09:00', end_time: '13:00' },
    ]);
    expect(w[2]).toEqual({ enabled: true, windows: [] });
    expect(w[4]).toEqual({ enabled: true, windows: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '24:00' }] });
    expect(w.filter((d) => d.enabled)).toHaveLength(2);
  });
});

describe('scheduleIssues', () => {
  it('accepts good windows, up to the end of the day', () => {
    expect(scheduleIssues(week({ 0: { windows: [['00:00', '12:00'], ['12:00', '24:00']] } }))).toEqual([]);
  });

  it('finds bad times, empty windows and overlaps, and says where', () => {
    const issues = scheduleIssues(
      week({
        0: { windows: [['9', '18:00']] },
        1: { windows: [['18:00', '09:00']] },
        2: { windows: [['09:00', '13:00'], ['12:00', '15:00']] },
        3: { windows: [['10:00', '24:30']] },
      }),
    );
    expect(issues).toEqual([
      { day: 0, window: 0, field: 'start', message: 'projects.schedule.badTime' },
      { day: 1, window: 0, field: 'end', message: 'projects.schedule.endBeforeStart' },
      { day: 2, window: 1, field: 'start', message: 'projects.schedule.overlap' },
      { day: 3, window: 0, field: 'end', message: 'projects.schedule.badTime' },
    ]);
  });

  it('ignores the windows of a day that is off', () => {
    const w = emptyWeek();
    w[0] = { enabled: false, windows: [{ start: 'x', end: 'y' }] };
    expect(scheduleIssues(w)).toEqual([]);
  });
});
