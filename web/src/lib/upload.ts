// Sends a multipart form with upload progress: fetch() cannot report how much of a request body
// has gone, XMLHttpRequest can. The token, the shared refresh on 401 and the errors are the api
// client's (lib/api-client.ts), so an upload behaves like every other request.

import { api, apiErrorOf, networkError, parseResponseText, type ApiClient } from './api-client';

export interface UploadProgress {
  /** Bytes of the request body sent so far. */
  loaded: number;
  /** The body's size, or null when the browser does not know it. */
  total: number | null;
}

export interface UploadOptions {
  path: string;
  form: FormData;
  method?: 'POST' | 'PUT';
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** The client whose token and refresh are used (tests pass their own). */
  client?: Pick<ApiClient, 'authorized' | 'ensureFreshToken'>;
  /** Makes the request object (tests pass a fake). */
  createXhr?: () => XMLHttpRequest;
}

interface XhrAnswer {
  status: number;
  statusText: string;
  text: string;
  header: (name: string) => string | null;
}

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

function send(options: UploadOptions, token: string | null): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = options.createXhr ? options.createXhr() : new XMLHttpRequest();
    xhr.open(options.method ?? 'POST', options.path);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    const onAbort = () => xhr.abort();
    const finish = () => signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    };
    xhr.onload = () => {
      finish();
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        text: typeof xhr.responseText === 'string' ? xhr.responseText : '',
        header: (name) => xhr.getResponseHeader(name),
      });
    };
    xhr.onerror = () => {
      finish();
      reject(networkError(new TypeError('The upload failed: no answer from the server')));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort);
    xhr.send(options.form);
  });
}

/**
 * Uploads `form` and resolves with the answer's JSON; a failure rejects with an ApiError (413
 * PAYLOAD_TOO_LARGE, 422 with details …), a cancel with an AbortError.
 */
export async function uploadForm<T>(options: UploadOptions): Promise<T> {
  const client = options.client ?? api;
  // The token is checked before a body that may take minutes is sent, not after it is refused.
  await client.ensureFreshToken();
  const answer = await client.authorized((token) => send(options, token));
  const body = parseResponseText(answer.text);
  if (answer.status < 200 || answer.status >= 300) {
    throw apiErrorOf({ status: answer.status, statusText: answer.statusText, body, header: answer.header });
  }
  return body as T;
}
