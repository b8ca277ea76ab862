// The one HTTP client of the app.
//
// - Sends the access token as `Authorization: Bearer …`.
// - On 401 it tries once to refresh the session (POST /api/v1/auth/refresh with the stored
//   refresh token) and repeats the request; refreshes are shared, so requests failing together
//   use one refresh (a refresh token is single-use: presenting it twice ends the session).
// - When the session cannot be refreshed it forgets the tokens and calls `onAuthFailure`
//   (the app sends the user to sign-in).
// - Every failure becomes an `ApiError` carrying the server's
//   {"error": {"code", "message", "details": [{"field", "issue"}]}}, or a network error.
// - A FormData body is sent as multipart/form-data; `response()` hands back the successful
//   Response unread (event streams, files), and `authorized()` lends the token-and-refresh logic
//   to transports that are not fetch (the upload helper's XMLHttpRequest).

import type { ErrorBody, FieldIssue, Tokens } from './api-types';
import { tokenStore, type TokenStore } from './auth-tokens';

export type ApiErrorKind = 'http' | 'network';

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The server's machine-readable code, or NETWORK_ERROR / HTTP_<status>. */
  readonly code: string;
  readonly details: FieldIssue[];
  /** Seconds to wait (from Retry-After), for 429. */
  readonly retryAfter: number | null;
  readonly requestId: string | null;
  readonly kind: ApiErrorKind;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: FieldIssue[];
    retryAfter?: number | null;
    requestId?: string | null;
    kind?: ApiErrorKind;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.requestId = init.requestId ?? null;
    this.kind = init.kind ?? 'http';
  }

  get isNetworkError(): boolean {
    return this.kind === 'network';
  }

  /** The first issue of each field, e.g. {"password": "must be at least 8 characters"}. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      if (d.field && !(d.field in out)) out[d.field] = d.issue;
    }
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  params?: QueryParams;
  /** JSON-encoded, except FormData (multipart). */
  body?: unknown;
  /** Extra request headers (e.g. Accept: text/event-stream). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send the access token and refresh on 401 (default true). Sign-in and refresh use false. */
  auth?: boolean;
}

export interface ApiClientConfig {
  /** Prefix of every path; '' for the same origin. */
  baseUrl?: string;
  tokens: TokenStore;
  fetch?: typeof fetch;
  /** Called once the session is gone (refresh refused or impossible). */
  onAuthFailure?: () => void;
}

const REFRESH_PATH = '/api/v1/auth/refresh';

/** The `exp` claim (seconds since the epoch) of a JWT, or null when it has none or is not one. */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(json) as unknown;
    if (typeof claims === 'object' && claims !== null && 'exp' in claims && typeof claims.exp === 'number') return claims.exp;
    return null;
  } catch {
    return null;
  }
}

/** Builds "?a=1&b=x" from the defined, non-empty values. */
export function buildQuery(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  return parseResponseText(await response.text());
}

/** A response body's text as JSON when it is JSON, else the text; undefined when empty. */
export function parseResponseText(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A failed answer as any transport sees it (fetch's Response, an XMLHttpRequest). */
export interface FailedAnswer {
  status: number;
  statusText: string;
  /** The body, already parsed when it was JSON. */
  body: unknown;
  header: (name: string) => string | null;
}

/** Turns a failed response into an ApiError (the server's error body when it sent one). */
export async function toApiError(response: Response): Promise<ApiError> {
  const body = await readBody(response).catch(() => undefined);
  return apiErrorOf({ status: response.status, statusText: response.statusText, body, header: (name) => response.headers.get(name) });
}

/** The same for a body read some other way. */
export function apiErrorOf({ status, statusText, body, header }: FailedAnswer): ApiError {
  const common = {
    status,
    retryAfter: parseRetryAfter(header('Retry-After')),
    requestId: header('X-Request-Id'),
  };
  if (isErrorBody(body)) {
    const details = Array.isArray(body.error.details)
      ? body.error.details.filter(
          (d): d is FieldIssue =>
            typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.issue === 'string',
        )
      : [];
    return new ApiError({ ...common, code: body.error.code, message: body.error.message, details });
  }
  return new ApiError({
    ...common,
    code: `HTTP_${status}`,
    message: statusText || `HTTP ${status}`,
  });
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: cause instanceof Error ? cause.message : 'Network error',
    kind: 'network',
    cause,
  });
}

