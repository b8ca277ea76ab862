import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Home } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getHome(signal?: AbortSignal): Promise<Home> {
  return api.get<Home>('/api/v1/home', { signal });
}

/** How often "Сегодня" asks again while it is open: callbacks come due, imports move, numbers arrive. */
export const HOME_REFRESH_MS = 60_000;

export const homeQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.home,
    queryFn: ({ signal }) => getHome(signal),
    refetchInterval: HOME_REFRESH_MS,
  });

export function useHome() {
  return useQuery(homeQueryOptions());
}
