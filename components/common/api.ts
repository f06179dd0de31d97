// How the popup and the options page talk to the background and storage.
// Components get an `Api` object, so unit tests can pass a fake one; the
// entrypoints build the real one from the browser APIs (see browserApi.ts).
import type { HistoryQuery, HistoryStats, QueryResult } from '../../lib/history/query';
import type { HistoryRecord } from '../../lib/history/schema';
import type { ImportResult } from '../../lib/history/repository';
import type { AttachStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import type { Report } from '../../lib/types';

export type Row = QueryResult['items'][number];

/** The active tab as the popup sees it. */
export type TabStatus = { kind: 'linkedin'; status: AttachStatus | null } | { kind: 'other' } | { kind: 'unknown' };

export interface Api {
  /** Any request of lib/messages.ts; rejects with the background's error text. */
  request<T = unknown>(msg: Record<string, unknown>): Promise<T>;
  loadSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  /** Call `fn` when the stored settings change elsewhere (another page, the checker); returns the unsubscribe. */
  watchSettings?(fn: (s: Settings) => void): () => void;
  /** Remove every stored setting (part of "delete all my data"). */
  clearSettings(): Promise<void>;
  /** The first screen the background keeps ready (lib/history/snapshot.ts), if any. */
  loadSnapshot?(): Promise<unknown>;
  browserLang(): string;
  tabStatus(): Promise<TabStatus>;
  /** "Report a page Garbo missed": the active tab's content script's raw reply to { type: 'page-skeleton' } (validated by the caller). */
  pageSkeleton?(): Promise<unknown>;
  openOptions(): void;
}

export const historyApi = (api: Api) => ({
  query: (query: HistoryQuery) => api.request<QueryResult>({ type: 'history-query', query }),
  /** Follow-up days and note limit default to the stored settings (read by the background). */
  stats: (s: { followUpDays?: number; noteLimit?: Settings['noteLimit'] } = {}) => api.request<HistoryStats>({ type: 'history-stats', ...s }),
  get: (id: string) => api.request<HistoryRecord | null>({ type: 'history-get', id }),
  update: (id: string, patch: Record<string, unknown>) => api.request<HistoryRecord>({ type: 'history-update', id, patch }),
  remove: (id: string) => api.request<HistoryRecord | null>({ type: 'history-delete', id }),
  restore: (record: HistoryRecord) => api.request<HistoryRecord>({ type: 'history-restore', record }),
  importText: (text: string) => api.request<ImportResult>({ type: 'history-import', text }),
  clear: () => api.request<null>({ type: 'history-clear', confirm: true }),
  analyze: (draft: unknown, context: unknown) => api.request<Report>({ type: 'analyze', draft, context }),
});
