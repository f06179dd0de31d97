// The content app (entrypoints/linkedin.content/app/app.ts) in happy-dom: a
// fake watcher the test drives, a fake background, in-memory storage. Events
// count as the user's unless a test marks them synthetic (fake-field.ts).
import type { WatchCallbacks, FieldHandle } from '../../../lib/linkedin/types';
import type { Reply, Request, Requester } from '../../../lib/messages';
import type { ContactInfo, SendClaim } from '../../../lib/domain';
import type { Report } from '../../../lib/types';
import { startGarbo, type Runtime } from '../../../entrypoints/linkedin.content/app/app';
import type { RuntimeStorage } from '../../../entrypoints/linkedin.content/app/types';
import type { Feature } from '../../../entrypoints/linkedin.content/app/types';
import { isTrustedInTest } from './fake-field';
import { report } from '../content/report-fixtures';

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

export function storage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners: Array<(c: Record<string, { newValue?: unknown }>) => void> = [];
  const s: RuntimeStorage & { data: Map<string, unknown>; change(key: string, v: unknown): void } = {
    data,
    async get(keys) { return keys === null ? Object.fromEntries(data) : data.has(keys) ? { [keys]: data.get(keys) } : {}; },
    async set(items) { for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k); },
    onChanged(fn) { listeners.push(fn); return () => listeners.splice(listeners.indexOf(fn), 1); },
    change(key, v) { data.set(key, v); for (const l of listeners) l({ [key]: { newValue: v } }); },
  };
  return s;
}

export interface HarnessOptions {
  score?(text: string): Report;
  contact?: ContactInfo;
  /** Answer a request otherwise (return undefined for the default answer); throw to play an unreachable worker. */
  answer?(req: Request): Reply | undefined;
  store?: ReturnType<typeof storage>;
  uiLang?: string;
  noticeMs?: number;
  features?: Feature[];
  /** The pause after typing before an analysis (5 ms unless a test needs keys without one in between). */
  debounceMs?: number;
}

export function appHarness(opts: HarnessOptions = {}) {
  let cb: WatchCallbacks | undefined;
  const requests: Request[] = [];
  const store = opts.store ?? storage();
  let ids = 0;
  const request = (async (req: Request): Promise<Reply> => {
    requests.push(req);
    const custom = opts.answer?.(req);
    if (custom) return custom;
    if (req.type === 'analyze') return { ok: true, data: (opts.score ?? (() => report({ lang: 'en' })))(req.draft.text) };
    if (req.type === 'contact-info') return { ok: true, data: opts.contact ?? { firstContact: true, justAccepted: false, last: null, notesThisMonth: 0 } };
    if (req.type === 'send-confirmed') return { ok: true, data: { id: req.send.sendId, duplicate: false } };
    return { ok: true, data: null };
  }) as Requester;
  const rt: Runtime = startGarbo({
    doc: document, win: window as Window & typeof globalThis,
    watch: (_doc, callbacks) => { cb = callbacks; return () => { cb = undefined; }; },
    request, storage: store,
    uiLanguage: () => opts.uiLang ?? 'en-US',
    topFrame: true,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    retryDelays: [5, 5, 5],
    debounceMs: opts.debounceMs ?? 5,
    trusted: isTrustedInTest,
    noticeMs: opts.noticeMs,
    timing: { timeoutMs: 400, settleMs: 40 },
    pollMs: 10,
  }, opts.features ?? []);
  const claims = () => requests.filter((r): r is Extract<Request, { type: 'send-confirmed' }> => r.type === 'send-confirmed').map((r) => r.send as SendClaim);
  /** Distinct confirmed sends (a re-delivery of the same id counts once). */
  const sends = () => [...new Map(claims().map((c) => [c.sendId, c])).values()];
  const attach = (f: FieldHandle) => {
    cb!.attach(f);
    const s = rt.fields.sessions().find((x) => x.field === f)!;
    return s;
  };
  return { rt, requests, store, cb: () => cb!, claims, sends, attach, detach: (f: FieldHandle) => cb!.detach(f) };
}
