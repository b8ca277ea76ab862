import { CloudDownloadOutlined as CloudDownloadOutlinedIcon } from '@mui/icons-material';
import { Button, CircularProgress, Tooltip, type ButtonProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useLanguage } from '@/hooks/use-language';
import type { GetBaseResult } from '@/lib/api-types';
import { useGetBase } from '../api/get-base';
import { getBaseMessage } from './reason-text';

export interface GetBaseButtonProps {
  projectId: number;
  /** Names the project for screen readers ("Получить базу: Кредитные карты") where many buttons show. */
  projectName?: string;
  size?: ButtonProps['size'];
  /** Told the answer after the message is shown. */
  onDone?: (result: GetBaseResult) => void;
}

/**
 * The orange "Получить базу": asks the server for the numbers the project is due now and says
 * how many arrived, or why none did; the numbers lists and the projects refresh.
 */
export function GetBaseButton({ projectId, projectName, size = 'medium', onDone }: GetBaseButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const getBase = useGetBase();
  const running = getBase.isPending;

  const click = () =>
    getBase.mutate(projectId, {
      onSuccess: (result) => {
        const { text, severity } = getBaseMessage(result, t, language);
        notify(text, severity);
        onDone?.(result);
      },
      onError: (error) => notify(t('distribution.failed', { message: describeError(error, t).message }), 'error'),
    });

  return (
    <Tooltip title={t('distribution.getBaseHint')} describeChild>
      {/* A disabled button gets no pointer events: the span keeps the tooltip working. */}
      <span>
        <Button
          variant="contained"
          color="warning"
          size={size}
          onClick={click}
          disabled={running}
          aria-busy={running}
          aria-label={projectName ? t('distribution.getBaseFor', { name: projectName }) : undefined}
          startIcon={running ? <CircularProgress size={16} color="inherit" /> : <CloudDownloadOutlinedIcon />}
          sx={{ whiteSpace: 'nowrap', color: 'common.white' }}
          data-testid={`get-base-${projectId}`}
        >
          {t('distribution.getBase')}
        </Button>
      </span>
    </Tooltip>
  );
}
