// Starts `numbase serve` on a free port with a throw-away data dir, and stops it again.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  baseURL: string;
  dataDir: string;
  /** The last 400 lines the server wrote. */
  output: string[];
  /** Stops the server (SIGTERM, SIGKILL after 35 s) and removes the data dir. */
  stop(): Promise<void>;
}

export interface StartOptions {
  bin: string;
  webDir: string;
  adminPassword: string;
  log: (line: string) => void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function startServer({ bin, webDir, adminPassword, log }: StartOptions): Promise<RunningServer> {
  if (!existsSync(bin)) throw new Error(`numbase binary not found at ${bin} (build it, or set NUMBASE_BIN)`);
  if (!existsSync(join(webDir, 'index.html'))) throw new Error(`${webDir}/index.html is missing: run npm run build first`);

  // The embedded PostgreSQL runs as the numbase account when we are root: it must reach the dir.
  const dataDir = mkdtempSync(join(tmpdir(), 'numbase-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const output: string[] = [];
  const child = spawn(bin, ['serve', '--data-dir', dataDir, '--port', String(port), '--host', '127.0.0.1', '--web-dir', webDir], {
    env: { ...process.env, NUMBASE_ADMIN_PASSWORD: adminPassword, NUMBASE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );

  const server: RunningServer = {
    baseURL,
    dataDir,
    output,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timeout = sleep(35_000).then(() => 'timeout' as const);
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
      const response = await fetch(`${baseURL}/readyz`);
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
