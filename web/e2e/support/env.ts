// What the global setup hands to the test workers: the server's address, the passwords and the
// seeded data, as JSON in an environment variable (workers start after the global setup, with
// its environment).

import type { SeedData } from './api';
import type { SftpServerInfo } from './sshd';

/** Debian's Chromium (no browser is downloaded); $CHROMIUM names another. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const ADMIN_PASSWORD = 'e2e-Admin-password-1';
export const MANAGER_PASSWORD = 'e2e-Manager-password-1';

const VARIABLE = 'NUMBASE_E2E_SERVER';

export interface ServerInfo {
  baseURL: string;
  adminPassword: string;
  managerPassword: string;
  data: SeedData;
  /** The OpenSSH server of the SFTP tests; null (with the reason) where none could be started. */
  sftp: SftpServerInfo | null;
  sftpUnavailable: string | null;
}

export function publishServerInfo(info: ServerInfo): void {
  process.env[VARIABLE] = JSON.stringify(info);
}

export function readServerInfo(): ServerInfo {
  const raw = process.env[VARIABLE];
  if (!raw) throw new Error(`${VARIABLE} is not set: run the tests with \`npm run e2e\` (playwright test), whose global setup starts the server`);
  return JSON.parse(raw) as ServerInfo;
}
