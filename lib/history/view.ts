// The background's in-memory copy of the history, newest first with a folded
// search string per record, so the popup's list, search and figures answer in
// a few milliseconds at 10,000 records (a full IndexedDB scan takes ~100 ms).
// IndexedDB stays the truth: the copy is loaded lazily after each worker
// start and every write made through this module patches it. Writes that
// race a load make the load start over, so nothing is missed.
import type { SendReport } from '../messages';
import type { HistoryConn } from './db';
import * as repo from './repository';
import { byNewest, computeStats, hayOf, lastMessageAt, monthRange, nextDueAt, runQuery, toRow, type HistoryQuery, type Row } from './query';
import type { HistoryRecord } from './schema';
import { ImportStaging, writeImport } from './importer';
import { followUpLists, whatWorks, type WhatWorks } from './insights';

/** Records per read when the copy is loaded. */
export const LOAD_SLICE = 2_000;

export class HistoryView {
  private rows: Row[] | null = null;
  private loading: Promise<Row[]> | null = null;
  private generation = 0;
  /** Batched imports under way (records held until commit). */
  readonly imports = new ImportStaging();

  constructor(readonly db: HistoryConn) {}

  /** All records as rows, newest first (loaded once, then kept in step). */
  async all(): Promise<readonly Row[]> {
    if (this.rows) return this.rows;
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<Row[]> {
    for (;;) {
      const gen = this.generation;
      const records = await this.readAll(gen);
      if (!records || gen !== this.generation) continue; // a write landed meanwhile: read again
      const rows = records.map(toRow).sort(byNewest);
      this.rows = rows;
      this.loading = null;
      this.foldSoon(rows);
      return rows;
    }
  }

  /**
   * Every record, in slices of LOAD_SLICE by id with a pause between them: the
   * worker keeps answering other requests (an analysis, a send) while 50,000
   * records are read. null when a write landed meanwhile.
   */
  private async readAll(gen: number): Promise<HistoryRecord[] | null> {
    const out: HistoryRecord[] = [];
    let after: string | undefined;
    for (;;) {
      const slice = await this.db.getAll('records', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), LOAD_SLICE);
      for (const r of slice) out.push(r);
      if (slice.length < LOAD_SLICE) return out;
      after = slice[slice.length - 1]!.id;
      await new Promise((r) => setTimeout(r, 0));
      if (gen !== this.generation) return null;
    }
  }

