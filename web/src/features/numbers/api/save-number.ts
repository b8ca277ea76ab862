import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PhoneNumber, PhoneNumberDetail, PhoneNumberPage, PhoneNumberPatch } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { updatePhoneNumber } from './update-phone-number';

/**
 * Saves the number card. The card shows the answer at once; the lists are asked again (a new
 * reminder or assignee may take the number out of the list shown), and so are the notes.
 */
export function useSaveNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: PhoneNumberPatch }) => updatePhoneNumber(id, patch),
    onSuccess: (number: PhoneNumber) => {
      queryClient.setQueryData<PhoneNumberDetail>(queryKeys.phoneNumbers.detail(number.id), (card) => (card ? { ...card, ...number } : card));
      queryClient.setQueriesData<PhoneNumberPage>({ queryKey: queryKeys.phoneNumbers.lists() }, (page) =>
        page ? { ...page, data: page.data.map((row) => (row.id === number.id ? number : row)) } : page,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.detail(number.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.notes(number.id) });
    },
  });
}
