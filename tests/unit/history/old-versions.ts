// Databases as earlier versions of Garbo left them, written with raw IndexedDB
// step by step as each shipped (v1-v3; v4 and v5 shipped together with their
// upgrade code), for the upgrade tests.

/** The schema each old version created, step by step, as shipped. */
const OLD_STEPS: Array<(db: IDBDatabase, tx: IDBTransaction) => void> = [
  (db) => db.createObjectStore('records', { keyPath: 'id' }).createIndex('sentAt', 'sentAt'),
  (_db, tx) => {
    const s = tx.objectStore('records');
    s.createIndex('recipientKey', 'recipientKey');
    s.createIndex('kind', 'kind');
    s.createIndex('followUpDue', 'followUpDue');
  },
  (_db, tx) => {
    const s = tx.objectStore('records');
    s.createIndex('status', 'status');
    s.createIndex('updatedAt', 'updatedAt');
  },
];

/** Writes a database named 'old' at `version` holding `records`, as that version would have. */
export function writeOld(factory: IDBFactory, version: number, records: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open('old', version);
    req.onupgradeneeded = (e) => {
      for (let v = e.oldVersion; v < version; v++) OLD_STEPS[v]!(req.result, req.transaction!);
    };
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite');
      for (const r of records) tx.objectStore('records').put(r);
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}
