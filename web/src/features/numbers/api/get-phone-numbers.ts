import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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

/**
 * Starts loading a list before the screen re-renders for it: a page or filter change sends its
 * request at once instead of after the render the URL change makes; the list's query then finds
 * the request under way (or its fresh result) and does not send another.
 */
export function usePrefetchPhoneNumbers() {
  const queryClient = useQueryClient();
  return useCallback(
    (params: PhoneNumberListParams) => void queryClient.prefetchQuery(phoneNumbersQueryOptions(params)),
    [queryClient],
  );
}
