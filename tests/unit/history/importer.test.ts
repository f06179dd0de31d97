// The export splitter reads exactly what JSON.parse reads: the same records for
// any text content (quotes, backslashes, brackets, line breaks, any Unicode),
// key order and whitespace, and a clear "not a JSON file" for broken text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExport, parseExportSliced, parseExportSync } from '../../../lib/history/importer';
import { recordFromSend, type HistoryRecord } from '../../../lib/history/schema';
import { toExportJson } from '../../../lib/history/transfer';

const rec = (i: number, text: string, name = `Persona ${i}`): HistoryRecord => recordFromSend({
  sendId: `split-${String(i).padStart(4, '0')}`, kind: 'invite', recipient: { name }, text, sentAt: Date.UTC(2024, 0, 1) + i,
  lang: 'it', score: 50, verdict: 'improve', failedChecks: ['how-met', 'spelling'], page: '/in/x/', gateOverridden: false,
}, Date.UTC(2024, 0, 2));

describe('export splitter', () => {
  it('gives the same records as JSON.parse for any text, layout and key order', () => {
    fc.assert(fc.property(
      fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 6 }),
      fc.constantFrom(0, 1, 2, '\t'),
      fc.boolean(),
      (texts, indent, recordsFirst) => {
        const records = texts.map((t, i) => rec(i, `${t}"]},[{\\`, `${t.slice(0, 5)}}`));
        const env = recordsFirst
          ? { records, exportedAt: 'x', version: 1, format: 'garbo-history' }
          : { format: 'garbo-history', version: 1, exportedAt: 'x', records };
        const text = JSON.stringify(env, null, indent);
        expect(parseExport(text)).toEqual(records);
        expect(parseExport(`\uFEFF \n${text}\n\n`)).toEqual(records);
      },
    ), { numRuns: 100 });
  });

  it('reads an empty export and counts sizes per record', () => {
    expect(parseExport(toExportJson([]))).toEqual([]);
    const text = JSON.stringify({ format: 'garbo-history', version: 1, records: [rec(1, 'a'), rec(2, 'bb')] });
    const { records, sizes } = parseExportSync(text);
    expect(records.map((r) => r.id)).toEqual(['split-0001', 'split-0002']);
    expect(sizes).toEqual(records.map((r) => JSON.stringify(r).length));
  });

  it('says "not a JSON file" for broken text, and what is wrong with a wrong one', () => {
    const good = toExportJson([rec(1, 'ciao')]);
    for (const broken of [
      '{not json', '{"truncated": ', good.slice(0, -3), good.replace('"format"', 'format'), `${good} x`,
      good.replace(/\]\s*\}\s*$/, ',]}'), good.replace(/"version": \d+/, '"version": tru'), '{"format":"garbo-history",}', '{"a" 1}',
      good.replace(/\]\s*\}\s*$/, '}}'),
    ]) {
      expect(() => parseExport(broken), broken.slice(-40)).toThrow(/not a JSON file|record 1: not valid JSON/);
    }
    expect(() => parseExport('[1,2]')).toThrow(/not a Garbo history export/);
    expect(() => parseExport('"text"')).toThrow(/not a Garbo history export/);
    expect(() => parseExport('{}')).toThrow(/not a Garbo history export/);
    expect(() => parseExport('{"format":"garbo-history","version":1,"records":{}}')).toThrow(/records: expected an array/);
    expect(() => parseExport('{"format":"garbo-history","version":1}')).toThrow(/records: expected an array, found none/);
    expect(() => parseExport('{"format":"garbo-history","version":3,"records":[]}')).toThrow(/unsupported export: version/);
    expect(() => parseExport('{"format":"garbo-history","version":1,"records":[1, {"id": "abcdefgh"}]}')).toThrow(/^2 invalid records; first: record 1: \(record\)/);
  });

  it('gives the same answer sliced and at once', async () => {
    const text = toExportJson(Array.from({ length: 300 }, (_, i) => rec(i, 'x'.repeat(i * 50))));
    let progress = 0;
    const sliced = await parseExportSliced(text, { progress: (done) => { progress = done; } });
    expect(sliced).toEqual(parseExportSync(text));
    expect(progress).toBe(300);
  });
});

describe('export in pages and parts', () => {
  it('builds the same JSON and CSV a slice at a time', async () => {
    const { toCsv, toCsvParts, toExportParts } = await import('../../../lib/history/transfer');
    for (const n of [0, 1, 3, 130]) {
      const records = Array.from({ length: n }, (_, i) => rec(i, `riga ${i}\n"citata", =SUM(A1)`));
      let breaths = 0;
      const breathe = async () => { breaths++; };
      expect((await toExportParts(records, 1_700_000_000_000, breathe)).join(''), String(n)).toBe(toExportJson(records, 1_700_000_000_000));
      expect((await toCsvParts(records, breathe)).join(''), String(n)).toBe(toCsv(records));
      if (n === 130) expect(breaths).toBe(3);
    }
  });

  it('answers history-export a page at a time under the size cap, newest first', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openHistory } = await import('../../../lib/history/db');
    const { handleRequest } = await import('../../../lib/background/handler');
    const { fetchExport } = await import('../../../lib/history/importer');
    const conn = openHistory(`exp-${Math.random()}`, new IDBFactory());
    const deps = { db: () => conn, statuses: new Map() };
    const records = Array.from({ length: 700 }, (_, i) => rec(i, 'x'.repeat(i < 30 ? 99_000 : 20)));
    for (const r of records) await (await conn).put('records', r);
    const sent: Array<Record<string, unknown>> = [];
    const all = await fetchExport(async <T,>(msg: Record<string, unknown>) => {
      sent.push(msg);
      const reply = await handleRequest(msg, {}, deps);
      if (!reply.ok) throw new Error(reply.error);
      expect(JSON.stringify(reply.data).length).toBeLessThan(1_400_000);
      return reply.data as T;
    });
    const whole = await handleRequest({ type: 'history-export' }, {}, deps);
    expect(all).toEqual((whole as { data: unknown }).data);
    expect(all).toHaveLength(700);
    expect(sent.length).toBeGreaterThan(3);
    expect(await handleRequest({ type: 'history-export', offset: 0, limit: 501 }, {}, deps)).toMatchObject({ ok: false });
  });
});
