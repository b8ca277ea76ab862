import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildQuery, createApiClient, isApiError, tokenExpiry } from './api-client';
import { createMemoryTokenStore } from './auth-tokens';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function errorBody(code: string, message: string, details: { field: string; issue: string }[] = []) {
  return { error: { code, message, details } };
}

function authOf(init: RequestInit): string | undefined {
  return (init.headers as Record<string, string> | undefined)?.Authorization;
}

function setup(handler: Handler, tokens = createMemoryTokenStore({ accessToken: 'a1', refreshToken: 'r1' })) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init: init ?? {} });
    return handler(url, init ?? {});
  });
  const onAuthFailure = vi.fn();
  const client = createApiClient({ tokens, fetch: fetchMock, onAuthFailure });
  return { client, calls, tokens, onAuthFailure };
}

describe('api client: tokens and refresh', () => {
  it('sends the access token as a bearer token', async () => {
    const { client, calls } = setup(() => json(200, { ok: true }));
    await expect(client.get('/api/v1/projects', { params: { limit: 50, search: '' } })).resolves.toEqual({ ok: true });
    expect(calls[0]?.url).toBe('/api/v1/projects?limit=50');
    expect(authOf(calls[0]!.init)).toBe('Bearer a1');
  });

  it('on 401 refreshes once with the stored refresh token and repeats the request', async () => {
    const { client, calls, tokens, onAuthFailure } = setup((url, init) => {
      if (url === '/api/v1/auth/refresh') {
        expect(JSON.parse(init.body as string)).toEqual({ refresh_token: 'r1' });
        return json(200, { access_token: 'a2', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 });
      }
      return authOf(init) === 'Bearer a2' ? json(200, { data: [1] }) : json(401, errorBody('UNAUTHORIZED', 'Authentication required'));
    });
    await expect(client.get('/api/v1/auth/me')).resolves.toEqual({ data: [1] });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/me', '/api/v1/auth/refresh', '/api/v1/auth/me']);
    expect(authOf(calls[1]!.init)).toBeUndefined();
    expect(tokens.get()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
    expect(onAuthFailure).not.toHaveBeenCalled();
  });

  it('shares one refresh between requests that fail together', async () => {
    let refreshes = 0;
    const { client } = setup(async (url, init) => {
      if (url === '/api/v1/auth/refresh') {
        refreshes += 1;
        await new Promise((r) => setTimeout(r, 10));
        return json(200, { access_token: 'a2', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 });
      }
      return authOf(init) === 'Bearer a2' ? json(200, { url }) : json(401, errorBody('UNAUTHORIZED', 'no'));
    });
    const results = await Promise.all([client.get('/one'), client.get('/two'), client.get('/three')]);
    expect(results).toEqual([{ url: '/one' }, { url: '/two' }, { url: '/three' }]);
    // A refresh token is single-use: a second refresh with it would end the session.
    expect(refreshes).toBe(1);
  });

  it('forgets the session and calls onAuthFailure when the refresh is refused', async () => {
    const { client, tokens, onAuthFailure, calls } = setup((url) =>
      url === '/api/v1/auth/refresh'
        ? json(401, errorBody('INVALID_REFRESH_TOKEN', 'The refresh token is invalid'))
        : json(401, errorBody('UNAUTHORIZED', 'Authentication required')),
    );
    const error = await client.get('/api/v1/projects').catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(tokens.get()).toBeNull();
    expect(onAuthFailure).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
  });

  it('gives up after one retry when the repeated request is still 401', async () => {
    const { client, onAuthFailure, calls } = setup((url) =>
      url === '/api/v1/auth/refresh'
        ? json(200, { access_token: 'a2', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 })
        : json(401, errorBody('UNAUTHORIZED', 'Authentication required')),
    );
    await expect(client.get('/x')).rejects.toBeInstanceOf(ApiError);
    expect(calls.map((c) => c.url)).toEqual(['/x', '/api/v1/auth/refresh', '/x']);
    expect(onAuthFailure).toHaveBeenCalledTimes(1);
  });

  it('does not refresh for requests without auth (a wrong password is a 401 too)', async () => {
    const { client, calls, tokens, onAuthFailure } = setup(() => json(401, errorBody('INVALID_CREDENTIALS', 'Invalid username or password')));
    const error = await client.post('/api/v1/auth/login', { username: 'a', password: 'b' }, { auth: false }).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('INVALID_CREDENTIALS');
    expect(calls).toHaveLength(1);
    expect(authOf(calls[0]!.init)).toBeUndefined();
    expect(tokens.get()).not.toBeNull();
    expect(onAuthFailure).not.toHaveBeenCalled();
  });

  it('without stored tokens goes to sign-in without trying to refresh', async () => {
    const { client, calls, onAuthFailure } = setup(() => json(401, errorBody('UNAUTHORIZED', 'no')), createMemoryTokenStore(null));
    await expect(client.get('/api/v1/auth/me')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(1);
    expect(onAuthFailure).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the refresh fails for a server reason', async () => {
    const { client, tokens, onAuthFailure } = setup((url) =>
      url === '/api/v1/auth/refresh' ? json(503, errorBody('SERVICE_UNAVAILABLE', 'Database unavailable')) : json(401, errorBody('UNAUTHORIZED', 'no')),
    );
    const error = await client.get('/x').catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(503);
    expect(tokens.get()).not.toBeNull();
    expect(onAuthFailure).not.toHaveBeenCalled();
  });
});

describe('api client: error mapping', () => {
  it("maps the server's error body, field details and request id", async () => {
    const { client } = setup(() =>
      json(422, errorBody('VALIDATION_ERROR', 'Invalid input data', [
        { field: 'password', issue: 'must be at least 8 characters' },
        { field: 'password', issue: 'second issue' },
        { field: 'username', issue: 'already exists' },
      ]), { 'X-Request-Id': 'req-42' }),
    );
    const error = await client.post('/api/v1/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('VALIDATION_ERROR');
    expect(e.message).toBe('Invalid input data');
    expect(e.requestId).toBe('req-42');
    expect(e.details).toHaveLength(3);
    expect(e.fieldErrors()).toEqual({ password: 'must be at least 8 characters', username: 'already exists' });
    expect(e.isNetworkError).toBe(false);
  });

  it('reads Retry-After of a 429', async () => {
    const { client } = setup(() => json(429, errorBody('TOO_MANY_ATTEMPTS', 'Too many'), { 'Retry-After': '847' }));
    const error = (await client.post('/api/v1/auth/login', {}, { auth: false }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error.retryAfter).toBe(847);
  });

  it('turns a body that is not the error contract into HTTP_<status>', async () => {
    const { client } = setup(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await client.get('/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_502');
    expect(error.message).toBe('Bad Gateway');
    expect(error.details).toEqual([]);
  });

  it('reports a network failure as a network error', async () => {
    const { client } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await client.get('/x').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('returns undefined for an empty success body', async () => {
    const { client } = setup(() => new Response(null, { status: 204 }));
    await expect(client.delete('/x')).resolves.toBeUndefined();
  });

  it('builds queries from the defined, non-empty values only', () => {
    expect(buildQuery({ a: 1, b: undefined, c: null, d: '', e: 'x y', f: false })).toBe('?a=1&e=x+y&f=false');
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
});

describe('api client: forms, raw responses, token expiry', () => {
  it('sends FormData as it is (the browser writes the multipart Content-Type)', async () => {
    const { client, calls } = setup(() => json(200, { ok: true }));
    const form = new FormData();
    form.append('file', new Blob(['a;b']), 'a.csv');
    await client.post('/api/v1/imports/preview', form);
    expect(calls[0]?.init.body).toBe(form);
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('response() hands back the unread Response after the same refresh on 401', async () => {
    const { client, calls } = setup((url, init) => {
      if (url === '/api/v1/auth/refresh') return json(200, { access_token: 'a2', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 });
      return authOf(init) === 'Bearer a2'
        ? new Response('event: job\ndata: {}\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
        : json(401, errorBody('UNAUTHORIZED', 'no'));
    });
    const response = await client.response('GET', '/api/v1/jobs/1/events', { headers: { Accept: 'text/event-stream' } });
    expect(await response.text()).toContain('event: job');
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/jobs/1/events', '/api/v1/auth/refresh', '/api/v1/jobs/1/events']);
    expect((calls[2]?.init.headers as Record<string, string>).Accept).toBe('text/event-stream');
  });

  it('response() throws an ApiError for a refusal', async () => {
    const { client } = setup(() => json(404, errorBody('NOT_FOUND', 'Job not found')));
    await expect(client.response('GET', '/api/v1/jobs/9/events')).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it("reads a JWT's expiry, and nothing from what is not one", () => {
    const payload = btoa(JSON.stringify({ sub: '1', exp: 1771000000 })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    expect(tokenExpiry(`header.${payload}.signature`)).toBe(1771000000);
    expect(tokenExpiry('opaque-token')).toBeNull();
    expect(tokenExpiry('a.!!!.c')).toBeNull();
  });
});
