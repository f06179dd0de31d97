// Export → wipe → import gives back identical records; bad files change nothing;
// merges keep the newer edit and never duplicate; CSV is spreadsheet-safe.
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../lib/history/db';
import { allRecords, clearAll, importRecords, recordSend, update } from '../../../lib/history/repository';
import { csvCell, ImportError, toCsv, toExportJson } from '../../../lib/history/transfer';
import { parseExport } from '../../../lib/history/importer';
import type { SendReport } from '../../../lib/messages';

const send = (i: number, over: Partial<SendReport> = {}): SendReport => ({
  sendId: `send-${String(i).padStart(4, '0')}`, kind: i % 2 ? 'message' : 'invite',
  recipient: { name: `Niccolò ${i}`, profileId: `p-${i}`, profileUrl: `https://www.linkedin.com/in/p-${i}/` },
  text: `Ciao, "ci siamo visti" al convegno, ${i}.\nA presto`, sentAt: 1_700_000_000_000 + i * 1000, lang: 'it',
  score: 50 + i, verdict: 'improve', failedChecks: ['how-met'], page: '/in/x/', gateOverridden: i === 3, ...over,
});

async function seeded(n = 5) {
  const db = await openHistory('t', new IDBFactory());
  for (let i = 0; i < n; i++) await recordSend(db, send(i), 1_700_000_100_000 + i);
  await update(db, 'send-0002', { status: 'accepted', metWhere: 'Milano, Codemotion', notes: '=cmd|x', followUpDue: 1_700_100_000_000 }, 1_700_000_200_000);
  return db;
}

describe('history export / import', () => {
  it('round-trips: export, wipe, import gives identical records', async () => {
    const db = await seeded();
    const before = await allRecords(db);
    const json = toExportJson(before, 1_700_000_300_000);
    expect(JSON.parse(json)).toMatchObject({ format: 'garbo-history', version: 2, exportedAt: '2023-11-14T22:18:20.000Z' });
    await clearAll(db);
    expect(await db.count('records')).toBe(0);
    expect(await importRecords(db, parseExport(json))).toEqual({ added: 5, updated: 0, kept: 0 });
    expect(await allRecords(db)).toEqual(before);
    // Importing the same file again duplicates nothing.
    expect(await importRecords(db, parseExport(json))).toEqual({ added: 0, updated: 0, kept: 5 });
    expect(await db.count('records')).toBe(5);
  });

  it('merges by id keeping the copy with the newer updatedAt', async () => {
    const db = await seeded(3);
    const old = toExportJson(await allRecords(db));
    await update(db, 'send-0001', { notes: 'newer here' }, 1_800_000_000_000);
    const doc = JSON.parse(old);
    doc.records.find((r: { id: string }) => r.id === 'send-0000').notes = 'newer in file';
    doc.records.find((r: { id: string }) => r.id === 'send-0000').updatedAt = 1_900_000_000_000;
    doc.records.push({ ...doc.records[0], id: 'send-9999', updatedAt: 1_100_000_000_000 });
    expect(await importRecords(db, parseExport(JSON.stringify(doc)))).toEqual({ added: 1, updated: 1, kept: 2 });
    expect((await db.get('records', 'send-0001'))?.notes).toBe('newer here');
    expect((await db.get('records', 'send-0000'))?.notes).toBe('newer in file');
    expect(await db.count('records')).toBe(4);
  });

  it('names what is wrong in a bad file', () => {
    expect(() => parseExport('{not json')).toThrow(/not a JSON file/);
    expect(() => parseExport('[1,2]')).toThrow(/not a Garbo history export/);
    expect(() => parseExport(JSON.stringify({ format: 'garbo-history', version: 99, records: [] }))).toThrow(/unsupported export: version/);
    expect(() => parseExport(JSON.stringify({ format: 'garbo-history', version: 1 }))).toThrow(/records/);
    const good = JSON.parse(toExportJson([]));
    good.records = [{ id: 'x' }];
    expect(() => parseExport(JSON.stringify(good))).toThrow(ImportError);
  });

  it('rejects a file with one invalid record and changes nothing', async () => {
    const db = await seeded(4);
    const before = await allRecords(db);
    const doc = JSON.parse(toExportJson(before));
    doc.records[0].notes = 'would overwrite';
    doc.records[0].updatedAt = 1_900_000_000_000;
    doc.records[2].recipient.name = 42;
    expect(() => parseExport(JSON.stringify(doc))).toThrow(/record 3 \(id send-0001\): recipient\.name/);
    doc.records[2].recipient.name = 'ok';
    doc.records[3].score = 'high';
    doc.records[1].status = 'ghosted';
    expect(() => parseExport(JSON.stringify(doc))).toThrow(/2 invalid records; first: record 2 \(id send-0002\): status/);
    expect(await allRecords(db)).toEqual(before);
  });

  it('is all-or-nothing when the store refuses a record midway', async () => {
    const db = await seeded(3);
    const before = await allRecords(db);
    const good = parseExport(toExportJson(before)).map((r, i) => ({ ...r, id: `new-${i}-xxxxxx`, updatedAt: 1_100_000_000_000 }));
    // A record that passed validation but cannot be stored (unserialisable) aborts the whole import.
    const poison = { ...good[0]!, id: 'new-poison-xx', notes: (() => 1) as unknown as string };
    await expect(importRecords(db, [...good, poison])).rejects.toThrow();
    expect(await allRecords(db)).toEqual(before);
  });

  it('writes CSV that a spreadsheet reads back and cannot run as formulas', async () => {
    const db = await seeded(3);
    const csv = toCsv(await allRecords(db));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,kind,sentAt,recipientName,profileId,profileUrl,lang,score,verdict,failedChecks,status,statusBy,outcomes,metWhere,followUpDue,notes,subject,text,page,gateOverridden,updatedAt');
    expect(csv).toContain(`"Ciao, ""ci siamo visti"" al convegno, 2.\nA presto"`);
    expect(csv).toContain(`'=cmd|x`);
    expect(csv).toContain('"Milano, Codemotion"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(null)).toBe('');
  });

  it('CSV cells parse back to their value (RFC 4180) for any text', () => {
    const parseCell = (c: string) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c);
    fc.assert(fc.property(fc.string(), (s) => {
      const back = parseCell(csvCell(s));
      expect(back).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      if (!csvCell(s).startsWith('"')) expect(csvCell(s)).not.toMatch(/[",\r\n]/);
    }));
  });
});
