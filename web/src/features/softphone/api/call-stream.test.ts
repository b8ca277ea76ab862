import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { eventStream, sseFrame, type TestEventStream } from '@/testing/event-stream';
import { callOf } from '../components/test-fixtures';
import { followCalls, readCallEvent } from './call-stream';
import type { LiveCall } from './types';

const event = (data: unknown, name = 'call') => ({ event: name, data: typeof data === 'string' ? data : JSON.stringify(data), id: null });

afterEach(() => vi.useRealTimers());

describe('readCallEvent', () => {
  it('reads the call of an `event: call` and nothing else', () => {
    const call = callOf();
    expect(readCallEvent(event(call))).toEqual(call);
    expect(readCallEvent(event(call, 'message'))).toBeNull();
    expect(readCallEvent(event('{not json'))).toBeNull();
    expect(readCallEvent(event({ ...call, state: 'on_hold' }))).toBeNull();
    expect(readCallEvent(event({ ...call, id: '12' }))).toBeNull();
  });

  it('fills what a call leaves out, and drops numbers it cannot read', () => {
    const { answered_at: _a, ended_at: _e, duration: _d, outcome: _o, ...bare } = callOf();
    const read = readCallEvent(event({ ...bare, numbers: [{ number: null }, ...bare.numbers.map(({ last_calls: _l, ...n }) => n)] }));
    expect(read).toMatchObject({ answered_at: null, ended_at: null, duration: null, outcome: null });
    expect(read?.numbers).toHaveLength(1);
    expect(read?.numbers[0]!.last_calls).toEqual([]);
  });
});

describe('followCalls', () => {
  it('hands over each call, opens the stream again when it ends, and gives up when refused', async () => {
    vi.useFakeTimers();
    const streams: TestEventStream[] = [];
    const seen: LiveCall[] = [];
    let refuse = false;
    const stop = followCalls({
      openStream: () => {
        if (refuse) return Promise.reject(new ApiError({ status: 403, code: 'FORBIDDEN', message: 'no' }));
        const s = eventStream();
        streams.push(s);
        return Promise.resolve(s.response);
      },
      onCall: (c) => seen.push(c),
    });
    await vi.advanceTimersByTimeAsync(0);
    streams[0]!.send(': keep-alive\n\n' + sseFrame('call', callOf()) + sseFrame('call', callOf({ state: 'answered' })));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.map((c) => c.state)).toEqual(['ringing', 'answered']);

    streams[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(streams).toHaveLength(2);
    refuse = true;
    streams[1]!.end();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(streams).toHaveLength(2);
    stop();
  });
});
