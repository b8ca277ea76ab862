import { JobStatusChip } from '@/components/ui/JobStatusChip';
import type { RunStatus } from '../api/types';

/** A run's state as the jobs show theirs ("scheduled" is a job still queued). */
export function RunStatusChip({ status }: { status: RunStatus }) {
  return <JobStatusChip status={status === 'scheduled' ? 'queued' : status} />;
}
