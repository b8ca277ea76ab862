import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProjectDetail, ProjectInput, ProjectPatch, ProjectSettings } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createProject(input: ProjectInput): Promise<ProjectDetail> {
  return api.post<ProjectDetail>('/api/v1/projects', input);
}

export function patchProject(id: number, patch: ProjectPatch): Promise<ProjectDetail> {
  return api.patch<ProjectDetail>(`/api/v1/projects/${id}`, patch);
}

export function putProjectSettings(id: number, settings: ProjectSettings): Promise<ProjectDetail> {
  return api.put<ProjectDetail>(`/api/v1/projects/${id}/settings`, settings);
}

/**
 * Saves an existing project: its fields (PATCH) and its providers, geo and schedule (PUT settings).
 * The server checks an active project's settings against the state it has at that moment, so
 * a project being made (or staying) active gets its new settings first, and a project being
 * paused is paused first and then loses what an active one needs.
 */
export async function updateProject(id: number, patch: ProjectPatch, settings: ProjectSettings | null): Promise<ProjectDetail> {
  if (settings === null) return patchProject(id, patch);  // the project's own fields only
  if (patch.is_active === false) {
    await patchProject(id, patch);
    return putProjectSettings(id, settings);
  }
  await putProjectSettings(id, settings);
  return patchProject(id, patch);
}

export type SaveProjectVariables =
  | { id: null; input: ProjectInput }
  | { id: number; patch: ProjectPatch; settings: ProjectSettings | null };

export function useSaveProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: SaveProjectVariables) => (v.id === null ? createProject(v.input) : updateProject(v.id, v.patch, v.settings)),
    onSuccess: (project) => {
      queryClient.setQueryData(queryKeys.projects.detail(project.id), project);
      return queryClient.invalidateQueries({ queryKey: queryKeys.projects.lists() });
    },
    // A half-saved project (fields saved, settings refused) must not show stale data either.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.projects.all }),
  });
}
