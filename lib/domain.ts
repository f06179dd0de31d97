// Shared definitions of Garbo's domain, one each: the recipient, the send as
// the history stores it, the send a tab claims LinkedIn confirmed, record
// statuses, what the history says about a person. A leaf module (zod and
// lib/types only), so lib/messages, lib/history and lib/linkedin all import it
// and none of them imports another for these.
import { z } from 'zod';
import { RULE_IDS, STATUSES, type DraftKind } from './types';
import { DateMs } from './history/dates';

/** Defined in the zod-free lib/types.ts so the content script can use it without pulling zod in. */
export { FREE_NOTES_PER_MONTH } from './types';

/** The outcome statuses, defined in the zod-free lib/types.ts so the popup can list them without pulling zod in. */
export { STATUSES, type Status } from './types';
export const VERDICTS = ['ready', 'improve', 'stop'] as const;
export const KINDS = ['invite', 'message'] as const;

export const TextSchema = z.string().max(100_000);
export const NameSchema = z.string().max(300);

export const RecipientSchema = z.object({
  name: NameSchema.optional(),
  /** LinkedIn vanity name (`/in/<slug>/`) or member URN, when known. */
  profileId: z.string().max(300).optional(),
  profileUrl: z.string().url().max(2000).optional(),
});
export type RecipientRef = z.infer<typeof RecipientSchema>;

/** A send as the history keeps it (scored by the background, or imported/seeded by the extension's own pages). */
export const SendReportSchema = z.object({
  /** Client-made id, one per send LinkedIn confirmed, stable across retries: the store de-duplicates on it. */
  sendId: z.string().min(8).max(100),
  kind: z.enum(KINDS),
  recipient: RecipientSchema,
  text: TextSchema,
  subject: z.string().max(500).optional(),
  sentAt: DateMs,
  lang: z.enum(['it', 'en']),
  score: z.number().min(0).max(100),
  verdict: z.enum(VERDICTS),
  failedChecks: z.array(z.enum(RULE_IDS)),
  /** Page the send happened on (path only is fine). */
  page: z.string().max(2000),
  /** The user chose "Send anyway" at the gate. */
  gateOverridden: z.boolean().default(false),
});
export type SendReport = z.infer<typeof SendReportSchema>;

/** What the draft was judged against when it went out (the background scores the send with it). */
export const SendContextSchema = z.object({
  recipientName: NameSchema.optional(),
  firstContact: z.boolean().optional(),
  justAccepted: z.boolean().optional(),
  noteLimit: z.number().int().min(1).max(10_000).optional(),
  uiLang: z.enum(['it', 'en']).optional(),
});

/**
 * A send LinkedIn confirmed, as a content script reports it: the facts only.
 * No score, verdict or failed checks: the background computes them itself
 * (with the texts it holds for the re-use check), never trusting a tab's.
 */
export const SendClaimSchema = SendReportSchema.pick({
  sendId: true, kind: true, recipient: true, text: true, subject: true, sentAt: true, page: true, gateOverridden: true,
}).extend({
  /** The UI language, recorded when no analysis is possible. */
  fallbackLang: z.enum(['it', 'en']),
  context: SendContextSchema,
});
export type SendClaim = z.infer<typeof SendClaimSchema>;

/** The latest send to a person, as the panel shows it ("invited on 12 Nov"). */
export interface LastContact { kind: DraftKind; sentAt: number; hadNote: boolean }

/** What the history tells a tab about a person (the texts sent to others stay in the background). */
export interface ContactInfo {
  firstContact: boolean;
  justAccepted: boolean;
  /** The latest send to this person in the history. */
  last: LastContact | null;
  /** Invites with a note sent this calendar month (all recipients). */
  notesThisMonth: number;
  /** Notes vs bare invites accepted in the user's history (issue 14), when the background has it in memory. */
  noteRates?: NoteRates;
}

/** `n` of `of` cases. */
export interface Rate { n: number; of: number }
/** Acceptance of invites sent with a note vs bare ones, from the user's own history. */
export interface NoteRates { note: Rate; bare: Rate }
