import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProjectDetail } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getProject(id: number, signal?: AbortSignal): Promise<ProjectDetail> {
  return api.get<ProjectDetail>(`/api/v1/projects/${id}`, { signal });
}

export const projectQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.projects.detail(id),
    queryFn: ({ signal }) => getProject(id, signal),
  });

export function useProject(id: number | null) {
  return useQuery({ ...projectQueryOptions(id ?? 0), enabled: id !== null && id > 0 });
}
