import type { ContactInfo, LastContact, SendReport } from '../domain';
import type { HistoryConn } from './db';
import { isNote, monthRange } from './query';
import { describeZodError, HistoryRecordSchema, recipientKey, recordFromSend, RecordPatchSchema, type HistoryRecord } from './schema';
import type { PageOutcome } from '../linkedin/outcomes';
import { personKeys, planOutcome, withStatus } from './outcomes';

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

export type { LastContact };

/**
 * What the history says about a person: first contact or not, the latest send
 * to them, texts sent to others (template reuse), and how many invites with a
 * note went out this calendar month (LinkedIn's free plan allows a few).
 */
export async function contactInfo(db: HistoryConn, who: { name?: string; profileId?: string }, recent = 50, now = Date.now()): Promise<ContactInfo & { previousTexts: string[] }> {
  const key = recipientKey(who);
  const theirs = await db.getAllFromIndex('records', 'recipientKey', key);
  const others: string[] = [];
  let cursor = await db.transaction('records').store.index('sentAt').openCursor(null, 'prev');
  while (cursor && others.length < recent) {
    if (cursor.value.recipientKey !== key && cursor.value.text.trim()) others.push(cursor.value.text);
    cursor = await cursor.continue();
  }
  const month = monthRange(now);
  const sentThisMonth = await db.getAllFromIndex('records', 'sentAt', IDBKeyRange.bound(month.start, month.end, false, true));
  const notesThisMonth = sentThisMonth.filter(isNote).length;
  const latest = theirs.reduce<HistoryRecord | undefined>((a, r) => (!a || r.sentAt > a.sentAt ? r : a), undefined);
  const last: LastContact | null = latest ? { kind: latest.kind, sentAt: latest.sentAt, hadNote: !!latest.text.trim() } : null;
  return {
    firstContact: theirs.length === 0,
    justAccepted: theirs.some((r) => r.kind === 'invite' && r.status === 'accepted') && !theirs.some((r) => r.kind === 'message'),
    previousTexts: others,
    last,
    notesThisMonth,
  };
}

/** Apply a user edit; an invalid patch is rejected with a readable error and nothing changes. */
export async function update(db: HistoryConn, id: string, patch: unknown, now = Date.now()): Promise<HistoryRecord> {
  const parsed = RecordPatchSchema.safeParse(patch);
  if (!parsed.success) throw new Error(`invalid edit: ${describeZodError(parsed.error)}`);
  const tx = db.transaction('records', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error(`no record with id ${id}`);
  const { status, ...edits } = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as typeof parsed.data;
  // A status the user sets is theirs: dated in the outcome history and never overwritten by a page.
  const base = status !== undefined && status !== current.status ? withStatus(current, status, 'user', now) : current;
  const next = HistoryRecordSchema.parse({ ...base, ...edits, ...(status !== undefined ? { statusBy: 'user' } : {}), updatedAt: now });
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

/** Put back a record exactly as it was (undo of a delete); it must be a valid record. */
export async function restore(db: HistoryConn, record: unknown): Promise<HistoryRecord> {
  const parsed = HistoryRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`invalid record: ${describeZodError(parsed.error)}`);
  await db.put('records', parsed.data);
  return parsed.data;
}

/** Every record, newest first. */
export async function allRecords(db: HistoryConn): Promise<HistoryRecord[]> {
  return (await db.getAllFromIndex('records', 'sentAt')).reverse();
}

export interface ImportResult { added: number; updated: number; kept: number }

/**
 * Merge already-validated records in ONE transaction (all or nothing).
 * Merge rule, by id: a new id is added; for an id already stored, the copy
 * with the newer `updatedAt` wins (ties keep the stored one), so importing the
 * same export twice changes nothing and never duplicates.
 */
export async function importRecords(db: HistoryConn, records: readonly HistoryRecord[]): Promise<ImportResult> {
  const tx = db.transaction('records', 'readwrite');
  tx.done.catch(() => { /* reported by the await below or by the abort */ });
  const res: ImportResult = { added: 0, updated: 0, kept: 0 };
  const added = new Set<string>();
  try {
    for (const r of records) {
      const current = await tx.store.get(r.id);
      if (!current) { await tx.store.add(r); added.add(r.id); res.added++; }
      else if (current.updatedAt < r.updatedAt) { await tx.store.put(r); if (!added.has(r.id)) res.updated++; }
      else if (!added.has(r.id)) res.kept++;
    }
    await tx.done;
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    throw err;
  }
  return res;
}

/**
 * Apply what a page showed (lib/history/outcomes.ts) in one transaction: the
 * person's records through the recipientKey index, or the pending invites
 * through the kindStatus index. Returns the records that changed.
 */
export async function applyOutcome(db: HistoryConn, seen: PageOutcome, now = Date.now(), known?: readonly HistoryRecord[]): Promise<HistoryRecord[]> {
  const tx = db.transaction('records', 'readwrite');
  let changed: HistoryRecord[];
  if (seen.page === 'sent-invitations' && known) {
    // The caller's in-memory copy picks the records that may change; each is
    // read again inside this transaction and planned on its stored version
    // (the sent-list rule looks at one record at a time), so a stale copy never wins.
    const planned = planOutcome(seen, known.filter((r) => r.kind === 'invite' && (r.status === 'sent' || r.status === 'not-pending')), now);
    const current = await Promise.all(planned.map((r) => tx.store.get(r.id)));
    changed = planOutcome(seen, current.filter((r): r is HistoryRecord => !!r), now);
  } else {
    let candidates: HistoryRecord[];
    if (seen.page === 'sent-invitations') {
      const idx = tx.store.index('kindStatus');
      const [pending, gone] = await Promise.all([idx.getAll(['invite', 'sent']), idx.getAll(['invite', 'not-pending'])]);
      candidates = [...pending, ...gone];
    } else {
      const byKey = await Promise.all(personKeys(seen.person).map((k) => tx.store.index('recipientKey').getAll(k)));
      candidates = byKey.flat();
    }
    changed = planOutcome(seen, candidates, now);
  }
  await Promise.all(changed.map((r) => tx.store.put(r)));
  await tx.done;
  return changed;
}

/** Delete every record (the user's "delete all my data"). */
export async function clearAll(db: HistoryConn): Promise<void> {
  await db.clear('records');
}
