// Thin wiring: the browser APIs go into the content app (./app/app.ts: settings,
// fields, gate, sends) and lib/linkedin/watch (finding the fields).
import { api as browser, onMessage } from './native-browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields, shouldWatchFrame } from '../../lib/linkedin/watch';
import type { Requester } from '../../lib/messages';
import { startGarbo } from './app/app';
import type { RuntimeStorage } from './app/types';
import { perfLog } from '../../lib/content/perf';
import { whenExtensionGone } from './quiet-context';
import { skeletonListener } from '../../components/panel/skeleton-feature';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Sales Navigator is another app (its own markup, plain textareas, InMail rules): Garbo stays away from it (README).
  excludeMatches: ['https://www.linkedin.com/sales/*'],
  allFrames: true,
  runAt: 'document_idle',
  // `ctx` is the quiet context of ./quiet-context.ts (WXT's own is aliased away):
  // Garbo's lifetime is not tied to any event a page can dispatch.
  main() {
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
        request: ((req) => browser.runtime.sendMessage(req)) as Requester,
        storage,
        uiLanguage: () => browser.i18n.getUILanguage(),
        topFrame: window.top === window,
        newId: () => crypto.randomUUID(),
      });
      // The only end of Garbo on a page: the extension itself is gone (reloaded, updated, removed).
      whenExtensionGone(() => runtime.stop());
      // "Report a page Garbo missed": the popup asks the top frame for the page's sanitized skeleton.
      if (window.top === window) {
        whenExtensionGone(onMessage(skeletonListener(document)));
      }
      // Timings for the e2e keystroke figure; this global lives in Garbo's isolated world only.
      (globalThis as { __garboPerf?: unknown }).__garboPerf = perfLog;
    } catch (err) {
      // Nothing may reach LinkedIn's page.
      console.debug('Garbo could not start:', err);
    }
  },
});
