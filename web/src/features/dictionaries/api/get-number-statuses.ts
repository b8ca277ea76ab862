import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse, NumberStatus } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getNumberStatuses(signal?: AbortSignal): Promise<ListResponse<NumberStatus>> {
  return api.get<ListResponse<NumberStatus>>('/api/v1/number_statuses', { signal });
}

export const numberStatusesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.numberStatuses,
    queryFn: ({ signal }) => getNumberStatuses(signal),
    staleTime: 10 * 60_000,
    select: (response) => response.data,
  });

export function useNumberStatuses() {
  return useQuery(numberStatusesQueryOptions());
}
