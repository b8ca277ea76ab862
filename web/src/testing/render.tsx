import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { createI18n } from '@/lib/i18n';

/** Renders with the app's providers (Russian, a fresh query client without retries) and a router at `route`. */
export function renderWithApp(ui: ReactElement, { route = '/', ...options }: RenderOptions & { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n('ru');
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[route]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        {ui}
      </MemoryRouter>
    </AppProviders>,
    options,
  );
  return { ...result, queryClient };
}

export interface FakeRoute {
  method: string;
  /** Matched against the path and query, e.g. /^\/api\/v1\/providers/ */
  path: RegExp;
  status?: number;
  body: unknown;
}

/** A fetch that answers from a list of routes, and remembers what was asked. */
export function fakeFetch(routes: FakeRoute[]) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    calls.push({ method, url, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined });
    const route = routes.find((r) => r.method === method && r.path.test(url));
    if (!route) {
      const body = { error: { code: 'NOT_FOUND', message: `no fake for ${method} ${url}`, details: [] } };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 404 }));
    }
    return Promise.resolve(new Response(JSON.stringify(route.body), { status: route.status ?? 200, headers: { 'Content-Type': 'application/json' } }));
  };
  return { fn, calls };
}
