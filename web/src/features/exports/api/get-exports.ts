import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Export, ExportListParams, OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getExports(params: ExportListParams, signal?: AbortSignal): Promise<OffsetPage<Export>> {
  return api.get<OffsetPage<Export>>('/api/v1/exports', { params: { ...params }, signal });
}

export function isExportRunning(e: Pick<Export, 'status'>): boolean {
  return e.status === 'queued' || e.status === 'processing';
}

export const exportsQueryOptions = (params: ExportListParams) =>
  queryOptions({
    queryKey: queryKeys.exports.list(params),
    queryFn: ({ signal }) => getExports(params, signal),
    placeholderData: keepPreviousData,
    // While an export of the page runs, its row is asked for again every 2 s.
    refetchInterval: (query) => ((query.state.data?.data ?? []).some(isExportRunning) ? 2000 : false),
  });

/** Exports, newest first: one's own (administrators see all). */
export function useExports(params: ExportListParams) {
  return useQuery(exportsQueryOptions(params));
}
