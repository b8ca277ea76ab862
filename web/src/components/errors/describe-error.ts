import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { errorCodeMessage, isKnownServerMessage, translateServerMessage } from '@/lib/server-messages';

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
      // "Проект не найден" when the UI knows the server's words, else a plain "not found".
      return {
        message: isKnownServerMessage(error.message) ? translateServerMessage(error.message, t) : t('errors.notFound'),
        requestId,
        retryable: false,
      };
    case 503:
      return { message: t('errors.unavailable'), requestId, retryable: true };
    default:
      break;
  }
  // The PBX refused (click-to-call): its own answer says why.
  if (error.code === 'PBX_ERROR') return { message: error.message ? t('errors.pbx', { answer: error.message }) : t('errors.server'), requestId, retryable: true };
  if (error.status >= 500) return { message: t('errors.server'), requestId, retryable: true };
  // 400/409/410/413/422…: the server's own words say what was wrong, in the user's language when the UI
  // knows them (lib/server-messages.ts), else as the server wrote them; no words: the code's message.
  const message = error.message ? translateServerMessage(error.message, t) : errorCodeMessage(error.code, t);
  return { message: message ?? t('errors.validation'), requestId, retryable: false };
}
