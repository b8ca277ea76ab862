import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse, Provider } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getProviders(signal?: AbortSignal): Promise<ListResponse<Provider>> {
  return api.get<ListResponse<Provider>>('/api/v1/providers', { signal });
}

export const providersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.providers,
    queryFn: ({ signal }) => getProviders(signal),
    staleTime: 10 * 60_000,
    select: (response) => response.data,
  });

export function useProviders() {
  return useQuery(providersQueryOptions());
}
