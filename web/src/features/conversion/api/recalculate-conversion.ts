import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ConversionRecalculateStarted } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** "Пересчитать" (administrators): the project's conversion counters are built again from its numbers, in the background. */
export function recalculateConversion(projectId: number): Promise<ConversionRecalculateStarted> {
  return api.post<ConversionRecalculateStarted>(`/api/v1/projects/${projectId}/recalculate-conversion`);
}

export function useRecalculateConversion() {
  return useMutation({ mutationFn: recalculateConversion });
}

/** After a recalculation: every conversion answer (the summary and the projects') may have changed. */
export function useRefreshConversion() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.conversion.all });
}
