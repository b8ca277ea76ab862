import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Import } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function getImport(id: number, signal?: AbortSignal): Promise<Import> {
  return api.get<Import>(`/api/v1/imports/${id}`, { signal });
}

export const importQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.imports.detail(id),
    queryFn: ({ signal }) => getImport(id, signal),
  });

/** One import with its counts and first errors; null asks for nothing. */
export function useImport(id: number | null) {
  return useQuery({ ...importQueryOptions(id ?? 0), enabled: id !== null });
}
