import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { HistoryRecord } from './schema';
import { repairRecord } from './repair';

export interface HistoryDB extends DBSchema {
  records: {
    key: string;
    value: HistoryRecord;
    indexes: { sentAt: number; recipientKey: string; kind: string; followUpDue: number; status: string; updatedAt: number; kindStatus: [string, string] };
  };
}
export type HistoryConn = IDBPDatabase<HistoryDB>;
type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/**
 * Each step runs once, in order, when a database older than its version is
 * opened: step i upgrades version i to i + 1. Never edit a shipped step; add one.
 */
const MIGRATIONS: Array<(db: HistoryConn, tx: UpgradeTx) => void | Promise<void>> = [
  // v1: the records, newest first by sentAt.
  (db) => {
    db.createObjectStore('records', { keyPath: 'id' }).createIndex('sentAt', 'sentAt');
  },
  // v2: the popup's other queries (same person, kind, follow-ups due).
  (_db, tx) => {
    const store = tx.objectStore('records');
    store.createIndex('recipientKey', 'recipientKey');
    store.createIndex('kind', 'kind');
    store.createIndex('followUpDue', 'followUpDue');
  },
  // v3: filter by the user-set status; merge/sync by last edit. Records written
  // before v3 may lack status/updatedAt (v1 betas): give them the defaults so the
  // new indexes see every record.
  (_db, tx) => {
    const store = tx.objectStore('records');
    store.createIndex('status', 'status');
    store.createIndex('updatedAt', 'updatedAt');
    // (Returned since v4 so the next step starts after this pass: two passes
    // updating the same records at once would overwrite each other.)
    return (async () => {
      let cursor = await store.openCursor();
      while (cursor) {
        const r = cursor.value as Partial<HistoryRecord>;
        if (!r.status || typeof r.updatedAt !== 'number') {
          await cursor.update({ ...cursor.value, status: r.status ?? 'sent', updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : (r.sentAt ?? 1) });
        }
        cursor = await cursor.continue();
      }
    })();
  },
  // v4: dates got bounds (lib/history/dates.ts). A record stored earlier with an
  // impossible date (9e15, -1) is repaired and marked `attention` with the old
  // value, never dropped; the popup shows it as "needs attention".
  (_db, tx) => {
    const store = tx.objectStore('records');
    const now = Date.now();
    return (async () => {
      let cursor = await store.openCursor();
      while (cursor) {
        const { record, changed } = repairRecord(cursor.value as unknown as Record<string, unknown>, now);
        if (changed) await cursor.update(record as unknown as HistoryRecord);
        cursor = await cursor.continue();
      }
    })();
  },
  // v5: outcomes (issue 14):
  // an index of invites by status, so a page's observation finds the pending
  // invites without a full scan; and every record gets its outcome history.
  // Statuses set before outcomes were tracked were the user's own choices.
  (_db, tx) => {
    const store = tx.objectStore('records');
    store.createIndex('kindStatus', ['kind', 'status']);
    return (async () => {
      let cursor = await store.openCursor();
      while (cursor) {
        const r = cursor.value as Partial<HistoryRecord>;
        if (!Array.isArray(r.outcomes)) {
          const status = r.status ?? 'sent';
          await cursor.update({ ...cursor.value, outcomes: [], ...(status !== 'sent' && !r.statusBy ? { statusBy: 'user' } : {}) });
        }
        cursor = await cursor.continue();
      }
    })();
  },
];
export const HISTORY_VERSION = MIGRATIONS.length;

export function openHistory(name = 'garbo', factory?: IDBFactory): Promise<HistoryConn> {
  const saved = globalThis.indexedDB;
  // idb uses the global factory; tests pass their own for isolation.
  if (factory) (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
  try {
    return openDB<HistoryDB>(name, HISTORY_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // A database with no records store (made empty by something that opened
        // the name without a version) is built from scratch.
        const from = db.objectStoreNames.contains('records') ? oldVersion : 0;
        // Steps run in order; a step that returns a promise (a pass over the
        // records) finishes before the next starts. Chained on the requests'
        // own callbacks, so the upgrade transaction stays active throughout.
        const run = (v: number): void => {
          for (; v < HISTORY_VERSION; v++) {
            const pending = MIGRATIONS[v]!(db, tx);
            if (pending) { void pending.then(() => run(v + 1)); return; }
          }
        };
        run(from);
      },
    });
  } finally {
    if (factory) (globalThis as { indexedDB: IDBFactory }).indexedDB = saved;
  }
}
