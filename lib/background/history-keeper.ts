// The background's first-screen snapshot and toolbar badge, and what a worker
// does with them when it wakes (issue 14).
//
// A stopped worker wakes for many reasons (a tab closes, a LinkedIn page asks
// for an analysis, the popup opens). It used to read every record at once on
// each wake, while the popup was painting. Now:
// - on wake it reads nothing from IndexedDB: the snapshot in storage.session
//   and the badge are still right when no write happened since they were made
//   (the write token matches), the settings are the same and no invite has
//   fallen due or month ended since (validUntil). Only when they are not is a
//   refresh scheduled, WAKE_DELAY_MS later;
// - the popup's first-screen requests (the unfiltered first page, the figures)
//   are answered from that snapshot while the records are not in memory, and
//   the full load is scheduled after them (WARM_DELAY_MS, read in slices by
//   HistoryView), so search, filters and scrolling find them in memory;
// - every write gets a new token and a refresh (debounced), as before.
// Pure TypeScript: storage, badge, clock and timers are passed in.
import type { HistoryConn } from '../history/db';
import { badgeText } from '../history/badge';
import { HistoryQuerySchema, type HistoryQuery, type HistoryStats, type QueryResult } from '../history/query';
import { makeSnapshot, SNAPSHOT_KEY, type HistorySnapshot } from '../history/snapshot';
import { viewFor } from '../history/view';
import type { Settings } from '../settings';

/** storage.session key of the token that changes with every history write. */
export const WRITE_TOKEN_KEY = 'historyWriteToken';
/** After a wake with a stale snapshot: long enough for a popup that is opening to paint first. */
export const WAKE_DELAY_MS = 1_500;
/**
 * After a first screen answered from the snapshot, the records are read for the next request (search, scroll).
 * The popup asks only once its first screen is drawn, so this can be short: the first search finds them in memory.
 */
export const WARM_DELAY_MS = 250;
/** Writes come in bursts (an import, a sent-invitations page): one refresh after them. */
export const WRITE_DELAY_MS = 300;

export interface KeeperDeps {
  db(): Promise<HistoryConn>;
  settings(): Promise<Settings>;
  session: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  setBadge?(text: string): Promise<unknown> | void;
  now?(): number;
  /** Defaults to setTimeout / clearTimeout. */
  timers?: { set(fn: () => void, ms: number): unknown; clear(id: unknown): void };
  /** A new random token (defaults to crypto.randomUUID). */
  newToken?(): string;
}

export interface HistoryKeeper {
  /** The worker started: check the snapshot, schedule a refresh only if it is stale. */
  wake(): void;
  /** A history write was made: new token, refresh soon. */
  changed(): void;
  /** The settings changed: refresh soon if the follow-up days, note limit or badge option did. */
  settingsChanged(): void;
  /** The popup opened (asked for the figures): refresh only if the snapshot is stale. */
  popupOpened(): void;
  /** The popup's first page, from the snapshot when it is current and the records are not in memory; undefined = ask the history. */
  firstPage(query: HistoryQuery): Promise<QueryResult | undefined>;
  /** The header figures, likewise. */
  firstStats(opts: { followUpDays: number; noteLimit: Settings['noteLimit']; now?: number }): Promise<HistoryStats | undefined>;
  /** Make and store the snapshot and set the badge now (reads every record). */
  refresh(): Promise<void>;
}

