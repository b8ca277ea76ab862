import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { Job } from '@/lib/api-types';
import {
  createPollingTransport,
  createSseTransport,
  jobPercent,
  JobProgressTransportProvider,
  useJobProgress,
  type JobProgressListener,
  type JobProgressTransport,
} from './use-job-progress';
import { eventStream } from '@/testing/event-stream';

function job(change: Partial<Job> = {}): Job {
  return {
    id: 42,
    kind: 'project_purge',
    status: 'running',
    progress_done: 0,
    progress_total: 100,
    result: null,
    error: null,
    requested_by: 1,
    attempts: 1,
    created_at: '2026-02-25T13:00:00.000Z',
    started_at: null,
    finished_at: null,
    cancel_requested: false,
    ...change,
  };
}

/** A transport the test drives by hand, as an event stream would. */
function manualTransport() {
  const listeners = new Map<number, JobProgressListener>();
  const unsubscribed: number[] = [];
  const transport: JobProgressTransport = {
    subscribe: (id, listener) => {
      listeners.set(id, listener);
      return () => unsubscribed.push(id);
    },
  };
  return { transport, listeners, unsubscribed };
}

afterEach(() => vi.useRealTimers());

describe('useJobProgress', () => {
  it('follows a job through its transport until it is finished', () => {
    const { transport, listeners, unsubscribed } = manualTransport();
    const wrapper = ({ children }: { children: ReactNode }) => <JobProgressTransportProvider transport={transport}>{children}</JobProgressTransportProvider>;
    const { result, rerender, unmount } = renderHook(({ id }: { id: number | null }) => useJobProgress(id), { wrapper, initialProps: { id: null as number | null } });
    expect(result.current).toEqual({ job: null, error: null, finished: false, percent: null });

    rerender({ id: 42 });
    act(() => listeners.get(42)?.next(job({ progress_done: 25 })));
    expect(result.current.percent).toBe(25);
    expect(result.current.finished).toBe(false);

    const failure = new Error('stream broke');
    act(() => listeners.get(42)?.error(failure));
    expect(result.current.error).toBe(failure);
    expect(result.current.job?.progress_done).toBe(25);

    act(() => listeners.get(42)?.next(job({ status: 'completed', progress_done: 100 })));
    expect(result.current).toMatchObject({ finished: true, percent: 100, error: null });

    unmount();
    expect(unsubscribed).toEqual([42]);
  });

  it('forgets the old job at once when another is followed', () => {
    const { transport, listeners } = manualTransport();
    const wrapper = ({ children }: { children: ReactNode }) => <JobProgressTransportProvider transport={transport}>{children}</JobProgressTransportProvider>;
    const { result, rerender } = renderHook(({ id }: { id: number }) => useJobProgress(id), { wrapper, initialProps: { id: 1 } });
    act(() => listeners.get(1)?.next(job({ id: 1, status: 'completed' })));
    rerender({ id: 2 });
    expect(result.current.job).toBeNull();
  });
});

