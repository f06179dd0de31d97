// The background's single entry point for requests from the content script,
// the popup and the options page. Every request is validated with zod before
// anything is read or written; a bad one gets a clear error and changes nothing.
import { RequestSchema, type AttachStatus, type Reply } from '../messages';
import type { ContactInfo, SendClaim, SendReport } from '../domain';
import { failedIds } from '../content/gate';
import { describeZodError } from '../history/schema';
import type { HistoryConn } from '../history/db';
import { allRecords, contactInfo } from '../history/repository';
import { viewFor } from '../history/view';
import { BATCH_MAX_RECORDS, exportPage, parseExportSliced } from '../history/importer';
import { noteRates } from '../history/insights';
import type { Settings } from '../settings';
import type { AnalyzeService } from './analyze-service';
import type { HistoryKeeper } from './history-keeper';

export interface HandlerDeps {
  /** Opens (lazily, once per worker life) the extension's history database. */
  db(): Promise<HistoryConn>;
  /** Per-tab attach status, kept by the caller (survives in memory only). */
  statuses: Map<number, AttachStatus>;
  /** Called after every history write (the background refreshes the badge). */
  onHistoryChange?(): void;
  /** The user's settings (follow-up days, note limit) for history queries that do not name them. */
  settings?(): Promise<Settings>;
  /** Scores drafts with the dictionaries loaded in the background. */
  analyzer?: AnalyzeService;
  /** Adds a word to the user's personal dictionary (kept in the settings). */
  addWord?(word: string): Promise<string[]>;
  /** Answers the popup's first screen from the stored snapshot while the records are not in memory (history-keeper.ts). */
  firstScreen?: Pick<HistoryKeeper, 'firstPage' | 'firstStats'>;
}

const refused = (err: unknown): Reply => ({ ok: false, error: `import refused, nothing changed: ${err instanceof Error ? err.message : String(err)}` });

export interface Sender {
  tabId?: number;
  /** The request came from a content script on a web page (not from one of the extension's own pages). */
  contentScript?: boolean;
}

/** Texts the history holds that were sent to people other than `who` (the re-use check); they never leave the background. */
async function textsToOthers(deps: HandlerDeps, who: { name?: string; profileId?: string } | undefined): Promise<string[]> {
  if (!who || (!who.name?.trim() && !who.profileId?.trim())) return [];
  return (await contactInfo(await deps.db(), who)).previousTexts;
}

/** Score a confirmed send here, with the background's own analyzer and history: a tab's score is never trusted. */
async function scoreClaim(claim: SendClaim, deps: HandlerDeps): Promise<SendReport> {
  let report;
  if (deps.analyzer) {
    try {
      const previousTexts = await textsToOthers(deps, claim.recipient);
      const draft = claim.subject ? { text: claim.text, kind: claim.kind, subject: claim.subject } : { text: claim.text, kind: claim.kind };
      report = await deps.analyzer.analyze(draft, { ...claim.context, previousTexts });
    } catch { report = undefined; }
  }
  const { fallbackLang, context: _context, ...facts } = claim;
  return {
    ...facts,
    lang: report?.lang ?? fallbackLang,
    score: Math.max(0, Math.min(100, report?.score ?? 0)),
    // Without an analysis (dictionaries unavailable), no verdict is claimed.
    verdict: report?.verdict ?? 'improve',
    failedChecks: failedIds(report),
  };
}

