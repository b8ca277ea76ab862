import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse, PermissionInfo } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getPermissions(signal?: AbortSignal): Promise<ListResponse<PermissionInfo>> {
  return api.get<ListResponse<PermissionInfo>>('/api/v1/permissions', { signal });
}

/** The catalog of what a role may hold: it changes only with the server's version. */
export const permissionsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.permissions,
    queryFn: ({ signal }) => getPermissions(signal),
    staleTime: 60 * 60_000,
    select: (response) => response.data,
  });

export function usePermissions(options: { enabled?: boolean } = {}) {
  return useQuery({ ...permissionsQueryOptions(), enabled: options.enabled ?? true });
}
