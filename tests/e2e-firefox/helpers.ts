// Shared steps of the Firefox e2e tests. Selectors are puppeteer's: '>>>'
// pierces open shadow roots ('>>> garbo-panel >>> .g-verdict'). Puppeteer's
// own waitForSelector does not see changes inside a shadow root, so every
// wait here polls the selector.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { until, type FirefoxHarness } from './harness';

export const PANEL = '>>> garbo-panel >>> .g-panel';
export const GATE = '>>> garbo-panel >>> [role=alertdialog]';
export const NOTE = '>>> textarea#custom-message';
export const DIALOG = '>>> [role=dialog]';

export const count = (page: Page, sel: string) => page.$$eval(sel, (els) => els.length);
/** textContent of the first match (null when there is none). */
export const text = (page: Page, sel: string) => page.$$eval(sel, (els) => els[0]?.textContent ?? null);
export const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));

export async function waitFor(page: Page, sel: string, timeoutMs = 10_000): Promise<void> {
  await until(() => count(page, sel), (n) => n > 0, `selector ${sel}`, timeoutMs);
}
export async function waitGone(page: Page, sel: string, timeoutMs = 10_000): Promise<void> {
  await until(() => count(page, sel), (n) => n === 0, `selector ${sel} gone`, timeoutMs);
}
/** Wait for the element, then a real (BiDi input) click at its centre. */
export async function click(page: Page, sel: string): Promise<void> {
  await waitFor(page, sel);
  await page.click(sel);
}
/** Replace an input's value by typing, like a user (select all, then type). */
export async function fill(page: Page, sel: string, value: string): Promise<void> {
  await click(page, sel);
  await page.$eval(sel, (el) => (el as HTMLInputElement).select());
  if (value) await page.keyboard.type(value);
  else await page.keyboard.press('Backspace');
}

/** What the fixture page saw LinkedIn send (read in the page's own world). */
export const sent = (page: Page) => page.evaluate(() => (window as any).__fixture.sent as Array<Record<string, string>>);

/** Write the extension's settings the way the options page does. */
export async function setSettings(h: FirefoxHarness, settings: Record<string, unknown>): Promise<void> {
  await h.ext((s) => (globalThis as any).browser.storage.local.set({ settings: s }), settings);
}

/** The history records, read from the extension's IndexedDB in an extension page. */
export const records = (h: FirefoxHarness) => h.readStore('garbo', 'records');

export async function waitForRecords(h: FirefoxHarness, pred: (rows: any[]) => boolean, timeoutMs = 10_000): Promise<any[]> {
  return until(() => records(h), pred, 'records', timeoutMs);
}

/** A runtime message from an extension page to the background (as the popup sends them). */
export const send = (h: FirefoxHarness, msg: unknown) =>
  h.ext((m) => (globalThis as any).browser.runtime.sendMessage(m), msg) as Promise<{ ok: boolean; error?: string; data?: any }>;

export async function openNote(h: FirefoxHarness, path: string, addNoteLabel: string): Promise<Page> {
  const page = await h.openFixture(path);
  await click(page, 'a[href*="/preload/custom-invite/"]');
  await click(page, `${DIALOG} button[aria-label="${addNoteLabel}"]`);
  await waitFor(page, NOTE);
  return page;
}

/** expect.poll with a timeout fit for a loaded 2-core machine (the default is 1 s). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** The panel's line after a Send Garbo held for a check that found nothing to fix (it never presses Send itself). */
const CHECKED = ['Checked: nothing to fix. Press Send again to send it.', 'Controllato: niente da correggere. Premi di nuovo Invia per inviarlo.'];

/**
 * What a user does to send a good draft: press Send (or Enter); if Garbo held it because the shown report was for fewer
 * keys and then found nothing to fix, it says so and the user presses once more. With `orGate`, a gate opening also ends it.
 */
export async function pressSend(page: Page, press: () => Promise<unknown>, orGate = false): Promise<void> {
  const before = (await sent(page)).length;
  await press();
  const checked = async () => CHECKED.includes((await text(page, `${PANEL} .g-hint[role=status]`)) ?? '');
  const gated = async () => orGate && (await count(page, GATE)) > 0;
  await poll(async () => (await sent(page)).length > before || (await gated()) || (await checked())).toBe(true);
  if ((await sent(page)).length === before && !(await gated())) {
    await press();
    await poll(async () => (await sent(page)).length > before || (await gated())).toBe(true);
  }
}
