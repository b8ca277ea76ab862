import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

export interface ErrorDescription {
  message: string;
  requestId: string | null;
  /** Worth a retry button: the network or the server failed, not the request. */
  retryable: boolean;
}

/** What to tell the user about a failure, in their language. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!isApiError(error)) {
    return { message: t('errors.unknown'), requestId: null, retryable: true };
  }
  const requestId = error.requestId;
  if (error.isNetworkError) return { message: t('errors.network'), requestId, retryable: true };
  switch (error.status) {
    case 401:
      return { message: t('errors.sessionExpired'), requestId, retryable: false };
    case 403:
      return { message: t('errors.forbidden'), requestId, retryable: false };
    case 404:
      return { message: t('errors.notFound'), requestId, retryable: false };
    case 503:
      return { message: t('errors.unavailable'), requestId, retryable: true };
    default:
      break;
  }
  if (error.status >= 500) return { message: t('errors.server'), requestId, retryable: true };
  // 400/409/422…: the server's own words say what was wrong.
  return { message: error.message || t('errors.validation'), requestId, retryable: false };
}
