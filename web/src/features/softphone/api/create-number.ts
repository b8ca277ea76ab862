import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PhoneNumber } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export interface NumberCreate {
  project_id: number;
  /** E.164 with the plus, as the call gave it. */
  phone_number: string;
}

/** A caller no record knows becomes a number of a project (POST /phone_numbers, phone_numbers.create). */
export function createNumber(input: NumberCreate): Promise<PhoneNumber> {
  return api.post<PhoneNumber>('/api/v1/phone_numbers', input);
}

export function useCreateNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNumber,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.lists() });
      // The integrations count the calls no number holds.
      void queryClient.invalidateQueries({ queryKey: queryKeys.softphone.integrations });
    },
  });
}
