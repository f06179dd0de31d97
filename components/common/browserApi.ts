// The real Api for the extension pages: runtime messages to the background,
// settings in browser.storage.local (validated with parseSettings).
import { browser } from 'wxt/browser';
import type { AttachStatus, Reply } from '../../lib/messages';
import { DEFAULT_SETTINGS, parseSettings, SettingsSchema } from '../../lib/settings';
import type { Api, TabStatus } from './api';

export const browserApi: Api = {
  async request<T>(msg: Record<string, unknown>): Promise<T> {
    const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
    if (!reply) throw new Error('no answer from the background');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  },
  async loadSettings() {
    return parseSettings((await browser.storage.local.get('settings')).settings ?? DEFAULT_SETTINGS);
  },
  async saveSettings(s) {
    await browser.storage.local.set({ settings: SettingsSchema.parse(s) });
  },
  async clearSettings() {
    await browser.storage.local.clear();
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
  openOptions: () => { void browser.runtime.openOptionsPage(); },
};
