import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Export, ExportCreate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** Queues an export of the numbers matching the filters; the answer names its job. */
export function createExport(body: ExportCreate): Promise<Export> {
  return api.post<Export>('/api/v1/exports', body);
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.exports.lists() }),
  });
}
