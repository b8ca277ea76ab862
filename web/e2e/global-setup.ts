// Before the tests: starts `numbase serve` (../build/numbase or $NUMBASE_BIN) on a free port with a
// throw-away data dir and the built UI (web/dist), and seeds the base data through the API. The
// workers read the address and the data from the environment (support/env.ts). Returns the
// teardown: the server stops and its data dir is removed. The SFTP tests' OpenSSH server
// (server/tests/support/sshd.sh, root only) starts first and stops last.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from '@playwright/test';
import { SeedApi, seed } from './support/api';
import { ADMIN_PASSWORD, CHROMIUM, MANAGER_PASSWORD, publishServerInfo } from './support/env';
import { SCREENSHOTS } from './support/helpers';
import { startServer } from './support/server';
import { sshdUnavailable, startSshd, type RunningSshd } from './support/sshd';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '..');

const log = (line: string) => console.log(`e2e: ${line}`);

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The SFTP tests' OpenSSH server (server/tests/support/sshd.sh); the other tests run without it.
  const sshdScript = join(repoRoot, 'server', 'tests', 'support', 'sshd.sh');
  let sftpUnavailable = sshdUnavailable(sshdScript);
  let sshd: RunningSshd | null = null;
  if (sftpUnavailable === null) {
    try {
      sshd = await startSshd(sshdScript);
      log(`sshd on 127.0.0.1:${sshd.info.port} (${sshd.info.filesDir})`);
    } catch (error) {
      sftpUnavailable = `sshd.sh start failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (sftpUnavailable !== null) log(`no SFTP server: ${sftpUnavailable}`);
  const stopSshd = async () => {
    if (sshd) await sshd.stop();
  };
  const bin = resolve(process.env.NUMBASE_BIN ?? join(repoRoot, 'build', 'numbase'));
  log(`server ${bin}, web ${join(webDir, 'dist')}`);
  const started = Date.now();
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ bin, webDir: join(webDir, 'dist'), adminPassword: ADMIN_PASSWORD, log });
  } catch (error) {
    await stopSshd();
    throw error;
  }
  try {
    log(`ready at ${server.baseURL} after ${Date.now() - started} ms`);
    const api = await SeedApi.signIn(request, server.baseURL, 'admin', ADMIN_PASSWORD);
    try {
      const data = await seed(api, { managerPassword: MANAGER_PASSWORD });
      log(`seeded project ${data.project.id} with ${data.numbers.length} numbers, manager ${data.manager.username} (${Date.now() - started} ms)`);
      publishServerInfo({
        baseURL: server.baseURL,
        adminPassword: ADMIN_PASSWORD,
        managerPassword: MANAGER_PASSWORD,
        data,
        sftp: sshd?.info ?? null,
        sftpUnavailable,
      });
    } finally {
      await api.dispose();
    }
  } catch (error) {
    await server.stop();
    await stopSshd();
    throw error;
  }
  return async () => {
    await server.stop();
    log('server stopped, data dir removed');
    if (sshd) {
      await stopSshd();
      log('sshd stopped, its directory removed');
    }
  };
}
