// The popup's first screen, kept ready by the background after every history
// change: the first page of the unfiltered list plus the header figures. A
// popup that wakes a stopped worker shows it at once and replaces it with the
// live answer a moment later. Kept in browser.storage.session `historySnapshot`:
// memory only (gone when the browser closes) and not visible to content scripts.
import type { HistoryStats, QueryResult } from './query';
import type { HistoryView } from './view';

export const SNAPSHOT_KEY = 'historySnapshot';
export const SNAPSHOT_PAGE = 50;

export interface HistorySnapshot {
  savedAt: number;
  total: number;
  items: QueryResult['items'];
  stats: HistoryStats;
  /** The settings it was made with. */
  followUpDays?: number;
  noteLimit?: 200 | 300 | 'detect';
  /** Whether the badge was set with the count (the option badgeCount). */
  badgeCount?: boolean;
  /** Until when it stays true with no write (the next invite falling due, the month's end). */
  validUntil?: number;
  /** The history's write token when it was made (lib/background/history-keeper.ts): a later write changes it. */
  token?: string;
}

export async function makeSnapshot(view: HistoryView, opts: { followUpDays: number; noteLimit: 200 | 300 | 'detect'; now?: number }): Promise<HistorySnapshot> {
  const now = opts.now ?? Date.now();
  const [page, stats, validUntil] = await Promise.all([
    view.query({ limit: SNAPSHOT_PAGE, followUpDays: opts.followUpDays, now }),
    view.stats({ followUpDays: opts.followUpDays, noteLimit: opts.noteLimit, now }),
    view.nextChange({ followUpDays: opts.followUpDays, now }),
  ]);
  return { savedAt: now, total: page.total, items: page.items, stats, followUpDays: opts.followUpDays, noteLimit: opts.noteLimit, validUntil };
}

/** A stored snapshot, if it has the expected shape (else null: the popup just waits for the live answer). */
export function readSnapshot(raw: unknown): HistorySnapshot | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Partial<HistorySnapshot>;
  if (typeof s.savedAt !== 'number' || typeof s.total !== 'number' || !Array.isArray(s.items) || !s.stats || typeof s.stats !== 'object') return null;
  if (!s.items.every((r) => r && typeof r === 'object' && typeof r.id === 'string' && typeof r.sentAt === 'number' && r.recipient && typeof r.text === 'string')) return null;
  return s as HistorySnapshot;
}
