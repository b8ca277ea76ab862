import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Integration, IntegrationCreate, IntegrationUpdate } from './types';

export function createIntegration(input: IntegrationCreate): Promise<Integration> {
  return api.post<Integration>('/api/v1/softphone/integrations', input);
}

export function updateIntegration(id: number, patch: IntegrationUpdate): Promise<Integration> {
  return api.patch<Integration>(`/api/v1/softphone/integrations/${id}`, patch);
}

/** Disconnects the PBX; its calls go with it. */
export function deleteIntegration(id: number): Promise<unknown> {
  return api.delete(`/api/v1/softphone/integrations/${id}`);
}

/** The list, the unlinked calls (an integration's calls go with it), and who has click-to-call. */
function useInvalidateSoftphone() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.softphone.all });
}

export function useCreateIntegration() {
  const invalidate = useInvalidateSoftphone();
  return useMutation({ mutationFn: createIntegration, onSuccess: invalidate });
}

export function useUpdateIntegration() {
  const invalidate = useInvalidateSoftphone();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: IntegrationUpdate }) => updateIntegration(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteIntegration() {
  const invalidate = useInvalidateSoftphone();
  return useMutation({ mutationFn: deleteIntegration, onSuccess: invalidate });
}