export function createHistoryKeeper(deps: KeeperDeps): HistoryKeeper {
  const now = () => deps.now?.() ?? Date.now();
  const timers = deps.timers ?? { set: (fn: () => void, ms: number) => setTimeout(fn, ms), clear: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>) };
  const newToken = deps.newToken ?? (() => globalThis.crypto.randomUUID());
  // The current write token: from storage after a wake, replaced in memory at each write.
  let token: Promise<string> | undefined;
  const currentToken = () => (token ??= deps.session.get([WRITE_TOKEN_KEY]).then((r) => {
    const stored = r[WRITE_TOKEN_KEY];
    if (typeof stored === 'string') return stored;
    const fresh = newToken();
    void deps.session.set({ [WRITE_TOKEN_KEY]: fresh }).catch(() => { /* then no snapshot is ever taken as current */ });
    return fresh;
  }, (err: unknown) => { token = undefined; throw err; }));

  let refreshTimer: unknown;
  const refreshSoon = (ms: number) => {
    timers.clear(refreshTimer);
    refreshTimer = timers.set(() => { void refresh().catch(() => { /* the badge is a hint; the popup shows the same figure */ }); }, ms);
  };
  let warmTimer: unknown;
  const warmSoon = () => {
    if (warmTimer !== undefined) return;
    warmTimer = timers.set(() => {
      warmTimer = undefined;
      void deps.db().then((c) => viewFor(c).all()).catch(() => { /* the next request reports it */ });
    }, WARM_DELAY_MS);
  };

  /** The stored snapshot if it is still exactly what the history would answer now with these settings. */
  const current = async (s: Pick<Settings, 'followUpDays' | 'noteLimit'> & { badgeCount?: boolean }, at: number): Promise<HistorySnapshot | null> => {
    const [stored, tk] = await Promise.all([deps.session.get([SNAPSHOT_KEY]), currentToken()]);
    const snap = stored[SNAPSHOT_KEY] as HistorySnapshot | undefined;
    if (!snap || typeof snap !== 'object' || !Array.isArray(snap.items) || !snap.stats) return null;
    if (snap.token !== tk || typeof snap.validUntil !== 'number' || !(snap.savedAt <= at && at < snap.validUntil)) return null;
    if (snap.followUpDays !== s.followUpDays || snap.noteLimit !== s.noteLimit) return null;
    if (s.badgeCount !== undefined && snap.badgeCount !== s.badgeCount) return null;
    return snap;
  };
  /** Are the records in memory already (then they answer, not the snapshot)? */
  const loaded = async () => viewFor(await deps.db()).loaded;

  const refresh = async () => {
    const tk = await currentToken();
    const s = await deps.settings();
    const snap = await makeSnapshot(viewFor(await deps.db()), { followUpDays: s.followUpDays, noteLimit: s.noteLimit, now: now() });
    // A write landed while it was made: that write scheduled its own refresh.
    if (tk !== (await currentToken())) return;
    await deps.session.set({ [SNAPSHOT_KEY]: { ...snap, token: tk, badgeCount: s.badgeCount } });
    await deps.setBadge?.(badgeText(snap.stats.followUpsDue, s.badgeCount));
  };
  const refreshIfStale = async (delay: number) => {
    const s = await deps.settings();
    if (!(await current(s, now()))) refreshSoon(delay);
  };

  return {
    wake() {
      void refreshIfStale(WAKE_DELAY_MS).catch(() => refreshSoon(WAKE_DELAY_MS));
    },
    changed() {
      const tk = newToken();
      token = Promise.resolve(tk);
      void deps.session.set({ [WRITE_TOKEN_KEY]: tk }).catch(() => { /* the snapshot is then never taken as current */ });
      refreshSoon(WRITE_DELAY_MS);
    },
    settingsChanged() {
      // A word added to the personal dictionary changes nothing here: refresh only when the snapshot's settings differ.
      void refreshIfStale(WRITE_DELAY_MS).catch(() => refreshSoon(WRITE_DELAY_MS));
    },
    popupOpened() {
      void refreshIfStale(WRITE_DELAY_MS).catch(() => refreshSoon(WRITE_DELAY_MS));
    },
    // Both answer undefined (ask the history) when the snapshot cannot be read.
    async firstPage(input) {
      const q = HistoryQuerySchema.parse(input);
      if (q.text.trim() || q.kind || q.band || q.status || q.due || q.offset !== 0) return undefined;
      if (await loaded()) return undefined;
      const s = await deps.settings();
      const snap = await current({ followUpDays: q.followUpDays ?? s.followUpDays, noteLimit: s.noteLimit }, q.now ?? now()).catch(() => null);
      if (!snap || (q.limit > snap.items.length && snap.total > snap.items.length)) return undefined;
      warmSoon();
      return { total: snap.total, offset: 0, items: snap.items.slice(0, q.limit) };
    },
    async firstStats(opts) {
      if (await loaded()) return undefined;
      const snap = await current(opts, opts.now ?? now()).catch(() => null);
      if (!snap) return undefined;
      warmSoon();
      return snap.stats;
    },
    refresh,
  };
}
