// Dates have real bounds everywhere (lib/history/dates.ts): records, messages
// and imports refuse an impossible date with the record and field named and
// nothing changed; a stored bad value never breaks formatting or export.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { DateMs, isSaneDate, DATE_RANGE_MESSAGE, MIN_DATE_MS } from '../../../lib/history/dates';
import { openHistory } from '../../../lib/history/db';
import { parseExport } from '../../../lib/history/importer';
import { recordFromSend } from '../../../lib/history/schema';
import { toCsv, toExportJson } from '../../../lib/history/transfer';
import { formatDate, NO_DATE } from '../../../components/common/dates';

const NOW = Date.now();
const report = (sendId: string, over: object = {}) => ({
  sendId, kind: 'invite', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, text: 'Hi Jane, we met at the meetup.',
  sentAt: NOW - 86_400_000, lang: 'en', score: 70, verdict: 'improve', failedChecks: ['how-met'], page: '/in/jane-doe/', ...over,
});
const deps = (): HandlerDeps => {
  const conn = openHistory(`d-${Math.random()}`, new IDBFactory());
  return { db: () => conn, statuses: new Map() };
};

describe('bounded dates', () => {
  it('accepts 2003-01-01 to five years ahead, nothing else', () => {
    for (const ok of [MIN_DATE_MS, NOW, NOW + 4 * 365 * 86_400_000]) expect(DateMs.safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [9e15, 8.64e15, -1, 0, 1, MIN_DATE_MS - 1, NOW + 6 * 366 * 86_400_000, 1.5e12 + 0.5, Number.NaN, Infinity, '1700000000000', null]) {
      expect(DateMs.safeParse(bad).success, String(bad)).toBe(false);
      expect(isSaneDate(bad)).toBe(false);
    }
    expect(DATE_RANGE_MESSAGE).toMatch(/2003-01-01/);
  });

  it('record-send refuses an impossible sentAt and stores nothing', async () => {
    const d = deps();
    for (const sentAt of [9e15, -1, 0, 1_000]) {
      const res = await handleRequest({ type: 'record-send', report: report('abcdef-001', { sentAt }) }, {}, d);
      expect(res, String(sentAt)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request: report\.sentAt: not a valid date/) });
    }
    expect(await (await d.db()).count('records')).toBe(0);
    expect(await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d)).toMatchObject({ ok: true });
  });

  it('history-update refuses followUpDue -1 or 9e15 and keeps the record as it was', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d);
    const before = await (await d.db()).get('records', 'abcdef-001');
    for (const followUpDue of [-1, 9e15, 12.5]) {
      const res = await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { followUpDue } }, {}, d);
      expect(res, String(followUpDue)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid edit: followUpDue/) });
    }
    expect(await (await d.db()).get('records', 'abcdef-001')).toEqual(before);
    const ok = await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { followUpDue: NOW + 86_400_000 } }, {}, d);
    expect(ok).toMatchObject({ ok: true, data: { followUpDue: NOW + 86_400_000 } });
    // The "needs attention" mark can only be cleared, never written from outside.
    expect(await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { attention: [{ field: 'sentAt', was: 'x' }] } }, {}, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'history-update', id: 'abcdef-001', patch: { attention: [] } }, {}, d)).toMatchObject({ ok: true, data: { attention: [] } });
    expect(await handleRequest({ type: 'history-stats', now: 9e15 }, {}, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'history-query', query: { now: -5 } }, {}, d)).toMatchObject({ ok: false });
  });

  it('an import with one impossible date names the record (number and id) and field, and changes nothing', async () => {
    const d = deps();
    await handleRequest({ type: 'record-send', report: report('abcdef-001') }, {}, d);
    const doc = JSON.parse(toExportJson([recordFromSend(report('abcdef-002') as never, NOW), recordFromSend(report('abcdef-003') as never, NOW)]));
    doc.records[1].sentAt = 9e15;
    expect(() => parseExport(JSON.stringify(doc))).toThrow(/^record 2 \(id abcdef-003\): sentAt: not a valid date/);
    const res = await handleRequest({ type: 'history-import', text: JSON.stringify(doc) }, {}, d);
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/nothing changed: record 2 \(id abcdef-003\): sentAt/) });
    doc.records[1].sentAt = NOW;
    doc.records[0].followUpDue = -1;
    doc.records[1].updatedAt = 0;
    expect(() => parseExport(JSON.stringify(doc))).toThrow(/^2 invalid records; first: record 1 \(id abcdef-002\): followUpDue/);
    expect(await (await d.db()).count('records')).toBe(1);
  });

  it('formats and exports a bad stored value without throwing', () => {
    expect(formatDate('en', 9e15)).toBe(NO_DATE);
    expect(formatDate('it', Number.NaN, true)).toBe(NO_DATE);
    expect(formatDate('en', undefined)).toBe(NO_DATE);
    expect(formatDate('en', Date.UTC(2025, 0, 2, 12))).toMatch(/2025/);
    const bad = { ...recordFromSend(report('abcdef-009') as never, NOW), sentAt: 9e15, followUpDue: -1 };
    const csv = toCsv([bad]);
    expect(csv.split('\r\n')[1]).toContain(',9000000000000000,');
    expect(csv.split('\r\n')[1]).toContain(",'-1,");
  });
});
