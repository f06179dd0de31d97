// The typed protocol between the content script / popup / options and the
// background. Every request is validated with zod on arrival; invalid ones
// get { ok: false, error } and are never stored.
import { z } from 'zod';
import type { Report } from './types';
import { HistoryQuerySchema } from './history/query';
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

export const RequestSchema = z.discriminatedUnion('type', [
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
  z.object({ type: z.literal('history-stats'), followUpDays: z.number().int().min(1).max(365).optional(), noteLimit: z.union([z.literal(200), z.literal(300), z.literal('detect')]).optional(), now: z.number().int().positive().optional() }),
  /** Popup: one record by id (null when gone). */
  z.object({ type: z.literal('history-get'), id: z.string().min(1).max(100) }),
  /** Popup: a user edit (status, where met, notes, follow-up date); validated by the store. */
  z.object({ type: z.literal('history-update'), id: z.string().min(1).max(100), patch: z.record(z.string(), z.unknown()) }),
  /** Popup: delete one record; the reply carries it so Undo can restore it. */
  z.object({ type: z.literal('history-delete'), id: z.string().min(1).max(100) }),
  /** Popup: Undo of a delete (a whole record, validated by the store). */
  z.object({ type: z.literal('history-restore'), record: z.record(z.string(), z.unknown()) }),
  /** Popup/options: every record, newest first (the page builds the JSON/CSV file). */
  z.object({ type: z.literal('history-export') }),
  /** Popup/options: a JSON export's text; all-or-nothing merge. */
  z.object({ type: z.literal('history-import'), text: z.string().max(200_000_000) }),
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
