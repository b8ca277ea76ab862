// A throw-away OpenSSH server on loopback for the SFTP tests: server/tests/support/sshd.sh (needs
// root and Debian's openssh-server) started on a temporary directory, and stopped again.

import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What the tests need of the server (support/env.ts hands it to the workers). */
export interface SftpServerInfo {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The host key's "SHA256:<base64>", as `ssh-keygen -l -E sha256` prints it. */
  fingerprint: string;
  /** The user's directory (readable and writable by it; the tests write files here as root). */
  filesDir: string;
}

export interface RunningSshd {
  info: SftpServerInfo;
  stop(): Promise<void>;
}

/** Why there is no SFTP server here, or null when one can be started. */
export function sshdUnavailable(script: string): string | null {
  if (!existsSync('/usr/sbin/sshd')) return '/usr/sbin/sshd is missing (apt-get install -y openssh-server)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'the SFTP server needs root (it makes its test user)';
  if (!existsSync(script)) return `${script} is missing`;
  return null;
}

export async function startSshd(script: string): Promise<RunningSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'numbase-e2e-sshd-'));
  chmodSync(dir, 0o755);
  const stop = async () => {
    try {
      await run('bash', [script, 'stop', dir], { timeout: 30_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await run('bash', [script, 'start', dir], { timeout: 60_000 });
    const read = (name: string) => readFileSync(join(dir, name), 'utf8').trim();
    return {
      info: {
        host: '127.0.0.1',
        port: Number(read('port')),
        user: read('user'),
        password: read('password'),
        fingerprint: read('host_fingerprint'),
        filesDir: join(dir, 'files'),
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
