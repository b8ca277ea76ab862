// Event → pop-up in a real browser on the benchmark database (10 million numbers): a signed
// `call_started` for the operator's extension is posted to the webhook from inside his page,
// and the time to the frame in which his pop-up shows the number is taken there. Not part of CI.
//
//   node bench/browser/popup-bench.mjs --numbase build/numbase --data-dir /tmp/nbbench [--iterations 30]
//
// Signs in as bench_manager_1, whose extension 101 a numbase-kind integration made for the run
// maps; the calls are of numbers of his projects. The integration (and its calls) is removed at
// the end. Prints median and p95; exits non-zero when the median is over 300 ms.

import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { api, newBrowser, root, signIn, sleep, startServer, stats } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    numbase: { type: 'string', default: join(root, 'build/numbase') },
    'data-dir': { type: 'string', default: 'var-bench' },
    iterations: { type: 'string', default: '30' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const iterations = Number(args.iterations);
const secret = 'bench-popup-secret-0123456789';
const grouped = (e164) => e164.replace(/^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/, '+7 $1 $2-$3-$4');

const server = await startServer(args.numbase, args['data-dir']);
let integration;
let adminToken;
let exitCode = 0;
try {
  const login = async (username) =>
    (
      await (
        await fetch(`${server.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username, password: 'bench-password' }),
        })
      ).json()
    ).access_token;
  adminToken = await login('bench_admin');
  const operatorToken = await login('bench_manager_1');
  const me = await api(server.baseUrl, operatorToken, '/api/v1/auth/me');
  integration = await api(server.baseUrl, adminToken, '/api/v1/softphone/integrations', {
    method: 'POST',
    body: JSON.stringify({ name: 'bench pop-up', kind: 'numbase', secrets: { secret }, extensions: { 101: me.user.id }, outcomes: {} }),
  });
  const list = await api(server.baseUrl, operatorToken, `/api/v1/phone_numbers?limit=${iterations}`);
  const phones = list.data.map((n) => n.phone_number);

  const browser = await newBrowser(args.chromium, { width: 1366, height: 768 });
  try {
    const { page } = browser;
    await signIn(page, server.baseUrl, 'bench_manager_1', 'bench-password');
    await page.goto(`${server.baseUrl}/`);
    await sleep(2000); // the live stream opens
    const ms = [];
    for (let i = 0; i < phones.length; i++) {
      const body = JSON.stringify({
        event_type: 'call_started',
        call_id: `bench-popup-${Date.now()}-${i}`,
        phone_number: phones[i],
        direction: 'inbound',
        extension: '101',
        timestamp: new Date().toISOString(),
      });
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
      const took = await page.evaluate(
        async ({ body, ts, signature, id, text }) => {
          const start = performance.now();
          const shown = new Promise((resolve) => {
            const check = () => {
              const popups = document.querySelectorAll('[data-testid=call-panel]');
              if ([...popups].some((p) => p.textContent.includes(text))) resolve(performance.now());
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
          const r = await fetch('/api/v1/softphone/events', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Numbase-Integration': String(id), 'X-Numbase-Timestamp': ts, 'X-Numbase-Signature': signature },
            body,
          });
          if (!r.ok) throw new Error(`webhook ${r.status}`);
          return (await shown) - start;
        },
        { body, ts, signature, id: integration.id, text: grouped(phones[i]) },
      );
      ms.push(took);
      // Close the pop-ups so that the next one is new.
      for (const close of await page.locator('[data-testid=call-panel] [data-testid=call-close]').all()) {
        await close.click().catch(() => undefined);
      }
    }
    const s = stats('event → pop-up shown', ms);
    if (s.p50 > 300) exitCode = 1;
  } finally {
    await browser.close();
  }
} finally {
  if (integration) {
    await fetch(`${server.baseUrl}/api/v1/softphone/integrations/${integration.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${adminToken}` },
    });
  }
  server.child.kill('SIGTERM');
}
process.exitCode = exitCode;
