// The typed protocol between the content script / popup / options and the
// background. Every request is validated with zod on arrival; invalid ones
// get { ok: false, error } and are never stored.
import { z } from 'zod';
import type { Report } from './types';
import { HistoryQuerySchema } from './history/query';
import { DateMs } from './history/dates';
import { BATCH_MAX_RECORDS, MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS } from './history/limits';
import {
  NameSchema, RecipientSchema, SendClaimSchema, SendReportSchema, TextSchema, type ContactInfo, type SendClaim, type SendReport,
} from './domain';

const Text = TextSchema;
const Name = NameSchema;

export const DraftSchema = z.object({
  text: Text,
  kind: z.enum(['invite', 'message']),
  subject: z.string().max(500).optional(),
});

export const ContextSchema = z.object({
  recipientName: Name.optional(),
  senderName: Name.optional(),
  firstContact: z.boolean().optional(),
  justAccepted: z.boolean().optional(),
  noteLimit: z.number().int().min(1).max(10_000).optional(),
  /** The draft checker's own list; a tab names the recipient instead and the background supplies the texts it holds. */
  previousTexts: z.array(Text).max(200).optional(),
  /** Whom the draft is for: the background adds the texts sent to others (template re-use) from the history. */
  recipient: RecipientSchema.pick({ name: true, profileId: true }).optional(),
  uiLang: z.enum(['it', 'en']).optional(),
});

export { RecipientSchema, SendReportSchema, SendClaimSchema, type SendReport, type SendClaim, type ContactInfo };

export const AttachStatusSchema = z.object({
  state: z.enum(['idle', 'attached', 'failed']),
  surfaces: z.array(z.enum(['invite', 'message'])),
  detail: z.string().max(500).optional(),
  url: z.string().max(2000),
});
export type AttachStatus = z.infer<typeof AttachStatusSchema>;

// ---- Outcomes and insights (issue 14): what pages the user opened show about
// the people they contacted, and the popup's "what works" and follow-up lists.
const PersonRefSchema = z.object({ profileId: z.string().min(1).max(300).optional(), name: Name.optional() }).strict()
  .refine((p) => !!(p.profileId?.trim() || p.name?.trim()), 'a profile id or a name');
/** One observation of lib/linkedin/outcomes.ts, as the content script reports it. */
export const PageOutcomeSchema = z.discriminatedUnion('page', [
  z.object({ page: z.literal('profile'), person: PersonRefSchema, state: z.enum(['connected', 'pending', 'not-connected']) }).strict(),
  z.object({ page: z.literal('conversation'), person: PersonRefSchema, theyWrote: z.boolean(), lastFromMe: z.boolean() }).strict(),
  z.object({ page: z.literal('sent-invitations'), pending: z.array(PersonRefSchema).max(5000), complete: z.boolean() }).strict(),
]);
const OUTCOME_REQUESTS = [
  /** Content script: what a page the user opened shows (never fetched); the background updates matching records only. */
  z.object({ type: z.literal('outcome-seen'), seen: PageOutcomeSchema }),
  /** Popup: "what works for you" and the follow-up / clean-up lists (pending weeks default to the user's setting). */
  z.object({
    type: z.literal('history-insights'), only: z.enum(['works', 'lists']).optional(),
    pendingWeeks: z.number().int().min(1).max(52).optional(), now: z.number().int().positive().optional(),
  }),
] as const;
// ---- end of issue 14 block

