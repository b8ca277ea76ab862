import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PhoneNumber, PhoneNumberPage, PhoneNumberPatch } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function updatePhoneNumber(id: number, patch: PhoneNumberPatch): Promise<PhoneNumber> {
  return api.patch<PhoneNumber>(`/api/v1/phone_numbers/${id}`, patch);
}

interface Variables {
  id: number;
  patch: PhoneNumberPatch;
}

type Snapshot = Array<[QueryKey, PhoneNumberPage | undefined]>;

function replaceRow(page: PhoneNumberPage | undefined, id: number, change: (row: PhoneNumber) => PhoneNumber) {
  if (!page) return page;
  return { ...page, data: page.data.map((row) => (row.id === id ? change(row) : row)) };
}

/** Changes a number; the visible lists show the change at once and roll back on failure. */
export function useUpdatePhoneNumber() {
  const queryClient = useQueryClient();
  const lists = queryKeys.phoneNumbers.lists();
  return useMutation<PhoneNumber, Error, Variables, { snapshot: Snapshot }>({
    mutationFn: ({ id, patch }) => updatePhoneNumber(id, patch),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const snapshot = queryClient.getQueriesData<PhoneNumberPage>({ queryKey: lists });
      queryClient.setQueriesData<PhoneNumberPage>({ queryKey: lists }, (page) =>
        replaceRow(page, id, (row) => ({ ...row, ...definedOnly(patch) })),
      );
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (number) => {
      queryClient.setQueriesData<PhoneNumberPage>({ queryKey: lists }, (page) =>
        replaceRow(page, number.id, () => number),
      );
      // The number's card carries more than the row: ask for it again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.phoneNumbers.detail(number.id) });
    },
  });
}

function definedOnly(patch: PhoneNumberPatch): Partial<PhoneNumber> {
  const out: Partial<PhoneNumber> = {};
  if (patch.status_id !== undefined) out.status_id = patch.status_id;
  if (patch.is_favourite !== undefined) out.is_favourite = patch.is_favourite;
  if (patch.comment !== undefined) out.comment = patch.comment;
  if (patch.company !== undefined) out.company = patch.company;
  if (patch.site !== undefined) out.site = patch.site;
  if (patch.email !== undefined) out.email = patch.email;
  if (patch.reminder_at !== undefined) out.reminder_at = patch.reminder_at;
  if (patch.assigned_to !== undefined) out.assigned_to = patch.assigned_to;
  return out;
}
