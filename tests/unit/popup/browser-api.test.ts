// The popup's status line source: which tab is active and what its content
// script reported, without the `tabs` permission (a URL is visible only on
// LinkedIn, our one host permission).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { browserApi } from '../../../components/common/browserApi';

afterEach(() => { vi.restoreAllMocks(); fakeBrowser.reset(); });

type AnyMock = Mock<(...args: unknown[]) => Promise<unknown>>;
const spyQuery = () => vi.spyOn(browser.tabs, 'query') as unknown as AnyMock;
const spySend = (): AnyMock => vi.spyOn(browser.runtime, 'sendMessage') as unknown as AnyMock;
const activeTab = (tab: { id?: number; url?: string } | undefined) =>
  spyQuery().mockResolvedValue(tab ? [{ index: 0, highlighted: true, active: true, pinned: false, incognito: false, ...tab }] : []);

describe('browserApi.tabStatus', () => {
  it('reports the content script status of an active LinkedIn tab', async () => {
    activeTab({ id: 7, url: 'https://www.linkedin.com/in/jane-doe/' });
    const status = { state: 'attached', surfaces: ['invite'], url: 'https://www.linkedin.com/in/jane-doe/' };
    const send = spySend().mockResolvedValue({ ok: true, data: status });
    expect(await browserApi.tabStatus()).toEqual({ kind: 'linkedin', status });
    expect(send).toHaveBeenCalledWith({ type: 'get-attach-status', tabId: 7 });
  });

  it('says "not LinkedIn" for another site (URL hidden) with nothing reported, or a visible non-LinkedIn URL', async () => {
    activeTab({ id: 8 });
    spySend().mockResolvedValue({ ok: true, data: null });
    expect(await browserApi.tabStatus()).toEqual({ kind: 'other' });
    vi.restoreAllMocks();
    activeTab({ id: 9, url: 'https://example.org/' });
    const send = spySend();
    expect(await browserApi.tabStatus()).toEqual({ kind: 'other' });
    expect(send).not.toHaveBeenCalled();
  });

  it('shows nothing when the tab cannot be read', async () => {
    activeTab(undefined);
    expect(await browserApi.tabStatus()).toEqual({ kind: 'unknown' });
    spyQuery().mockRejectedValue(new Error('no tabs'));
    expect(await browserApi.tabStatus()).toEqual({ kind: 'unknown' });
  });

  it('turns a refused request into an error with the background text', async () => {
    spySend().mockResolvedValue({ ok: false, error: 'invalid request: type: x' });
    await expect(browserApi.request({ type: 'x' })).rejects.toThrow('invalid request: type: x');
  });

  it('reads settings field by field and keeps the snapshot in session storage', async () => {
    await browser.storage.local.set({ settings: { uiLang: 'it', followUpDays: 'soon' } });
    expect(await browserApi.loadSettings()).toMatchObject({ uiLang: 'it', followUpDays: 7 });
    await browser.storage.session.set({ historySnapshot: { savedAt: 1 } });
    expect(await browserApi.loadSnapshot!()).toEqual({ savedAt: 1 });
  });
});

describe('the first reads started by public/popup-first-reads.js', () => {
  const script = () => readFileSync(resolve(__dirname, '../../../public/popup-first-reads.js'), 'utf8');
  afterEach(() => { delete (globalThis as { __garboFirstReads?: unknown }).__garboFirstReads; });

  it('reads the snapshot under the key the background writes', async () => {
    const { SNAPSHOT_KEY } = await import('../../../lib/history/snapshot');
    expect(script()).toContain(`'${SNAPSHOT_KEY}'`);
  });

  it('start both reads from the page script; browserApi takes each once, then reads storage again; a failed one falls back', async () => {
    await browser.storage.session.set({ historySnapshot: { total: 1 } });
    await browser.storage.local.set({ settings: { uiLang: 'it' } });
    // The page script, run with a global of its own that has the extension API.
    const page: { browser: typeof browser; __garboFirstReads?: Record<string, Promise<{ value: unknown }>> } = { browser };
    new Function('globalThis', script())(page);
    expect(await page.__garboFirstReads!.snapshot).toEqual({ value: { total: 1 } });
    expect(await page.__garboFirstReads!.settings).toEqual({ value: { uiLang: 'it' } });
    // Without the extension API it does nothing.
    const bare: { __garboFirstReads?: unknown } = {};
    new Function('globalThis', script())(bare);
    expect(bare.__garboFirstReads).toBeUndefined();

    const g = globalThis as { __garboFirstReads?: Record<string, Promise<{ value: unknown }>> };
    g.__garboFirstReads = { snapshot: Promise.resolve({ value: { total: 42 } }), settings: Promise.reject(new Error('too early')) };
    expect(await browserApi.loadSnapshot!()).toEqual({ total: 42 }); // the early answer
    expect(await browserApi.loadSnapshot!()).toEqual({ total: 1 }); // then storage again
    expect((await browserApi.loadSettings()).uiLang).toBe('it'); // the early read failed: storage
  });
});
