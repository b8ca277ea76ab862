import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventStream, sseFrame } from '@/testing/event-stream';
import { ApiError } from './api-client';
import { createSseParser, followSseStream, isRefusal, parseSse, readSseStream, type SseEvent } from './sse';

describe('server-sent events parser', () => {
  it('reads the job frames and ignores keep-alive comments', () => {
    const text = 'event: job\ndata: {"id":1,"status":"running"}\n\n: keep-alive\n\nevent: job\ndata: {"id":1,"status":"completed"}\n\n';
    expect(parseSse(text)).toEqual([
      { event: 'job', data: '{"id":1,"status":"running"}', id: null },
      { event: 'job', data: '{"id":1,"status":"completed"}', id: null },
    ]);
  });

  it('keeps an event that is cut between chunks until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('event: jo')).toEqual([]);
    expect(parser.push('b\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'job', data: '{"a":1}', id: null }]);
  });

  it('accepts \\r\\n and \\r line ends, also a \\r\\n split between chunks', () => {
    const parser = createSseParser();
    expect(parser.push('event: job\r\ndata: x\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'job', data: 'x', id: null }]);
    expect(parseSse('data: a\r\rdata: b\n\n')).toEqual([
      { event: 'message', data: 'a', id: null },
      { event: 'message', data: 'b', id: null },
    ]);
  });

  it('joins data lines, drops one space after the colon, remembers the id', () => {
    expect(parseSse('id: 7\ndata:first\ndata:  second\n\n')).toEqual([{ event: 'message', data: 'first\n second', id: '7' }]);
  });

  it('dispatches nothing for an event without data, and resets the type after each event', () => {
    expect(parseSse('event: job\n\ndata: plain\n\n')).toEqual([{ event: 'message', data: 'plain', id: null }]);
    expect(parseSse(': only a comment\n\n')).toEqual([]);
  });

  it('leaves an unfinished event at the end of the stream undispatched', () => {
    expect(parseSse('event: job\ndata: {}\n')).toEqual([]);
  });
});

afterEach(() => vi.useRealTimers());

describe('readSseStream', () => {
  it('hands over the events and stops when the handler says so', async () => {
    const stream = eventStream();
    const seen: SseEvent[] = [];
    const reading = readSseStream({
      open: () => Promise.resolve(stream.response),
      onEvent: (event) => {
        seen.push(event);
        return event.event === 'last' ? 'stop' : undefined;
      },
    });
    stream.send(': keep-alive\n\n' + sseFrame('call', { id: 1 }) + sseFrame('last', {}) + sseFrame('call', { id: 2 }));
    expect(await reading.done).toEqual({ reason: 'stopped' });
    expect(seen.map((e) => e.event)).toEqual(['call', 'last']);
    expect(stream.isCancelled()).toBe(true);
  });

  it('tells a refusal from a break', async () => {
    const refused = new ApiError({ status: 403, code: 'FORBIDDEN', message: 'no' });
    const first = readSseStream({ open: () => Promise.reject(refused), onEvent: () => undefined });
    expect(await first.done).toEqual({ reason: 'refused', error: refused });

    const down = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'down' });
    const second = readSseStream({ open: () => Promise.reject(down), onEvent: () => undefined });
    expect(await second.done).toEqual({ reason: 'broken', error: down });

    const stream = eventStream();
    const third = readSseStream({ open: () => Promise.resolve(stream.response), onEvent: () => undefined });
    stream.end();
    expect((await third.done).reason).toBe('broken');

    expect(isRefusal(new ApiError({ status: 401, code: 'UNAUTHORIZED', message: '' }))).toBe(true);
    expect(isRefusal(new ApiError({ status: 429, code: 'TOO_MANY', message: '' }))).toBe(false);
    expect(isRefusal(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '', kind: 'network' }))).toBe(false);
  });

  it('gives up on a stream that stays silent', async () => {
    vi.useFakeTimers();
    const stream = eventStream();
    const reading = readSseStream({ open: () => Promise.resolve(stream.response), onEvent: () => undefined, stallMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await reading.done).reason).toBe('broken');
    expect(stream.isCancelled()).toBe(true);
  });
});

describe('followSseStream', () => {
  it('says when the server refused, and does not open it again', async () => {
    vi.useFakeTimers();
    const refused = new ApiError({ status: 401, code: 'UNAUTHORIZED', message: 'no' });
    const open = vi.fn(() => Promise.reject(refused));
    const onRefused = vi.fn();
    followSseStream({ open, onEvent: () => undefined, onRefused });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(open).toHaveBeenCalledTimes(1);
    expect(onRefused).toHaveBeenCalledWith(refused);
  });
});
