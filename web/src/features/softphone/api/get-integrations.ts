import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { IntegrationList } from './types';

export function getIntegrations(signal?: AbortSignal): Promise<IntegrationList> {
  return api.get<IntegrationList>('/api/v1/softphone/integrations', { signal });
}

/** The PBX integrations with their health; asked again every minute (the last event, today's calls). */
export const integrationsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.softphone.integrations,
    queryFn: ({ signal }) => getIntegrations(signal),
    select: (list) => list.data,
    refetchInterval: 60_000,
  });

export function useIntegrations() {
  return useQuery(integrationsQueryOptions());
}
