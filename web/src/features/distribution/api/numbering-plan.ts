import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NumberingPlanLoadReport, NumberingPlanSummary } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { uploadForm, type UploadProgress } from '@/lib/upload';

export function getNumberingPlan(signal?: AbortSignal): Promise<NumberingPlanSummary> {
  return api.get<NumberingPlanSummary>('/api/v1/numbering_plan', { signal });
}

export const numberingPlanQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.numberingPlan,
    queryFn: ({ signal }) => getNumberingPlan(signal),
  });

export function useNumberingPlan() {
  return useQuery(numberingPlanQueryOptions());
}

/** Replaces the numbering plan with a registry file (multipart, field `file`), with upload progress. */
export function uploadNumberingPlan(file: File, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal): Promise<NumberingPlanLoadReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<NumberingPlanLoadReport>({ path: '/api/v1/numbering_plan', form, onProgress, signal });
}

export function useUploadNumberingPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress, signal }: { file: File; onProgress?: (p: UploadProgress) => void; signal?: AbortSignal }) =>
      uploadNumberingPlan(file, onProgress, signal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.numberingPlan }),
  });
}

/** After the numbers of changed ranges got their new region: the pool's regions, the numbers, the plan. */
export function useRefreshAfterRederive() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.numberingPlan }),
      queryClient.invalidateQueries({ queryKey: queryKeys.pool.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all }),
    ]);
}
