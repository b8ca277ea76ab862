import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { followReminders, readReminderEvent, type DueReminder } from './reminder-stream';
import { eventStream, type TestEventStream } from '@/testing/event-stream';

const REMINDER: DueReminder = {
  id: 5,
  phone_number: '+79161234567',
  company: 'ООО Ромашка',
  reminder_at: '2026-03-02T09:30:00.000Z',
  project_id: 3,
  project_name: 'Кредитные карты',
};

const frame = (r: unknown) => `event: reminder\ndata: ${JSON.stringify(r)}\n\n`;

/** Lets the stream's promises settle (fake timers do not stop microtasks). */
const settle = () => vi.advanceTimersByTimeAsync(0);

afterEach(() => vi.useRealTimers());

describe('readReminderEvent', () => {
  it('reads the reminder of an `event: reminder` and nothing else', () => {
    expect(readReminderEvent({ event: 'reminder', data: JSON.stringify(REMINDER), id: null })).toEqual(REMINDER);
    expect(readReminderEvent({ event: 'reminder', data: JSON.stringify({ ...REMINDER, company: undefined }), id: null })).toEqual({
      ...REMINDER,
      company: null,
    });
    expect(readReminderEvent({ event: 'message', data: JSON.stringify(REMINDER), id: null })).toBeNull();
    expect(readReminderEvent({ event: 'reminder', data: '{not json', id: null })).toBeNull();
    expect(readReminderEvent({ event: 'reminder', data: '{"id":"5"}', id: null })).toBeNull();
  });
});

describe('followReminders', () => {
  it('hands over each reminder of the stream, split across chunks and between keep-alives', async () => {
    vi.useFakeTimers();
    const stream = eventStream();
    const seen: DueReminder[] = [];
    const stop = followReminders({ openStream: () => Promise.resolve(stream.response), onReminder: (r) => seen.push(r) });
    await settle();
    const text = frame(REMINDER);
    stream.send(': keep-alive\n\n' + text.slice(0, 20));
    await settle();
    expect(seen).toEqual([]);
    stream.send(text.slice(20) + frame({ ...REMINDER, id: 6 }));
    await settle();
    expect(seen.map((r) => r.id)).toEqual([5, 6]);
    stop();
    await settle();
    expect(stream.isCancelled()).toBe(true);
  });

  it('opens the stream again when it ends, after a delay that grows up to a minute', async () => {
    vi.useFakeTimers();
    const opened: number[] = [];
    const streams: TestEventStream[] = [];
    const seen: number[] = [];
    const stop = followReminders({
      openStream: () => {
        opened.push(Date.now());
        const s = eventStream();
        streams.push(s);
        return Promise.resolve(s.response);
      },
      onReminder: (r) => seen.push(r.id),
    });
    await settle();
    expect(streams).toHaveLength(1);

    // The server stops: opened again after a second, then two, four… (nothing came in between).
    streams[0]!.end();
    await settle();
    await vi.advanceTimersByTimeAsync(999);
    expect(streams).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(streams).toHaveLength(2);
    streams[1]!.end();
    await settle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(streams).toHaveLength(3);

    // The new stream works: its reminders come through, and the next break waits a second again.
    streams[2]!.send(frame(REMINDER));
    await settle();
    expect(seen).toEqual([5]);
    streams[2]!.end();
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(streams).toHaveLength(4);
    stop();
  });

  it('never waits more than a minute, and keeps trying while the server is unreachable', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const stop = followReminders({
      openStream: () => {
        attempts++;
        return Promise.reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline', kind: 'network' }));
      },
      onReminder: () => undefined,
    });
    await settle();
    // 1 + 2 + 4 + 8 + 16 + 32 s, then a minute each time.
    await vi.advanceTimersByTimeAsync(63_000);
    expect(attempts).toBe(7);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(attempts).toBe(7);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toBe(8);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(attempts).toBe(8);
  });

  it('gives up for good when the session or the permission is refused', async () => {
    vi.useFakeTimers();
    for (const status of [401, 403]) {
      let attempts = 0;
      followReminders({
        openStream: () => {
          attempts++;
          return Promise.reject(new ApiError({ status, code: status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', message: 'no' }));
        },
        onReminder: () => undefined,
      });
      await vi.advanceTimersByTimeAsync(600_000);
      expect(attempts).toBe(1);
    }
  });

  it('opens the stream again when it stalls (not even a keep-alive)', async () => {
    vi.useFakeTimers();
    const streams: TestEventStream[] = [];
    const stop = followReminders({
      openStream: () => {
        const s = eventStream();
        streams.push(s);
        return Promise.resolve(s.response);
      },
      onReminder: () => undefined,
      stallMs: 45_000,
    });
    await settle();
    await vi.advanceTimersByTimeAsync(30_000);
    streams[0]!.send(': keep-alive\n\n');
    await vi.advanceTimersByTimeAsync(44_000);
    expect(streams[0]!.isCancelled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(streams[0]!.isCancelled()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(streams).toHaveLength(2);
    stop();
  });
});
