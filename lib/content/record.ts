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

export type Deliver = (report: SendReport) => Promise<boolean>;

/**
 * Keep the report in the pending queue, then try to deliver it with backoff.
 * It leaves the queue only once the background accepted it. Returns whether it
 * was delivered within the given attempts (it stays queued otherwise, and
 * `flushPending` sends it on the next page load).
 */
export async function recordWithRetry(
  report: SendReport,
  store: KeyValueStore,
  deliver: Deliver,
  delays: readonly number[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<boolean> {
  try { await store.set({ [pendingKey(report.sendId)]: report }); } catch { /* storage full: still try to deliver */ }
  for (let i = 0; i <= delays.length; i++) {
    let ok = false;
    try { ok = await deliver(report); } catch { ok = false; }
    if (ok) {
      try { await store.remove(pendingKey(report.sendId)); } catch { /* removed on next flush */ }
      return true;
    }
    if (i < delays.length) await sleep(delays[i]!);
  }
  return false;
}

/** Deliver every queued report (page load): the store de-duplicates on sendId, so re-sending is safe. */
export async function flushPending(store: KeyValueStore, deliver: Deliver, isReport: (v: unknown) => v is SendReport): Promise<number> {
  const all = await store.get(null);
  let delivered = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    if (!isReport(value)) { await store.remove(key); continue; }
    let ok = false;
    try { ok = await deliver(value); } catch { ok = false; }
    if (ok) { await store.remove(key); delivered++; }
  }
  return delivered;
}
