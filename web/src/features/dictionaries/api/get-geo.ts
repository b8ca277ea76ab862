import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Geo, GeoListParams, OffsetPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getGeo(params: GeoListParams, signal?: AbortSignal): Promise<OffsetPage<Geo>> {
  return api.get<OffsetPage<Geo>>('/api/v1/geo', { params: { ...params }, signal });
}

export const geoQueryOptions = (params: GeoListParams) =>
  queryOptions({
    queryKey: queryKeys.geo.list(params),
    queryFn: ({ signal }) => getGeo(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

/** Geo entries: countries, regions and cities, searched on the server. */
export function useGeo(params: GeoListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...geoQueryOptions(params), enabled: options.enabled ?? true });
}