export async function handleRequest(raw: unknown, sender: Sender, deps: HandlerDeps): Promise<Reply> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid request: ${describeZodError(parsed.error)}` };
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'send-confirmed': {
        const view = viewFor(await deps.db());
        if (await view.get(req.send.sendId)) return { ok: true, data: { id: req.send.sendId, duplicate: true } };
        const res = await view.recordSend(await scoreClaim(req.send, deps));
        if (!res.duplicate) deps.onHistoryChange?.();
        return { ok: true, data: res };
      }
      case 'record-send': {
        if (sender.contentScript) return { ok: false, error: 'a page reports a send with send-confirmed; the background scores it' };
        const res = await viewFor(await deps.db()).recordSend(req.report);
        if (!res.duplicate) deps.onHistoryChange?.();
        return { ok: true, data: res };
      }
      case 'history-query': {
        const [view, s] = await Promise.all([deps.db().then(viewFor), deps.settings?.()]);
        const query = { ...req.query, followUpDays: req.query.followUpDays ?? s?.followUpDays };
        // A worker that just woke answers the popup's first page without reading 50,000 records first.
        const quick = await deps.firstScreen?.firstPage(query).catch(() => undefined);
        return { ok: true, data: quick ?? await view.query(query) };
      }
      case 'history-stats': {
        const [view, s] = await Promise.all([deps.db().then(viewFor), deps.settings?.()]);
        const opts = { now: req.now, followUpDays: req.followUpDays ?? s?.followUpDays, noteLimit: req.noteLimit ?? s?.noteLimit };
        const quick = opts.followUpDays !== undefined && opts.noteLimit !== undefined
          ? await deps.firstScreen?.firstStats({ ...opts, followUpDays: opts.followUpDays, noteLimit: opts.noteLimit }).catch(() => undefined) : undefined;
        return { ok: true, data: quick ?? await view.stats(opts) };
      }
      case 'history-get':
        return { ok: true, data: (await viewFor(await deps.db()).get(req.id)) ?? null };
      case 'history-update': {
        const data = await viewFor(await deps.db()).update(req.id, req.patch);
        deps.onHistoryChange?.();
        return { ok: true, data };
      }
      case 'history-delete': {
        const data = (await viewFor(await deps.db()).remove(req.id)) ?? null;
        deps.onHistoryChange?.();
        return { ok: true, data };
      }
      case 'history-restore': {
        const data = await viewFor(await deps.db()).restore(req.record);
        deps.onHistoryChange?.();
        return { ok: true, data };
      }
      case 'history-export': {
        if (req.offset === undefined) return { ok: true, data: await allRecords(await deps.db()) };
        const rows = await viewFor(await deps.db()).all();
        return { ok: true, data: { total: rows.length, records: exportPage(rows.map((x) => x.r), req.offset, req.limit ?? BATCH_MAX_RECORDS) } };
      }
      case 'history-import': {
        let records;
        try {
          // In slices: the background keeps answering sends while a big file is read.
          records = (await parseExportSliced(req.text)).records;
        } catch (err) {
          return refused(err);
        }
        const data = await viewFor(await deps.db()).importRecords(records);
        deps.onHistoryChange?.();
        return { ok: true, data };
      }
      case 'history-import-begin':
        return { ok: true, data: { importId: viewFor(await deps.db()).imports.begin(req.total) } };
      case 'history-import-batch': {
        try {
          const received = await viewFor(await deps.db()).imports.add(req.importId, req.offset, req.records);
          return { ok: true, data: { received } };
        } catch (err) {
          return refused(err);
        }
      }
      case 'history-import-commit': {
        const view = viewFor(await deps.db());
        let records;
        try {
          records = view.imports.take(req.importId);
        } catch (err) {
          return refused(err);
        }
        const data = await view.importRecords(records);
        deps.onHistoryChange?.();
        return { ok: true, data };
      }
      case 'history-import-abort':
        viewFor(await deps.db()).imports.abort(req.importId);
        return { ok: true, data: null };
      case 'history-clear':
        await viewFor(await deps.db()).clear();
        deps.onHistoryChange?.();
        return { ok: true, data: null };
      case 'outcome-seen': {
        if (sender.tabId === undefined) return { ok: false, error: 'outcome-seen must come from a tab' };
        const changed = await viewFor(await deps.db()).applyOutcome(req.seen);
        if (changed.length) deps.onHistoryChange?.();
        return { ok: true, data: { changed: changed.length } };
      }
      case 'history-insights': {
        const [view, s] = await Promise.all([deps.db().then(viewFor), deps.settings?.()]);
        return { ok: true, data: await view.insights({ now: req.now, pendingWeeks: req.pendingWeeks ?? s?.pendingWeeks, only: req.only }) };
      }
      case 'analyze':
        if (!deps.analyzer) return { ok: false, error: 'the analyzer is not available here' };
      {
        const { recipient, ...context } = req.context;
        const previousTexts = context.previousTexts ?? await textsToOthers(deps, recipient).catch(() => []);
        return { ok: true, data: await deps.analyzer.analyze(req.draft, { ...context, previousTexts }) };
      }
      case 'dictionary-add':
        if (!deps.addWord) return { ok: false, error: 'the personal dictionary is not available here' };
        return { ok: true, data: await deps.addWord(req.word) };
      case 'contact-info': {
        const db = await deps.db();
        const view = viewFor(db);
        // Notes vs bare invites from the user's own history, when the history is in memory already (no scan for the panel).
        const rates = view.loaded ? noteRates(await view.whatWorks()) : undefined;
        // The texts sent to others stay here: the re-use check runs in the background.
        const { previousTexts: _kept, ...info } = await contactInfo(db, req.recipient);
        const data: ContactInfo = rates ? { ...info, noteRates: rates } : info;
        return { ok: true, data };
      }
      case 'attach-status':
        if (sender.tabId === undefined) return { ok: false, error: 'attach-status must come from a tab' };
        deps.statuses.set(sender.tabId, req.status);
        return { ok: true, data: null };
      case 'get-attach-status':
        return { ok: true, data: deps.statuses.get(req.tabId) ?? null };
      default: {
        // Every request type is handled above; the compiler checks it stays so.
        const unhandled: never = req;
        return { ok: false, error: `unknown request ${(unhandled as { type: string }).type}` };
      }
    }
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'QuotaExceededError') return { ok: false, error: 'storage full: free some space or export and delete old records' };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
