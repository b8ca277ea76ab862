import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PhoneNumberDetail } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getPhoneNumber(id: number, signal?: AbortSignal): Promise<PhoneNumberDetail> {
  return api.get<PhoneNumberDetail>(`/api/v1/phone_numbers/${id}`, { signal });
}

export const phoneNumberQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.phoneNumbers.detail(id),
    queryFn: ({ signal }) => getPhoneNumber(id, signal),
  });

/** One number with its project, provider, geo, status and call history; null asks nothing. */
export function usePhoneNumber(id: number | null) {
  return useQuery({ ...phoneNumberQueryOptions(id ?? 0), enabled: id !== null });
}
