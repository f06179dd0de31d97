// Issue 14: a worker that wakes (a tab closed, the popup opened) must not read
// the whole history before the popup's first screen is answered: the records
// read from IndexedDB are counted on fake-indexeddb's own classes, whatever path
// the code takes to them. The answers must still be exactly the live ones, and
// a write, a change of settings or the clock passing an invite's due date must
// make the snapshot give way to the history.
import { IDBFactory, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { createHistoryKeeper, WAKE_DELAY_MS, WARM_DELAY_MS, WRITE_TOKEN_KEY, type KeeperDeps } from '../../../lib/background/history-keeper';
import { openHistory, type HistoryConn } from '../../../lib/history/db';
import { computeStats, DAY_MS, runQuery, toRow, byNewest } from '../../../lib/history/query';
import { importRecords } from '../../../lib/history/repository';
import { recordFromSend, type HistoryRecord } from '../../../lib/history/schema';
import { SNAPSHOT_KEY, type HistorySnapshot } from '../../../lib/history/snapshot';
import { LOAD_SLICE, viewFor } from '../../../lib/history/view';
import { parseSettings, type Settings } from '../../../lib/settings';

const NOW = new Date(2026, 10, 20, 12).getTime(); // 20 Nov 2026, local time
const N = LOAD_SLICE + 1_234; // more than one slice of the sliced load

// --- every record IndexedDB hands out, counted -------------------------------
/** Records IndexedDB handed out, and reads asked for (counted when asked, before any result). */
let reads = 0;
let asked = 0;
const patched: Array<[object, string, unknown]> = [];
const countOn = (proto: Record<string, unknown>, method: string) => {
  const orig = proto[method] as (...a: unknown[]) => IDBRequest;
  patched.push([proto, method, orig]);
  proto[method] = function (this: unknown, ...args: unknown[]) {
    asked++;
    const req = orig.apply(this, args);
    // A cursor's request succeeds once per record it visits.
    req.addEventListener('success', () => {
      const r = req.result as unknown;
      reads += Array.isArray(r) ? r.length : r ? 1 : 0;
    });
    return req;
  };
};
beforeAll(() => {
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, unknown>>) {
    for (const m of ['get', 'getAll', 'openCursor']) countOn(proto, m);
  }
});
afterAll(() => { for (const [proto, m, orig] of patched) (proto as Record<string, unknown>)[m] = orig; });

// --- a history with invites due, not yet due, replied, and messages -----------
function history(): HistoryRecord[] {
  return Array.from({ length: N }, (_, i) => {
    const r = recordFromSend({
      sendId: `keeper-${String(i).padStart(6, '0')}`, kind: i % 3 ? 'invite' : 'message',
      recipient: { name: `Person ${i}`, profileId: `p-${i % 997}` }, text: i % 5 ? `Ciao, nota numero ${i}` : '',
      sentAt: NOW - i * 3_600_000, lang: 'it', score: (i * 7) % 101, verdict: (['ready', 'improve', 'stop'] as const)[i % 3],
      failedChecks: [], page: '/in/x/', gateOverridden: false,
    }, NOW - i * 3_600_000);
    return { ...r, status: (['sent', 'accepted', 'replied', 'no-answer'] as const)[i % 4], followUpDue: i % 50 === 1 ? NOW + 3 * DAY_MS : null };
  });
}

/** storage.session as the browser keeps it: values are copied in and out. */
function session() {
  const m = new Map<string, unknown>();
  return {
    m,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))])),
    set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v)); },
  };
}

/** Timers run only when the test says so. */
function timers() {
  const due: Array<{ id: number; at: number; fn: () => void }> = [];
  let next = 1;
  return {
    set: (fn: () => void, ms: number) => { const id = next++; due.push({ id, at: ms, fn }); return id; },
    clear: (id: unknown) => { const i = due.findIndex((t) => t.id === id); if (i >= 0) due.splice(i, 1); },
    pending: () => due.map((t) => t.at),
    async runAll() { while (due.length) { due.shift()!.fn(); await settle(); } },
  };
}
const settle = async () => { for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0)); };
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 2_000 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

