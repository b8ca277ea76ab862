import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Job } from '@/lib/api-types';

/** Asks a queued or running job to stop (an import or export leaves nothing behind); 409 once it has finished. */
export function cancelJob(jobId: number): Promise<Job> {
  return api.post<Job>(`/api/v1/jobs/${jobId}/cancel`);
}

export function useCancelJob() {
  return useMutation({ mutationFn: cancelJob });
}
