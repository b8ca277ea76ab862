// Assertions and waits shared by the end-to-end tests.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TIMEOUT = 15_000;
export const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

export async function visible(locator, what, timeout = TIMEOUT) {
  await locator.first().waitFor({ state: 'visible', timeout }).catch(() => {
    throw new Error(`not visible: ${what}`);
  });
}

export async function hidden(locator, what) {
  const count = await locator.count();
  expect(count === 0 || !(await locator.first().isVisible()), `should not be shown: ${what}`);
}

/** Waits until the locator is gone or hidden. */
export async function gone(locator, what) {
  await locator.first().waitFor({ state: 'hidden', timeout: TIMEOUT }).catch(() => {
    throw new Error(`still shown: ${what}`);
  });
}

export async function textOf(locator) {
  return (await locator.first().innerText({ timeout: TIMEOUT })).trim();
}

export async function eventually(fn, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      if (await fn()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A picture of the window; `height` makes the window that tall for it (a long screen, whole). */
export async function shot(page, name, { height } = {}) {
  const viewport = page.viewportSize();
  if (height && viewport) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.evaluate(() => globalThis.scrollTo(0, 0));
  }
  // Let transitions (labels, ripples) settle so the picture shows the screen at rest.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
  if (height && viewport) await page.setViewportSize(viewport);
}

/** Clicks what downloads a file and returns the file's name and bytes. */
export async function saveDownload(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
