// The signed-in user's reminders as they come due: GET /api/v1/reminders/events, a
// text/event-stream read with fetch (so the Authorization header goes along) that sends
// `event: reminder` for each of the user's numbers whose reminder comes due while it is open,
// and `: keep-alive` every 15 s. It ends when the server stops: then it is opened again after a
// delay that grows up to a minute. A refused session or permission (401, 403 — any client
// error) ends the following for good.

import { api } from '@/lib/api-client';
import { followSseStream, type SseEvent } from '@/lib/sse';

export interface DueReminder {
  id: number;
  /** E.164 with the plus: "+79161234567". */
  phone_number: string;
  company: string | null;
  reminder_at: string;
  project_id: number;
  project_name: string;
}

function isDueReminder(value: unknown): value is DueReminder {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'number' &&
    typeof v.phone_number === 'string' &&
    (v.company === null || v.company === undefined || typeof v.company === 'string') &&
    typeof v.project_id === 'number' &&
    typeof v.project_name === 'string'
  );
}

/** The reminder an event of the stream carries, or null (another event, or data it cannot read). */
export function readReminderEvent(event: SseEvent): DueReminder | null {
  if (event.event !== 'reminder') return null;
  try {
    const data = JSON.parse(event.data) as unknown;
    return isDueReminder(data) ? { ...data, company: data.company ?? null } : null;
  } catch {
    return null;
  }
}

export interface ReminderStreamOptions {
  /** Opens the stream: the successful Response (a 401 already refreshed), or throws. */
  openStream: (signal: AbortSignal) => Promise<Response>;
  onReminder: (reminder: DueReminder) => void;
  /** The first delay before opening again; it doubles on each failure in a row. */
  retryMs?: number;
  maxRetryMs?: number;
  /** No bytes at all (the server sends a keep-alive every 15 s) for this long: the stream stalled. */
  stallMs?: number;
}

/** Follows the reminders until the returned function is called (or the server refuses). */
export function followReminders({ openStream, onReminder, retryMs, maxRetryMs, stallMs }: ReminderStreamOptions): () => void {
  return followSseStream({
    open: openStream,
    onEvent: (event) => {
      const reminder = readReminderEvent(event);
      if (reminder) onReminder(reminder);
    },
    retryMs,
    maxRetryMs,
    stallMs,
  });
}

export function openReminderStream(signal: AbortSignal): Promise<Response> {
  return api.response('GET', '/api/v1/reminders/events', { signal, headers: { Accept: 'text/event-stream' } });
}
