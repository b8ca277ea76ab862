import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Provider, ProviderCreate, ProviderUpdate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createProvider(input: ProviderCreate): Promise<Provider> {
  return api.post<Provider>('/api/v1/providers', input);
}

export function updateProvider(id: number, patch: ProviderUpdate): Promise<Provider> {
  return api.patch<Provider>(`/api/v1/providers/${id}`, patch);
}

export function deleteProvider(id: number): Promise<unknown> {
  return api.delete(`/api/v1/providers/${id}`);
}

/** Create (no id) or change (an id) a provider; the lists are fetched again. */
export function useSaveProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: ProviderCreate }) =>
      id === null ? createProvider(input) : updateProvider(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.providers }),
  });
}

export function useDeleteProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.providers }),
  });
}
