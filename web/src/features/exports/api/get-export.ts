import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Export } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getExport(id: number, signal?: AbortSignal): Promise<Export> {
  return api.get<Export>(`/api/v1/exports/${id}`, { signal });
}

export const exportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.exports.detail(id),
    queryFn: ({ signal }) => getExport(id, signal),
  });

/** One export (its file's size and link once done); null asks for nothing. */
export function useExport(id: number | null) {
  return useQuery({ ...exportQueryOptions(id ?? 0), enabled: id !== null });
}
