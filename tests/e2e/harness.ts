/**
 * End-to-end harness: the built extension in real (Debian) Chromium, with
 * www.linkedin.com mapped to a local HTTPS server that serves our own
 * LinkedIn-like fixture pages from tests/fixtures/site/. Fully offline:
 * every other host name resolves to nothing (MAP * ~NOTFOUND).
 *
 * API (all async):
 *   const h = await startHarness();          // one browser + server; call h.close() in afterAll
 *   h.extensionId, h.context, h.serviceWorker, h.origin ('https://www.linkedin.com')
 *   await h.openFixture('/in/giulia-ferri/')  // new tab on that URL; console errors are collected
 *   await h.typeInto(page, selector, text)   // focus + real key events (pierces open shadow roots)
 *   await h.readStore('garbo', 'records')    // all records of an IndexedDB store, read in the service worker
 *   await h.waitForStore('garbo', 'records', rows => rows.length === 1)   // poll until the predicate holds
 *   await h.openPopup('?tab=3')              // chrome-extension://<id>/popup.html in a tab
 *   await h.openOptions()
 *   await h.screenshot(page, 'invite-panel') // tests/.artifacts/screenshots/<name>.png (gitignored)
 *   h.pageErrors(page)                       // console errors + uncaught exceptions seen on that page
 *   await h.contentScriptWorlds(page)       // extension isolated worlds in the page (CDP), e.g. ['chrome-extension://<id>']
 *   await h.stopServiceWorker()              // CDP ServiceWorker.stopWorker on the extension's worker
 *   h.requests                               // every request URL Chromium made (privacy tests)
 *   await h.close()
 *
 * The fixture server (tests/e2e/fixture-server.ts, shared with the Firefox
 * suite) maps a path to a file: '/in/x/' -> site/in/x/index.html.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { ORIGIN, startFixtureServer } from './fixture-server';
import { ARTIFACTS, CHROMIUM } from './paths';

export { ORIGIN };

export interface Harness {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  origin: string;
  port: number;
  requests: string[];
  openFixture(path: string): Promise<Page>;
  typeInto(page: Page, selector: string, text: string, delay?: number): Promise<void>;
  readStore<T = unknown>(db: string, store: string): Promise<T[]>;
  waitForStore<T = unknown>(db: string, store: string, pred: (rows: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  openPopup(query?: string): Promise<Page>;
  openOptions(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  pageErrors(page: Page): string[];
  stopServiceWorker(): Promise<void>;
  /** Origins of the extension's isolated worlds in a page (proves the content script was injected, without any page marker). */
  contentScriptWorlds(page: Page): Promise<string[]>;
  close(): Promise<void>;
}

export async function startHarness(opts: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<Harness> {
  const run = inject('garboRun');
  const ext = inject('garboExt');
  const server = await startFixtureServer(run);
  const port = (server.address() as { port: number }).port;
  mkdirSync(join(run, 'home'), { recursive: true });
  const profile = mkdtempSync(join(run, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 860 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-US',
    env: { ...process.env, HOME: join(run, 'home'), TMPDIR: run },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(sw.url()).host;
  const errors = new WeakMap<Page, string[]>();

  const track = (page: Page) => {
    const list: string[] = [];
    errors.set(page, list);
    page.on('console', (m) => { if (m.type() === 'error') list.push(m.text()); });
    page.on('pageerror', (e) => list.push(`uncaught: ${e.message}`));
    return page;
  };

  const readStore = <T,>(db: string, store: string) =>
    sw.evaluate(
      ([dbName, storeName]) =>
        new Promise<unknown[]>((resolve, reject) => {
          const req = indexedDB.open(dbName);
          // Never create the database here: an empty v1 made by the test would
          // make the background's own upgrade fail. Not there yet = no rows.
          let absent = false;
          req.onupgradeneeded = () => { absent = true; req.transaction?.abort(); };
          req.onerror = () => (absent ? resolve([]) : reject(req.error));
          req.onsuccess = () => {
            const conn = req.result;
            if (!conn.objectStoreNames.contains(storeName)) { conn.close(); resolve([]); return; }
            const all = conn.transaction(storeName, 'readonly').objectStore(storeName).getAll();
            all.onsuccess = () => { conn.close(); resolve(all.result); };
            all.onerror = () => { conn.close(); reject(all.error); };
          };
        }),
      [db, store] as const,
    ) as Promise<T[]>;

  const harness: Harness = {
    context,
    serviceWorker: sw,
    extensionId,
    origin: ORIGIN,
    port,
    requests,
    async openFixture(path) {
      const page = track(await context.newPage());
      await page.goto(ORIGIN + path);
      return page;
    },
    async typeInto(page, selector, text, delay = 5) {
      const field = page.locator(selector).first();
      await field.click();
      await page.keyboard.type(text, { delay });
    },
    readStore,
    async waitForStore(db, store, pred, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const rows = await readStore<any>(db, store);
        if (pred(rows)) return rows;
        if (Date.now() > end) throw new Error(`store ${db}/${store} never matched; last: ${JSON.stringify(rows).slice(0, 2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async openPopup(query = '') {
      const page = track(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async openOptions() {
      const page = track(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async screenshot(page, name) {
      const dir = join(ARTIFACTS, 'screenshots');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    pageErrors(page) {
      return errors.get(page) ?? [];
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
      await cdp.send('ServiceWorker.enable');
      const end = Date.now() + 5000;
      let target: { versionId: string } | undefined;
      while (!target && Date.now() < end) {
        target = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
        if (!target) await new Promise((r) => setTimeout(r, 50));
      }
      if (!target) throw new Error('extension service worker not found over CDP');
      await cdp.send('ServiceWorker.stopWorker', { versionId: target.versionId });
      const stopEnd = Date.now() + 5000;
      while (Date.now() < stopEnd) {
        const latest = [...versions].reverse().find((v) => v.versionId === target!.versionId);
        if (latest?.runningStatus === 'stopped') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await cdp.detach();
    },
    async contentScriptWorlds(page) {
      const cdp = await context.newCDPSession(page);
      const worlds: string[] = [];
      cdp.on('Runtime.executionContextCreated', (e) => {
        if (e.context.origin.startsWith('chrome-extension://')) worlds.push(e.context.origin);
      });
      await cdp.send('Runtime.enable');
      await new Promise((r) => setTimeout(r, 100));
      await cdp.detach();
      return worlds;
    },
    async close() {
      await context.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return harness;
}
