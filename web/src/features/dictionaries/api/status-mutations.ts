import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NumberStatus, NumberStatusCreate, NumberStatusUpdate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createNumberStatus(input: NumberStatusCreate): Promise<NumberStatus> {
  return api.post<NumberStatus>('/api/v1/number_statuses', input);
}

export function updateNumberStatus(id: number, patch: NumberStatusUpdate): Promise<NumberStatus> {
  return api.patch<NumberStatus>(`/api/v1/number_statuses/${id}`, patch);
}

export function deleteNumberStatus(id: number): Promise<unknown> {
  return api.delete(`/api/v1/number_statuses/${id}`);
}

export function useSaveNumberStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: NumberStatusCreate }) =>
      id === null ? createNumberStatus(input) : updateNumberStatus(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.numberStatuses }),
  });
}

export function useDeleteNumberStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNumberStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.numberStatuses }),
  });
}
