// The background's single entry point for requests from the content script,
// the popup and the options page. Every request is validated with zod before
// anything is read or written; a bad one gets a clear error and changes nothing.
import { RequestSchema, type AttachStatus, type Reply } from '../messages';
import { describeZodError } from '../history/schema';
import type { HistoryConn } from '../history/db';
import { contactInfo, recordSend } from '../history/repository';

export interface HandlerDeps {
  /** Opens (lazily, once per worker life) the extension's history database. */
  db(): Promise<HistoryConn>;
  /** Per-tab attach status, kept by the caller (survives in memory only). */
  statuses: Map<number, AttachStatus>;
}

export async function handleRequest(raw: unknown, sender: { tabId?: number }, deps: HandlerDeps): Promise<Reply> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid request: ${describeZodError(parsed.error)}` };
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'record-send':
        return { ok: true, data: await recordSend(await deps.db(), req.report) };
      case 'contact-info':
        return { ok: true, data: await contactInfo(await deps.db(), req.recipient) };
      case 'attach-status':
        if (sender.tabId === undefined) return { ok: false, error: 'attach-status must come from a tab' };
        deps.statuses.set(sender.tabId, req.status);
        return { ok: true, data: null };
      case 'get-attach-status':
        return { ok: true, data: deps.statuses.get(req.tabId) ?? null };
      default:
        return { ok: false, error: `${req.type} is not available in this build yet` };
    }
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'QuotaExceededError') return { ok: false, error: 'storage full: free some space or export and delete old records' };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
