import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { SoftphoneMe } from './types';

export function getSoftphoneMe(signal?: AbortSignal): Promise<SoftphoneMe> {
  return api.get<SoftphoneMe>('/api/v1/softphone/me', { signal });
}

/**
 * The signed-in user's extension and whether a PBX can ring it (any signed-in user). A server
 * without SoftPhone answers 404: then there is no pop-up and no click-to-call.
 */
export const softphoneMeQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.softphone.me,
    queryFn: ({ signal }) => getSoftphoneMe(signal),
    staleTime: 5 * 60_000,
  });

export function useSoftphoneMe(options: { enabled?: boolean } = {}) {
  return useQuery({ ...softphoneMeQueryOptions(), enabled: options.enabled ?? true });
}
