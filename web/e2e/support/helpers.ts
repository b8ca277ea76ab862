// Screenshots, downloads and small helpers shared by the end-to-end tests.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Where the named pictures of the screens go (web/e2e/screenshots, not in git). */
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/**
 * A picture of the window, saved as e2e/screenshots/<name>.png; `height` makes the window that
 * tall for it (a long screen, whole).
 */
export async function shot(page: Page, name: string, { height }: { height?: number } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize();
  if (height && viewport) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.evaluate(() => globalThis.scrollTo(0, 0));
  }
  // Let transitions (labels, ripples) settle so the picture shows the screen at rest.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  if (height && viewport) await page.setViewportSize(viewport);
}

/** Clicks what downloads a file and returns the file's name and bytes. */
export async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloaded = page.waitForEvent('download');
  await click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const BOM = [0xef, 0xbb, 0xbf];

export function startsWithBom(bytes: Buffer): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phone grouped for reading, as the card shows it: +79161234502 → +7 916 123-45-02. */
export function groupedPhone(phone: string): string {
  return `+7 ${phone.slice(2, 5)} ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
