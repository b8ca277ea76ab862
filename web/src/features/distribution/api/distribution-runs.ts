import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DistributionRun, DistributionRunListParams, DistributionRunStarted, OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getDistributionRuns(params: DistributionRunListParams, signal?: AbortSignal): Promise<OffsetPage<DistributionRun>> {
  return api.get<OffsetPage<DistributionRun>>('/api/v1/distribution/runs', { params: { ...params }, signal });
}

export function getDistributionRun(id: number, signal?: AbortSignal): Promise<DistributionRun> {
  return api.get<DistributionRun>(`/api/v1/distribution/runs/${id}`, { signal });
}

/** Starts a distribution to every project (a background job). */
export function startDistribution(): Promise<DistributionRunStarted> {
  return api.post<DistributionRunStarted>('/api/v1/distribution/runs');
}

export const distributionRunsQueryOptions = (params: DistributionRunListParams) =>
  queryOptions({
    queryKey: queryKeys.distributionRuns.list(params),
    queryFn: ({ signal }) => getDistributionRuns(params, signal),
    placeholderData: keepPreviousData,
  });

export function useDistributionRuns(params: DistributionRunListParams) {
  return useQuery(distributionRunsQueryOptions(params));
}

export function useDistributionRun(id: number | null) {
  return useQuery({
    queryKey: queryKeys.distributionRuns.detail(id ?? 0),
    queryFn: ({ signal }) => getDistributionRun(id ?? 0, signal),
    enabled: id !== null && id > 0,
  });
}

export function useStartDistribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startDistribution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.distributionRuns.lists() }),
  });
}

/** Everything a finished distribution changed: the pool, the runs, the projects' counters and numbers. */
export function useRefreshAfterDistribution() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.pool.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.distributionRuns.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.projects.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all }),
    ]);
}
