import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError, createApiClient } from './api-client';
import { createMemoryTokenStore } from './auth-tokens';
import { downloadFile, fetchFile, filenameFromDisposition } from './download';

describe('filenameFromDisposition', () => {
  it("prefers the UTF-8 name the server writes beside an ASCII one", () => {
    expect(filenameFromDisposition(`attachment; filename="___-errors.csv"; filename*=UTF-8''%D0%B1%D0%B0%D0%B7%D0%B0-errors.csv`)).toBe('база-errors.csv');
    expect(filenameFromDisposition('attachment; filename="numbers_2026-02-25_1400.csv"; filename*=UTF-8\'\'numbers_2026-02-25_1400.csv')).toBe(
      'numbers_2026-02-25_1400.csv',
    );
  });

  it('reads a plain or quoted name, and none', () => {
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".xlsx"')).toBe('a "b".xlsx');
    expect(filenameFromDisposition('attachment; filename=report.csv')).toBe('report.csv');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });

  it('never names a folder', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('.._.._etc_passwd');
  });
});

describe('fetchFile / downloadFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  function client(handler: (url: string, init: RequestInit) => Response) {
    return createApiClient({
      tokens: createMemoryTokenStore({ accessToken: 'a1', refreshToken: 'r1' }),
      fetch: (input, init) => Promise.resolve(handler(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init ?? {})),
    });
  }

  it('fetches with the token and names the file as the server does', async () => {
    let auth: string | undefined;
    const c = client((_url, init) => {
      auth = (init.headers as Record<string, string>).Authorization;
      return new Response('\uFEFFphone\r\n+79161234567\r\n', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="numbers.csv"' },
      });
    });
    const file = await fetchFile('/api/v1/exports/2/download', 'fallback.csv', c);
    expect(auth).toBe('Bearer a1');
    expect(file.filename).toBe('numbers.csv');
    expect(await file.blob.text()).toContain('+79161234567');
  });

  it('saves through a link with the download name', async () => {
    const createObjectURL = vi.fn(() => 'blob:1');
    const saved = Object.getOwnPropertyDescriptors(URL);
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Object.defineProperties(URL, { createObjectURL: saved.createObjectURL ?? { value: undefined, configurable: true, writable: true }, revokeObjectURL: saved.revokeObjectURL ?? { value: undefined, configurable: true, writable: true } });
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const c = client(() => new Response('x', { status: 200 }));
    await expect(downloadFile('/api/v1/imports/3/errors', 'import-3-errors.csv', c)).resolves.toBe('import-3-errors.csv');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('import-3-errors.csv');
  });

  it('throws the server refusal (410 for an expired export)', async () => {
    const c = client(() => new Response(JSON.stringify({ error: { code: 'GONE', message: 'removed', details: [] } }), { status: 410 }));
    const error = (await fetchFile('/x', 'x', c).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(410);
  });
});
