import type { SendReport } from '../messages';
import type { HistoryConn } from './db';
import { describeZodError, HistoryRecordSchema, recipientKey, recordFromSend, RecordPatchSchema, type HistoryRecord } from './schema';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** Store a send once: the same sendId again (retry, double click) is acknowledged, not duplicated. */
export async function recordSend(db: HistoryConn, report: SendReport, now = Date.now()): Promise<{ id: string; duplicate: boolean }> {
  const record = recordFromSend(report, now);
  const tx = db.transaction('records', 'readwrite');
  const existing = await tx.store.get(record.id);
  if (!existing) await tx.store.add(record);
  await tx.done;
  return { id: record.id, duplicate: !!existing };
}

export async function listRecent(db: HistoryConn, limit = 50, before = Infinity): Promise<HistoryRecord[]> {
  const out: HistoryRecord[] = [];
  const range = Number.isFinite(before) ? IDBKeyRange.upperBound(before, true) : undefined;
  let cursor = await db.transaction('records').store.index('sentAt').openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Case- and accent-insensitive search over recipient names and texts, newest first. */
export async function search(db: HistoryConn, query: string, limit = 200): Promise<HistoryRecord[]> {
  const q = fold(query.trim());
  const all = await db.getAllFromIndex('records', 'sentAt');
  const hits = q ? all.filter((r) => fold(r.recipient.name ?? '').includes(q) || fold(r.text).includes(q)) : all;
  return hits.reverse().slice(0, limit);
}

/** What the history says about a person: first contact or not, and texts sent to others. */
export async function contactInfo(db: HistoryConn, who: { name?: string; profileId?: string }, recent = 50) {
  const key = recipientKey(who);
  const theirs = await db.getAllFromIndex('records', 'recipientKey', key);
  const others: string[] = [];
  let cursor = await db.transaction('records').store.index('sentAt').openCursor(null, 'prev');
  while (cursor && others.length < recent) {
    if (cursor.value.recipientKey !== key && cursor.value.text.trim()) others.push(cursor.value.text);
    cursor = await cursor.continue();
  }
  return {
    firstContact: theirs.length === 0,
    justAccepted: theirs.some((r) => r.kind === 'invite' && r.status === 'accepted') && !theirs.some((r) => r.kind === 'message'),
    previousTexts: others,
  };
}

/** Apply a user edit; an invalid patch is rejected with a readable error and nothing changes. */
export async function update(db: HistoryConn, id: string, patch: unknown, now = Date.now()): Promise<HistoryRecord> {
  const parsed = RecordPatchSchema.safeParse(patch);
  if (!parsed.success) throw new Error(`invalid edit: ${describeZodError(parsed.error)}`);
  const tx = db.transaction('records', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error(`no record with id ${id}`);
  const next = HistoryRecordSchema.parse({ ...current, ...parsed.data, updatedAt: now });
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function remove(db: HistoryConn, id: string): Promise<HistoryRecord | undefined> {
  const tx = db.transaction('records', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.delete(id);
  await tx.done;
  return current;
}