export function createApiClient(config: ApiClientConfig) {
  const baseUrl = config.baseUrl ?? '';
  const doFetch: typeof fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let refreshing: Promise<void> | null = null;

  async function send(method: string, path: string, options: RequestOptions, token: string | null) {
    const form = typeof FormData !== 'undefined' && options.body instanceof FormData ? options.body : null;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    // multipart/form-data: the browser writes the Content-Type with its boundary.
    if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await doFetch(`${baseUrl}${path}${buildQuery(options.params)}`, {
        method,
        headers,
        body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
  }

  function sessionEnded(): ApiError {
    config.tokens.clear();
    config.onAuthFailure?.();
    return new ApiError({ status: 401, code: 'UNAUTHORIZED', message: 'Authentication required' });
  }

  /** Exchanges the stored refresh token for a new pair; throws when the session is gone. */
  async function refreshOnce(): Promise<void> {
    const stored = config.tokens.get();
    if (!stored) throw sessionEnded();
    const response = await send('POST', REFRESH_PATH, { body: { refresh_token: stored.refreshToken } }, null);
    if (!response.ok) {
      // A server or network problem is not the end of the session; a refused token is.
      if (response.status === 401 || response.status === 400 || response.status === 422) throw sessionEnded();
      throw await toApiError(response);
    }
    const tokens = (await response.json()) as Tokens;
    config.tokens.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
  }

  function refresh(): Promise<void> {
    if (!refreshing) {
      refreshing = refreshOnce().finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  /**
   * Runs `attempt` with the access token; on a 401 refreshes once (shared with every other
   * request) and runs it again; a second 401, or no session, ends the session.
   */
  async function authorized<R extends { status: number }>(attempt: (token: string | null) => Promise<R>): Promise<R> {
    if (refreshing) await refreshing.catch(() => undefined);
    const usedToken = config.tokens.get()?.accessToken ?? null;
    let answer = await attempt(usedToken);
    if (answer.status === 401) {
      if (!config.tokens.get()) throw sessionEnded();
      // Another request (or tab) may have refreshed already: then only repeat with the new token.
      if (config.tokens.get()?.accessToken === usedToken) await refresh();
      answer = await attempt(config.tokens.get()?.accessToken ?? null);
      if (answer.status === 401) throw sessionEnded();
    }
    return answer;
  }

  /**
   * Refreshes first when the access token expires within `seconds` (a long upload should not be
   * refused, and sent again, for a token that ran out while the user was choosing the file).
   */
  async function ensureFreshToken(seconds = 60): Promise<void> {
    const token = config.tokens.get()?.accessToken;
    if (!token) return;
    const expires = tokenExpiry(token);
    if (expires !== null && expires - Date.now() / 1000 < seconds) await refresh().catch(() => undefined);
  }

  /** The successful Response, unread (a stream or a file); a failure is thrown as ApiError. */
  async function response(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const answer =
      (options.auth ?? true)
        ? await authorized((token) => send(method, path, options, token))
        : await send(method, path, options, null);
    if (!answer.ok) throw await toApiError(answer);
    return answer;
  }

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const answer = await response(method, path, options);
    if (answer.status === 204) return undefined as T;
    return (await readBody(answer)) as T;
  }

  return {
    request,
    response,
    authorized,
    ensureFreshToken,
    get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('POST', path, { ...options, body }),
    put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('PUT', path, { ...options, body }),
    patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('PATCH', path, { ...options, body }),
    delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
    refresh,
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

let authFailureHandler: () => void = () => {
  if (window.location.pathname !== '/sign-in') window.location.assign('/sign-in');
};

/** The app replaces the default (a full page load of sign-in) with a router navigation. */
export function setAuthFailureHandler(handler: () => void): void {
  authFailureHandler = handler;
}

export const api: ApiClient = createApiClient({
  tokens: tokenStore,
  onAuthFailure: () => authFailureHandler(),
});
