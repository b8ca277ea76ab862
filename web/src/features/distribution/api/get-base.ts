import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { GetBaseResult } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** "Получить базу": the numbers the project is due now move from the pool into it. */
export function getBase(projectId: number): Promise<GetBaseResult> {
  return api.post<GetBaseResult>(`/api/v1/projects/${projectId}/get_base`);
}

export function useGetBase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: getBase,
    // The project's numbers and counters changed, and the pool shrank (a run was recorded too).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projects.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.pool.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.distributionRuns.all }),
      ]),
  });
}
