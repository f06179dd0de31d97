// The popup's status line source: which tab is active and what its content
// script reported, without the `tabs` permission (a URL is visible only on
// LinkedIn, our one host permission).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { browserApi } from '../../../components/common/browserApi';

afterEach(() => { vi.restoreAllMocks(); fakeBrowser.reset(); });

const activeTab = (tab: { id?: number; url?: string } | undefined) =>
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(tab ? [{ index: 0, highlighted: true, active: true, pinned: false, incognito: false, ...tab } as never] : []);

describe('browserApi.tabStatus', () => {
  it('reports the content script status of an active LinkedIn tab', async () => {
    activeTab({ id: 7, url: 'https://www.linkedin.com/in/jane-doe/' });
    const status = { state: 'attached', surfaces: ['invite'], url: 'https://www.linkedin.com/in/jane-doe/' };
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: status });
    expect(await browserApi.tabStatus()).toEqual({ kind: 'linkedin', status });
    expect(send).toHaveBeenCalledWith({ type: 'get-attach-status', tabId: 7 });
  });

  it('says "not LinkedIn" for another site (URL hidden) with nothing reported, or a visible non-LinkedIn URL', async () => {
    activeTab({ id: 8 });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: null });
    expect(await browserApi.tabStatus()).toEqual({ kind: 'other' });
    vi.restoreAllMocks();
    activeTab({ id: 9, url: 'https://example.org/' });
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    expect(await browserApi.tabStatus()).toEqual({ kind: 'other' });
    expect(send).not.toHaveBeenCalled();
  });

  it('shows nothing when the tab cannot be read', async () => {
    activeTab(undefined);
    expect(await browserApi.tabStatus()).toEqual({ kind: 'unknown' });
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('no tabs'));
    expect(await browserApi.tabStatus()).toEqual({ kind: 'unknown' });
  });

  it('turns a refused request into an error with the background text', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'invalid request: type: x' });
    await expect(browserApi.request({ type: 'x' })).rejects.toThrow('invalid request: type: x');
  });

  it('reads settings field by field and keeps the snapshot in session storage', async () => {
    await browser.storage.local.set({ settings: { uiLang: 'it', followUpDays: 'soon' } });
    expect(await browserApi.loadSettings()).toMatchObject({ uiLang: 'it', followUpDays: 7 });
    await browser.storage.session.set({ historySnapshot: { savedAt: 1 } });
    expect(await browserApi.loadSnapshot!()).toEqual({ savedAt: 1 });
  });
});
