// The numbers screen in a real browser on the benchmark database (10 million numbers): how long
// from a page or filter change until the grid shows the new rows. Not part of CI.
//
//   node bench/browser/numbers-bench.mjs --numbase build/numbase --data-dir /tmp/nbbench [--iterations 30]
//
// It starts `numbase serve` on the benchmark cluster (numbase_bench_seed's data dir; a cluster
// already running there is reused), signs in as bench_admin in headless Chromium (Debian's),
// and measures in the page, each time from the click's pointerdown (or the URL change a filter
// control makes) until the frame in which the grid's first row is the first row the server
// returned:
//   - "next page" through the whole list, newest first (keyset pages);
//   - filter changes: status, project, provider, and project + status, cycling values.
// Prints the median and p95 of each; exits non-zero when a median is over 300 ms.

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { api, newBrowser, root, signIn, startServer, stats } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    numbase: { type: 'string', default: join(root, 'build/numbase') },
    'data-dir': { type: 'string', default: 'var-bench' },
    iterations: { type: 'string', default: '30' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const iterations = Number(args.iterations);
const server = await startServer(args.numbase, args['data-dir']);
const browser = await newBrowser(args.chromium);
const results = [];
try {
  const { page } = browser;
  await signIn(page, server.baseUrl, 'bench_admin', 'bench-password');
  const token = await page.evaluate(() => localStorage.getItem('numbase.accessToken'));

  // Times are taken in the page: from the click's pointerdown (or the URL change a filter
  // control makes) until the frame in which the grid's first row is the first row of the
  // list response, so the test driver's own checks before a click are not counted.
  await page.addInitScript(() => {
    document.addEventListener('pointerdown', () => (window.__benchStart = performance.now()), true);
  });
  const listResponse = () =>
    page.waitForResponse((r) => r.url().includes('/api/v1/phone_numbers?') && r.request().method() === 'GET');
  const timed = async (act) => {
    const response = listResponse();
    await act();
    const r = await response;
    const first = (await r.json()).data?.[0]?.id;
    const { start, end, request } = await page.evaluate(
      ({ id, url }) =>
        new Promise((resolve) => {
          const check = () => {
            if (id === undefined || document.querySelector('.MuiDataGrid-row')?.getAttribute('data-id') === String(id)) {
              const entry = performance.getEntriesByName(url).at(-1);
              resolve({ start: window.__benchStart, end: performance.now(), request: entry && { sent: entry.startTime, received: entry.responseEnd } });
            } else requestAnimationFrame(check);
          };
          check();
        }),
      { id: first, url: r.url() },
    );
    if (process.env.BENCH_DEBUG) {
      const at = (t) => (request ? `${(t - start).toFixed(0)}`.padStart(4) : '   ?');
      console.log(`request sent ${at(request?.sent)} ms, received ${at(request?.received)} ms, shown ${at(end)} ms  ${r.url()}`);
    }
    return end - start;
  };

  await page.goto(`${server.baseUrl}/numbers?size=50`);
  await page.locator('.MuiDataGrid-row').first().waitFor();
  const next = page.getByRole('button', { name: /Следующая страница|Next page/ });
  const paging = [];
  for (let i = 0; i < iterations; i++) paging.push(await timed(() => next.click()));
  results.push(stats('next page (50 rows)', paging));

  // Filter values from the data: the largest projects, every status, every provider.
  const projects = (await api(server.baseUrl, token, '/api/v1/projects?limit=20&sort=-received_total')).data.map((p) => p.id);
  const statuses = (await api(server.baseUrl, token, '/api/v1/number_statuses')).data.map((s) => s.id);
  const providers = (await api(server.baseUrl, token, '/api/v1/providers')).data.map((p) => p.id);
  // A filter control writes the URL (?status=…); React Router follows history changes.
  const navigate = (search) =>
    page.evaluate((s) => {
      window.__benchStart = performance.now();
      window.history.pushState({}, '', `/numbers?${s}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, search);
  // Each URL once: a list the browser has already loaded is shown from its cache at once,
  // which would flatter the figures.
  const combos = (as, bs) => as.flatMap((a) => bs.map((b) => `${a}&${b}`));
  const shapes = {
    status: combos(statuses.map((s) => `status=${s}`), ['size=50', 'size=100']),
    project: projects.map((p) => `project=${p}`),
    provider: combos(providers.map((p) => `provider=${p}`), ['size=50', 'size=100']),
    'project + status': combos(projects.map((p) => `project=${p}`), statuses.map((s) => `status=${s}`)),
  };
  for (const [name, searches] of Object.entries(shapes)) {
    const ms = [];
    for (const search of searches.slice(0, iterations)) ms.push(await timed(() => navigate(search)));
    results.push(stats(`filter: ${name}`, ms));
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
}
const slow = results.filter((r) => r.p50 > 300);
if (slow.length) {
  console.log(`over 300 ms at the median: ${slow.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
