// The progress of a background job, from a transport that can be swapped: server-sent events
// (GET /api/v1/jobs/{id}/events, read with fetch so the Authorization header goes along) by
// default, falling back to polling GET /api/v1/jobs/{id} when the stream fails. Screens only
// call useJobProgress(jobId).

import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, isApiError } from '@/lib/api-client';
import type { Job, JobStatus } from '@/lib/api-types';
import { readSseStream, type SseEvent } from '@/lib/sse';

export interface JobProgressListener {
  next: (job: Job) => void;
  /** A failure to learn the progress (not a failed job: that comes through `next`). */
  error: (error: unknown) => void;
}

export interface JobProgressTransport {
  /** Starts following the job; the returned function stops. */
  subscribe: (jobId: number, listener: JobProgressListener) => () => void;
}

const FINISHED: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];

export function isJobFinished(status: JobStatus): boolean {
  return FINISHED.includes(status);
}

/** Done as a share of the total, 0–100; null while the total is unknown. */
export function jobPercent(job: Pick<Job, 'status' | 'progress_done' | 'progress_total'>): number | null {
  if (job.status === 'completed') return 100;
  if (job.progress_total === null) return null;
  if (job.progress_total <= 0) return 0;
  return Math.min(100, Math.round((job.progress_done / job.progress_total) * 100));
}

export interface PollingOptions {
  fetchJob: (jobId: number, signal: AbortSignal) => Promise<Job>;
  intervalMs?: number;
}

/**
 * Asks for the job every `intervalMs` until it is finished. A client error (the job is gone,
 * no access) ends the polling; a network or server failure is reported and polling goes on.
 */
export function createPollingTransport({ fetchJob, intervalMs = 1000 }: PollingOptions): JobProgressTransport {
  return {
    subscribe(jobId, listener) {
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const poll = async () => {
        try {
          const job = await fetchJob(jobId, controller.signal);
          if (controller.signal.aborted) return;
          listener.next(job);
          if (isJobFinished(job.status)) return;
        } catch (error) {
          if (controller.signal.aborted) return;
          listener.error(error);
          if (isApiError(error) && error.status >= 400 && error.status < 500) return;
        }
        timer = setTimeout(() => void poll(), intervalMs);
      };
      void poll();
      return () => {
        controller.abort();
        if (timer !== undefined) clearTimeout(timer);
      };
    },
  };
}

export const pollingTransport = createPollingTransport({
  fetchJob: (jobId, signal) => api.get<Job>(`/api/v1/jobs/${jobId}`, { signal }),
});

function isJob(value: unknown): value is Job {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'number' &&
    typeof (value as { status?: unknown }).status === 'string' &&
    typeof (value as { progress_done?: unknown }).progress_done === 'number'
  );
}

/** What an event of the job stream means: the job as it is now, the job gone, or nothing. */
export function readJobEvent(event: SseEvent): { job: Job } | { gone: true } | null {
  if (event.event === 'gone') return { gone: true };
  if (event.event !== 'job') return null;
  try {
    const data = JSON.parse(event.data) as unknown;
    return isJob(data) ? { job: data } : null;
  } catch {
    return null;
  }
}

export interface SseTransportOptions {
  /** Opens the job's event stream: the successful Response (a 401 already refreshed), or throws. */
  openStream: (jobId: number, signal: AbortSignal) => Promise<Response>;
  /** Follows the job when the stream cannot be opened, breaks, stalls or ends too early. */
  fallback: JobProgressTransport;
  /** No bytes at all (the server sends a keep-alive every 15 s) for this long: the stream stalled. */
  stallMs?: number;
}

/**
 * Reads the job's `event: job` frames until the job is finished. A client error when opening
 * (the job is gone, no access, the session ended) or an `event: gone` is reported and ends the
 * following; anything else that goes wrong hands the job over to `fallback` (polling).
 */
export function createSseTransport({ openStream, fallback, stallMs = 45_000 }: SseTransportOptions): JobProgressTransport {
  return {
    subscribe(jobId, listener) {
      let stopped = false;
      let finished = false;
      let stopFallback: (() => void) | null = null;
      const handle = (event: SseEvent): 'stop' | undefined => {
        const meaning = readJobEvent(event);
        if (!meaning || finished) return undefined;
        if ('gone' in meaning) {
          finished = true;
          listener.error(new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Job not found' }));
          return 'stop';
        }
        listener.next(meaning.job);
        if (!isJobFinished(meaning.job.status)) return undefined;
        finished = true;
        return 'stop';
      };

      const reading = readSseStream({ open: (signal) => openStream(jobId, signal), onEvent: handle, stallMs });
      void reading.done.then((end) => {
        if (stopped || finished || end.reason === 'stopped') return;
        if (end.reason === 'refused') {
          finished = true;
          listener.error(end.error);
          return;
        }
        // The stream ended (or broke, or stalled) before the job did: polling takes over.
        stopFallback = fallback.subscribe(jobId, listener);
      });

      return () => {
        stopped = true;
        reading.stop();
        stopFallback?.();
      };
    },
  };
}

export const sseTransport = createSseTransport({
  openStream: (jobId, signal) =>
    api.response('GET', `/api/v1/jobs/${jobId}/events`, { signal, headers: { Accept: 'text/event-stream' } }),
  fallback: pollingTransport,
});

const TransportContext = createContext<JobProgressTransport>(sseTransport);

/** Replaces the transport below it (tests; polling only). */
export function JobProgressTransportProvider({ transport, children }: { transport: JobProgressTransport; children: ReactNode }) {
  return createElement(TransportContext.Provider, { value: transport }, children);
}

export interface JobProgress {
  job: Job | null;
  /** The last failure to learn the progress; cleared by the next answer. */
  error: unknown;
  finished: boolean;
  /** 0–100, or null while unknown. */
  percent: number | null;
}

/** Follows a job until it is finished; null follows nothing. */
export function useJobProgress(jobId: number | null): JobProgress {
  const transport = useContext(TransportContext);
  const [state, setState] = useState<{ jobId: number | null; job: Job | null; error: unknown }>({
    jobId,
    job: null,
    error: null,
  });

  useEffect(() => {
    setState({ jobId, job: null, error: null });
    if (jobId === null) return undefined;
    return transport.subscribe(jobId, {
      next: (job) => setState({ jobId, job, error: null }),
      error: (error) => setState((s) => ({ ...s, jobId, error })),
    });
  }, [jobId, transport]);

  // Until the effect has run for a new id, the old job must not show.
  const job = state.jobId === jobId ? state.job : null;
  return {
    job,
    error: state.jobId === jobId ? state.error : null,
    finished: job ? isJobFinished(job.status) : false,
    percent: job ? jobPercent(job) : null,
  };
}
