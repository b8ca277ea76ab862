import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NumberNotesPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

const NOTES_SHOWN = 50;

export function getNumberNotes(id: number, signal?: AbortSignal): Promise<NumberNotesPage> {
  return api.get<NumberNotesPage>(`/api/v1/phone_numbers/${id}/notes`, { params: { limit: NOTES_SHOWN }, signal });
}

/** The notes written on a number (its comments, with author and time), newest first. */
export function useNumberNotes(id: number) {
  return useQuery({ queryKey: queryKeys.phoneNumbers.notes(id), queryFn: ({ signal }) => getNumberNotes(id, signal) });
}
