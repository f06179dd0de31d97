import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { HistoryRecord } from './schema';

export interface HistoryDB extends DBSchema {
  records: {
    key: string;
    value: HistoryRecord;
    indexes: { sentAt: number; recipientKey: string; kind: string; followUpDue: number };
  };
}
export type HistoryConn = IDBPDatabase<HistoryDB>;
type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/**
 * Each step runs once, in order, when a database older than its version is
 * opened: step i upgrades version i to i + 1. Never edit a shipped step; add one.
 */
const MIGRATIONS: Array<(db: HistoryConn, tx: UpgradeTx) => void> = [
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
];
export const HISTORY_VERSION = MIGRATIONS.length;

export function openHistory(name = 'garbo', factory?: IDBFactory): Promise<HistoryConn> {
  const saved = globalThis.indexedDB;
  // idb uses the global factory; tests pass their own for isolation.
  if (factory) (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
  try {
    return openDB<HistoryDB>(name, HISTORY_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < HISTORY_VERSION; v++) MIGRATIONS[v]!(db, tx);
      },
    });
  } finally {
    if (factory) (globalThis as { indexedDB: IDBFactory }).indexedDB = saved;
  }
}
