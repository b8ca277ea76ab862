import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OffsetPage, User, UserListParams } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getUsers(params: UserListParams, signal?: AbortSignal): Promise<OffsetPage<User>> {
  return api.get<OffsetPage<User>>('/api/v1/users', { params: { ...params }, signal });
}

export const usersQueryOptions = (params: UserListParams) =>
  queryOptions({
    queryKey: queryKeys.users.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });

export function useUsers(params: UserListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(params), enabled: options.enabled ?? true });
}
