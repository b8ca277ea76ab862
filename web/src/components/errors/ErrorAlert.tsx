import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

export interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed request, explained; with a retry button when retrying can help. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { message, requestId, retryable } = describeError(error, t);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && retryable ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    >
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      {message}
      {requestId ? (
        <div style={{ opacity: 0.7, fontSize: '0.8em', marginTop: 4 }}>{t('errors.requestId', { id: requestId })}</div>
      ) : null}
    </Alert>
  );
}