interface Life { conn: HistoryConn; keeper: ReturnType<typeof createHistoryKeeper>; t: ReturnType<typeof timers>; badge: string[]; deps: HandlerDeps }
/** One worker life: a new connection (nothing in memory), the same database and storage.session. */
async function life(factory: IDBFactory, store: ReturnType<typeof session>, opts: { settings?: Settings; now?: number } = {}): Promise<Life> {
  const conn = await openHistory('keeper', factory);
  const t = timers();
  const badge: string[] = [];
  const settings = opts.settings ?? parseSettings({});
  const kd: KeeperDeps = { db: async () => conn, settings: async () => settings, session: store, timers: t, now: () => opts.now ?? NOW, setBadge: (x) => { badge.push(x); } };
  const keeper = createHistoryKeeper(kd);
  const deps: HandlerDeps = { db: async () => conn, statuses: new Map(), settings: async () => settings, onHistoryChange: keeper.changed, firstScreen: keeper };
  return { conn, keeper, t, badge, deps };
}

/** What the history itself answers (read outside the count). */
async function live(conn: HistoryConn, now = NOW, followUpDays = 7) {
  const [r0, a0] = [reads, asked];
  const rows = (await conn.getAll('records')).map(toRow).sort(byNewest);
  [reads, asked] = [r0, a0];
  return { page: runQuery(rows, { limit: 50, now, followUpDays }), stats: computeStats(rows, { now, followUpDays, noteLimit: 'detect' }) };
}

async function seeded() {
  const factory = new IDBFactory();
  const store = session();
  const first = await life(factory, store);
  await importRecords(first.conn, history());
  first.keeper.changed();
  await first.t.runAll(); // the refresh after the write: snapshot + badge
  await until(() => first.badge.length > 0);
  return { factory, store, first };
}

