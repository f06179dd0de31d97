import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/background/handler';
import { openHistory, type HistoryConn } from '../lib/history/db';
import type { AttachStatus } from '../lib/messages';
import { viewFor } from '../lib/history/view';
import { badgeText } from '../lib/history/badge';
import { makeSnapshot, SNAPSHOT_KEY } from '../lib/history/snapshot';
import { parseSettings, withDictionaryWord, type Settings } from '../lib/settings';
import { createAnalyzeService } from '../lib/background/analyze-service';

export default defineBackground(() => {
  // The worker may be stopped at any time: nothing here must outlive it but
  // the database, which is opened lazily on the first request after a wake-up.
  let conn: Promise<HistoryConn> | undefined;
  const db = () => (conn ??= openHistory().catch((e) => { conn = undefined; throw e; }));
  const statuses = new Map<number, AttachStatus>();
  browser.tabs?.onRemoved?.addListener((tabId) => statuses.delete(tabId));
  // Follow-ups due on the toolbar icon (option badgeCount) and the popup's
  // first-screen snapshot: refreshed on start, after history writes, when the
  // settings change and when the popup opens.
  // Settings, read once per worker life and again after each change.
  let settingsP: Promise<Settings> | undefined;
  const settings = () => (settingsP ??= browser.storage.local.get('settings').then((r) => parseSettings(r.settings), () => parseSettings({})));
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshBadge = () => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(async () => {
      try {
        const s = await settings();
        const snap = await makeSnapshot(viewFor(await db()), s);
        await browser.storage.session.set({ [SNAPSHOT_KEY]: snap });
        await browser.action?.setBadgeText({ text: badgeText(snap.stats.followUpsDue, s.badgeCount) });
      } catch { /* the badge is a hint; the popup shows the same figure */ }
    }, 300);
  };
  refreshBadge();
  // Read the history into memory right away: a popup that woke the worker asks for it next.
  void db().then((c) => viewFor(c).all()).catch(() => { /* the next request reports it */ });
  browser.storage.onChanged.addListener((changes, area) => { if (area === 'local' && 'settings' in changes) { settingsP = undefined; refreshBadge(); } });
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
    if ((msg as { type?: unknown })?.type === 'history-stats') refreshBadge();
    // A content script runs in a web page (LinkedIn's): it reports sends as claims, which the background scores itself.
    const contentScript = !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    return handleRequest(msg, { tabId: sender.tab?.id, contentScript }, { db, statuses, onHistoryChange: refreshBadge, settings, analyzer, addWord });
  });
});
