import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_VERSION, openHistory } from '../../../lib/history/db';
import { contactInfo, listRecent, recordSend, remove, search, update } from '../../../lib/history/repository';
import { recordFromSend } from '../../../lib/history/schema';
import type { SendReport } from '../../../lib/messages';

const send = (over: Partial<SendReport> = {}): SendReport => ({
  sendId: 'send-0001', kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri' },
  text: 'Ciao Giulia, ci siamo conosciuti ieri al festival.', sentAt: 1_700_000_000_000, lang: 'it',
  score: 82, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false, ...over,
});

describe('history store', () => {
  it('stores a send once even when it is reported twice', async () => {
    const db = await openHistory('t', new IDBFactory());
    expect(await recordSend(db, send())).toEqual({ id: 'send-0001', duplicate: false });
    expect(await recordSend(db, send())).toEqual({ id: 'send-0001', duplicate: true });
    expect(await db.count('records')).toBe(1);
  });

  it('loses nothing when two tabs record at the same moment', async () => {
    const db = await openHistory('t', new IDBFactory());
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordSend(db, send({ sendId: `send-${1000 + i}`, sentAt: 1_700_000_000_000 + i }))));
    expect(await db.count('records')).toBe(20);
    expect((await listRecent(db, 3)).map((r) => r.id)).toEqual(['send-1019', 'send-1018', 'send-1017']);
  });

  it('rejects an invalid send with a readable error and stores nothing', async () => {
    const db = await openHistory('t', new IDBFactory());
    await expect(recordSend(db, send({ score: 140 }))).rejects.toThrow(/score/);
    expect(await db.count('records')).toBe(0);
  });

  it('upgrades a version-1 database without losing its records', async () => {
    const factory = new IDBFactory();
    const v1 = recordFromSend(send(), 1_700_000_000_500);
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('old', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('records', { keyPath: 'id' }).createIndex('sentAt', 'sentAt');
      req.onsuccess = () => {
        const tx = req.result.transaction('records', 'readwrite');
        tx.objectStore('records').put(v1);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    });
    const db = await openHistory('old', factory);
    expect(db.version).toBe(HISTORY_VERSION);
    expect([...db.transaction('records').store.indexNames].sort()).toEqual(['followUpDue', 'kind', 'kindStatus', 'recipientKey', 'sentAt', 'status', 'updatedAt']);
    expect(await db.get('records', v1.id)).toEqual(v1);
    expect(await db.getAllFromIndex('records', 'recipientKey', 'id:giulia-ferri')).toHaveLength(1);
  });

  it('searches names and texts ignoring case and accents', async () => {
    const db = await openHistory('t', new IDBFactory());
    await recordSend(db, send());
    await recordSend(db, send({ sendId: 'send-0002', recipient: { name: 'Niccolò Bianchi' }, text: 'Hi there', lang: 'en' }));
    expect((await search(db, 'NICCOLO')).map((r) => r.id)).toEqual(['send-0002']);
    expect((await search(db, 'festival')).map((r) => r.id)).toEqual(['send-0001']);
    expect(await search(db, 'nobody')).toEqual([]);
  });

  it('tells first contact apart and lists texts sent to other people', async () => {
    const db = await openHistory('t', new IDBFactory());
    await recordSend(db, send());
    expect(await contactInfo(db, { profileId: 'GIULIA-FERRI' })).toMatchObject({ firstContact: false, previousTexts: [] });
    const other = await contactInfo(db, { name: 'Jane Doe' });
    expect(other.firstContact).toBe(true);
    expect(other.previousTexts).toEqual([send().text]);
  });

  it('gives the latest send to a person and counts this month\'s invites with a note', async () => {
    const db = await openHistory('t', new IDBFactory());
    const now = new Date(2026, 10, 23, 12).getTime();
    const day = 86_400_000;
    await recordSend(db, send({ sendId: 'send-000a', sentAt: new Date(2026, 9, 30).getTime() })); // October: not this month
    await recordSend(db, send({ sendId: 'send-000b', sentAt: now - 5 * day, recipient: { name: 'Jane Doe', profileId: 'jane-doe' } }));
    await recordSend(db, send({ sendId: 'send-000c', sentAt: now - 2 * day, text: '', recipient: { name: 'Paul Smith', profileId: 'paul' } })); // no note
    await recordSend(db, send({ sendId: 'send-000d', sentAt: now - day, kind: 'message', text: 'Thanks for connecting', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } }));
    await recordSend(db, send({ sendId: 'send-000e', sentAt: now - 3 * day, recipient: { name: 'Sara Colombo', profileId: 'sara' } }));
    const jane = await contactInfo(db, { profileId: 'jane-doe' }, 50, now);
    expect(jane.last).toEqual({ kind: 'message', sentAt: now - day, hadNote: true });
    expect(jane.notesThisMonth).toBe(2);
    const giulia = await contactInfo(db, { profileId: 'giulia-ferri' }, 50, now);
    expect(giulia.last).toEqual({ kind: 'invite', sentAt: new Date(2026, 9, 30).getTime(), hadNote: true });
    const nobody = await contactInfo(db, { name: 'Nobody Here' }, 50, now);
    expect(nobody).toMatchObject({ firstContact: true, last: null, notesThisMonth: 2 });
  });

  it('applies valid edits and refuses invalid ones without changing the record', async () => {
    const db = await openHistory('t', new IDBFactory());
    await recordSend(db, send());
    const edited = await update(db, 'send-0001', { status: 'accepted', metWhere: 'Festival, Rimini' }, 1_800_000_000_000);
    expect(edited).toMatchObject({ status: 'accepted', metWhere: 'Festival, Rimini', updatedAt: 1_800_000_000_000 });
    // A one-field edit leaves the other fields as they were.
    expect(await update(db, 'send-0001', { notes: 'Talked about ports' }, 1_800_000_000_001)).toMatchObject({ status: 'accepted', metWhere: 'Festival, Rimini', notes: 'Talked about ports' });
    expect(await update(db, 'send-0001', { followUpDue: 1_900_000_000_000 }, 1_800_000_000_002)).toMatchObject({ status: 'accepted', notes: 'Talked about ports', followUpDue: 1_900_000_000_000 });
    await expect(update(db, 'send-0001', { status: 'maybe' })).rejects.toThrow(/invalid edit: status/);
    await expect(update(db, 'send-0001', { text: 'rewritten' })).rejects.toThrow(/invalid edit/);
    expect((await db.get('records', 'send-0001'))?.status).toBe('accepted');
    expect((await remove(db, 'send-0001'))?.id).toBe('send-0001');
    expect(await db.count('records')).toBe(0);
  });
});
