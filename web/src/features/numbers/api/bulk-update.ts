import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BulkUpdate, BulkUpdateResult } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** Changes many numbers at once, by ids or by the list's filter. */
export function bulkUpdatePhoneNumbers(body: BulkUpdate): Promise<BulkUpdateResult> {
  return api.post<BulkUpdateResult>('/api/v1/phone_numbers/bulk_update', body);
}

export function useBulkUpdatePhoneNumbers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkUpdatePhoneNumbers,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.all }),
  });
}
