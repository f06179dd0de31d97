// The popup's list, search, filters, follow-ups and figures, answered by the
// background's in-memory view, which must stay in step with every write.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../lib/history/db';
import { DAY_MS } from '../../../lib/history/query';
import { HistoryView, viewFor } from '../../../lib/history/view';
import type { SendReport } from '../../../lib/messages';

const NOW = new Date(2026, 10, 20, 12).getTime(); // 20 Nov 2026, local time
const send = (id: string, over: Partial<SendReport> = {}): SendReport => ({
  sendId: `sendid-${id}`, kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri' },
  text: 'Ciao Giulia, ci siamo conosciuti al festival.', sentAt: NOW - DAY_MS, lang: 'it',
  score: 80, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false, ...over,
});
const fresh = async () => new HistoryView(await openHistory('v', new IDBFactory()));
const ids = (r: { items: Array<{ id: string }> }) => r.items.map((x) => x.id);

describe('history view', () => {
  it('lists newest first, pages, and keeps in step with writes', async () => {
    const v = await fresh();
    for (let i = 0; i < 30; i++) await v.recordSend(send(`${100 + i}`, { sentAt: NOW - i * 1000, kind: 'message', recipient: { name: `P ${i}` } }));
    const page1 = await v.query({ limit: 10, now: NOW });
    expect(page1.total).toBe(30);
    expect(ids(page1)[0]).toBe('sendid-100');
    const page3 = await v.query({ offset: 20, limit: 10, now: NOW });
    expect(ids(page3)).toHaveLength(10);
    expect(ids(page3)[9]).toBe('sendid-129');
    await v.recordSend(send('new', { sentAt: NOW, kind: 'message' }));
    expect(ids(await v.query({ limit: 1, now: NOW }))).toEqual(['sendid-new']);
    await v.update('sendid-new', { notes: 'parlato di logistica' });
    expect(ids(await v.query({ text: 'LOGISTICA', now: NOW }))).toEqual(['sendid-new']);
    await v.remove('sendid-new');
    expect((await v.query({ text: 'logistica', now: NOW })).total).toBe(0);
  });

  it('searches names, texts and notes ignoring case and accents, every word must match', async () => {
    const v = await fresh();
    await v.recordSend(send('a', { recipient: { name: 'Niccolò Bianchi' }, text: 'Hi there, great talk', lang: 'en' }));
    await v.recordSend(send('b', { sentAt: NOW - 5 * DAY_MS }));
    expect(ids(await v.query({ text: 'NICCOLO', now: NOW }))).toEqual(['sendid-a']);
    expect(ids(await v.query({ text: 'festival giulia', now: NOW }))).toEqual(['sendid-b']);
    expect(ids(await v.query({ text: 'festival niccolo', now: NOW }))).toEqual([]);
  });

  it('filters by kind, score band and status', async () => {
    const v = await fresh();
    await v.recordSend(send('i1', { sentAt: NOW - 1000 }));
    await v.recordSend(send('m1', { kind: 'message', verdict: 'stop', score: 20, sentAt: NOW - 2000 }));
    await v.recordSend(send('i2', { verdict: 'improve', score: 55, sentAt: NOW - 3000 }));
    await v.update('sendid-i2', { status: 'accepted' });
    expect(ids(await v.query({ kind: 'message', now: NOW }))).toEqual(['sendid-m1']);
    expect(ids(await v.query({ band: 'improve', now: NOW }))).toEqual(['sendid-i2']);
    expect(ids(await v.query({ status: 'accepted', now: NOW }))).toEqual(['sendid-i2']);
    expect(ids(await v.query({ kind: 'invite', band: 'stop', now: NOW }))).toEqual([]);
  });

  it('lists follow-ups due first: old invites with nothing after them', async () => {
    const v = await fresh();
    await v.recordSend(send('recent', { sentAt: NOW - 2 * DAY_MS, recipient: { name: 'A', profileId: 'a' } }));
    await v.recordSend(send('old', { sentAt: NOW - 10 * DAY_MS, recipient: { name: 'B', profileId: 'b' } }));
    await v.recordSend(send('answered', { sentAt: NOW - 12 * DAY_MS, recipient: { name: 'C', profileId: 'c' } }));
    await v.recordSend(send('msg-c', { kind: 'message', sentAt: NOW - 3 * DAY_MS, recipient: { name: 'C', profileId: 'c' } }));
    await v.recordSend(send('replied', { sentAt: NOW - 20 * DAY_MS, recipient: { name: 'D', profileId: 'd' } }));
    await v.update('sendid-replied', { status: 'replied' });
    await v.recordSend(send('snoozed', { sentAt: NOW - 30 * DAY_MS, recipient: { name: 'E', profileId: 'e' } }));
    await v.update('sendid-snoozed', { followUpDue: NOW + DAY_MS });
    const all = await v.query({ now: NOW, followUpDays: 7 });
    expect(all.items.filter((r) => r.due).map((r) => r.id)).toEqual(['sendid-old']);
    expect(ids(all)).toEqual(['sendid-old', 'sendid-recent', 'sendid-msg-c', 'sendid-answered', 'sendid-replied', 'sendid-snoozed']);
    expect(ids(await v.query({ now: NOW, due: true, followUpDays: 7 }))).toEqual(['sendid-old']);
    // A shorter interval makes the recent one due too; a past follow-up date makes the snoozed one due.
    expect(ids(await v.query({ now: NOW, due: true, followUpDays: 1 }))).toEqual(['sendid-recent', 'sendid-old']);
    expect(ids(await v.query({ now: NOW + 2 * DAY_MS, due: true, followUpDays: 7 }))).toEqual(['sendid-old', 'sendid-snoozed']);
  });

  it('computes the header figures', async () => {
    const v = await fresh();
    expect(await v.stats({ now: NOW })).toMatchObject({ total: 0, averageScore: null, readyShare: null, followUpsDue: 0 });
    await v.recordSend(send('1', { score: 90 }));
    await v.recordSend(send('2', { text: '', score: 40, verdict: 'improve', recipient: { name: 'X' } }));
    await v.recordSend(send('3', { kind: 'message', score: 50, verdict: 'stop' }));
    await v.recordSend(send('last-month', { sentAt: new Date(2026, 9, 31, 23).getTime(), score: 100, recipient: { name: 'Y' } }));
    expect(await v.stats({ now: NOW, noteLimit: 200, followUpDays: 7 })).toEqual({
      total: 4, invitesThisMonth: 2, notesThisMonth: 1, noteQuota: 5, averageScore: 70, readyShare: 50, followUpsDue: 1,
    });
    expect((await v.stats({ now: NOW, noteLimit: 300 })).noteQuota).toBeNull();
  });

  it('loses nothing when writes race the first load, and stores a repeated send once', async () => {
    const db = await openHistory('race', new IDBFactory());
    const v = viewFor(db);
    expect(viewFor(db)).toBe(v);
    const writes = Array.from({ length: 25 }, (_, i) => v.recordSend(send(`r${i}`, { sentAt: NOW - i })));
    const early = v.query({ now: NOW, limit: 100 });
    const dup = Array.from({ length: 5 }, () => v.recordSend(send('r3', { sentAt: NOW - 3 })));
    await Promise.all([...writes, ...dup, early]);
    expect((await v.query({ now: NOW, limit: 100 })).total).toBe(25);
    expect(await db.count('records')).toBe(25);
    // A second view over the same database (another worker life) sees the same.
    expect((await new HistoryView(db).query({ now: NOW, limit: 100 })).items).toEqual((await v.query({ now: NOW, limit: 100 })).items);
  });

  it('restores a deleted record exactly (undo) and clears everything on request', async () => {
    const v = await fresh();
    await v.recordSend(send('1'));
    await v.update('sendid-1', { notes: 'keep me', status: 'accepted' });
    const gone = await v.remove('sendid-1');
    expect((await v.query({ now: NOW })).total).toBe(0);
    await v.restore(gone);
    expect(await v.get('sendid-1')).toEqual(gone);
    expect((await v.query({ now: NOW })).items[0]).toMatchObject({ id: 'sendid-1', notes: 'keep me' });
    await expect(v.restore({ ...gone, status: 'lost' })).rejects.toThrow(/invalid record: status/);
    await v.clear();
    expect((await v.query({ now: NOW })).total).toBe(0);
    expect(await v.db.count('records')).toBe(0);
  });
});

describe('badge text', async () => {
  const { badgeText } = await import('../../../lib/history/badge');
  it('shows the count only when on and positive', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(3, false)).toBe('');
    expect(badgeText(3, true)).toBe('3');
    expect(badgeText(120, true)).toBe('99+');
  });
});
