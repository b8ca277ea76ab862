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

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'web', 'package.json'));
// The web UI's end-to-end test dependency; its browser API drives Debian's Chromium here.
const { chromium } = require('@playwright/test');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const { values: args } = parseArgs({
  options: {
    numbase: { type: 'string', default: join(root, 'build/numbase') },
    'data-dir': { type: 'string', default: 'var-bench' },
    iterations: { type: 'string', default: '30' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const iterations = Number(args.iterations);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startServer() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(
    resolve(args.numbase),
    ['serve', '--data-dir', resolve(args['data-dir']), '--port', String(port), '--web-dir', join(root, 'web/dist')],
    { env: { ...process.env, NUMBASE_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (c) => output.push(c.toString()));
  child.stderr.on('data', (c) => output.push(c.toString()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`numbase exited:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) return { baseUrl, child };
    } catch {
      // not yet
    }
    await sleep(200);
  }
  throw new Error(`numbase did not become ready:\n${output.join('')}`);
}

async function api(baseUrl, token, path) {
  const r = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}

function stats(name, ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const out = { name, n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
  console.log(`${name.padEnd(28)} median ${out.p50.toFixed(0).padStart(5)} ms   p95 ${out.p95.toFixed(0).padStart(5)} ms   max ${out.max.toFixed(0).padStart(5)} ms   (n=${out.n})`);
  return out;
}

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'numbase-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1600, height: 900 },
  locale: 'ru-RU',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel(/Имя пользователя|Username/).fill('bench_admin');
  await page.getByLabel(/Пароль|Password/).fill('bench-password');
  await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
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
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.child.kill('SIGTERM');
}
const slow = results.filter((r) => r.p50 > 300);
if (slow.length) {
  console.log(`over 300 ms at the median: ${slow.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
