// Replaces WXT's ContentScriptContext for Garbo's content script (aliased in
// wxt.config.ts). WXT's own context announces itself at start-up with
// `window.postMessage({type: "<extension id>:<script>:wxt:content-script-started"})`
// and a document CustomEvent of that name, and it invalidates itself when any
// script dispatches that event again. A LinkedIn page could read the first
// (learning that Garbo is installed, and its id) and fake the second (switching
// Garbo off). This context broadcasts nothing, listens to nothing the page can
// reach, and nothing a page does invalidates it. Garbo's main() takes no
// context: it ends through whenExtensionGone below, once the extension itself
// is gone (`browser.runtime.id` disappears when the extension is reloaded or
// removed). So WXT's other context members (isValid, setTimeout,
// addEventListener, block…) are left out of this class: nothing would call them.
import { api as browser } from './native-browser';

const extensionGone = (): boolean => {
  try { return browser.runtime?.id == null; } catch { return true; }
};

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string, readonly options?: unknown) {}

  get signal(): AbortSignal { return this.controller.signal; }
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}

/**
 * Call `stop` once the extension is gone (reloaded, updated or removed): the
 * only end of Garbo's life on a page. Checked every `everyMs` and whenever
 * `check()` is called (e.g. after a request to the background failed).
 */
export function whenExtensionGone(stop: () => void, everyMs = 5000, gone: () => boolean = extensionGone): { check(): void; cancel(): void } {
  let done = false;
  const check = () => {
    if (done || !gone()) return;
    done = true;
    clearInterval(timer);
    stop();
  };
  const timer = setInterval(check, everyMs);
  return { check, cancel: () => { done = true; clearInterval(timer); } };
}
