import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse, Member } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getProjectMembers(projectId: number, signal?: AbortSignal): Promise<ListResponse<Member>> {
  return api.get<ListResponse<Member>>(`/api/v1/projects/${projectId}/members`, { signal });
}

export function addProjectMember(projectId: number, userId: number): Promise<ListResponse<Member>> {
  return api.post<ListResponse<Member>>(`/api/v1/projects/${projectId}/members`, { user_id: userId });
}

export function removeProjectMember(projectId: number, userId: number): Promise<unknown> {
  return api.delete(`/api/v1/projects/${projectId}/members/${userId}`);
}

export const projectMembersQueryOptions = (projectId: number) =>
  queryOptions({
    queryKey: queryKeys.projects.members(projectId),
    queryFn: ({ signal }) => getProjectMembers(projectId, signal),
    select: (response) => response.data,
  });

export function useProjectMembers(projectId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...projectMembersQueryOptions(projectId), enabled: options.enabled ?? true });
}

export function useAddProjectMember(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => addProjectMember(projectId, userId),
    onSuccess: (members) => queryClient.setQueryData(queryKeys.projects.members(projectId), members),
  });
}

export function useRemoveProjectMember(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => removeProjectMember(projectId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.projects.members(projectId) }),
  });
}
