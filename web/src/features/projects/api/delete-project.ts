import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Message, PurgeStarted } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** Soft delete: the project moves to "deleted projects" and can be restored. */
export function deleteProject(id: number, reason: string): Promise<Message> {
  return api.request<Message>('DELETE', `/api/v1/projects/${id}`, { body: reason ? { reason } : {} });
}

export function restoreProject(id: number): Promise<Message> {
  return api.post<Message>(`/api/v1/projects/${id}/restore`);
}

/** Starts the background job that deletes a deleted project and its numbers for good. */
export function purgeProject(id: number): Promise<PurgeStarted> {
  return api.delete<PurgeStarted>(`/api/v1/projects/${id}/permanent`);
}

function useProjectMutation<V>(fn: (v: V) => Promise<Message>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.projects.all });
      // Numbers of a deleted project leave the lists, and come back on restore.
      await queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all });
    },
  });
}

export function useDeleteProject() {
  return useProjectMutation(({ id, reason }: { id: number; reason: string }) => deleteProject(id, reason));
}

export function useRestoreProject() {
  return useProjectMutation((id: number) => restoreProject(id));
}

export function usePurgeProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: purgeProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['projects', 'deleted'] }),
  });
}
