import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './api-client';
import { createMemoryTokenStore } from './auth-tokens';
import { uploadForm, type UploadProgress } from './upload';

/** A stand-in for XMLHttpRequest: the test decides, per request, what the server does. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  aborted = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;

  constructor(private readonly server: (xhr: FakeXhr) => void) {}

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: unknown) {
    this.body = body;
    queueMicrotask(() => this.server(this));
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.statusText = status === 201 ? 'Created' : '';
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

function setup(server: (xhr: FakeXhr, index: number) => void, refresh: () => Response = () =>
  new Response(JSON.stringify({ access_token: 'a2', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 }), { status: 200 })) {
  const requests: FakeXhr[] = [];
  const tokens = createMemoryTokenStore({ accessToken: 'a1', refreshToken: 'r1' });
  const onAuthFailure = vi.fn();
  const fetchMock = vi.fn(() => Promise.resolve(refresh()));
  const client = createApiClient({ tokens, fetch: fetchMock, onAuthFailure });
  const createXhr = () => {
    const xhr = new FakeXhr((x) => server(x, requests.indexOf(x)));
    requests.push(xhr);
    return xhr as unknown as XMLHttpRequest;
  };
  return { client, createXhr, requests, tokens, fetchMock, onAuthFailure };
}

function form(): FormData {
  const f = new FormData();
  f.append('project_id', '3');
  f.append('file', new Blob(['phone\n+79161234567\n']), 'numbers.csv');
  return f;
}

describe('uploadForm', () => {
  it('sends the form with the bearer token, reports progress and returns the JSON answer', async () => {
    const { client, createXhr, requests } = setup((xhr) => {
      xhr.progress(512, 2048);
      xhr.progress(2048, 2048);
      xhr.respond(201, { id: 9, job_id: 42 });
    });
    const progress: UploadProgress[] = [];
    const data = form();
    const answer = await uploadForm<{ id: number; job_id: number }>({ path: '/api/v1/imports', form: data, onProgress: (p) => progress.push(p), client, createXhr });
    expect(answer).toEqual({ id: 9, job_id: 42 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/imports', body: data });
    expect(requests[0]?.headers.Authorization).toBe('Bearer a1');
    expect(progress).toEqual([
      { loaded: 512, total: 2048 },
      { loaded: 2048, total: 2048 },
    ]);
  });

  it('on 401 refreshes the session once and sends the form again', async () => {
    const { client, createXhr, requests, tokens, fetchMock } = setup((xhr) =>
      xhr.headers.Authorization === 'Bearer a2'
        ? xhr.respond(201, { id: 1 })
        : xhr.respond(401, { error: { code: 'UNAUTHORIZED', message: 'Authentication required', details: [] } }),
    );
    await expect(uploadForm({ path: '/api/v1/imports', form: form(), client, createXhr })).resolves.toEqual({ id: 1 });
    expect(requests.map((r) => r.headers.Authorization)).toEqual(['Bearer a1', 'Bearer a2']);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(tokens.get()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
  });

  it('refreshes before sending when the token is about to expire', async () => {
    const { client, createXhr, requests, tokens, fetchMock } = setup((xhr) => xhr.respond(201, { id: 1 }));
    const payload = btoa(JSON.stringify({ sub: '1', exp: Math.floor(Date.now() / 1000) + 10 })).replace(/=+$/, '');
    tokens.set({ accessToken: `h.${payload}.s`, refreshToken: 'r1' });
    await uploadForm({ path: '/api/v1/imports', form: form(), client, createXhr });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(requests[0]?.headers.Authorization).toBe('Bearer a2');
  });

  it("turns the server's refusals into ApiErrors: 413, and 422 with the file's details", async () => {
    const tooLarge = setup((xhr) =>
      xhr.respond(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'The upload is larger than the configured limit', details: [] } }, { 'X-Request-Id': 'r-1' }),
    );
    const error = (await uploadForm({ path: '/x', form: form(), client: tooLarge.client, createXhr: tooLarge.createXhr }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', requestId: 'r-1' });

    const unreadable = setup((xhr) =>
      xhr.respond(422, { error: { code: 'UNREADABLE_FILE', message: 'The file cannot be read: binary', details: [{ field: 'file', issue: 'binary' }] } }),
    );
    const e2 = (await uploadForm({ path: '/x', form: form(), client: unreadable.client, createXhr: unreadable.createXhr }).catch((e: unknown) => e)) as ApiError;
    expect(e2.code).toBe('UNREADABLE_FILE');
    expect(e2.fieldErrors()).toEqual({ file: 'binary' });
  });

  it('reports a connection failure as a network error', async () => {
    const { client, createXhr } = setup((xhr) => xhr.onerror?.());
    const error = (await uploadForm({ path: '/x', form: form(), client, createXhr }).catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    const { client, createXhr, requests } = setup((xhr) => {
      xhr.progress(10, 100);
      controller.abort();
    });
    const error = await uploadForm({ path: '/x', form: form(), client, createXhr, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(requests[0]?.aborted).toBe(true);
  });
});
