import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Role, RoleInput } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createRole(input: Required<Pick<RoleInput, 'name' | 'permissions'>> & RoleInput): Promise<Role> {
  return api.post<Role>('/api/v1/roles', input);
}

export function updateRole(id: number, patch: RoleInput): Promise<Role> {
  return api.patch<Role>(`/api/v1/roles/${id}`, patch);
}

/** 409 for a built-in role or one that users hold. */
export function deleteRole(id: number): Promise<{ deleted: boolean }> {
  return api.delete<{ deleted: boolean }>(`/api/v1/roles/${id}`);
}

/**
 * After a change: the roles; the users (their role's name); the signed-in user (a change of
 * their own role's permissions shows in the menu).
 */
function useInvalidateRoles() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.roles }),
      queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.me }),
    ]);
}

export function useCreateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({ mutationFn: createRole, onSuccess: invalidate });
}

export function useUpdateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({ mutationFn: ({ id, patch }: { id: number; patch: RoleInput }) => updateRole(id, patch), onSuccess: invalidate });
}

export function useDeleteRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({ mutationFn: deleteRole, onSuccess: invalidate });
}
