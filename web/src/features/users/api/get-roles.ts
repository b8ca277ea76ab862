import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse, Role } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getRoles(signal?: AbortSignal): Promise<ListResponse<Role>> {
  return api.get<ListResponse<Role>>('/api/v1/roles', { signal });
}

export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.roles,
    queryFn: ({ signal }) => getRoles(signal),
    staleTime: 10 * 60_000,
    select: (response) => response.data,
  });

export function useRoles() {
  return useQuery(rolesQueryOptions());
}
