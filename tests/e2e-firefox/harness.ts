/**
 * End-to-end harness for Firefox: Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser),
 * with the unpacked Firefox MV3 build installed as a temporary add-on
 * (browser.installExtension). Firefox has no host-resolver rules, so a PAC
 * file sends every connection to a small proxy on 127.0.0.1 that hands
 * `CONNECT www.linkedin.com:443` to the shared HTTPS fixture server
 * (tests/e2e/fixture-server.ts) and refuses every other host. The proxy logs
 * every connection Firefox makes: that log is the privacy test's evidence.
 *
 * API (all async unless noted):
 *   const h = await startFirefox();         // one browser + server + proxy; h.close() in afterAll
 *   h.browser, h.uuid, h.extOrigin ('moz-extension://<uuid>'), h.origin ('https://www.linkedin.com')
 *   await h.openFixture('/in/jane-doe/')    // new tab on that URL; console errors are collected
 *   await h.typeInto(page, selector, text)  // click + real key events ('>>>' pierces open shadow roots)
 *   await h.openPopup('?tab=checker'), await h.openOptions()   // extension pages in a tab
 *   await h.ext(fn, arg)                     // run fn(arg) in an extension page (storage, runtime, IndexedDB)
 *   await h.readStore('garbo', 'records')   // all rows of an IndexedDB store of the extension
 *   h.connections                           // every connection the proxy saw: { at, method, target, allowed }
 *   h.installedAt                           // Date.now() when the add-on was installed
 *   h.startup                               // { launchMs, installMs }; printed with GARBO_E2E_TIMINGS=1
 *   h.pageErrors(page), await h.screenshot(page, name), await h.close()
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { ORIGIN, startFixtureServer } from '../e2e/fixture-server';
import { ARTIFACTS, FIREFOX } from '../e2e/paths';

/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'garbo@garbo-coach.org';
const LINKEDIN = 'www.linkedin.com:443';

export interface Connection {
  at: number;
  method: string;
  /** host:port for CONNECT, the absolute URL for a plain HTTP request through the proxy. */
  target: string;
  allowed: boolean;
}

