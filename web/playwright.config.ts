// End-to-end tests of the built UI (web/dist) against a real `numbase serve`: the global setup
// starts the server on a free port with a throw-away data dir and seeds data through the API;
// the tests drive Debian's Chromium. See e2e/fixtures.ts.
//
//   npm run build && npm run e2e
//   NUMBASE_BIN=/path/to/numbase CHROMIUM=/usr/bin/chromium npm run e2e
//   npm run e2e -- e2e/tests/audit.spec.ts     (one file; -g 'title' for one test)

import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './e2e/support/env';

export default defineConfig({
  testDir: './e2e/tests',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  // Traces and screenshots of failed tests (not in git).
  outputDir: './e2e/results',
  // Two workers on the two cores; both use the one server. Files are spread over the workers; a
  // file's tests run in order in one worker, never two at once (numbers-bulk's two bulk changes
  // touch the same seeded numbers).
  workers: 2,
  fullyParallel: false,
  // A flaky test must be seen, not retried into a pass.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Imports, exports and the numbering plan wait up to a minute for their background jobs.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1600, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    // A failed test keeps its trace (actions, DOM snapshots, network, console; open it with
    // `npx playwright show-trace`) and a screenshot. The trace's film strip is off: recording it
    // for every test costs more CPU than the two cores have to spare.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
  },
});
