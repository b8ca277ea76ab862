import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { isRunActive, type Run, type SftpRunListParams } from './types';

export function getRuns(params: SftpRunListParams, signal?: AbortSignal): Promise<OffsetPage<Run>> {
  return api.get<OffsetPage<Run>>('/api/v1/sftp/jobs', { params: { ...params }, signal });
}

/** A run with what it did with each file. */
export function getRun(id: number, signal?: AbortSignal): Promise<Run> {
  return api.get<Run>(`/api/v1/sftp/jobs/${id}`, { signal });
}

/** How often the log is asked again while a run on its page is scheduled or running. */
export const ACTIVE_REFRESH_MS = 3000;

export const runsQueryOptions = (params: SftpRunListParams) =>
  queryOptions({
    queryKey: queryKeys.sftp.runs.list(params),
    queryFn: ({ signal }) => getRuns(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.data.some((run) => isRunActive(run.status)) ? ACTIVE_REFRESH_MS : false),
  });

export function useRuns(params: SftpRunListParams) {
  return useQuery(runsQueryOptions(params));
}

/** Asked again while the run, or an import one of its files became, has not finished. */
export function useRun(id: number | null) {
  return useQuery({
    queryKey: queryKeys.sftp.runs.detail(id ?? 0),
    queryFn: ({ signal }) => getRun(id ?? 0, signal),
    enabled: id !== null && id > 0,
    refetchInterval: (query) => {
      const run = query.state.data;
      if (!run) return false;
      const importing = (run.files ?? []).some((f) => f.import && (f.import.status === 'queued' || f.import.status === 'processing'));
      return isRunActive(run.status) || importing ? ACTIVE_REFRESH_MS : false;
    },
  });
}
