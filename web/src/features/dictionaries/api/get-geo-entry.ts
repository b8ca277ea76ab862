import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Geo } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getGeoEntry(id: number, signal?: AbortSignal): Promise<Geo> {
  return api.get<Geo>(`/api/v1/geo/${id}`, { signal });
}

export const geoEntryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.geo.detail(id),
    queryFn: ({ signal }) => getGeoEntry(id, signal),
    staleTime: 10 * 60_000,
  });

/** One geo entry (the name of a chosen place); null asks for nothing. */
export function useGeoEntry(id: number | null) {
  return useQuery({ ...geoEntryQueryOptions(id ?? 0), enabled: id !== null });
}
