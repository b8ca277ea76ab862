import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ConversionRangeParams, ProjectConversion } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getProjectConversion(id: number, params: ConversionRangeParams, signal?: AbortSignal): Promise<ProjectConversion> {
  return api.get<ProjectConversion>(`/api/v1/projects/${id}/conversion`, { params: { ...params }, signal });
}

export const projectConversionQueryOptions = (id: number, params: ConversionRangeParams) =>
  queryOptions({
    queryKey: queryKeys.conversion.project(id, params),
    queryFn: ({ signal }) => getProjectConversion(id, params, signal),
    placeholderData: keepPreviousData,
  });

/** One project's conversion: headline measures, the daily trend, by supplier, region and status. */
export function useProjectConversion(id: number, params: ConversionRangeParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...projectConversionQueryOptions(id, params), enabled: (options.enabled ?? true) && id > 0 });
}
