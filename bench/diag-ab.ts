// Diagnostic, not a bench (npm run bench does not run it): the popup's first
// screen with a stopped worker for two builds, measured alternately in the same
// minutes, so both see the same machine load, each with its own empty-page
// baseline. With AB_TRACE=1 it also records a Chromium trace of each popup run
// and prints thread CPU time, which a busy machine disturbs far less than wall
// time: the popup's main thread up to its first screen, and the service
// worker's threads from its wake to the first screen and to the live list.
// Usage: GARBO_OUT_DIR=/tmp/a npx wxt build (in each checkout), then
//   [AB_TRACE=1] npx tsx bench/diag-ab.ts /tmp/a /tmp/b [rounds]
// It seeds 50,000 records in a fresh profile per build (temp folder, removed at the end).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { benchRecords } from './history-records';

const [A, B] = [process.argv[2]!, process.argv[3]!];
const ROUNDS = Number(process.argv[4] ?? 12);
const N = 50_000;
const work = mkdtempSync(join(tmpdir(), 'garbo-ab-'));
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function open(dir: string, name: string) {
  const ext = join(dir, 'chrome-mv3');
  writeFileSync(join(ext, 'baseline.html'), '<!DOCTYPE html><html><body><p>baseline</p><script type="module" src="/baseline.js"></script></body></html>');
  writeFileSync(join(ext, 'baseline.js'), "performance.mark('garbo:first-screen');");
  const context = await chromium.launchPersistentContext(join(work, name), {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 420, height: 600 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--host-resolver-rules=MAP * ~NOTFOUND',
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const id = new URL(sw.url()).host;
  const now = Date.now();
  const records = benchRecords(N, now);
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${id}/baseline.html`);
  const res = await seed.evaluate((text) => (globalThis as any).chrome.runtime.sendMessage({ type: 'history-import', text }),
    JSON.stringify({ format: 'garbo-history', version: 2, exportedAt: new Date(now).toISOString(), records }));
  if (!res?.ok) throw new Error('seed');
  for (let i = 0; i < 600; i++) {
    const total = await seed.evaluate(async () => ((await (globalThis as any).chrome.storage.session.get('historySnapshot')).historySnapshot?.total ?? -1) as number);
    if (total === N) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 1000));
  await seed.close();
  return { context, id };
}
async function stopWorker(context: BrowserContext, id: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const versions: Array<{ versionId: string; scriptURL: string }> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < 100 && !versions.some((v) => v.scriptURL.includes(id)); i++) await new Promise((r) => setTimeout(r, 50));
  const v = versions.find((x) => x.scriptURL.includes(id));
  if (v) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
  await new Promise((r) => setTimeout(r, 300));
  await cdp.detach();
  await page.close();
}
const TRACE = process.env.AB_TRACE === '1';
/** CPU (thread time) of the page's main thread from navigation start to first-screen, and of service-worker threads in its process. */
function cpu(events: any[]): { popup: number; swToFirst: number; swToLive: number } {
  const fs = events.find((e) => e.name === 'garbo:first-screen');
  const live = events.find((e) => e.name === 'garbo:live-page');
  if (!fs) return { popup: NaN, swToFirst: NaN, swToLive: NaN };
  const nav = Math.min(...events.filter((e) => e.name === 'navigationStart' && e.pid === fs.pid).map((e) => e.ts));
  const swTids = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === fs.pid && /ServiceWorker/.test(e.args?.name)).map((e) => e.tid));
  const sum = (pred: (e: any) => boolean, from: number, to: number) => events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === fs.pid && pred(e) && e.ts >= from && e.ts <= to)
    .reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    popup: sum((e) => e.tid === fs.tid, nav, fs.ts),
    swToFirst: sum((e) => swTids.has(e.tid), nav - 300_000, fs.ts),
    swToLive: live ? sum((e) => swTids.has(e.tid), nav - 300_000, live.ts) : NaN,
  };
}
async function traced<T>(context: BrowserContext, run: () => Promise<T>): Promise<[T, any[]]> {
  const ctl = await context.newPage();
  const cdp = await context.newCDPSession(ctl);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', '__metadata'] }, transferMode: 'ReturnAsStream' });
  const out = await run();
  const done = new Promise<{ stream: string }>((r) => cdp.once('Tracing.tracingComplete', (e: any) => r(e)));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let data = '';
  for (;;) { const c: any = await cdp.send('IO.read', { handle: stream }); data += c.data; if (c.eof) break; }
  await cdp.detach();
  await ctl.close();
  const j = JSON.parse(data);
  return [out, Array.isArray(j) ? j : j.traceEvents];
}
async function first(context: BrowserContext, url: string, live: boolean) {
  const page: Page = await context.newPage();
  await page.goto(url);
  const mark = async (n: string) => {
    await page.waitForFunction((x) => performance.getEntriesByName(x).length > 0, n, { timeout: 20_000 });
    return page.evaluate((x) => performance.getEntriesByName(x)[0]!.startTime, n);
  };
  const t = await mark('garbo:first-screen');
  const l = live ? await mark('garbo:live-page') : 0;
  await page.close();
  return [t, l];
}
const a = await open(A, 'a');
const b = await open(B, 'b');
const res: Record<string, number[]> = {};
/** AB_MODE=warm: the worker running (used a moment ago): first screen, search, "What works", as bench/popup.bench.ts times them. */
async function warmRound(label: string, x: { context: BrowserContext; id: string }) {
  const url = `chrome-extension://${x.id}/popup.html`;
  (res[`${label} warm first`] ??= []).push((await first(x.context, url, true))[0]);
  const p = await x.context.newPage();
  await p.goto(`${url}?tab=works`);
  await p.waitForFunction(() => performance.getEntriesByName('garbo:works-ready').length > 0, null, { timeout: 20_000 });
  (res[`${label} works`] ??= []).push(await p.evaluate(() => performance.getEntriesByName('garbo:works-ready')[0]!.startTime));
  await p.goto(url);
  await p.locator('[data-testid=history-row]').first().waitFor();
  for (const q of ['niccolo 99', 'jane', 'giulia 7']) {
    await p.fill('[data-testid=search]', q);
    const ms = await p.waitForFunction(() => {
      const start = performance.getEntriesByName('garbo:query-start').at(-1)?.startTime ?? 0;
      const ready = performance.getEntriesByName('garbo:list-ready').at(-1)?.startTime ?? 0;
      return ready > start && performance.getEntriesByName('garbo:query-start').length > 1 && (window as any).__last !== start ? ((window as any).__last = start, ready - start) : false;
    }, null, { timeout: 10_000 });
    (res[`${label} search`] ??= []).push((await ms.jsonValue()) as number);
  }
  await p.close();
}
if (process.env.AB_MODE === 'warm') {
  for (const x of [a, b]) await warmRound('x', x); // the popup used once: the worker is up and has read the history
  delete res['x warm first']; delete res['x works']; delete res['x search'];
  await new Promise((r) => setTimeout(r, 2000));
}
for (let i = 0; i < ROUNDS; i++) {
  if (process.env.AB_MODE === 'warm') { await warmRound('A', a); await warmRound('B', b); continue; }
  for (const [label, x] of [['A', a], ['B', b]] as const) {
    await stopWorker(x.context, x.id);
    let t: number, l: number;
    if (TRACE) {
      let ev: any[];
      [[t, l], ev] = await traced(x.context, () => first(x.context, `chrome-extension://${x.id}/popup.html`, true));
      const c = cpu(ev);
      (res[`${label} cpu popup`] ??= []).push(c.popup);
      (res[`${label} cpu sw<first`] ??= []).push(c.swToFirst);
      (res[`${label} cpu sw<live`] ??= []).push(c.swToLive);
    } else [t, l] = await first(x.context, `chrome-extension://${x.id}/popup.html`, true);
    (res[`${label} popup`] ??= []).push(t);
    (res[`${label} live`] ??= []).push(l);
    await new Promise((r) => setTimeout(r, 400));
    await stopWorker(x.context, x.id);
    (res[`${label} baseline`] ??= []).push((await first(x.context, `chrome-extension://${x.id}/baseline.html`, false))[0]);
    await new Promise((r) => setTimeout(r, 400));
  }
}
for (const [k, xs] of Object.entries(res)) console.log(`${k.padEnd(12)} min ${Math.min(...xs).toFixed(1)} median ${med(xs).toFixed(1)}  [${xs.map((x) => x.toFixed(0)).join(' ')}]`);
await a.context.close();
await b.context.close();
rmSync(work, { recursive: true, force: true });