  /** Prepare the search strings in small slices after a load, so the first search is as quick as the next. */
  private foldSoon(rows: Row[]) {
    let i = 0;
    const step = () => {
      if (this.rows !== rows) return;
      const end = Math.min(rows.length, i + 500);
      for (; i < end; i++) hayOf(rows[i]!);
      if (i < rows.length) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  private changed(apply: (rows: Row[]) => void) {
    this.generation++;
    if (this.rows) apply(this.rows);
  }

  private upsert(record: HistoryRecord) {
    this.changed((rows) => {
      const row = toRow(record);
      // Edits keep sentAt, so the stored copy is where the new one sorts: replace it in place (no scan of 50,000 rows).
      const at = this.position(rows, row);
      if (rows[at]?.r.id === record.id) { rows[at] = row; return; }
      const i = rows.findIndex((x) => x.r.id === record.id);
      if (i >= 0) rows.splice(i, 1);
      rows.splice(this.position(rows, row), 0, row);
    });
  }

  /** Binary search (newest first): the index of the first row that sorts at or after `row`. */
  private position(rows: readonly Row[], row: Row): number {
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byNewest(rows[mid]!, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Forget the copy (after bulk changes); the next read loads it again. */
  reset() {
    this.generation++;
    this.rows = null;
    this.loading = null;
  }

  private lastMsg: { rows: readonly Row[]; gen: number; value: Map<string, number> } | null = null;
  /** For each person, their latest message: shared by the list, the figures and the follow-up lists until the next write. */
  private lastMessages(rows: readonly Row[]): Map<string, number> {
    const c = this.lastMsg;
    if (c && c.rows === rows && c.gen === this.generation) return c.value;
    const value = lastMessageAt(rows);
    this.lastMsg = { rows, gen: this.generation, value };
    return value;
  }

  async query(q: HistoryQuery) {
    const rows = await this.all();
    return runQuery(rows, q, this.lastMessages(rows));
  }

  async stats(opts: Parameters<typeof computeStats>[1]) {
    const rows = await this.all();
    return computeStats(rows, opts, this.lastMessages(rows));
  }

  /** When the unfiltered list and the figures change with no write (an invite falls due, the month ends). */
  async nextChange(opts: { followUpDays?: number; now?: number }): Promise<number> {
    const rows = await this.all();
    const now = opts.now ?? Date.now();
    return Math.min(monthRange(now).end, nextDueAt(rows, this.lastMessages(rows), now, opts.followUpDays ?? 7));
  }

  private works: { rows: Row[]; gen: number; day: number; value: WhatWorks } | null = null;
  /** "What works for you" (kept until the next write or the next day). */
  async whatWorks(now = Date.now()): Promise<WhatWorks> {
    const rows = (await this.all()) as Row[];
    const day = Math.floor(now / 86_400_000);
    const w = this.works;
    if (w && w.rows === rows && w.gen === this.generation && w.day === day) return w.value;
    const value = whatWorks(rows, now);
    this.works = { rows, gen: this.generation, day, value };
    return value;
  }

  /** The popup's "What works" and "Follow up" answers; `only` skips the part a view does not show. */
  async insights(opts: { now?: number; pendingWeeks?: number; only?: 'works' | 'lists' } = {}) {
    const now = opts.now ?? Date.now();
    const rows = await this.all();
    return {
      ...(opts.only !== 'lists' ? { works: await this.whatWorks(now) } : {}),
      ...(opts.only !== 'works' ? { lists: followUpLists(rows, { now, pendingWeeks: opts.pendingWeeks }, this.lastMessages(rows)) } : {}),
    };
  }

  /** Already in memory (no IndexedDB read needed). */
  get loaded(): boolean {
    return this.rows !== null;
  }

  async get(id: string): Promise<HistoryRecord | undefined> {
    return this.db.get('records', id);
  }

  async recordSend(report: SendReport, now = Date.now()) {
    const res = await repo.recordSend(this.db, report, now);
    if (!res.duplicate) {
      const stored = await this.db.get('records', res.id);
      if (stored) this.upsert(stored);
    }
    return res;
  }

  async update(id: string, patch: unknown, now = Date.now()) {
    const next = await repo.update(this.db, id, patch, now);
    this.upsert(next);
    return next;
  }

  /** A page's observation (issue 14): the changed records are patched into the copy. */
  async applyOutcome(seen: Parameters<typeof repo.applyOutcome>[1], now = Date.now()) {
    // The sent list concerns every pending invite: with the copy in memory, no index scan is needed.
    const known = seen.page === 'sent-invitations' && this.rows ? this.rows.map((x) => x.r) : undefined;
    const changed = await repo.applyOutcome(this.db, seen, now, known);
    for (const r of changed) this.upsert(r);
    return changed;
  }

  async remove(id: string) {
    const gone = await repo.remove(this.db, id);
    if (gone) this.changed((rows) => {
      const i = rows.findIndex((x) => x.r.id === id);
      if (i >= 0) rows.splice(i, 1);
    });
    return gone;
  }

  async restore(record: unknown) {
    const back = await repo.restore(this.db, record);
    this.upsert(back);
    return back;
  }

  /** Merge validated records (all or nothing) and update the copy in memory without reading everything again. */
  async importRecords(records: readonly HistoryRecord[]) {
    let res;
    try {
      res = await writeImport(this.db, records);
    } catch (err) {
      this.reset();
      throw err;
    }
    const { written, ...counts } = res;
    this.changed((rows) => {
      const at = new Map<string, number>();
      rows.forEach((x, i) => at.set(x.r.id, i));
      for (const r of written) {
        const i = at.get(r.id);
        if (i === undefined) { at.set(r.id, rows.length); rows.push(toRow(r)); } else rows[i] = toRow(r);
      }
      rows.sort(byNewest);
    });
    return counts;
  }

  async clear() {
    try {
      await repo.clearAll(this.db);
    } finally {
      this.reset();
    }
  }
}

const views = new WeakMap<HistoryConn, HistoryView>();
/** One view per open connection (i.e. per worker life). */
export function viewFor(db: HistoryConn): HistoryView {
  let v = views.get(db);
  if (!v) views.set(db, (v = new HistoryView(db)));
  return v;
}
