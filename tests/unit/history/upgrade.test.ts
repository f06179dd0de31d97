// Every shipped database version, written with raw IndexedDB as that version
// did, opens in the current version with its records intact and indexed.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_VERSION, openHistory } from '../../../lib/history/db';
import { runQuery, toRow } from '../../../lib/history/query';
import { HistoryRecordSchema, recordFromSend } from '../../../lib/history/schema';
import type { SendReport } from '../../../lib/messages';
import { writeOld } from './old-versions';

const send = (i: number, over: Partial<SendReport> = {}): SendReport => ({
  sendId: `old-send-${i}`, kind: 'invite', recipient: { name: `Person ${i}`, profileId: `p-${i}` },
  text: `Ciao ${i}, ci siamo visti al convegno.`, sentAt: 1_700_000_000_000 + i, lang: 'it',
  score: 60 + i, verdict: 'improve', failedChecks: ['how-met'], page: '/in/x/', gateOverridden: false, ...over,
});


describe('history upgrades', () => {
  it('the current version is 5', () => expect(HISTORY_VERSION).toBe(5));

  for (const from of [1, 2, 3]) {
    it(`upgrades a version-${from} database keeping every record`, async () => {
      const factory = new IDBFactory();
      const recs = [0, 1, 2].map((i) => recordFromSend(send(i), 1_700_000_001_000 + i));
      // A v1 beta stored records without status/updatedAt: the v3 step fills them in.
      const legacy = { ...recordFromSend(send(9), 1_700_000_000_500), status: undefined, updatedAt: undefined };
      delete legacy.status; delete legacy.updatedAt;
      await writeOld(factory, from, from < 3 ? [...recs, legacy] : [...recs, { ...legacy, status: 'sent', updatedAt: send(9).sentAt }]);
      const db = await openHistory('old', factory);
      expect(db.version).toBe(HISTORY_VERSION);
      expect([...db.transaction('records').store.indexNames].sort())
        .toEqual(['followUpDue', 'kind', 'kindStatus', 'recipientKey', 'sentAt', 'status', 'updatedAt']);
      for (const r of recs) expect(await db.get('records', r.id)).toEqual(r);
      const fixed = await db.get('records', 'old-send-9');
      expect(fixed).toMatchObject({ status: 'sent', updatedAt: send(9).sentAt, text: send(9).text });
      expect(await db.countFromIndex('records', 'status', 'sent')).toBe(4);
      expect(await db.getAllFromIndex('records', 'recipientKey', 'id:p-1')).toHaveLength(1);
      expect(runQuery((await db.getAll('records')).map(toRow), { text: 'person 2', now: 1_700_000_000_100 }).items.map((r) => r.id)).toEqual(['old-send-2']);
      db.close();
    });
  }

  it('builds the store when an empty version-1 database of the same name exists', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('empty'); // no version: version 1, no stores
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
    const db = await openHistory('empty', factory);
    expect(db.version).toBe(HISTORY_VERSION);
    await db.put('records', recordFromSend(send(1), 1_700_000_000_500));
    expect(await db.countFromIndex('records', 'status', 'sent')).toBe(1);
  });

  it('opens an up-to-date database without touching it', async () => {
    const factory = new IDBFactory();
    const db = await openHistory('cur', factory);
    await db.put('records', recordFromSend(send(1), 1_700_000_000_500));
    db.close();
    const again = await openHistory('cur', factory);
    expect(await again.getAll('records')).toEqual([recordFromSend(send(1), 1_700_000_000_500)]);
  });
});

describe('v4: bounded dates', () => {
  it('repairs records stored with impossible dates, keeps them and marks them "needs attention"', async () => {
    const factory = new IDBFactory();
    const good = recordFromSend(send(1), 1_700_000_001_000);
    const hugeSent = { ...recordFromSend(send(2), 1_700_000_002_000), sentAt: 9e15 };
    const badDue = { ...recordFromSend(send(3), 1_700_000_003_000), followUpDue: -1 };
    const allBad = { ...recordFromSend(send(4), 1_700_000_004_000), sentAt: -5, updatedAt: 8.64e15 + 1, followUpDue: 9e15 };
    await writeOld(factory, 3, [good, hugeSent, badDue, allBad]);
    const before = Date.now();
    const db = await openHistory('old', factory);
    expect(db.version).toBe(HISTORY_VERSION);
    const all = await db.getAll('records');
    expect(all).toHaveLength(4);
    // Untouched when nothing was wrong.
    expect(await db.get('records', good.id)).toEqual(good);
    // sentAt falls back to the record's sane updatedAt; the old value is kept as text.
    expect(await db.get('records', hugeSent.id)).toEqual({ ...hugeSent, sentAt: hugeSent.updatedAt, attention: [{ field: 'sentAt', was: '9000000000000000' }] });
    expect(await db.get('records', badDue.id)).toEqual({ ...badDue, followUpDue: null, attention: [{ field: 'followUpDue', was: '-1' }] });
    const fixed = (await db.get('records', allBad.id))!;
    expect(fixed.attention).toEqual([{ field: 'sentAt', was: '-5' }, { field: 'updatedAt', was: '8640000000000001' }, { field: 'followUpDue', was: '9000000000000000' }]);
    expect(fixed.sentAt).toBeGreaterThanOrEqual(before);
    expect(fixed.updatedAt).toBe(fixed.sentAt);
    expect(fixed.followUpDue).toBeNull();
    expect(fixed.text).toBe(allBad.text);
    // Every record is now valid, dates format, and the list shows all four.
    for (const r of all) {
      expect(HistoryRecordSchema.safeParse(r).success).toBe(true);
      expect(() => new Date(r.sentAt).toISOString()).not.toThrow();
    }
    const page = runQuery(all.map(toRow), { now: Date.now() });
    expect(page.total).toBe(4);
    expect(page.items.filter((r) => r.attention?.length).map((r) => r.id).sort()).toEqual([hugeSent.id, badDue.id, allBad.id].sort());
    db.close();
  });
});
