// Issue 6 item 3(d): the extension's IndexedDB is out of quota. We simulate the
// browser's QuotaExceededError in the service worker by making
// IDBObjectStore.prototype.add/put throw it: every history write goes through
// them (lib/history/repository.ts: recordSend -> tx.store.add, update ->
// tx.store.put, import -> add/put; idb's wrappers look the method up on the
// store at each call). LinkedIn's send must go through, the user must be told
// on the page (and in the popup), nothing stored earlier may change, and the
// send must be saved exactly once when there is room again (next page load).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openNote, panel, poll, pressSend, records, sent, setSettings, waitForRecords } from './linkedin-helpers';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';

const THREAD = '/messaging/thread/2-jane/';
const EDITOR = 'div.msg-form__contenteditable';
const EARLIER = 'Hi Jane, thanks for the great chat at the Turin meetup. Here is the article on accessibility I mentioned.';
const BLOCKED = 'Hi Jane, I enjoyed your talk on the Turin meetup panel. The slides on screen readers were really clear, thanks.';
const NOTE = 'Hi Jane, we met at the Turin accessibility meetup last week. I enjoyed your talk on screen readers.';
const FULL_EN = en.panel_storage_full.message;
const FULL_IT = it_.panel_storage_full.message;

/** Make every IndexedDB write in the service worker fail as a full disk would. */
const fillUp = (h: Harness) => h.serviceWorker.evaluate(() => {
  const g = globalThis as any;
  const P = IDBObjectStore.prototype as any;
  g.__garboQuota ??= { add: P.add, put: P.put };
  P.add = P.put = function quota() { throw new DOMException('quota', 'QuotaExceededError'); };
});
const makeRoom = (h: Harness) => h.serviceWorker.evaluate(() => {
  const g = globalThis as any;
  const P = IDBObjectStore.prototype as any;
  if (g.__garboQuota) { P.add = g.__garboQuota.add; P.put = g.__garboQuota.put; delete g.__garboQuota; }
});
const pending = (h: Harness) => h.serviceWorker.evaluate(async () => {
  const all = await (globalThis as any).chrome.storage.local.get(null);
  return Object.entries(all).filter(([k]) => k.startsWith('garbo.pendingSend.')).map(([, v]) => v as { text: string; sendId: string });
});
const storageFull = (page: Page, host = 'garbo-panel') => page.locator(`${host} [role=status] [data-garbo=storage-full]`);

describe('storage full', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); await setSettings(h, {}); });
  afterAll(async () => { await makeRoom(h).catch(() => undefined); await h?.close(); });

  it('a message that cannot be saved: LinkedIn sends it, the panel says why, nothing earlier changes, and it is saved once later', async () => {
    // One earlier record, stored normally.
    const page = await h.openFixture(THREAD);
    await h.typeInto(page, EDITOR, EARLIER);
    await poll(() => panel(page).locator('.g-verdict').textContent()).toBe('Ready to send');
    await pressSend(page, page.locator('button.msg-form__send-button'));
    const before = await waitForRecords(h, (r) => r.length === 1);
    expect(before[0]).toMatchObject({ text: EARLIER, kind: 'message' });

    await fillUp(h);
    await h.typeInto(page, EDITOR, BLOCKED);
    await poll(() => panel(page).locator('.g-verdict').textContent()).toBe('Ready to send');
    await pressSend(page, page.locator('button.msg-form__send-button'));
    // The send itself is never held back by a full storage.
    await poll(() => sent(page).then((s) => s.map((m) => m.text))).toEqual([EARLIER, BLOCKED]);
    // The user is told, in the panel, in English, in a status region.
    await storageFull(page).waitFor();
    expect((await storageFull(page).locator('p').textContent())?.trim()).toBe(FULL_EN);
    // The earlier record is still there, unchanged; the new send waits in the queue.
    expect(await records(h)).toEqual(before);
    expect((await pending(h)).map((p) => p.text)).toEqual([BLOCKED]);
    expect(h.pageErrors(page)).toEqual([]);

    // The popup: a detail edit that cannot be written shows its storage-full message, and changes nothing.
    const popup = await h.openPopup();
    await popup.locator('[data-testid=history-row]').first().click();
    await popup.locator('[data-testid=detail]').waitFor();
    await popup.selectOption('[data-testid=edit-status]', 'accepted');
    await poll(() => popup.locator('[data-testid=save-state]').textContent()).toBe(en.popup_storage_full.message);
    expect(await records(h)).toEqual(before);
    expect(h.pageErrors(popup)).toEqual([]);
    await popup.close();

    // Room again: the next page load saves the queued send, exactly once.
    await makeRoom(h);
    await page.reload();
    const after = await waitForRecords(h, (r) => r.length === 2);
    await new Promise((r) => setTimeout(r, 1000));
    const final = await records(h);
    expect(final).toHaveLength(2);
    expect(final.filter((r) => r.text === BLOCKED)).toHaveLength(1);
    expect(final.find((r) => r.text === EARLIER)).toEqual(before[0]);
    expect(after.find((r) => r.text === BLOCKED)).toMatchObject({ kind: 'message', recipient: { name: 'Jane Doe' }, page: THREAD });
    await poll(() => pending(h)).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('an invite whose dialog closed on Send: a transient notice in Garbo\'s own host, in Italian, dismissible', async () => {
    await setSettings(h, { uiLang: 'it' });
    const count = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, 'textarea#custom-message', NOTE);
    await poll(() => panel(page).locator('.g-score').count()).toBe(1);
    await fillUp(h);
    await pressSend(page, page.locator('[role=dialog] button[aria-label="Send invitation"]'));
    await poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Jane Doe', note: NOTE }]);
    const notice = storageFull(page, 'garbo-notice');
    await notice.waitFor();
    expect((await notice.locator('p').textContent())?.trim()).toBe(FULL_IT);
    expect(await page.locator('garbo-panel').count()).toBe(0);
    expect(await records(h)).toHaveLength(count);
    expect((await pending(h)).map((p) => p.text)).toEqual([NOTE]);
    await notice.locator('button').click();
    await poll(() => notice.count()).toBe(0);
    expect(h.pageErrors(page)).toEqual([]);

    await makeRoom(h);
    await page.reload();
    const rows = await waitForRecords(h, (r) => r.length === count + 1);
    expect(rows.filter((r) => r.text === NOTE)).toHaveLength(1);
    await poll(() => pending(h)).toEqual([]);
    await setSettings(h, {});
  });
});
