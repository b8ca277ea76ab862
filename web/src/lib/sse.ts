// A reader of server-sent events (text/event-stream) for streams read with fetch: EventSource
// cannot send the Authorization header. Follows the WHATWG rules that matter here: lines end in
// \n, \r\n or \r (a chunk may end between \r and \n); a blank line ends an event; lines starting
// with ':' are comments (the server's ": keep-alive"); "data" lines are joined with \n; an event
// without data is not dispatched; one space after the colon is dropped.

import { isApiError } from './api-client';

export interface SseEvent {
  /** The `event:` field; "message" when none was given. */
  event: string;
  data: string;
  /** The `id:` field, or null. */
  id: string | null;
}

export interface SseParser {
  /** Feeds the next piece of text; returns the events it completed. */
  push: (chunk: string) => SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  // A chunk ended in \r: a \n at the start of the next one belongs to the same line end.
  let skipLeadingLf = false;
  let event = '';
  let data: string[] = [];
  let id: string | null = null;

  function line(text: string, out: SseEvent[]) {
    if (text === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n'), id });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    // "retry" and unknown fields: nothing to do for a fetch-based reader.
  }

  return {
    push(chunk) {
      const out: SseEvent[] = [];
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (c === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            skipLeadingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}

/** Parses a whole stream's text at once (tests, small bodies). */
export function parseSse(text: string): SseEvent[] {
  return createSseParser().push(text);
}

// ---- reading a stream -----------------------------------------------------------------------
// One reader for every event stream of the app (a job's progress, reminders, live calls): the
// response read chunk by chunk through the parser above, a stall timer (the server sends a
// keep-alive every 15 s, so silence means a dead connection), and one way to stop.

/** How a reading ended. */
export type SseEnd =
  /** stop() was called (or the handler asked to stop). */
  | { reason: 'stopped' }
  /** The server refused to open it (a client error): opening it again would not help. */
  | { reason: 'refused'; error: unknown }
  /** The server closed it, it broke, it could not be opened, or it stalled: worth opening again. */
  | { reason: 'broken'; error: unknown };

export interface SseReadOptions {
  /** Opens the stream: the successful Response (a 401 already refreshed), or throws. */
  open: (signal: AbortSignal) => Promise<Response>;
  /** Each event as it completes; returning 'stop' ends the reading (e.g. the job finished). */
  onEvent: (event: SseEvent) => 'stop' | void;
  /** Bytes came (an event or a keep-alive): the stream works. */
  onActivity?: () => void;
  /** No bytes at all for this long (opening included): the stream stalled. */
  stallMs?: number;
}

export interface SseReading {
  /** Settles once, when the reading ends; never rejects. */
  done: Promise<SseEnd>;
  stop: () => void;
}

/** A failure worth no second attempt: a refused session, permission or request (not a timeout or rate limit). */
export function isRefusal(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

/** Reads one event stream until it ends, breaks, stalls or is stopped. */
export function readSseStream({ open, onEvent, onActivity, stallMs = 45_000 }: SseReadOptions): SseReading {
  const request = new AbortController();
  let stopped = false;
  let stalled = false;
  let stall: ReturnType<typeof setTimeout> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;

  // Aborting the request ends a real fetch's body; cancelling the reader ends any stream.
  const stopReading = () => {
    request.abort();
    void reader?.cancel().catch(() => undefined);
  };
  const armStall = () => {
    if (stall !== undefined) clearTimeout(stall);
    stall = setTimeout(() => {
      stalled = true;
      stopReading();
    }, stallMs);
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (stall !== undefined) clearTimeout(stall);
    stopReading();
  };

  const run = async (): Promise<SseEnd> => {
    try {
      armStall();
      const response = await open(request.signal);
      if (!response.body) throw new Error('The event stream has no body');
      reader = response.body.getReader();
      // stop() before the answer came: the body must be let go too.
      if (stopped) stopReading();
      const decoder = new TextDecoder();
      const parser = createSseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done || stopped) break;
        armStall();
        onActivity?.();
        for (const event of parser.push(decoder.decode(value, { stream: true }))) {
          if (onEvent(event) === 'stop') stop();
          if (stopped) break;
        }
        if (stopped) break;
      }
      if (stopped) return { reason: 'stopped' };
      return { reason: 'broken', error: stalled ? new Error('The event stream stalled') : null };
    } catch (error) {
      if (stopped) return { reason: 'stopped' };
      if (!stalled && isRefusal(error)) return { reason: 'refused', error };
      return { reason: 'broken', error };
    } finally {
      if (stall !== undefined) clearTimeout(stall);
    }
  };

  return { done: run(), stop };
}

export interface SseFollowOptions extends Omit<SseReadOptions, 'onActivity'> {
  /** The first delay before opening again; it doubles on each failure in a row. */
  retryMs?: number;
  maxRetryMs?: number;
  /** The server refused the stream: it is not opened again. */
  onRefused?: (error: unknown) => void;
}

/**
 * Keeps an event stream open: whenever it ends or breaks it is opened again after a delay that
 * grows up to `maxRetryMs` (and starts afresh once a stream works). A refusal (401, 403 — any
 * client error) ends the following for good. Returns the function that stops.
 */
export function followSseStream({ retryMs = 1000, maxRetryMs = 60_000, onRefused, ...read }: SseFollowOptions): () => void {
  let stopped = false;
  let delay = retryMs;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let current: SseReading | null = null;

  const connect = () => {
    const reading = readSseStream({
      ...read,
      // The stream works: the next break is opened again soon.
      onActivity: () => {
        delay = retryMs;
      },
    });
    current = reading;
    void reading.done.then((end) => {
      if (stopped || end.reason === 'stopped') return;
      if (end.reason === 'refused') {
        stopped = true;
        onRefused?.(end.error);
        return;
      }
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxRetryMs);
    });
  };
  connect();

  return () => {
    stopped = true;
    current?.stop();
    if (retry !== undefined) clearTimeout(retry);
  };
}
