import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeletedProject, OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getDeletedProjects(params: { limit: number; offset: number }, signal?: AbortSignal): Promise<OffsetPage<DeletedProject>> {
  return api.get<OffsetPage<DeletedProject>>('/api/v1/projects/deleted', { params, signal });
}

function purging(page: OffsetPage<DeletedProject> | undefined): boolean {
  return (page?.data ?? []).some((p) => p.purge && (p.purge.status === 'queued' || p.purge.status === 'running'));
}

export const deletedProjectsQueryOptions = (params: { limit: number; offset: number }) =>
  queryOptions({
    queryKey: queryKeys.projects.deleted(params),
    queryFn: ({ signal }) => getDeletedProjects(params, signal),
    placeholderData: keepPreviousData,
    // While a permanent deletion runs, its row's progress is asked for again every 2 s.
    refetchInterval: (query) => (purging(query.state.data) ? 2000 : false),
  });

export function useDeletedProjects(params: { limit: number; offset: number }) {
  return useQuery(deletedProjectsQueryOptions(params));
}
