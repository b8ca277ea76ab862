import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CronNext, Run, Schedule, ScheduleCreate, ScheduleInput, ScheduleList } from './types';

export function getSchedules(signal?: AbortSignal): Promise<ScheduleList> {
  return api.get<ScheduleList>('/api/v1/sftp/schedules', { signal });
}

export function createSchedule(input: ScheduleCreate): Promise<Schedule> {
  return api.post<Schedule>('/api/v1/sftp/schedules', input);
}

/** The direction never changes; the direction's settings are replaced as a whole. */
export function updateSchedule(id: number, patch: ScheduleInput): Promise<Schedule> {
  return api.patch<Schedule>(`/api/v1/sftp/schedules/${id}`, patch);
}

/** Its runs stay in the log. */
export function deleteSchedule(id: number): Promise<unknown> {
  return api.delete(`/api/v1/sftp/schedules/${id}`);
}

/** "Запустить сейчас": a run with the schedule's settings. */
export function runSchedule(id: number): Promise<Run> {
  return api.post<Run>(`/api/v1/sftp/schedules/${id}/run`);
}

/** The next five times the expression names in the zone; 422 (details on cron or timezone) when either is wrong. */
export function getCronPreview(expression: string, timezone: string, signal?: AbortSignal): Promise<CronNext> {
  return api.get<CronNext>('/api/v1/sftp/cron', { params: { expression, timezone }, signal });
}

/** Asked again every minute: the next run moves on, the last run's status changes. */
export const schedulesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.sftp.schedules,
    queryFn: ({ signal }) => getSchedules(signal),
    select: (list) => list.data,
    refetchInterval: 60_000,
  });

export function useSchedules() {
  return useQuery(schedulesQueryOptions());
}

/** The preview of an expression being typed (the caller debounces); nothing for an empty one. */
export function useCronPreview(expression: string, timezone: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.sftp.cron(expression, timezone),
    queryFn: ({ signal }) => getCronPreview(expression, timezone, signal),
    enabled: enabled && expression.trim() !== '' && timezone.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

/** The schedules, and the hosts (their schedule counts). */
function useInvalidateSchedules() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.sftp.schedules }),
      queryClient.invalidateQueries({ queryKey: queryKeys.sftp.hosts }),
    ]);
}

export function useCreateSchedule() {
  const invalidate = useInvalidateSchedules();
  return useMutation({ mutationFn: createSchedule, onSuccess: invalidate });
}

export function useUpdateSchedule() {
  const invalidate = useInvalidateSchedules();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ScheduleInput }) => updateSchedule(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteSchedule() {
  const invalidate = useInvalidateSchedules();
  return useMutation({ mutationFn: deleteSchedule, onSuccess: invalidate });
}

export function useRunSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSchedule,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sftp.runs.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.sftp.schedules }),
      ]),
  });
}
