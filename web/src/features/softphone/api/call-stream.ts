// The signed-in user's calls as they happen: GET /api/v1/softphone/calls/live, a
// text/event-stream read with fetch (so the Authorization header goes along) that sends
// `event: call` when a call of the user's extension rings, again when it is answered and when it
// ends, and `: keep-alive` every 15 s. When the server stops, it is opened again after a delay
// that grows up to a minute; a refused session or permission (401, 403) ends it for good.
// Each browser tab has its own stream.

import { api } from '@/lib/api-client';
import { followSseStream, type SseEvent } from '@/lib/sse';
import type { CallDirection, CallState, KnownNumber, LiveCall } from './types';

const DIRECTIONS: readonly CallDirection[] = ['inbound', 'outbound'];
const STATES: readonly CallState[] = ['ringing', 'answered', 'ended'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const stringOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function isKnownNumber(value: unknown): value is KnownNumber {
  if (!isObject(value) || !isObject(value.number)) return false;
  const n = value.number;
  return typeof n.id === 'number' && typeof n.project_id === 'number' && typeof n.status_id === 'number';
}

/** The call an event of the stream carries, or null (another event, or data it cannot read). */
export function readCallEvent(event: SseEvent): LiveCall | null {
  if (event.event !== 'call') return null;
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const ok =
    typeof data.id === 'number' &&
    typeof data.phone_number === 'string' &&
    DIRECTIONS.includes(data.direction as CallDirection) &&
    STATES.includes(data.state as CallState) &&
    stringOrNull(data.answered_at) &&
    stringOrNull(data.ended_at);
  if (!ok) return null;
  const numbers = Array.isArray(data.numbers) ? data.numbers.filter(isKnownNumber) : [];
  const call = data as unknown as LiveCall;
  return {
    ...call,
    answered_at: call.answered_at ?? null,
    ended_at: call.ended_at ?? null,
    duration: typeof data.duration === 'number' ? data.duration : null,
    outcome: typeof data.outcome === 'string' ? call.outcome : null,
    numbers: numbers.map((n) => ({ ...n, last_calls: Array.isArray(n.last_calls) ? n.last_calls : [] })),
  };
}

export interface CallStreamOptions {
  /** Opens the stream: the successful Response (a 401 already refreshed), or throws. */
  openStream: (signal: AbortSignal) => Promise<Response>;
  onCall: (call: LiveCall) => void;
  retryMs?: number;
  maxRetryMs?: number;
  stallMs?: number;
}

/** Follows the calls until the returned function is called (or the server refuses). */
export function followCalls({ openStream, onCall, ...timing }: CallStreamOptions): () => void {
  return followSseStream({
    open: openStream,
    onEvent: (event) => {
      const call = readCallEvent(event);
      if (call) onCall(call);
    },
    ...timing,
  });
}

export function openCallStream(signal: AbortSignal): Promise<Response> {
  return api.response('GET', '/api/v1/softphone/calls/live', { signal, headers: { Accept: 'text/event-stream' } });
}
