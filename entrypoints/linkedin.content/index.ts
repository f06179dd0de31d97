// Thin wiring: the browser APIs go into components/panel/runtime (settings,
// sessions, gate, recording) and lib/linkedin/watch (finding the fields).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields, shouldWatchFrame } from '../../lib/linkedin/watch';
import type { Reply, Request } from '../../lib/messages';
import { startGarbo, type RuntimeStorage } from '../../components/panel/runtime';
import { perfLog } from '../../lib/content/perf';
import { startOutcomes } from '../../lib/content/outcomes-feature';
import { skeletonListener } from '../../components/panel/skeleton-feature';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Sales Navigator is another app (its own markup, plain textareas, InMail rules): Garbo stays away from it (README).
  excludeMatches: ['https://www.linkedin.com/sales/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      // An interop iframe is watched by its same-origin parent frame.
      if (!shouldWatchFrame(window)) return;
      const storage: RuntimeStorage = {
        get: (keys) => browser.storage.local.get(keys),
        set: (items) => browser.storage.local.set(items),
        remove: (keys) => browser.storage.local.remove(keys),
        onChanged(fn) {
          const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => { if (area === 'local') fn(changes); };
          browser.storage.onChanged.addListener(listener);
          return () => browser.storage.onChanged.removeListener(listener);
        },
      };
      const runtime = startGarbo({
        doc: document,
        win: window,
        watch: watchFields,
        request: (req: Request) => browser.runtime.sendMessage(req) as Promise<Reply>,
        storage,
        uiLanguage: () => browser.i18n.getUILanguage(),
        topFrame: window.top === window,
        newId: () => crypto.randomUUID(),
      });
      ctx.onInvalidated(() => runtime.stop());
      // Issue 14: outcomes (accepted, replied, no longer pending) read from the pages the user opens; never fetches or clicks.
      startOutcomes({ doc: document, request: (req: Request) => browser.runtime.sendMessage(req) as Promise<Reply>, signal: ctx.signal });
      // "Report a page Garbo missed": the popup asks the top frame for the page's sanitized skeleton.
      if (window.top === window) {
        const onSkeleton = skeletonListener(document);
        browser.runtime.onMessage.addListener(onSkeleton);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onSkeleton));
      }
      // Timings for the e2e keystroke figure; this global lives in Garbo's isolated world only.
      (globalThis as { __garboPerf?: unknown }).__garboPerf = perfLog;
    } catch (err) {
      // Nothing may reach LinkedIn's page.
      console.debug('Garbo could not start:', err);
    }
  },
});
