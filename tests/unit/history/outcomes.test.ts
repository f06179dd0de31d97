// Issue 14 item 1: outcomes learned from pages the user opened. Every rule,
// the user's choice winning over later inference, the dated outcome history,
// the background request, the upgrade from every earlier database version and
// the export/import round trip with outcomes.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { HISTORY_VERSION, openHistory } from '../../../lib/history/db';
import { fromConversation, fromProfile, fromSentList, planOutcome, SENT_LIST_GRACE_MS, userDecided, withStatus } from '../../../lib/history/outcomes';
import { allRecords, applyOutcome, clearAll, importRecords, recordSend, update } from '../../../lib/history/repository';
import { MAX_OUTCOME_EVENTS, recordFromSend, type HistoryRecord } from '../../../lib/history/schema';
import { toCsv, toExportJson } from '../../../lib/history/transfer';
import { parseExport } from '../../../lib/history/importer';
import { HistoryView } from '../../../lib/history/view';
import type { SendReport } from '../../../lib/messages';
import { writeOld } from './old-versions';

const T0 = 1_780_000_000_000; // sends
const NOW = T0 + 30 * 86_400_000; // a month later
const send = (id: string, over: Partial<SendReport> = {}): SendReport => ({
  sendId: id, kind: 'invite', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, text: 'Hi Jane, we met at the Turin meetup.',
  sentAt: T0, lang: 'en', score: 80, verdict: 'ready', failedChecks: [], page: '/in/jane-doe/', gateOverridden: false, ...over,
});
const rec = (id: string, over: Partial<SendReport> = {}, extra: Partial<HistoryRecord> = {}): HistoryRecord => ({ ...recordFromSend(send(id, over), T0), ...extra });
const jane = { profileId: 'jane-doe', name: 'Jane Doe' };

describe('inference rules (pure)', () => {
  const invite = rec('inv-00001');
  it('profile connected: a pending invite becomes accepted; a message or a decided invite does not', () => {
    expect(fromProfile(invite, 'connected', NOW)).toBe('accepted');
    expect(fromProfile({ ...invite, status: 'not-pending', statusBy: 'page' }, 'connected', NOW)).toBe('accepted');
    expect(fromProfile(rec('msg-00001', { kind: 'message' }), 'connected', NOW)).toBeNull();
    expect(fromProfile({ ...invite, status: 'withdrawn', statusBy: 'user' }, 'connected', NOW)).toBeNull();
    expect(fromProfile({ ...invite, status: 'accepted', statusBy: 'page' }, 'connected', NOW)).toBeNull();
  });
  it('profile pending: an invite inferred gone is pending again; profile with Connect: a pending invite is no longer pending', () => {
    expect(fromProfile({ ...invite, status: 'not-pending', statusBy: 'page' }, 'pending', NOW)).toBe('sent');
    expect(fromProfile(invite, 'pending', NOW)).toBeNull();
    expect(fromProfile(invite, 'not-connected', NOW)).toBe('not-pending');
    // Sent a minute ago: the page may not show it yet.
    expect(fromProfile({ ...invite, sentAt: NOW - 60_000 }, 'not-connected', NOW)).toBeNull();
  });
  it('conversation: their message marks invites and messages replied, except the newest message when the thread ends with ours', () => {
    const msg = rec('msg-00001', { kind: 'message' });
    expect(fromConversation(invite, { theyWrote: true, lastFromMe: false }, false)).toBe('replied');
    expect(fromConversation({ ...invite, status: 'accepted', statusBy: 'page' }, { theyWrote: true, lastFromMe: true }, false)).toBe('replied');
    expect(fromConversation(msg, { theyWrote: true, lastFromMe: false }, true)).toBe('replied');
    expect(fromConversation(msg, { theyWrote: true, lastFromMe: true }, true)).toBeNull();
    expect(fromConversation(msg, { theyWrote: true, lastFromMe: true }, false)).toBe('replied');
    expect(fromConversation(msg, { theyWrote: false, lastFromMe: true }, true)).toBeNull();
  });
  it('sent list: listed = pending; missing from a complete list = no longer pending; an incomplete list changes nothing missing', () => {
    expect(fromSentList(invite, false, true, NOW)).toBe('not-pending');
    expect(fromSentList(invite, false, false, NOW)).toBeNull();
    expect(fromSentList(invite, true, true, NOW)).toBeNull();
    expect(fromSentList({ ...invite, status: 'not-pending', statusBy: 'page' }, true, false, NOW)).toBe('sent');
    expect(fromSentList({ ...invite, status: 'accepted', statusBy: 'page' }, false, true, NOW)).toBeNull();
    expect(fromSentList({ ...invite, sentAt: NOW - SENT_LIST_GRACE_MS + 1 }, false, true, NOW)).toBeNull();
  });
  it("the user's choice wins over every later inference", () => {
    const mine = { ...invite, status: 'sent' as const, statusBy: 'user' as const };
    expect(userDecided(mine)).toBe(true);
    expect(fromProfile(mine, 'connected', NOW)).toBeNull();
    expect(fromConversation(mine, { theyWrote: true, lastFromMe: false }, false)).toBeNull();
    expect(fromSentList(mine, false, true, NOW)).toBeNull();
    // A status set before outcomes were tracked (no statusBy) was the user's too.
    expect(userDecided({ ...invite, status: 'no-answer', statusBy: undefined })).toBe(true);
    expect(userDecided(invite)).toBe(false);
  });
  it('records each change with its date and who made it, bounded', () => {
    const a = withStatus(invite, 'accepted', 'page', NOW, 'profile');
    expect(a).toMatchObject({ status: 'accepted', statusBy: 'page', outcomes: [{ at: NOW, status: 'accepted', by: 'page', source: 'profile' }], updatedAt: NOW });
    let r = a;
    for (let i = 0; i < MAX_OUTCOME_EVENTS + 5; i++) r = withStatus(r, i % 2 ? 'sent' : 'replied', 'user', NOW + i);
    expect(r.outcomes).toHaveLength(MAX_OUTCOME_EVENTS);
    expect(r.outcomes.at(-1)).toEqual({ at: NOW + MAX_OUTCOME_EVENTS + 4, status: 'replied', by: 'user' });
  });
  it('plans only the records that change', () => {
    const other = rec('inv-00002', { recipient: { name: 'Paul Smith', profileId: 'paul-smith' } });
    const changed = planOutcome({ page: 'sent-invitations', pending: [{ profileId: 'paul-smith' }], complete: true }, [invite, other], NOW);
    expect(changed.map((r) => [r.id, r.status])).toEqual([['inv-00001', 'not-pending']]);
  });
});

