import { Refresh as RefreshIcon } from '@mui/icons-material';
import { Button, CircularProgress, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useRecalculateConversion } from '../api/recalculate-conversion';

export interface RecalculateButtonProps {
  projectId: number;
  /** Told the job that recalculates (the page shows its progress). */
  onStarted: (jobId: number) => void;
  disabled?: boolean;
}

/** "Пересчитать" (administrators): starts the background recalculation of the project's conversion. */
export function RecalculateButton({ projectId, onStarted, disabled }: RecalculateButtonProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const recalculate = useRecalculateConversion();
  const running = recalculate.isPending;

  const click = () =>
    recalculate.mutate(projectId, {
      onSuccess: (started) => {
        onStarted(started.job.id);
        notify(t('conversion.recalculate.started'), 'info');
      },
      onError: (error) => notify(t('conversion.recalculate.startFailed', { message: describeError(error, t).message }), 'error'),
    });

  return (
    <Tooltip title={t('conversion.recalculate.hint')} describeChild>
      {/* A disabled button gets no pointer events: the span keeps the tooltip working. */}
      <span>
        <Button
          variant="outlined"
          onClick={click}
          disabled={disabled || running}
          aria-busy={running}
          startIcon={running ? <CircularProgress size={16} color="inherit" /> : <RefreshIcon />}
        >
          {t('conversion.recalculate.button')}
        </Button>
      </span>
    </Tooltip>
  );
}
