// Sends reach the extension's own IndexedDB through the background, once each,
// even across a service-worker restart; invalid messages are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

const report = (sendId: string) => ({
  sendId, kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri' },
  text: 'Ciao Giulia, ci siamo conosciuti ieri al festival.', sentAt: Date.now(), lang: 'it',
  score: 80, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false,
});
const send = (page: Page, msg: unknown) =>
  page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean; error?: string; data?: any }>;

describe('history through the background', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => { h = await startHarness(); page = await h.openPopup(); await page.locator('#app h1').waitFor(); });
  afterAll(async () => { await h?.close(); });

  it('stores a send once in the extension database, not the page', async () => {
    expect(await send(page, { type: 'record-send', report: report('e2e-send-0001') })).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await send(page, { type: 'record-send', report: report('e2e-send-0001') })).toMatchObject({ ok: true, data: { duplicate: true } });
    const rows = await h.waitForStore<{ id: string }>('garbo', 'records', (r) => r.length >= 1);
    expect(rows.map((r) => r.id)).toEqual(['e2e-send-0001']);
    const li = await h.openFixture('/in/giulia-ferri/');
    expect(await li.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('garbo');
  });

  it('refuses an invalid message and stores nothing', async () => {
    const reply = await send(page, { type: 'record-send', report: { ...report('x'), score: 'high' } });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/invalid request/);
    expect(await h.readStore('garbo', 'records')).toHaveLength(1);
  });

  it('refuses impossible dates in sends and edits, naming the field', async () => {
    for (const sentAt of [9e15, -1]) {
      const reply = await send(page, { type: 'record-send', report: { ...report('e2e-send-date'), sentAt } });
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/report\.sentAt: not a valid date/) });
    }
    for (const followUpDue of [-1, 9e15]) {
      const reply = await send(page, { type: 'history-update', id: 'e2e-send-0001', patch: { followUpDue } });
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/invalid edit: followUpDue: not a valid date/) });
    }
    const rows = await h.readStore<{ id: string; followUpDue: unknown }>('garbo', 'records');
    expect(rows.map((r) => [r.id, r.followUpDue])).toEqual([['e2e-send-0001', null]]);
  });

  it('still records after the service worker was stopped', async () => {
    await h.stopServiceWorker();
    expect(await send(page, { type: 'record-send', report: report('e2e-send-0002') })).toMatchObject({ ok: true });
    const rows = await h.waitForStore<{ id: string }>('garbo', 'records', (r) => r.length === 2);
    expect(rows.map((r) => r.id).sort()).toEqual(['e2e-send-0001', 'e2e-send-0002']);
  });

  it('loses nothing when two pages record at the same moment, and stores repeats once', async () => {
    const other = await h.openPopup();
    await other.locator('#app h1').waitFor();
    const before = (await h.readStore('garbo', 'records')).length;
    const burst = (p: Page, prefix: string) => Promise.all(Array.from({ length: 15 }, (_, i) => send(p, { type: 'record-send', report: report(`${prefix}-${String(i).padStart(3, '0')}`) })));
    const replies = (await Promise.all([burst(page, 'e2e-tab-a'), burst(other, 'e2e-tab-b'), burst(other, 'e2e-tab-a')])).flat();
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(replies.filter((r) => r.data.duplicate)).toHaveLength(15);
    const rows = await h.waitForStore<{ id: string }>('garbo', 'records', (r) => r.length >= before + 30);
    expect(rows).toHaveLength(before + 30);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    await other.close();
  });
});
