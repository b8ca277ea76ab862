import { Box, LinearProgress, Typography } from '@mui/material';
import { jobPercent } from '@/hooks/use-job-progress';
import type { Job } from '@/lib/api-types';

export interface JobProgressBarProps {
  job: Pick<Job, 'status' | 'progress_done' | 'progress_total'> | null;
  /** What the bar says, e.g. "Прочитано строк: 1 200 из ~5 000". */
  label: string;
  /** A second line on the right (a percentage, "cancelling…"). */
  hint?: string;
}

/** A job's progress over a bar; the bar moves on its own while the total is unknown. */
export function JobProgressBar({ job, label, hint }: JobProgressBarProps) {
  const percent = job ? jobPercent(job) : null;
  const failed = job?.status === 'failed' || job?.status === 'cancelled';
  return (
    <Box data-testid="job-progress">
      <Box sx={{ display: 'flex', gap: 2, mb: 0.75, alignItems: 'baseline' }}>
        <Typography variant="body2" color={failed ? 'error' : 'text.secondary'} sx={{ flexGrow: 1, fontVariantNumeric: 'tabular-nums' }}>
          {label}
        </Typography>
        {hint ? (
          <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {hint}
          </Typography>
        ) : null}
      </Box>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? undefined}
        color={failed ? 'error' : job?.status === 'completed' ? 'success' : 'primary'}
        aria-label={label}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Box>
  );
}
