import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A job's state as imports and exports show it ("running" is called "processing" there). */
export type JobState = 'queued' | 'running' | 'processing' | 'completed' | 'failed' | 'cancelled' | 'expired';

const COLORS: Record<JobState, ChipProps['color']> = {
  queued: 'default',
  running: 'info',
  processing: 'info',
  completed: 'success',
  failed: 'error',
  cancelled: 'warning',
  expired: 'default',
};

export function JobStatusChip({ status }: { status: JobState }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'completed' || status === 'failed' ? 'filled' : 'outlined'}
      label={t(`jobs.status.${status}`)}
      sx={{ fontWeight: 600 }}
    />
  );
}
