// Issue 14, the entrypoint itself (entrypoints/background.ts under WXT's fake
// browser): a worker that wakes with a current snapshot answers the popup's
// first-screen requests having read no record from IndexedDB, and loads the
// history only after them. Records read are counted on fake-indexeddb's classes.
import { IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import background from '../../../entrypoints/background';
import { openHistory } from '../../../lib/history/db';
import { byNewest, computeStats, DAY_MS, runQuery, toRow } from '../../../lib/history/query';
import { importRecords } from '../../../lib/history/repository';
import { recordFromSend, type HistoryRecord } from '../../../lib/history/schema';
import { SNAPSHOT_KEY, type HistorySnapshot } from '../../../lib/history/snapshot';

const N = 2_500;
/** Records IndexedDB handed out, and reads asked for (counted when asked, before any result). */
let reads = 0;
let asked = 0;
const patched: Array<[Record<string, unknown>, string, unknown]> = [];
beforeAll(() => {
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, unknown>>) {
    for (const m of ['get', 'getAll', 'openCursor']) {
      const orig = proto[m] as (...a: unknown[]) => IDBRequest;
      patched.push([proto, m, orig]);
      proto[m] = function (this: unknown, ...args: unknown[]) {
        asked++;
        const req = orig.apply(this, args);
        req.addEventListener('success', () => { const r = req.result as unknown; reads += Array.isArray(r) ? r.length : r ? 1 : 0; });
        return req;
      };
    }
  }
});
afterAll(() => { for (const [proto, m, orig] of patched) proto[m] = orig; fakeBrowser.reset(); });

const until = async (ok: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 4_000 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(await ok()).toBe(true);
};

describe('entrypoints/background.ts waking up (issue 14)', () => {
  it('answers the popup first screen without reading the history, then loads it', async () => {
    // Invites due long ago or due in weeks: nothing falls due while the test runs.
    const now = Date.now();
    const records: HistoryRecord[] = Array.from({ length: N }, (_, i) => {
      const sentAt = now - 30 * DAY_MS - i * 60_000;
      const r = recordFromSend({
        sendId: `wake-${String(i).padStart(6, '0')}`, kind: i % 3 ? 'invite' : 'message', recipient: { name: `Person ${i}`, profileId: `p-${i}` },
        text: `Ciao ${i}`, sentAt, lang: 'it', score: i % 100, verdict: 'improve', failedChecks: [], page: '/in/x/', gateOverridden: false,
      }, sentAt);
      return { ...r, followUpDue: i % 4 === 1 ? now + 20 * DAY_MS : null };
    });
    await importRecords(await openHistory(), records);
    const popupAsks = () => Promise.all([
      browser.runtime.sendMessage({ type: 'history-query', query: { text: '', due: false, offset: 0, limit: 50 } }),
      browser.runtime.sendMessage({ type: 'history-stats' }),
    ]);

    // First worker life: it finds no snapshot, so it makes one (after its wake delay) and the badge.
    background.main();
    await until(async () => ((await browser.storage.session.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as HistorySnapshot | undefined)?.total === N);
    const session = await browser.storage.session.get(null);
    const snap = session[SNAPSHOT_KEY] as HistorySnapshot;
    expect(snap.stats.followUpsDue).toBeGreaterThan(0);

    // The worker stops (its memory and listeners are gone; storage.session stays) and wakes.
    fakeBrowser.reset();
    await browser.storage.session.set(session);
    reads = 0;
    asked = 0;
    background.main();
    const [page, stats] = await popupAsks();
    // Not one record read, nor even asked for, before both answers.
    expect(asked).toBe(0);
    expect(reads).toBe(0);
    const rows = records.map(toRow).sort(byNewest);
    expect(page).toEqual({ ok: true, data: runQuery(rows, { limit: 50, now: Date.now() }) });
    expect(stats).toEqual({ ok: true, data: computeStats(rows, { now: Date.now(), noteLimit: 'detect' }) });
    // Afterwards the history is read once, for the next request (search, scrolling).
    await until(() => reads >= N);
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(N);
    const found = await browser.runtime.sendMessage({ type: 'history-query', query: { text: 'person 2499' } });
    expect(found).toMatchObject({ ok: true, data: { total: 1, items: [{ id: 'wake-002499' }] } });
    expect(reads).toBe(N);
  });
});
