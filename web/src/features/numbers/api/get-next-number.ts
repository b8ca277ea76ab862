import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NextPhoneNumber, PhoneNumberDetail, PhoneNumberListParams } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export type NextNumberParams = Omit<PhoneNumberListParams, 'limit' | 'cursor'>;

/** "Следующий номер": the number after `id` in the list with these filters and sort; null at its end. */
export function getNextNumber(id: number, params: NextNumberParams): Promise<PhoneNumberDetail | null> {
  return api.get<NextPhoneNumber>(`/api/v1/phone_numbers/${id}/next`, { params: { ...params } }).then((r) => r.data);
}

/** Asks for the next number; its card is put in the cache, so it shows without another request. */
export function useNextNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, params }: { id: number; params: NextNumberParams }) => getNextNumber(id, params),
    onSuccess: (next) => {
      if (next) queryClient.setQueryData(queryKeys.phoneNumbers.detail(next.id), next);
    },
  });
}