describe('the background waking up (issue 14)', () => {
  it('answers the popup first screen from the snapshot without reading the history, and loads it only afterwards', async () => {
    const { factory, store, first } = await seeded();
    const snap = store.m.get(SNAPSHOT_KEY) as HistorySnapshot;
    expect(snap.total).toBe(N);
    expect(snap.token).toBe(store.m.get(WRITE_TOKEN_KEY));
    expect(first.badge.at(-1)).toBe(String(snap.stats.followUpsDue > 99 ? '99+' : snap.stats.followUpsDue));
    expect(snap.stats.followUpsDue).toBeGreaterThan(0);

    // The worker stops and wakes up.
    const w = await life(factory, store);
    reads = 0;
    asked = 0;
    w.keeper.wake();
    await settle();
    expect(asked).toBe(0);
    expect(w.t.pending()).toEqual([]); // the snapshot is current: no refresh scheduled
    // The popup's first-screen requests, as components/popup/Popup.tsx sends them.
    const page = await handleRequest({ type: 'history-query', query: { text: '', due: false, offset: 0, limit: 50 } }, {}, w.deps);
    const stats = await handleRequest({ type: 'history-stats' }, {}, w.deps);
    expect(asked).toBe(0);
    expect(reads).toBe(0);
    const truth = await live(w.conn);
    expect(page).toEqual({ ok: true, data: truth.page });
    expect(stats).toEqual({ ok: true, data: truth.stats });
    expect((page as { data: { items: Array<{ due: boolean }> } }).data.items.some((x) => x.due)).toBe(true);

    // Then the full load, in slices, for the next request (search).
    expect(w.t.pending()).toEqual([WARM_DELAY_MS]);
    await w.t.runAll();
    await until(() => viewFor(w.conn).loaded);
    expect(reads).toBe(N);
    const found = await handleRequest({ type: 'history-query', query: { text: 'person 3233', limit: 5, now: NOW } }, {}, w.deps);
    expect(found).toMatchObject({ ok: true, data: { total: 1, items: [{ id: 'keeper-003233' }] } });
    expect(reads).toBe(N); // answered from memory
  });

  it('gives way to the history after a write made in an earlier worker life, and refreshes the snapshot', async () => {
    const { factory, store } = await seeded();
    const id = (store.m.get(SNAPSHOT_KEY) as HistorySnapshot).items[0]!.id;
    const w1 = await life(factory, store);
    // A write whose refresh never ran (the worker stopped within the debounce).
    const res = await handleRequest({ type: 'history-update', id, patch: { notes: 'scritto dopo' } }, {}, w1.deps);
    expect(res).toMatchObject({ ok: true });
    expect(w1.t.pending()).toHaveLength(1);
    await settle();

    const w2 = await life(factory, store);
    w2.keeper.wake();
    await settle();
    expect(w2.t.pending()).toEqual([WAKE_DELAY_MS]); // stale: a refresh later, not now
    reads = 0;
    const page = await handleRequest({ type: 'history-query', query: { limit: 50, now: NOW } }, {}, w2.deps);
    expect((page as { data: { items: unknown[] } }).data.items[0]).toMatchObject({ id, notes: 'scritto dopo' });
    expect(page).toEqual({ ok: true, data: (await live(w2.conn)).page });
    expect(reads).toBe(N); // the history answered
    await w2.t.runAll();
    await until(() => w2.badge.length > 0);
    const snap = store.m.get(SNAPSHOT_KEY) as HistorySnapshot;
    expect(snap.items[0]).toMatchObject({ id, notes: 'scritto dopo' });
    expect(snap.token).toBe(store.m.get(WRITE_TOKEN_KEY));
  });

  it('gives way when an invite fell due since, or the settings changed', async () => {
    const { factory, store } = await seeded();
    const snap = store.m.get(SNAPSHOT_KEY) as HistorySnapshot;
    expect(snap.validUntil).toBeGreaterThan(NOW);
    expect(snap.validUntil).toBeLessThanOrEqual(NOW + DAY_MS);

    // One millisecond before the next invite falls due, the snapshot still answers; at that moment it does not.
    const before = await life(factory, store, { now: snap.validUntil! - 1 });
    reads = 0;
    asked = 0;
    const q = await handleRequest({ type: 'history-stats' }, {}, before.deps);
    expect(asked).toBe(0);
    expect(q).toEqual({ ok: true, data: (await live(before.conn, snap.validUntil! - 1)).stats });
    const at = await life(factory, store, { now: snap.validUntil! });
    const later = await handleRequest({ type: 'history-stats', now: snap.validUntil! }, {}, at.deps);
    const truth = await live(at.conn, snap.validUntil!);
    expect(later).toEqual({ ok: true, data: truth.stats });
    expect(truth.stats.followUpsDue).toBe(snap.stats.followUpsDue + 1);
    expect(reads).toBe(N);

    // Other follow-up days: the snapshot's due flags no longer hold.
    const other = await life(factory, store, { settings: parseSettings({ followUpDays: 3 }) });
    other.keeper.wake();
    await settle();
    expect(other.t.pending()).toEqual([WAKE_DELAY_MS]);
    const page = await handleRequest({ type: 'history-query', query: { limit: 50, now: NOW } }, {}, other.deps);
    expect(page).toEqual({ ok: true, data: (await live(other.conn, NOW, 3)).page });
  });

  it('lets the history answer when storage.session cannot be read, and reads it again next time', async () => {
    const { factory, store } = await seeded();
    const w = await life(factory, store);
    const get = store.get;
    store.get = async () => { throw new Error('storage unavailable'); };
    const page = await handleRequest({ type: 'history-query', query: { limit: 50, now: NOW } }, {}, w.deps);
    expect(page).toEqual({ ok: true, data: (await live(w.conn)).page });
    store.get = get;
    const w2 = await life(factory, store);
    store.get = async () => { throw new Error('storage unavailable'); };
    expect(await w2.keeper.firstPage({ limit: 50 })).toBeUndefined();
    store.get = get;
    expect(await w2.keeper.firstPage({ limit: 50 })).toMatchObject({ total: N }); // the failed token read was not kept
  });

  it('never answers a search, a filter or a later page from the snapshot', async () => {
    const { factory, store } = await seeded();
    const w = await life(factory, store);
    for (const query of [{ text: 'person 3' }, { kind: 'invite' }, { due: true }, { offset: 50 }, { status: 'replied' }, { band: 'ready' }, { limit: 80 }] as const) {
      expect(await w.keeper.firstPage(query)).toBeUndefined();
    }
    expect(await w.keeper.firstPage({ limit: 20 })).toMatchObject({ total: N, items: { length: 20 } });
  });
});
