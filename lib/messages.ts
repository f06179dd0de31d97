// The typed protocol between the content script / popup / options and the
// background. Every request is validated with zod on arrival; invalid ones
// get { ok: false, error } and are never stored.
import { z } from 'zod';
import { RULE_IDS } from './types';
import { HistoryQuerySchema } from './history/query';

const Text = z.string().max(100_000);
const Name = z.string().max(300);

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
  previousTexts: z.array(Text).max(200).optional(),
  uiLang: z.enum(['it', 'en']).optional(),
});

export const RecipientSchema = z.object({
  name: Name.optional(),
  /** LinkedIn vanity name (`/in/<slug>/`) or member URN, when known. */
  profileId: z.string().max(300).optional(),
  profileUrl: z.string().url().max(2000).optional(),
});

/** What the content script reports when a send really happened. */
export const SendReportSchema = z.object({
  /** Client-made id, stable across retries of the same send: the store de-duplicates on it. */
  sendId: z.string().min(8).max(100),
  kind: z.enum(['invite', 'message']),
  recipient: RecipientSchema,
  text: Text,
  subject: z.string().max(500).optional(),
  sentAt: z.number().int().positive(),
  lang: z.enum(['it', 'en']),
  score: z.number().min(0).max(100),
  verdict: z.enum(['ready', 'improve', 'stop']),
  failedChecks: z.array(z.enum(RULE_IDS)),
  /** Page the send happened on (path only is fine). */
  page: z.string().max(2000),
  /** The user chose "Send anyway" at the gate. */
  gateOverridden: z.boolean().default(false),
});
export type SendReport = z.infer<typeof SendReportSchema>;

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
  /** Record a send (idempotent on sendId). */
  z.object({ type: z.literal('record-send'), report: SendReportSchema }),
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
