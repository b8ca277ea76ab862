import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OffsetPage, Project, ProjectListParams } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getProjects(params: ProjectListParams, signal?: AbortSignal): Promise<OffsetPage<Project>> {
  return api.get<OffsetPage<Project>>('/api/v1/projects', { params: { ...params }, signal });
}

export const projectsQueryOptions = (params: ProjectListParams) =>
  queryOptions({
    queryKey: queryKeys.projects.list(params),
    queryFn: ({ signal }) => getProjects(params, signal),
    placeholderData: keepPreviousData,
  });

export function useProjects(params: ProjectListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...projectsQueryOptions(params), enabled: options.enabled ?? true });
}
