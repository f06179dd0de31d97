// The claim of a send LinkedIn confirmed, and the pending queue that keeps it
// until the background stored it. Pure: storage and messaging are passed in.
// The claim carries facts only; the background scores it (lib/background/handler.ts).
import type { DraftKind, Lang } from '../types';
import type { SendClaim } from '../domain';
import type { Recipient } from '../linkedin/types';

export interface SendFacts {
  kind: DraftKind;
  recipient: Recipient;
  text: string;
  subject?: string;
  page: string;
  gateOverridden: boolean;
  /** UI language, recorded when the background cannot analyse. */
  fallbackLang: Lang;
  /** What the draft was judged against (the background scores the send with it). */
  context: SendClaim['context'];
  /** When LinkedIn confirmed the send. */
  now: number;
  /** One new id per confirmed send (never derived from text or time). */
  sendId: string;
}

const HTTPS_URL = /^https:\/\/[^\s]+$/;

export function buildClaim(f: SendFacts): SendClaim {
  const r = f.recipient;
  const recipient: SendClaim['recipient'] = {};
  if (r.name?.trim()) recipient.name = r.name.trim().slice(0, 300);
  if (r.profileId?.trim()) recipient.profileId = r.profileId.trim().slice(0, 300);
  if (r.profileUrl && HTTPS_URL.test(r.profileUrl)) recipient.profileUrl = r.profileUrl.slice(0, 2000);
  const out: SendClaim = {
    sendId: f.sendId,
    kind: f.kind,
    recipient,
    text: f.text,
    sentAt: Math.max(1, Math.floor(f.now)),
    page: f.page.slice(0, 2000),
    gateOverridden: f.gateOverridden,
    fallbackLang: f.fallbackLang,
    context: { ...f.context, recipientName: f.context.recipientName?.slice(0, 300) },
  };
  if (f.subject?.trim()) out.subject = f.subject.trim().slice(0, 500);
  return out;
}

const isStr = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= max;

/**
 * A queued claim read back from storage, checked without zod (zod would more than
 * double the content script's size; the background validates every claim with
 * SendClaimSchema anyway). Same bounds as the schema for what the queue needs.
 */
export function isClaim(v: unknown): v is SendClaim {
  const o = v as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') return false;
  const r = o.recipient as Record<string, unknown> | null;
  return isStr(o.sendId, 100, 8) && (o.kind === 'invite' || o.kind === 'message') && isStr(o.text, 100_000)
    && !!r && typeof r === 'object' && typeof o.sentAt === 'number' && Number.isInteger(o.sentAt) && o.sentAt > 0
    && isStr(o.page, 2000) && typeof o.gateOverridden === 'boolean' && (o.fallbackLang === 'it' || o.fallbackLang === 'en')
    && !!o.context && typeof o.context === 'object';
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
export type Deliver = (claim: SendClaim) => Promise<Delivery>;

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
  report: SendClaim,
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
export async function flushPending(store: KeyValueStore, deliver: Deliver, isReport: (v: unknown) => v is SendClaim = isClaim): Promise<number> {
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
