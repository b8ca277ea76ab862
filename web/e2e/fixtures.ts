// The tests' fixtures (import `test` and `expect` from here, not from @playwright/test):
//
//   server       worker: the server the global setup started (address, passwords)
//   data         worker: the data the global setup seeded (support/api.ts, SeedData)
//   api          worker: a REST client signed in as the administrator, to seed a test's own data
//                and to check what the server has
//   baseURL      the server's address, so page.goto('/numbers') works
//   page         a page with no session (sign-in tests)
//   adminPage    a page signed in as the administrator
//   managerPage  a page signed in as the seeded manager
//   sftpServer   the OpenSSH server the global setup started (support/sshd.ts); a test that takes
//                it is skipped, with the reason, where none could be started (not root, no sshd)
//
// Each signed-in page has a session of its own (a sign-in through the API, its tokens put where
// the app keeps them), so a test that signs out ends no other test's session. Every page fails its
// test when it saw an uncaught script error.

import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SeedApi, type SeedData, type Tokens } from './support/api';
import { readServerInfo, type ServerInfo } from './support/env';
import type { SftpServerInfo } from './support/sshd';

export { expect };

/** Collects a page's uncaught script errors; `assertNone` fails the test when there were any. */
export function watchPageErrors(page: Page): { assertNone(): void } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    assertNone() {
      expect(errors.splice(0), 'no uncaught script errors').toEqual([]);
    },
  };
}

/** A browser context signed in with these tokens (in localStorage, where the app keeps them). */
export function newSignedInContext(browser: Browser, baseURL: string, tokens: Tokens): Promise<BrowserContext> {
  return browser.newContext({
    storageState: {
      cookies: [],
      origins: [
        {
          origin: baseURL,
          localStorage: [
            { name: 'numbase.accessToken', value: tokens.access_token },
            { name: 'numbase.refreshToken', value: tokens.refresh_token },
          ],
        },
      ],
    },
  });
}

interface TestFixtures {
  adminPage: Page;
  managerPage: Page;
  sftpServer: SftpServerInfo;
}

interface WorkerFixtures {
  server: ServerInfo;
  data: SeedData;
  api: SeedApi;
}

async function signedInPage(browser: Browser, server: ServerInfo, api: SeedApi, username: string, password: string, use: (page: Page) => Promise<void>) {
  const context = await newSignedInContext(browser, server.baseURL, await api.session(username, password));
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await use(page);
  await context.close();
  errors.assertNone();
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      await use(readServerInfo());
    },
    { scope: 'worker' },
  ],
  data: [
    async ({ server }, use) => {
      await use(server.data);
    },
    { scope: 'worker' },
  ],
  api: [
    async ({ playwright, server }, use) => {
      const api = await SeedApi.signIn(playwright.request, server.baseURL, 'admin', server.adminPassword);
      await use(api);
      await api.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
  page: async ({ page }, use) => {
    const errors = watchPageErrors(page);
    await use(page);
    errors.assertNone();
  },
  adminPage: async ({ browser, server, api }, use) => {
    await signedInPage(browser, server, api, 'admin', server.adminPassword, use);
  },
  managerPage: async ({ browser, server, api, data }, use) => {
    await signedInPage(browser, server, api, data.manager.username, server.managerPassword, use);
  },
  sftpServer: async ({ server }, use, testInfo) => {
    testInfo.skip(server.sftp === null, `no SFTP server: ${server.sftpUnavailable ?? 'unknown reason'}`);
    if (server.sftp) await use(server.sftp);
  },
});
