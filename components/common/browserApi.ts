// The real Api for the extension pages: runtime messages to the background,
// settings in browser.storage.local (validated with parseSettings).
import { browser } from 'wxt/browser';
import type { AttachStatus, Reply } from '../../lib/messages';
// Zod-free reading (same rules as parseSettings, kept equal by a test): the popup stays light.
import { readSettings } from '../../lib/content/settings-lite';
import { SNAPSHOT_KEY } from '../../lib/history/snapshot';
import type { Api, TabStatus } from './api';

/**
 * The answer public/popup-first-reads.js already asked for while the popup
 * page was parsed, taken once; a later call (or a failed or missing early
 * read) reads storage as usual.
 */
async function prefetched(key: 'snapshot' | 'settings'): Promise<{ value: unknown } | undefined> {
  const g = globalThis as { __garboFirstReads?: Partial<Record<'snapshot' | 'settings', Promise<{ value: unknown }>>> };
  const p = g.__garboFirstReads?.[key];
  if (!p) return undefined;
  delete g.__garboFirstReads![key];
  return p.catch(() => undefined);
}

export const browserApi: Api = {
  async request<T>(msg: Record<string, unknown>): Promise<T> {
    const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
    if (!reply) throw new Error('no answer from the background');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  },
  async loadSettings() {
    const pre = await prefetched('settings');
    return readSettings(pre ? pre.value : (await browser.storage.local.get('settings')).settings);
  },
  /** Callers validate edits (the options page with SettingsSchema); stored data is normalised again here. */
  async saveSettings(s) {
    await browser.storage.local.set({ settings: readSettings(s) });
  },
  watchSettings(fn) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'settings' in changes) fn(readSettings(changes.settings!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  async clearSettings() {
    await browser.storage.local.clear();
    await browser.storage.session?.clear();
  },
  async loadSnapshot() {
    const pre = await prefetched('snapshot');
    return pre ? pre.value : (await browser.storage.session.get(SNAPSHOT_KEY))[SNAPSHOT_KEY];
  },
  browserLang: () => browser.i18n.getUILanguage(),
  async tabStatus(): Promise<TabStatus> {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { kind: 'unknown' };
      // Without the `tabs` permission the URL is hidden except on our host: a URL means LinkedIn.
      if (tab.url !== undefined && !/^https:\/\/www\.linkedin\.com\//.test(tab.url)) return { kind: 'other' };
      const reply = (await browser.runtime.sendMessage({ type: 'get-attach-status', tabId: tab.id })) as Reply<AttachStatus | null>;
      const status = reply.ok ? reply.data : null;
      if (tab.url === undefined && !status) return { kind: 'other' };
      return { kind: 'linkedin', status };
    } catch {
      return { kind: 'unknown' };
    }
  },
  async pageSkeleton() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    // The top frame only: it reads same-origin iframes itself.
    return browser.tabs.sendMessage(tab.id, { type: 'page-skeleton' }, { frameId: 0 });
  },
  openOptions: () => { void browser.runtime.openOptionsPage(); },
};