describe('polling transport', () => {
  it('asks until the job is finished, then stops', async () => {
    vi.useFakeTimers();
    const answers = [job({ progress_done: 10 }), job({ progress_done: 60 }), job({ status: 'completed', progress_done: 100 })];
    const fetchJob = vi.fn(() => Promise.resolve(answers.shift() ?? job({ status: 'completed' })));
    const seen: number[] = [];
    createPollingTransport({ fetchJob, intervalMs: 500 }).subscribe(42, { next: (j) => seen.push(j.progress_done), error: vi.fn() });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([10]);
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual([10, 60, 100]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchJob).toHaveBeenCalledTimes(3);
  });

  it('keeps asking after a network failure, gives up on a client error', async () => {
    vi.useFakeTimers();
    const network = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline', kind: 'network' });
    const gone = new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Job not found' });
    const fetchJob = vi.fn().mockRejectedValueOnce(network).mockRejectedValueOnce(gone);
    const errors: unknown[] = [];
    createPollingTransport({ fetchJob, intervalMs: 100 }).subscribe(42, { next: vi.fn(), error: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual([network, gone]);
    expect(fetchJob).toHaveBeenCalledTimes(2);
  });

  it('stops when unsubscribed', async () => {
    vi.useFakeTimers();
    const fetchJob = vi.fn(() => Promise.resolve(job()));
    const stop = createPollingTransport({ fetchJob, intervalMs: 100 }).subscribe(42, { next: vi.fn(), error: vi.fn() });
    await vi.advanceTimersByTimeAsync(0);
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchJob).toHaveBeenCalledTimes(1);
  });

  it('works with the hook through the provider', async () => {
    const fetchJob = vi.fn(() => Promise.resolve(job({ status: 'failed', error: 'disk full' })));
    const transport = createPollingTransport({ fetchJob, intervalMs: 10 });
    const wrapper = ({ children }: { children: ReactNode }) => <JobProgressTransportProvider transport={transport}>{children}</JobProgressTransportProvider>;
    const { result } = renderHook(() => useJobProgress(42), { wrapper });
    await waitFor(() => expect(result.current.finished).toBe(true));
    expect(result.current.job?.error).toBe('disk full');
  });
});

const frame = (j: Job) => `event: job\ndata: ${JSON.stringify(j)}\n\n`;

function recordingListener() {
  const seen: Job[] = [];
  const errors: unknown[] = [];
  return { seen, errors, listener: { next: (j: Job) => seen.push(j), error: (e: unknown) => errors.push(e) } };
}

describe('server-sent events transport', () => {
  it('passes on every job frame until the job has finished, ignoring keep-alives', async () => {
    const stream = eventStream();
    const openStream = vi.fn(() => Promise.resolve(stream.response));
    const fallback = manualTransport();
    const { seen, errors, listener } = recordingListener();
    createSseTransport({ openStream, fallback: fallback.transport }).subscribe(42, listener);

    stream.send(frame(job({ progress_done: 10 })));
    stream.send(': keep-alive\n\n');
    // A frame split across two reads.
    const last = frame(job({ status: 'completed', progress_done: 100 }));
    stream.send(last.slice(0, 20));
    stream.send(last.slice(20));
    await waitFor(() => expect(seen.map((j) => j.status)).toEqual(['running', 'completed']));
    await waitFor(() => expect(stream.isCancelled()).toBe(true));
    expect(openStream).toHaveBeenCalledWith(42, expect.any(AbortSignal));
    expect(errors).toEqual([]);
    expect(fallback.listeners.size).toBe(0);
  });

  it('falls back to polling when the stream cannot be opened', async () => {
    const failure = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'down' });
    const fallback = manualTransport();
    const { listener } = recordingListener();
    createSseTransport({ openStream: () => Promise.reject(failure), fallback: fallback.transport }).subscribe(42, listener);
    await waitFor(() => expect(fallback.listeners.get(42)).toBe(listener));
  });

  it('falls back to polling on a network error too', async () => {
    const fallback = manualTransport();
    const { listener } = recordingListener();
    const network = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline', kind: 'network' });
    createSseTransport({ openStream: () => Promise.reject(network), fallback: fallback.transport }).subscribe(7, listener);
    await waitFor(() => expect(fallback.listeners.has(7)).toBe(true));
  });

  it('hands over to polling when the stream ends before the job does', async () => {
    const stream = eventStream();
    const fallback = manualTransport();
    const { seen, listener } = recordingListener();
    createSseTransport({ openStream: () => Promise.resolve(stream.response), fallback: fallback.transport }).subscribe(42, listener);
    stream.send(frame(job({ progress_done: 30 })));
    stream.end();
    await waitFor(() => expect(fallback.listeners.has(42)).toBe(true));
    expect(seen.map((j) => j.progress_done)).toEqual([30]);
  });

  it('hands over to polling when the stream stalls', async () => {
    const stream = eventStream();
    const fallback = manualTransport();
    const { listener } = recordingListener();
    createSseTransport({ openStream: () => Promise.resolve(stream.response), fallback: fallback.transport, stallMs: 30 }).subscribe(42, listener);
    stream.send(frame(job()));
    await waitFor(() => expect(fallback.listeners.has(42)).toBe(true));
  });

  it('reports a job that is gone (404, or an event "gone") and does not poll', async () => {
    const notFound = new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Job not found' });
    const fallback = manualTransport();
    const first = recordingListener();
    createSseTransport({ openStream: () => Promise.reject(notFound), fallback: fallback.transport }).subscribe(1, first.listener);
    await waitFor(() => expect(first.errors).toEqual([notFound]));

    const stream = eventStream();
    const second = recordingListener();
    createSseTransport({ openStream: () => Promise.resolve(stream.response), fallback: fallback.transport }).subscribe(2, second.listener);
    stream.send('event: gone\ndata: {}\n\n');
    await waitFor(() => expect(second.errors).toHaveLength(1));
    expect((second.errors[0] as ApiError).status).toBe(404);
    await new Promise((r) => setTimeout(r, 20));
    expect(fallback.listeners.size).toBe(0);
  });

  it('stops reading, and stops the fallback, when unsubscribed', async () => {
    const stream = eventStream();
    const fallback = manualTransport();
    const { seen, listener } = recordingListener();
    let signal: AbortSignal | undefined;
    const stop = createSseTransport({
      openStream: (_id, s) => {
        signal = s;
        return Promise.resolve(stream.response);
      },
      fallback: fallback.transport,
    }).subscribe(42, listener);
    stream.send(frame(job({ progress_done: 1 })));
    await waitFor(() => expect(seen).toHaveLength(1));
    stop();
    expect(signal?.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(fallback.listeners.size).toBe(0);
  });
});

describe('jobPercent', () => {
  it('is unknown without a total, 100 when completed, and never above 100', () => {
    expect(jobPercent({ status: 'running', progress_done: 5, progress_total: null })).toBeNull();
    expect(jobPercent({ status: 'completed', progress_done: 0, progress_total: null })).toBe(100);
    expect(jobPercent({ status: 'running', progress_done: 150, progress_total: 100 })).toBe(100);
    expect(jobPercent({ status: 'queued', progress_done: 0, progress_total: 0 })).toBe(0);
  });
});