export const RequestSchema = z.discriminatedUnion('type', [
  ...OUTCOME_REQUESTS,
  /** Score a draft (the background holds the dictionaries). */
  z.object({ type: z.literal('analyze'), draft: DraftSchema, context: ContextSchema }),
  /** Does the history know this person? Decides firstContact / justAccepted; feeds template re-use. */
  z.object({ type: z.literal('contact-info'), recipient: RecipientSchema }),
  /** Extension pages (seeding, tests): store a whole send record (idempotent on sendId). Refused from a content script. */
  z.object({ type: z.literal('record-send'), report: SendReportSchema }),
  /** Content script: a send LinkedIn confirmed; the background scores and stores it (idempotent on sendId). */
  z.object({ type: z.literal('send-confirmed'), send: SendClaimSchema }),
  /** Content script: attach status for this tab (shown in the popup). */
  z.object({ type: z.literal('attach-status'), status: AttachStatusSchema }),
  /** Popup: status of a tab's content script. */
  z.object({ type: z.literal('get-attach-status'), tabId: z.number().int() }),
  /** Add a word to the personal dictionary. */
  z.object({ type: z.literal('dictionary-add'), word: z.string().min(1).max(100) }),
  /** Popup: one page of the history (filters, search), follow-ups due first. */
  z.object({ type: z.literal('history-query'), query: HistoryQuerySchema }),
  /** Popup: the header figures (follow-up days and note limit default to the user's settings). */
  z.object({
    type: z.literal('history-stats'), followUpDays: z.number().int().min(1).max(365).optional(),
    noteLimit: z.union([z.literal(200), z.literal(300), z.literal('detect')]).optional(), now: DateMs.optional(),
  }),
  /** Popup: one record by id (null when gone). */
  z.object({ type: z.literal('history-get'), id: z.string().min(1).max(100) }),
  /** Popup: a user edit (status, where met, notes, follow-up date); validated by the store. */
  z.object({ type: z.literal('history-update'), id: z.string().min(1).max(100), patch: z.record(z.string(), z.unknown()) }),
  /** Popup: delete one record; the reply carries it so Undo can restore it. */
  z.object({ type: z.literal('history-delete'), id: z.string().min(1).max(100) }),
  /** Popup: Undo of a delete (a whole record, validated by the store). */
  z.object({ type: z.literal('history-restore'), record: z.record(z.string(), z.unknown()) }),
  /** Popup/options: every record, newest first (the page builds the JSON/CSV file). */
  z.object({
    type: z.literal('history-export'),
    /** A page of the export (newest first) instead of everything: answered as { total, records }, at most about 1 MB of JSON. */
    offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(BATCH_MAX_RECORDS).optional(),
  }),
  /** A JSON export's text; all-or-nothing merge (small files and tools; the pages use the batched import below). */
  z.object({ type: z.literal('history-import'), text: z.string().max(MAX_IMPORT_BYTES) }),
  /**
   * Popup/options: a big import in steps (lib/history/importer.ts). `begin` announces
   * the record count; each `batch` carries the next records (validated again by the
   * background, which holds them apart); `commit` writes them all in one transaction;
   * `abort` drops them. Nothing is written before `commit`.
   */
  z.object({ type: z.literal('history-import-begin'), total: z.number().int().min(0).max(MAX_IMPORT_RECORDS) }),
  z.object({
    type: z.literal('history-import-batch'), importId: z.string().min(1).max(100),
    offset: z.number().int().min(0).max(MAX_IMPORT_RECORDS), records: z.array(z.unknown()).min(1).max(BATCH_MAX_RECORDS),
  }),
  z.object({ type: z.literal('history-import-commit'), importId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('history-import-abort'), importId: z.string().min(1).max(100) }),
  /** Options: "delete all my data" (the history part; the page clears settings). */
  z.object({ type: z.literal('history-clear'), confirm: z.literal(true) }),
]);
export type Request = z.infer<typeof RequestSchema>;

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What each request answers (the content script's requests; the popup's are typed in components/common/api.ts). */
export interface ReplyData {
  analyze: Report;
  'contact-info': ContactInfo;
  'record-send': { id: string; duplicate: boolean };
  'send-confirmed': { id: string; duplicate: boolean };
  'attach-status': null;
  'dictionary-add': string[];
}
export type ReplyFor<T extends RequestType> = Reply<T extends keyof ReplyData ? ReplyData[T] : unknown>;

/** A request to the background with its reply typed by the request's type (rejects when the worker cannot be reached). */
export type Requester = <T extends RequestType>(req: RequestOf<T>) => Promise<ReplyFor<T>>;

// ---- "Report a page Garbo missed" (issue 12 item 5) ---------------------------------------------
// Popup → the active LinkedIn tab's content script (top frame), with tabs.sendMessage: the background
// is not involved. The content script cannot carry zod (its 40 KB budget), so it checks requests with
// isPageSkeletonRequest (lib/content/skeleton-request.ts), kept equal to PageSkeletonRequestSchema by
// tests/unit/content/skeleton-request.test.ts; the popup validates the reply with PageSkeletonReplySchema.
/** Upper bound of a skeleton's text (the content script writes at most 120,000 characters). */
export const SKELETON_MAX_CHARS = 200_000;
export const PageSkeletonRequestSchema = z.object({
  type: z.literal('page-skeleton'),
  /** Elements written at most (the content script's default is 1,500). */
  maxNodes: z.number().int().min(50).max(5000).optional(),
}).strict();
export type PageSkeletonRequest = z.infer<typeof PageSkeletonRequestSchema>;
export const PageSkeletonSchema = z.object({
  text: z.string().min(1).max(SKELETON_MAX_CHARS),
  scope: z.enum(['field', 'main']),
  nodes: z.number().int().min(0).max(100_000),
  truncated: z.boolean(),
});
export type PageSkeletonData = z.infer<typeof PageSkeletonSchema>;
export const PageSkeletonReplySchema = z.union([
  z.object({ ok: z.literal(true), data: PageSkeletonSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(500) }),
]);