export interface FirefoxHarness {
  browser: Browser;
  uuid: string;
  extOrigin: string;
  origin: string;
  connections: Connection[];
  installedAt: number;
  /** How long Firefox took to start and the add-on to install (for the README's figures). */
  startup: { launchMs: number; installMs: number };
  openFixture(path: string): Promise<Page>;
  typeInto(page: Page, selector: string, text: string, delay?: number): Promise<void>;
  openExtPage(path: string): Promise<Page>;
  openPopup(query?: string): Promise<Page>;
  openOptions(): Promise<Page>;
  ext<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  readStore<T = any>(db: string, store: string): Promise<T[]>;
  pageErrors(page: Page): string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The HTTP proxy the PAC file points at: www.linkedin.com:443 goes to the fixture server, the rest is refused and logged. */
function startProxy(https: HttpsServer, log: Connection[]): Promise<{ proxy: HttpServer; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const proxy = createHttpServer((req, res) => {
    log.push({ at: Date.now(), method: req.method ?? '?', target: req.url ?? '', allowed: false });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('refused by the e2e proxy');
  });
  proxy.on('connection', (s: Socket) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  proxy.on('connect', (req, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const allowed = target === LINKEDIN;
    log.push({ at: Date.now(), method: 'CONNECT', target, allowed });
    socket.on('error', () => { /* the browser hung up */ });
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    https.emit('connection', socket);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve({ proxy, sockets })));
}

/**
 * Prefs on top of puppeteer's and Firefox's own automation defaults: every
 * connection through our proxy (no direct fallback, localhost included), the
 * add-on's UUID pinned, unsigned temporary add-ons, and Firefox's background
 * services (captive portal, connectivity checks, DoH, region, snippets, push,
 * updates of its lists and engines) switched off so they do not talk during a run.
 */
function prefs(proxyPort: number, uuid: string, colorScheme: 'light' | 'dark', idleMs?: number): Record<string, unknown> {
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${proxyPort}"; }`;
  return {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent(pac)}`,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.proxy.no_proxies_on': '',
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.topsites.contile.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.url': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'app.shield.optoutstudies.enabled': false,
    'identity.fxaccounts.enabled': false,
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    // Firefox suspends an idle event page after 30 s; a test may shorten that to see Garbo wake it again.
    ...(idleMs ? { 'extensions.background.idle.timeout': idleMs } : {}),
  };
}

/** Poll until pred holds (or throw with the last value). */
export async function until<T>(fn: () => Promise<T>, pred: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let v: T | undefined;
    let err: unknown;
    try { v = await fn(); } catch (e) { err = e; }
    if (err === undefined && pred(v as T)) return v as T;
    if (Date.now() > end) throw new Error(`${what} never happened; last: ${err ? String(err) : JSON.stringify(v)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startFirefox(opts: { colorScheme?: 'light' | 'dark'; backgroundIdleMs?: number } = {}): Promise<FirefoxHarness> {
  const run = inject('garboRun');
  const extDir = inject('garboExt');
  const server = await startFixtureServer(run);
  const connections: Connection[] = [];
  const { proxy, sockets } = await startProxy(server, connections);
  const proxyPort = (proxy.address() as { port: number }).port;
  const uuid = randomUUID();
  const extOrigin = `moz-extension://${uuid}`;
  mkdirSync(join(run, 'home'), { recursive: true });
  const profile = mkdtempSync(join(run, 'ff-profile-'));
  const t0 = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 860 },
    // Lets BiDi navigate a tab to moz-extension:// pages (the popup, the options page).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: join(run, 'home'), TMPDIR: run, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: prefs(proxyPort, uuid, opts.colorScheme ?? 'light', opts.backgroundIdleMs),
  });
  const t1 = Date.now();
  let installedAt = 0;
  let launchMs = 0;
  let installMs = 0;
  const errors = new WeakMap<Page, string[]>();
  const track = (page: Page) => {
    const list: string[] = [];
    errors.set(page, list);
    page.on('console', (m) => { if (m.type() === 'error') list.push(m.text()); });
    page.on('pageerror', (e) => list.push(`uncaught: ${(e as Error).message ?? String(e)}`));
    return page;
  };
  try {
    const id = await browser.installExtension(extDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    installedAt = Date.now();
    launchMs = t1 - t0;
    installMs = installedAt - t1;
    if (process.env.GARBO_E2E_TIMINGS) console.log(JSON.stringify({ name: 'firefox.startup', launchMs, installMs }));
  } catch (e) {
    await browser.close();
    proxy.close();
    server.close();
    throw e;
  }

  /** BiDi will not report a navigation to moz-extension:// as finished: start it, then wait until the page is there. */
  const openExtPage = async (path: string) => {
    const page = track(await browser.newPage());
    const url = `${extOrigin}/${path}`;
    void page.goto(url, { timeout: 0 }).catch(() => { /* see above */ });
    await until(() => page.evaluate(() => `${location.href}|${document.readyState}`), (v) => v.startsWith(url) && v.endsWith('|complete'), `navigation to ${url}`);
    return page;
  };
  let helper: Page | undefined;
  const ext = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    helper ??= await openExtPage('options.html');
    return helper.evaluate(fn as any, arg) as Promise<T>;
  };

  const harness: FirefoxHarness = {
    browser,
    uuid,
    extOrigin,
    origin: ORIGIN,
    connections,
    get installedAt() { return installedAt; },
    get startup() { return { launchMs, installMs }; },
    async openFixture(path) {
      const page = track(await browser.newPage());
      await page.goto(ORIGIN + path, { waitUntil: 'load' });
      return page;
    },
    async typeInto(page, selector, text, delay = 0) {
      await page.waitForSelector(selector, { visible: true });
      await page.click(selector);
      await page.keyboard.type(text, { delay });
    },
    openExtPage,
    openPopup: (query = '') => openExtPage(`popup.html${query}`),
    openOptions: () => openExtPage('options.html'),
    ext,
    readStore: <T,>(db: string, store: string) =>
      ext(([dbName, storeName]) =>
        indexedDB.databases().then((dbs) => dbs.some((d) => d.name === dbName)).then((exists) => !exists ? [] :
          new Promise<unknown[]>((resolve, reject) => {
            const req = indexedDB.open(dbName);
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const conn = req.result;
              if (!conn.objectStoreNames.contains(storeName)) { conn.close(); resolve([]); return; }
              const all = conn.transaction(storeName, 'readonly').objectStore(storeName).getAll();
              all.onsuccess = () => { conn.close(); resolve(all.result); };
              all.onerror = () => { conn.close(); reject(all.error); };
            };
          })), [db, store] as const) as Promise<T[]>,
    pageErrors(page) {
      return errors.get(page) ?? [];
    },
    async screenshot(page, name) {
      const dir = join(ARTIFACTS, 'screenshots', 'firefox');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`) as `${string}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return harness;
}
