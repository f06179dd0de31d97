// The popup's requests to the background: validated, answered from the store,
// invalid ones refused with a clear error and nothing written.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { openHistory } from '../../../lib/history/db';
import { toExportJson } from '../../../lib/history/transfer';

const deps = () => {
  const conn = openHistory('h', new IDBFactory());
  let changes = 0;
  const d: HandlerDeps & { changes(): number } = { db: () => conn, statuses: new Map(), onHistoryChange: () => { changes++; }, changes: () => changes };
  return d;
};
const report = (sendId: string, over: object = {}) => ({
  sendId, kind: 'invite', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, text: 'Hi Jane, we met at the meetup.',
  sentAt: 1_700_000_000_000, lang: 'en', score: 70, verdict: 'improve', failedChecks: ['how-met'], page: '/in/jane-doe/', ...over,
});

describe('history requests', () => {
  it('queries, edits, deletes and restores through the background', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, { tabId: 1 }, d);
    await handleRequest({ type: 'record-send', report: report('abcdef-002', { sentAt: 1_700_000_001_000, kind: 'message' }) }, { tabId: 1 }, d);
    expect(d.changes()).toBe(2);
    const q = await handleRequest({ type: 'history-query', query: { text: 'jane', limit: 10, now: 1_700_000_002_000 } }, {}, d);
    expect(q).toMatchObject({ ok: true, data: { total: 2, items: [{ id: 'abcdef-002' }, { id: 'abcdef-001' }] } });
    const edit = await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { status: 'accepted', metWhere: 'Meetup Torino' } }, {}, d);
    expect(edit).toMatchObject({ ok: true, data: { status: 'accepted', metWhere: 'Meetup Torino' } });
    const bad = await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { score: 100 } }, {}, d);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/invalid edit/) });
    const del = await handleRequest({ type: 'history-delete', id: 'abcdef-001' }, {}, d);
    expect(del).toMatchObject({ ok: true, data: { id: 'abcdef-001', metWhere: 'Meetup Torino' } });
    expect(await handleRequest({ type: 'history-get', id: 'abcdef-001' }, {}, d)).toEqual({ ok: true, data: null });
    expect(await handleRequest({ type: 'history-restore', record: (del as { data: Record<string, unknown> }).data }, {}, d)).toMatchObject({ ok: true });
    expect(await handleRequest({ type: 'history-get', id: 'abcdef-001' }, {}, d)).toEqual({ ok: true, data: (del as { data: unknown }).data });
    const stats = await handleRequest({ type: 'history-stats', noteLimit: 200, followUpDays: 7, now: 1_700_000_002_000 }, {}, d);
    expect(stats).toMatchObject({ ok: true, data: { total: 2, averageScore: 70, noteQuota: 5 } });
  });

  it('refuses a corrupted import naming the record and field, and changes nothing', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d);
    const exp = await handleRequest({ type: 'history-export' }, {}, d);
    const records = (exp as { data: Array<Record<string, unknown>> }).data;
    const doc = JSON.parse(toExportJson(records as never));
    doc.records.push({ ...doc.records[0], id: 'abcdef-777', kind: 'poke' });
    const before = d.changes();
    const res = await handleRequest({ type: 'history-import', text: JSON.stringify(doc) }, {}, d);
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^import refused, nothing changed: record 2 \(id abcdef-777\): kind/) });
    expect(await handleRequest({ type: 'history-import', text: 'garbage' }, {}, d)).toMatchObject({ ok: false, error: expect.stringMatching(/not a JSON file/) });
    expect(d.changes()).toBe(before);
    expect(await (await d.db()).count('records')).toBe(1);
    doc.records[1].kind = 'message';
    expect(await handleRequest({ type: 'history-import', text: JSON.stringify(doc) }, {}, d)).toEqual({ ok: true, data: { added: 1, updated: 0, kept: 1 } });
    expect((await handleRequest({ type: 'history-query', query: {} }, {}, d) as { data: { total: number } }).data.total).toBe(2);
  });

  it('rejects malformed history requests and clears only when confirmed', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d);
    expect(await handleRequest({ type: 'history-query', query: { limit: 100_000 } }, {}, d)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request: query\.limit/) });
    expect(await handleRequest({ type: 'history-clear' }, {}, d)).toMatchObject({ ok: false, error: expect.stringMatching(/confirm/) });
    expect(await (await d.db()).count('records')).toBe(1);
    expect(await handleRequest({ type: 'history-clear', confirm: true }, {}, d)).toEqual({ ok: true, data: null });
    expect(await (await d.db()).count('records')).toBe(0);
  });
});

describe('storage full', () => {
  it('answers a clear message when the disk is full and keeps every earlier record', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d);
    const conn = await d.db();
    // The disk is full: every write the store attempts fails as the browser reports it.
    const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', unknown>;
    const saved = { add: proto.add, put: proto.put };
    proto.add = proto.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    try {
      const res = await handleRequest({ type: 'record-send', report: report('abcdef-002') }, {}, d);
      expect(res).toEqual({ ok: false, error: expect.stringMatching(/^storage full/) });
      const edit = await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { notes: 'x' } }, {}, d);
      expect(edit).toEqual({ ok: false, error: expect.stringMatching(/^storage full/) });
    } finally {
      Object.assign(proto, saved);
    }
    expect((await conn.getAll('records')).map((r) => [r.id, r.notes])).toEqual([['abcdef-001', '']]);
    expect((await handleRequest({ type: 'history-query', query: {} }, {}, d) as { data: { total: number } }).data.total).toBe(1);
  });
});
