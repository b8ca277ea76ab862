// The progress of a background job (GET /api/v1/jobs/{id}), from a transport that can be
// swapped: polling now, server-sent events later. Screens only call useJobProgress(jobId).

import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, isApiError } from '@/lib/api-client';
import type { Job, JobStatus } from '@/lib/api-types';

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

const TransportContext = createContext<JobProgressTransport>(pollingTransport);

/** Replaces the transport below it (tests; later the SSE stream). */
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
