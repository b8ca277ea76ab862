import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ConversionSummary, ConversionSummaryParams } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getConversionSummary(params: ConversionSummaryParams, signal?: AbortSignal): Promise<ConversionSummary> {
  return api.get<ConversionSummary>('/api/v1/conversion/summary', { params: { ...params }, signal });
}

export const conversionSummaryQueryOptions = (params: ConversionSummaryParams) =>
  queryOptions({
    queryKey: queryKeys.conversion.summary(params),
    queryFn: ({ signal }) => getConversionSummary(params, signal),
    placeholderData: keepPreviousData,
  });

/** The projects' conversion over a range; `enabled: false` while the range is not valid. */
export function useConversionSummary(params: ConversionSummaryParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...conversionSummaryQueryOptions(params), enabled: options.enabled ?? true });
}
