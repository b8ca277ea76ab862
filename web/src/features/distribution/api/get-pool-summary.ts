import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PoolSummary } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getPoolSummary(signal?: AbortSignal): Promise<PoolSummary> {
  return api.get<PoolSummary>('/api/v1/pool/summary', { signal });
}

export const poolSummaryQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.pool.summary(),
    queryFn: ({ signal }) => getPoolSummary(signal),
    // Imports fill the pool and the scheduled distribution empties it while the screen is open.
    refetchInterval: 60_000,
  });

export function usePoolSummary() {
  return useQuery(poolSummaryQueryOptions());
}