describe('outcomes in the store', () => {
  const setup = async () => {
    const db = await openHistory('o', new IDBFactory());
    await recordSend(db, send('inv-00001'), T0);
    await recordSend(db, send('msg-00001', { kind: 'message', sentAt: T0 + 1000 }), T0);
    await recordSend(db, send('inv-00002', { recipient: { name: 'Paul Smith', profileId: 'paul-smith' } }), T0);
    await recordSend(db, send('inv-00003', { recipient: { name: 'Sara Colombo' } }), T0); // no profile id: matched by name
    return db;
  };
  it('a connected profile marks only that person accepted, dated when first seen; seeing it again adds nothing', async () => {
    const db = await setup();
    const changed = await applyOutcome(db, { page: 'profile', person: jane, state: 'connected' }, NOW);
    expect(changed.map((r) => r.id)).toEqual(['inv-00001']);
    expect(await db.get('records', 'inv-00001')).toMatchObject({ status: 'accepted', outcomes: [{ at: NOW, status: 'accepted', by: 'page', source: 'profile' }] });
    expect((await db.get('records', 'inv-00002'))!.status).toBe('sent');
    expect(await applyOutcome(db, { page: 'profile', person: jane, state: 'connected' }, NOW + 5000)).toEqual([]);
    expect((await db.get('records', 'inv-00001'))!.outcomes).toHaveLength(1);
  });
  it('a reply marks the person replied; the user then corrects it and later pages do not undo the correction', async () => {
    const db = await setup();
    await applyOutcome(db, { page: 'conversation', person: jane, theyWrote: true, lastFromMe: false }, NOW);
    expect((await db.get('records', 'inv-00001'))!.status).toBe('replied');
    expect((await db.get('records', 'msg-00001'))!.status).toBe('replied');
    const fixed = await update(db, 'inv-00001', { status: 'accepted' }, NOW + 10);
    expect(fixed).toMatchObject({ status: 'accepted', statusBy: 'user' });
    expect(fixed.outcomes.map((e) => [e.status, e.by])).toEqual([['replied', 'page'], ['accepted', 'user']]);
    await applyOutcome(db, { page: 'conversation', person: jane, theyWrote: true, lastFromMe: false }, NOW + 20);
    await applyOutcome(db, { page: 'profile', person: jane, state: 'not-connected' }, NOW + 30);
    expect((await db.get('records', 'inv-00001'))!.status).toBe('accepted');
  });
  it('the sent list: pending invites missing from a complete list are no longer pending; name-only records match by name', async () => {
    const db = await setup();
    const changed = await applyOutcome(db, { page: 'sent-invitations', pending: [{ profileId: 'sara-colombo', name: 'Sara Colombo' }], complete: true }, NOW);
    expect(changed.map((r) => r.id).sort()).toEqual(['inv-00001', 'inv-00002']);
    expect((await db.get('records', 'inv-00003'))!.status).toBe('sent');
    // Paul shows up pending again (the list was wrong, or loaded late): back to pending.
    await applyOutcome(db, { page: 'sent-invitations', pending: [{ profileId: 'paul-smith' }], complete: false }, NOW + 1);
    expect((await db.get('records', 'inv-00002'))!.status).toBe('sent');
    expect((await db.get('records', 'inv-00001'))!.status).toBe('not-pending');
  });
  it('the view keeps its in-memory copy in step', async () => {
    const db = await setup();
    const view = new HistoryView(db);
    await view.all();
    await view.applyOutcome({ page: 'profile', person: jane, state: 'connected' }, NOW);
    expect((await view.query({ status: 'accepted', now: NOW })).items.map((r) => r.id)).toEqual(['inv-00001']);
  });
  it('the sent list through a loaded view: same result as the index, and a stale copy never overrides a newer stored choice', async () => {
    const db = await setup();
    const view = new HistoryView(db);
    await view.all();
    await update(db, 'inv-00002', { status: 'sent' }, NOW - 1); // written behind the view's back: the copy is stale
    const changed = await view.applyOutcome({ page: 'sent-invitations', pending: [], complete: true }, NOW);
    expect(changed.map((r) => r.id).sort()).toEqual(['inv-00001', 'inv-00003']);
    expect((await db.get('records', 'inv-00002'))!).toMatchObject({ status: 'sent', statusBy: 'user' });
    expect((await view.query({ status: 'not-pending', now: NOW })).items.map((r) => r.id).sort()).toEqual(['inv-00001', 'inv-00003']);
  });
  it('export and import keep the outcome history', async () => {
    const db = await setup();
    await applyOutcome(db, { page: 'profile', person: jane, state: 'connected' }, NOW);
    await update(db, 'inv-00002', { status: 'withdrawn' }, NOW + 1);
    const before = await allRecords(db);
    const text = toExportJson(before, NOW);
    // The CSV carries the outcome history in words too.
    expect(toCsv(before)).toContain(`${new Date(NOW).toISOString()} accepted (page: profile)`);
    await clearAll(db);
    await importRecords(db, parseExport(text));
    expect(await allRecords(db)).toEqual(before);
    // Hostile or broken outcome histories are refused.
    const bad = JSON.parse(text);
    bad.records[0].outcomes = [{ at: -5, status: 'accepted', by: 'page' }];
    expect(() => parseExport(JSON.stringify(bad))).toThrow(/outcomes/);
    bad.records[0].outcomes = Array.from({ length: MAX_OUTCOME_EVENTS + 1 }, () => ({ at: NOW, status: 'sent', by: 'user' }));
    expect(() => parseExport(JSON.stringify(bad))).toThrow(/outcomes/);
  });
});

