import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PhoneNumberListParams, PhoneNumberPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getPhoneNumbers(params: PhoneNumberListParams, signal?: AbortSignal): Promise<PhoneNumberPage> {
  return api.get<PhoneNumberPage>('/api/v1/phone_numbers', { params: { ...params }, signal });
}

export const phoneNumbersQueryOptions = (params: PhoneNumberListParams) =>
  queryOptions({
    queryKey: queryKeys.phoneNumbers.list(params),
    queryFn: ({ signal }) => getPhoneNumbers(params, signal),
    placeholderData: keepPreviousData,
  });

export function usePhoneNumbers(params: PhoneNumberListParams) {
  return useQuery(phoneNumbersQueryOptions(params));
}
