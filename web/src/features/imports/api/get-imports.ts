import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Import, ImportListParams, OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getImports(params: ImportListParams, signal?: AbortSignal): Promise<OffsetPage<Import>> {
  return api.get<OffsetPage<Import>>('/api/v1/imports', { params: { ...params }, signal });
}

export function isImportRunning(i: Pick<Import, 'status'>): boolean {
  return i.status === 'queued' || i.status === 'processing';
}

export const importsQueryOptions = (params: ImportListParams) =>
  queryOptions({
    queryKey: queryKeys.imports.list(params),
    queryFn: ({ signal }) => getImports(params, signal),
    placeholderData: keepPreviousData,
    // While an import of the page runs, its row's progress is asked for again every 2 s.
    refetchInterval: (query) => ((query.state.data?.data ?? []).some(isImportRunning) ? 2000 : false),
  });

/** The import history, newest first. */
export function useImports(params: ImportListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...importsQueryOptions(params), enabled: options.enabled ?? true });
}