describe('outcome-seen request', () => {
  const deps = () => {
    const conn = openHistory('h', new IDBFactory());
    let changes = 0;
    const d: HandlerDeps & { changes(): number } = { db: () => conn, statuses: new Map(), onHistoryChange: () => { changes++; }, changes: () => changes };
    return d;
  };
  it('is validated, must come from a tab, and changes only matching records', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: send('inv-00001', { sentAt: Date.now() - 86_400_000 }) }, { tabId: 1 }, d);
    expect(await handleRequest({ type: 'outcome-seen', seen: { page: 'profile', person: {}, state: 'connected' } }, { tabId: 1 }, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'outcome-seen', seen: { page: 'profile', person: jane, state: 'friends' } }, { tabId: 1 }, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'outcome-seen', seen: { page: 'profile', person: jane, state: 'connected' } }, {}, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'outcome-seen', seen: { page: 'profile', person: { profileId: 'nobody' }, state: 'connected' } }, { tabId: 1 }, d))
      .toEqual({ ok: true, data: { changed: 0 } });
    const before = d.changes();
    expect(await handleRequest({ type: 'outcome-seen', seen: { page: 'profile', person: jane, state: 'connected' } }, { tabId: 1 }, d))
      .toEqual({ ok: true, data: { changed: 1 } });
    expect(d.changes()).toBe(before + 1);
    const got = await handleRequest({ type: 'history-get', id: 'inv-00001' }, {}, d);
    expect(got).toMatchObject({ ok: true, data: { status: 'accepted', statusBy: 'page' } });
  });
});


describe('upgrade to outcomes', () => {
  for (const from of [1, 2, 3]) {
    it(`upgrades a version-${from} database: outcome history added, user statuses kept as the user's, invites indexed by status`, async () => {
      const factory = new IDBFactory();
      const strip = (r: HistoryRecord) => { const { outcomes: _o, statusBy: _s, ...old } = r; return old; };
      const pending = strip(rec('old-00001'));
      const accepted = { ...strip(rec('old-00002', { recipient: { name: 'Paul Smith', profileId: 'paul-smith' } })), status: 'accepted' };
      await writeOld(factory, from, [pending, accepted]);
      const db = await openHistory('old', factory);
      expect(db.version).toBe(HISTORY_VERSION);
      expect(await db.get('records', 'old-00001')).toEqual({ ...pending, outcomes: [] });
      expect(await db.get('records', 'old-00002')).toEqual({ ...accepted, outcomes: [], statusBy: 'user' });
      expect((await db.getAllFromIndex('records', 'kindStatus', ['invite', 'sent'])).map((r) => r.id)).toEqual(['old-00001']);
      // The user's old choice is not overridden by a page; the pending one is inferred.
      await applyOutcome(db, { page: 'sent-invitations', pending: [], complete: true }, NOW);
      expect((await db.get('records', 'old-00001'))!.status).toBe('not-pending');
      expect((await db.get('records', 'old-00002'))!.status).toBe('accepted');
      db.close();
    });
  }
});
