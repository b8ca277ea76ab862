import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CallListParams, CallPage } from './types';

/** Calls per page ("Ещё" asks for this many more). */
export const CALLS_PAGE_SIZE = 50;

export function getCalls(params: CallListParams, signal?: AbortSignal): Promise<CallPage> {
  return api.get<CallPage>('/api/v1/softphone/calls', { params: { ...params }, signal });
}

/** The calls no number record holds, newest first, one keyset page after another. */
export const unlinkedCallsQueryOptions = (integrationId: number | null, limit = CALLS_PAGE_SIZE) => {
  const filters = { unlinked: true, integration_id: integrationId ?? undefined, limit };
  return infiniteQueryOptions({
    queryKey: queryKeys.softphone.calls(filters),
    queryFn: ({ pageParam, signal }) => getCalls({ ...filters, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.pagination.next_cursor,
    placeholderData: keepPreviousData,
  });
};

export function useUnlinkedCalls(integrationId: number | null) {
  return useInfiniteQuery(unlinkedCallsQueryOptions(integrationId));
}
