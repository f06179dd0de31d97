// The popup's questions to the history, answered over an in-memory list of
// records: filters, search, paging, follow-ups due and the header figures.
// Pure: no IndexedDB here (see view.ts for the cache that feeds it).
import { z } from 'zod';
import type { HistoryRecord } from './schema';
import { FREE_NOTES_PER_MONTH, STATUSES } from '../domain';
import { DateMs } from './dates';

export const DAY_MS = 86_400_000;

/** Case- and accent-insensitive form used for search. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

export const HistoryQuerySchema = z.object({
  /** Free text over recipient names, texts, notes and where met. */
  text: z.string().max(200).default(''),
  kind: z.enum(['invite', 'message']).optional(),
  /** Score band = the verdict recorded at send time. */
  band: z.enum(['ready', 'improve', 'stop']).optional(),
  status: z.enum(STATUSES).optional(),
  /** Only follow-ups due. */
  due: z.boolean().default(false),
  /** Days before an invite needs a follow-up; the background fills in the user's setting when absent. */
  followUpDays: z.number().int().min(1).max(365).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
  /** "Now" for the follow-up logic (tests); defaults to the clock. */
  now: DateMs.optional(),
});
export type HistoryQuery = z.input<typeof HistoryQuerySchema>;

export interface Row {
  r: HistoryRecord;
  /** Folded name + text + notes + where met; made on the first search (loading stays cheap). */
  hay?: string;
}

export const toRow = (r: HistoryRecord): Row => ({ r });

export const hayOf = (row: Row): string =>
  (row.hay ??= fold(`${row.r.recipient.name ?? ''}\n${row.r.recipient.profileId ?? ''}\n${row.r.text}\n${row.r.subject ?? ''}\n${row.r.metWhere}\n${row.r.notes}`));

/** Newest first; equal times by id so the order is stable. */
export const byNewest = (a: Row, b: Row) => b.r.sentAt - a.r.sentAt || (a.r.id < b.r.id ? 1 : a.r.id > b.r.id ? -1 : 0);

/** For each person, when the latest message was sent to them. */
export function lastMessageAt(rows: readonly Row[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const { r } of rows) {
    if (r.kind === 'message' && (m.get(r.recipientKey) ?? -1) < r.sentAt) m.set(r.recipientKey, r.sentAt);
  }
  return m;
}

/**
 * An invite needs a follow-up when nothing followed it: no later message to the
 * same person and no reply marked, and it is not withdrawn or no longer
 * pending. When the user set a follow-up date, that date decides; otherwise
 * the invite is due `followUpDays` after it was sent.
 */
export function isFollowUpDue(r: HistoryRecord, lastMsg: Map<string, number>, now: number, followUpDays: number): boolean {
  if (r.kind !== 'invite' || r.status === 'replied' || r.status === 'withdrawn' || r.status === 'not-pending') return false;
  if ((lastMsg.get(r.recipientKey) ?? -1) > r.sentAt) return false;
  const dueAt = r.followUpDue ?? r.sentAt + followUpDays * DAY_MS;
  return dueAt <= now;
}

/**
 * The first moment after `now` when an invite becomes due without any write
 * (its follow-up date or `followUpDays` after it was sent); Infinity when none
 * will. Until then, and within the same month, the list and figures stay as they are.
 */
export function nextDueAt(rows: readonly Row[], lastMsg: Map<string, number>, now: number, followUpDays: number): number {
  let next = Infinity;
  for (const { r } of rows) {
    if (r.kind !== 'invite' || r.status === 'replied' || r.status === 'withdrawn' || r.status === 'not-pending') continue;
    if ((lastMsg.get(r.recipientKey) ?? -1) > r.sentAt) continue;
    const dueAt = r.followUpDue ?? r.sentAt + followUpDays * DAY_MS;
    if (dueAt > now && dueAt < next) next = dueAt;
  }
  return next;
}

export interface QueryResult {
  total: number;
  offset: number;
  items: Array<HistoryRecord & { due: boolean }>;
}

/** Filter, search and page `rows` (already newest first); follow-ups due come first. */
export function runQuery(rows: readonly Row[], input: HistoryQuery, lastMsg = lastMessageAt(rows)): QueryResult {
  const q = HistoryQuerySchema.parse(input);
  const now = q.now ?? Date.now();
  const needle = fold(q.text.trim());
  const terms = needle ? needle.split(/\s+/) : [];
  const due: Row[] = [];
  const rest: Row[] = [];
  for (const row of rows) {
    const { r } = row;
    if (q.kind && r.kind !== q.kind) continue;
    if (q.band && r.verdict !== q.band) continue;
    if (q.status && r.status !== q.status) continue;
    if (terms.length) { const hay = hayOf(row); if (!terms.every((t) => hay.includes(t))) continue; }
    const isDue = isFollowUpDue(r, lastMsg, now, q.followUpDays ?? 7);
    if (isDue) due.push(row);
    else if (!q.due) rest.push(row);
  }
  const total = due.length + rest.length;
  const page: QueryResult['items'] = [];
  for (let i = q.offset; i < Math.min(total, q.offset + q.limit); i++) {
    const isDue = i < due.length;
    page.push({ ...(isDue ? due[i]! : rest[i - due.length]!).r, due: isDue });
  }
  return { total, offset: q.offset, items: page };
}

export interface HistoryStats {
  total: number;
  invitesThisMonth: number;
  /** Invites this month that carried a note (LinkedIn's free plan allows a few a month). */
  notesThisMonth: number;
  /** Monthly personalised-note quota when the user is on the free plan (noteLimit 200), else null. */
  noteQuota: number | null;
  /** Mean score of all records, rounded; null with no records. */
  averageScore: number | null;
  /** Share of records sent with a "ready" verdict, 0–100, rounded; null with no records. */
  readyShare: number | null;
  followUpsDue: number;
}

/** The calendar month around `now`, local time: [start, end). */
export function monthRange(now: number): { start: number; end: number } {
  const d = new Date(now);
  return { start: new Date(d.getFullYear(), d.getMonth(), 1).getTime(), end: new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime() };
}

/** An invite that carried a personalized note (what LinkedIn's free monthly allowance counts). */
export const isNote = (r: Pick<HistoryRecord, 'kind' | 'text'>): boolean => r.kind === 'invite' && typeof r.text === 'string' && r.text.trim() !== '';

export function computeStats(rows: readonly Row[], opts: { now?: number; followUpDays?: number; noteLimit?: number | 'detect' } = {},
  lastMsg = lastMessageAt(rows)): HistoryStats {
  const now = opts.now ?? Date.now();
  const month = monthRange(now);
  let invites = 0, notes = 0, scoreSum = 0, ready = 0, due = 0;
  for (const { r } of rows) {
    scoreSum += r.score;
    if (r.verdict === 'ready') ready++;
    if (r.kind === 'invite' && r.sentAt >= month.start && r.sentAt < month.end) {
      invites++;
      if (isNote(r)) notes++;
    }
    if (isFollowUpDue(r, lastMsg, now, opts.followUpDays ?? 7)) due++;
  }
  const n = rows.length;
  return {
    total: n,
    invitesThisMonth: invites,
    notesThisMonth: notes,
    noteQuota: opts.noteLimit === 200 ? FREE_NOTES_PER_MONTH : null,
    averageScore: n ? Math.round(scoreSum / n) : null,
    readyShare: n ? Math.round((ready / n) * 100) : null,
    followUpsDue: due,
  };
}
