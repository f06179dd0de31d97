// The LinkedIn field watcher's own main-thread cost in real Chromium, on a big
// page (our own generated markup, 5,000+ elements): per batch of page mutations
// with no field on the page (what every LinkedIn page without a composer pays),
// and the delay from a composer being inserted to attach(). The watcher's
// MutationObserver callbacks and its coalesced pass are timed by wrapping
// MutationObserver and queueMicrotask before the watcher starts.
// Prints JSON lines {name, value, unit}.
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.GARBO_CHROMIUM || '/usr/bin/chromium';
const out = (name: string, value: number, unit: string) => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }));

const bundle = buildSync({
  stdin: {
    contents: `import { watchFields } from './lib/linkedin/watch';
      const g = (window.__g = { attachedAt: [] });
      g.stop = watchFields(document, { attach: () => g.attachedAt.push(performance.now()), detach() {} });`,
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, format: 'iife', write: false, target: 'chrome120',
}).outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><main></main><div id="interop-outlet"></div></body></html>');
  // Time everything the watcher runs: its observer callbacks and its coalesced pass.
  // (a string, not a function: tsx would inject helpers the page does not have)
  await page.evaluate(`(() => {
    window.__cost = 0;
    const MO = window.MutationObserver;
    window.MutationObserver = class extends MO {
      constructor(cb) {
        super((records, obs) => { const t = performance.now(); try { cb(records, obs); } finally { window.__cost += performance.now() - t; } });
      }
    };
    const qm = window.queueMicrotask.bind(window);
    window.queueMicrotask = (fn) => qm(() => { const t = performance.now(); try { fn(); } finally { window.__cost += performance.now() - t; } });
    // A big feed: 250 posts of 21 elements.
    const main = document.querySelector('main');
    window.__post = (i) => {
      const a = document.createElement('article');
      a.className = 'p' + (i % 7);
      for (let j = 0; j < 10; j++) {
        const d = document.createElement('div');
        const s = document.createElement('span');
        s.textContent = 'post ' + i + ' line ' + j;
        d.append(s);
        a.append(d);
      }
      return a;
    };
    for (let i = 0; i < 250; i++) main.append(window.__post(i));
    document.getElementById('interop-outlet').attachShadow({ mode: 'open' });
  })()`);
  await page.addScriptTag({ content: bundle });
  const idle = await page.evaluate(async () => {
    const w = window as any;
    const main = document.querySelector('main')!;
    const BATCHES = 400;
    await new Promise((r) => setTimeout(r, 50));
    w.__cost = 0;
    for (let i = 0; i < BATCHES; i++) {
      main.append(w.__post(1000 + i)); // infinite scroll: a post in, the oldest out
      main.firstElementChild!.remove();
      const shadow = document.getElementById('interop-outlet')!.shadowRoot!;
      shadow.append(document.createElement('div')); // churn in the outlet's root too
      await Promise.resolve();
      await new Promise((r) => queueMicrotask(() => r(null)));
    }
    return { perBatchMs: w.__cost / BATCHES, elements: document.getElementsByTagName('*').length };
  });
  out('content.watch_idle_batch_us', idle.perBatchMs * 1000, 'µs');
  out('content.watch_page_elements', idle.elements, 'elements');

  const found: number[] = [];
  for (let i = 0; i < 7; i++) {
    found.push(await page.evaluate(async (n) => {
      const w = window as any;
      const form = document.createElement('form');
      form.className = 'msg-form';
      const ed = document.createElement('div');
      ed.className = 'msg-form__contenteditable';
      ed.setAttribute('contenteditable', 'true');
      ed.setAttribute('role', 'textbox');
      ed.append(document.createElement('p'));
      form.append(ed);
      const bubble = document.createElement('div');
      bubble.className = 'msg-overlay-conversation-bubble';
      bubble.append(form);
      const t0 = performance.now();
      document.body.append(bubble);
      await new Promise((r) => setTimeout(r, 0));
      const dt = w.__g.attachedAt[n]! - t0;
      bubble.remove();
      await new Promise((r) => setTimeout(r, 0));
      return dt;
    }, i));
  }
  out('content.watch_attach_ms', [...found].sort((a, b) => a - b)[3]!, 'ms');
} finally {
  await browser.close();
}
