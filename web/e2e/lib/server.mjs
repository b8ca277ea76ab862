// Starts `numbase serve` on a free port with a throw-away data dir, and stops it again.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {{bin: string, webDir: string, adminPassword: string, log: (line: string) => void}} options
 */
export async function startServer({ bin, webDir, adminPassword, log }) {
  if (!existsSync(bin)) throw new Error(`numbase binary not found at ${bin} (build it, or set NUMBASE_BIN)`);
  if (!existsSync(join(webDir, 'index.html'))) throw new Error(`${webDir}/index.html is missing: run npm run build first`);

  // The embedded PostgreSQL runs as the numbase account when we are root: it must reach the dir.
  const dataDir = mkdtempSync(join(tmpdir(), 'numbase-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const output = [];
  const child = spawn(bin, ['serve', '--data-dir', dataDir, '--port', String(port), '--host', '127.0.0.1', '--web-dir', webDir], {
    env: { ...process.env, NUMBASE_ADMIN_PASSWORD: adminPassword, NUMBASE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  const server = {
    baseUrl,
    dataDir,
    output,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timeout = sleep(35_000).then(() => 'timeout');
        if ((await Promise.race([exitPromise, timeout])) === 'timeout') {
          log('server did not stop within 35 s of SIGTERM; killing it');
          child.kill('SIGKILL');
          await exitPromise;
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  // First start: initdb and migrations take a while on a small machine.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      await server.stop();
      throw new Error(`numbase exited early (${JSON.stringify(exited)}):\n${output.slice(-40).join('\n')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`numbase was not ready within 180 s:\n${output.slice(-40).join('\n')}`);
    }
    await sleep(250);
  }
  return server;
}
