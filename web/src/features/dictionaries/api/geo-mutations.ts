import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Geo, GeoCreate, GeoUpdate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export function createGeo(input: GeoCreate): Promise<Geo> {
  return api.post<Geo>('/api/v1/geo', input);
}

export function updateGeo(id: number, patch: GeoUpdate): Promise<Geo> {
  return api.patch<Geo>(`/api/v1/geo/${id}`, patch);
}

export function deleteGeo(id: number): Promise<unknown> {
  return api.delete(`/api/v1/geo/${id}`);
}

export function useSaveGeo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: GeoCreate }) => (id === null ? createGeo(input) : updateGeo(id, input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.geo.all }),
  });
}

export function useDeleteGeo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGeo,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.geo.all }),
  });
}
