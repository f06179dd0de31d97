// Building the record of a send, once per send attempt, and the pending queue
// that keeps it until the background confirms it. Pure: storage and messaging
// are passed in.
import type { DraftKind, Lang, Report } from '../types';
import type { SendReport } from '../messages';
import type { Recipient } from '../linkedin/types';
import { failedIds } from './gate';

export interface SendFacts {
  kind: DraftKind;
  recipient: Recipient;
  text: string;
  subject?: string;
  page: string;
  gateOverridden: boolean;
  /** Report for exactly this text, when there is one. */
  report: Report | undefined;
  /** Language to record when there is no report (UI language). */
  fallbackLang: Lang;
  now: number;
  sendId: string;
}

const HTTPS_URL = /^https:\/\/[^\s]+$/;

export function buildSendReport(f: SendFacts): SendReport {
  const r = f.recipient;
  const recipient: SendReport['recipient'] = {};
  if (r.name?.trim()) recipient.name = r.name.trim().slice(0, 300);
  if (r.profileId?.trim()) recipient.profileId = r.profileId.trim().slice(0, 300);
  if (r.profileUrl && HTTPS_URL.test(r.profileUrl)) recipient.profileUrl = r.profileUrl.slice(0, 2000);
  const report = f.report;
  const out: SendReport = {
    sendId: f.sendId,
    kind: f.kind,
    recipient,
    text: f.text,
    sentAt: Math.max(1, Math.floor(f.now)),
    lang: report?.lang ?? f.fallbackLang,
    score: Math.max(0, Math.min(100, report?.score ?? 0)),
    // Without a report for this text (background unreachable), we do not claim a verdict.
    verdict: report?.verdict ?? 'improve',
    failedChecks: failedIds(report),
    page: f.page.slice(0, 2000),
    gateOverridden: f.gateOverridden,
  };
  if (f.subject?.trim()) out.subject = f.subject.trim().slice(0, 500);
  return out;
}

/**
 * One send attempt = one sendId. A second Send for the same text on the same
 * field within `windowMs` (a double click, LinkedIn's retry) reuses the id, so
 * the store writes it once.
 */
export function createAttemptTracker(newId: () => string, windowMs = 5000) {
  let last: { key: string; id: string; at: number } | undefined;
  return {
    idFor(key: string, now: number): { id: string; repeat: boolean } {
      if (last && last.key === key && now - last.at <= windowMs) {
        last.at = now;
        return { id: last.id, repeat: true };
      }
      last = { key, id: newId(), at: now };
      return { id: last.id, repeat: false };
    },
  };
}

/** Storage keys of the pending queue: one key per send, so two tabs never overwrite each other. */
export const PENDING_PREFIX = 'garbo.pendingSend.';
export const pendingKey = (sendId: string) => PENDING_PREFIX + sendId;

export interface KeyValueStore {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * What one delivery attempt came to: `true` accepted; `'storage-full'` the
 * background was reached but could not write (its IndexedDB is out of quota:
 * retrying within seconds will not help, and the user has to free space);
 * `false` (or a throw) not accepted for a reason that may pass, such as the
 * service worker being asleep or restarting.
 */
export type Delivery = boolean | 'storage-full';
export type Deliver = (report: SendReport) => Promise<Delivery>;

/** The background's error text for a write refused for lack of space (lib/background/handler.ts). */
export const isStorageFullError = (error: unknown): boolean => typeof error === 'string' && /^storage full\b/i.test(error);

/** `saved`: in the history; `queued`: still in the pending queue (next page load retries); `storage-full`: queued, and the user must free space. */
export type RecordOutcome = 'saved' | 'queued' | 'storage-full';

/**
 * Keep the report in the pending queue, then try to deliver it with backoff.
 * It leaves the queue only once the background accepted it. When the
 * background says its storage is full it stops at once (the report stays
 * queued: `flushPending` sends it on the next page load, once there is room).
 * Otherwise, not delivered within the given attempts, it stays queued too.
 */
export async function recordWithRetry(
  report: SendReport,
  store: KeyValueStore,
  deliver: Deliver,
  delays: readonly number[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<RecordOutcome> {
  try { await store.set({ [pendingKey(report.sendId)]: report }); } catch { /* storage full: still try to deliver */ }
  for (let i = 0; i <= delays.length; i++) {
    let res: Delivery = false;
    try { res = await deliver(report); } catch { res = false; }
    if (res === 'storage-full') return 'storage-full';
    if (res === true) {
      try { await store.remove(pendingKey(report.sendId)); } catch { /* removed on next flush */ }
      return 'saved';
    }
    if (i < delays.length) await sleep(delays[i]!);
  }
  return 'queued';
}

/** Deliver every queued report (page load): the store de-duplicates on sendId, so re-sending is safe. */
export async function flushPending(store: KeyValueStore, deliver: Deliver, isReport: (v: unknown) => v is SendReport): Promise<number> {
  const all = await store.get(null);
  let delivered = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    if (!isReport(value)) { await store.remove(key); continue; }
    let res: Delivery = false;
    try { res = await deliver(value); } catch { res = false; }
    if (res === true) { await store.remove(key); delivered++; }
  }
  return delivered;
}
