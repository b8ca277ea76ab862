import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Host, HostCreate, HostList, HostTest, HostUpdate } from './types';

export function getHosts(signal?: AbortSignal): Promise<HostList> {
  return api.get<HostList>('/api/v1/sftp/configs', { signal });
}

export function createHost(input: HostCreate): Promise<Host> {
  return api.post<Host>('/api/v1/sftp/configs', input);
}

export function updateHost(id: number, patch: HostUpdate): Promise<Host> {
  return api.patch<Host>(`/api/v1/sftp/configs/${id}`, patch);
}

/** Refused (409) while schedules use the host. */
export function deleteHost(id: number): Promise<unknown> {
  return api.delete(`/api/v1/sftp/configs/${id}`);
}

/** Connects: the host key always; signs in and lists the directory only once the key is accepted. */
export function testHost(id: number): Promise<HostTest> {
  return api.post<HostTest>(`/api/v1/sftp/configs/${id}/test`);
}

/** Pins the key the last test saw (409 when it is another). */
export function acceptHostKey(id: number, fingerprint: string): Promise<Host> {
  return api.post<Host>(`/api/v1/sftp/configs/${id}/accept_host_key`, { fingerprint });
}

export const hostsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.sftp.hosts,
    queryFn: ({ signal }) => getHosts(signal),
    select: (list) => list.data,
  });

export function useHosts(options: { enabled?: boolean } = {}) {
  return useQuery({ ...hostsQueryOptions(), ...options });
}

/** The hosts; the schedules name their host (and count on it). */
function useInvalidateHosts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.sftp.hosts }),
      queryClient.invalidateQueries({ queryKey: queryKeys.sftp.schedules }),
    ]);
}

export function useCreateHost() {
  const invalidate = useInvalidateHosts();
  return useMutation({ mutationFn: createHost, onSuccess: invalidate });
}

export function useUpdateHost() {
  const invalidate = useInvalidateHosts();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: HostUpdate }) => updateHost(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteHost() {
  const invalidate = useInvalidateHosts();
  return useMutation({ mutationFn: deleteHost, onSuccess: invalidate });
}

/** A test is kept as the host's last one (its status column), so the list is asked again. */
export function useTestHost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testHost,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sftp.hosts }),
  });
}

export function useAcceptHostKey() {
  const invalidate = useInvalidateHosts();
  return useMutation({
    mutationFn: ({ id, fingerprint }: { id: number; fingerprint: string }) => acceptHostKey(id, fingerprint),
    onSuccess: invalidate,
  });
}
