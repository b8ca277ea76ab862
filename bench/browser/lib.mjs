// What the browser benchmarks share: `numbase serve` on the benchmark cluster, a headless
// Debian Chromium with a fresh profile, signing in, and the figures.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'web', 'package.json'));
// The web UI's test dependency: @playwright/test (which brings playwright-core), or playwright-core.
const { chromium } = (() => {
  try {
    return require('@playwright/test');
  } catch {
    return require('playwright-core');
  }
})();

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** `numbase serve` on the data dir (a cluster already running there is reused). */
export async function startServer(numbase, dataDir, env = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(
    resolve(numbase),
    ['serve', '--data-dir', resolve(dataDir), '--port', String(port), '--web-dir', join(root, 'web/dist')],
    { env: { ...process.env, NUMBASE_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (c) => output.push(c.toString()));
  child.stderr.on('data', (c) => output.push(c.toString()));
  for (let i = 0; i < 900; i++) {
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

/** A headless Chromium with a profile of its own (a cold cache); close() removes it. */
export async function newBrowser(executablePath, viewport = { width: 1600, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), 'numbase-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form (labels of both languages) and waits to leave the sign-in page. */
export async function signIn(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/Имя пользователя|Username/).fill(username);
  await page.getByLabel(/Пароль|Password/).fill(password);
  await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function api(baseUrl, token, path, init = {}) {
  const r = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

export function stats(name, ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const out = { name, n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
  console.log(`${name.padEnd(36)} median ${out.p50.toFixed(0).padStart(5)} ms   p95 ${out.p95.toFixed(0).padStart(5)} ms   max ${out.max.toFixed(0).padStart(5)} ms   (n=${out.n})`);
  return out;
}
