import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/v1/auth/me', { signal });
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

/** The signed-in user; `enabled: false` while there is no session to ask about. */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({ ...meQueryOptions(), enabled: options.enabled ?? true });
}
