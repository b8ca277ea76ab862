import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PhoneNumber, PhoneNumberPatch } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** The call's result on its number: the status, a note and the callback in one PATCH, as the number card saves. */
export function saveCallResult(id: number, patch: PhoneNumberPatch): Promise<PhoneNumber> {
  return api.patch<PhoneNumber>(`/api/v1/phone_numbers/${id}`, patch);
}

/** The lists and the number's card (and its notes) are asked again: they may be open in the same tab. */
export function useSaveCallResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: PhoneNumberPatch }) => saveCallResult(id, patch),
    onSuccess: (number) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.detail(number.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.notes(number.id) });
    },
  });
}
