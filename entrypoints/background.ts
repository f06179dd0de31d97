import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/background/handler';
import { openHistory, type HistoryConn } from '../lib/history/db';
import type { AttachStatus } from '../lib/messages';
import { parseSettings, withDictionaryWord, type Settings } from '../lib/settings';
import { createAnalyzeService } from '../lib/background/analyze-service';
import { createHistoryKeeper } from '../lib/background/history-keeper';

export default defineBackground(() => {
  // The worker may be stopped at any time: nothing here must outlive it but
  // the database, which is opened lazily on the first request after a wake-up.
  let conn: Promise<HistoryConn> | undefined;
  const db = () => (conn ??= openHistory().catch((e) => { conn = undefined; throw e; }));
  const statuses = new Map<number, AttachStatus>();
  browser.tabs?.onRemoved?.addListener((tabId) => statuses.delete(tabId));
  // Settings, read once per worker life and again after each change.
  let settingsP: Promise<Settings> | undefined;
  const settings = () => (settingsP ??= browser.storage.local.get('settings').then((r) => parseSettings(r.settings), () => parseSettings({})));
  // Follow-ups due on the toolbar icon (option badgeCount) and the popup's
  // first-screen snapshot. A wake reads no record: they are refreshed only
  // when stale, after writes and when the settings change (history-keeper.ts).
  const keeper = createHistoryKeeper({
    db,
    settings,
    session: {
      get: (keys) => browser.storage.session.get(keys),
      set: (items) => browser.storage.session.set(items),
    },
    setBadge: (text) => browser.action?.setBadgeText({ text }),
  });
  keeper.wake();
  browser.storage.onChanged.addListener((changes, area) => { if (area === 'local' && 'settings' in changes) { settingsP = undefined; keeper.settingsChanged(); } });
  // The compiled dictionaries ship inside the package (public/dict/); reading
  // them is a fetch of the extension's own file, not a network request.
  const analyzer = createAnalyzeService({
    loadBytes: async (lang) => {
      const res = await fetch(browser.runtime.getURL(`/dict/${lang}.bin`));
      if (!res.ok) throw new Error(`dictionary ${lang}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
    settings,
  });
  const addWord = async (word: string) => {
    const stored = parseSettings((await browser.storage.local.get('settings')).settings);
    const dictionary = withDictionaryWord(stored.dictionary, word);
    await browser.storage.local.set({ settings: { ...stored, dictionary } });
    settingsP = undefined;
    return dictionary;
  };
  browser.runtime.onMessage.addListener((msg, sender) => {
    if ((msg as { type?: unknown })?.type === 'history-stats') keeper.popupOpened();
    // A content script runs in a web page (LinkedIn's): it reports sends as claims, which the background scores itself.
    const contentScript = !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    return handleRequest(msg, { tabId: sender.tab?.id, contentScript }, { db, statuses, onHistoryChange: keeper.changed, settings, analyzer, addWord, firstScreen: keeper });
  });
});
