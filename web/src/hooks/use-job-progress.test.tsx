import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { Job } from '@/lib/api-types';
import {
  createPollingTransport,
  jobPercent,
  JobProgressTransportProvider,
  useJobProgress,
  type JobProgressListener,
  type JobProgressTransport,
} from './use-job-progress';

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

describe('jobPercent', () => {
  it('is unknown without a total, 100 when completed, and never above 100', () => {
    expect(jobPercent({ status: 'running', progress_done: 5, progress_total: null })).toBeNull();
    expect(jobPercent({ status: 'completed', progress_done: 0, progress_total: null })).toBe(100);
    expect(jobPercent({ status: 'running', progress_done: 150, progress_total: 100 })).toBe(100);
    expect(jobPercent({ status: 'queued', progress_done: 0, progress_total: 0 })).toBe(0);
  });
});
