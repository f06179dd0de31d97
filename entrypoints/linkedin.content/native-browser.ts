// The content script's only door to the extension APIs, without
// webextension-polyfill (about 3 KB gzipped, most of the content script's
// budget headroom). Every call here is one the browsers already give as a
// promise natively: Firefox's `browser.*` (all MV2/MV3 versions Garbo targets)
// and Chrome MV3's `chrome.*` (storage.local get/set/remove, runtime.sendMessage).
// The one place the two differ is a runtime.onMessage reply: Chrome ignores a
// returned promise, so `onMessage` below answers through `sendResponse` and
// returns true, which both browsers honour. The background, popup and options
// keep the polyfill (wxt/browser).
import type { browser as PolyfilledBrowser } from 'wxt/browser';

type Api = typeof PolyfilledBrowser;
const g = globalThis as { browser?: Api; chrome?: Api };

/** Firefox's `browser` when it is the extension's (it has runtime.id), Chrome's `chrome` otherwise (WXT's own rule). */
export const api: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;

type Handler = (msg: unknown) => Promise<unknown> | undefined;
type RawListener = (msg: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

/** Adds a runtime.onMessage handler whose promise becomes the reply; returns the remover. */
export function onMessage(handler: Handler): () => void {
  const listener: RawListener = (msg, _sender, sendResponse) => {
    const reply = handler(msg);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const event = api.runtime.onMessage as unknown as { addListener(l: RawListener): void; removeListener(l: RawListener): void };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
