import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { User, UserCreate, UserUpdate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createUser(input: UserCreate): Promise<User> {
  return api.post<User>('/api/v1/users', input);
}

export function updateUser(id: number, patch: UserUpdate): Promise<User> {
  return api.patch<User>(`/api/v1/users/${id}`, patch);
}

/** Soft delete: the user becomes inactive and is signed out everywhere. */
export function deactivateUser(id: number): Promise<User> {
  return api.delete<User>(`/api/v1/users/${id}`);
}

/** The users, and the roles (how many users hold each). */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.roles }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: createUser, onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: ({ id, patch }: { id: number; patch: UserUpdate }) => updateUser(id, patch), onSuccess: invalidate });
}

export function useDeactivateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: deactivateUser, onSuccess: invalidate });
}
