// Shared steps of the LinkedIn e2e tests (the panel lives in <garbo-panel>'s
// open shadow root; Playwright's CSS locators pierce open shadow roots).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';
import { REPO } from './paths';

export const sent = (page: Page) => page.evaluate(() => (window as any).__fixture.sent as Array<Record<string, string>>);
export const panel = (page: Page) => page.locator('garbo-panel .g-panel');
export const gate = (page: Page) => page.locator('garbo-panel [role=alertdialog]');

/** Write the extension's settings the way the options page does. */
export async function setSettings(h: Harness, settings: Record<string, unknown>): Promise<void> {
  await h.serviceWorker.evaluate((s) => (globalThis as any).chrome.storage.local.set({ settings: s }), settings);
}

/**
 * The history records. h.readStore opens the database without a version, which
 * would create an empty version-1 'garbo' database if the background has not
 * made it yet (and break the background's own upgrade); so look first.
 */
export async function records(h: Harness): Promise<any[]> {
  const exists = await h.serviceWorker.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'garbo'));
  return exists ? h.readStore('garbo', 'records') : [];
}

export async function waitForRecords(h: Harness, pred: (rows: any[]) => boolean, timeoutMs = 10_000): Promise<any[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const rows = await records(h);
    if (pred(rows)) return rows;
    if (Date.now() > end) throw new Error(`records never matched; last: ${JSON.stringify(rows).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openNote(h: Harness, path: string, addNoteLabel: string): Promise<Page> {
  const page = await h.openFixture(path);
  await page.locator('a[href*="/preload/custom-invite/"]').click();
  await page.locator(`[role=dialog] button[aria-label="${addNoteLabel}"]`).click();
  await page.locator('textarea#custom-message').waitFor();
  return page;
}

/** A screenshot in the run's artifacts; with GARBO_SCREENSHOTS=1 also the README's copy in docs/screenshots/. */
export async function readmeShot(h: Harness, page: Page, name: string): Promise<void> {
  const file = await h.screenshot(page, name);
  if (!process.env.GARBO_SCREENSHOTS) return;
  const dir = join(REPO, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, `${name}.png`));
}

/** Print a figure the way bench/run.ts collects them (one JSON object a line). */
export function figure(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }));
}

/** expect.poll with a timeout fit for a loaded 2-core machine (the default is 1 s). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** The panel's line after a Send that Garbo held for a check which found nothing to fix (it never clicks Send itself). */
export const CHECKED = { en: 'Checked: nothing to fix. Press Send again to send it.', it: 'Controllato: niente da correggere. Premi di nuovo Invia per inviarlo.' };

/**
 * What a user does to send a good draft: press LinkedIn's Send; if Garbo held it because the shown report was
 * older than the text (a press right after the last key) and then found nothing to fix, it says so and the
 * user presses Send once more. Resolves once the fixture counted one more send.
 */
export async function pressSend(page: Page, send: ReturnType<Page['locator']>): Promise<void> {
  const before = (await sent(page)).length;
  await send.click();
  const hint = panel(page).locator('.g-hint[role=status]');
  const checked = async () => (await hint.count()) > 0 && Object.values(CHECKED).includes((await hint.textContent()) ?? '');
  await poll(async () => (await sent(page)).length > before || (await checked())).toBe(true);
  if ((await sent(page)).length === before) await send.click();
  await poll(async () => (await sent(page)).length).toBe(before + 1);
}
