import { z } from 'zod';
import { SendReportSchema, STATUSES, type SendReport } from '../domain';
import { DateMs } from './dates';

/**
 * What the v4 upgrade found wrong in a stored record and how it was kept:
 * the field and its value as it was (as text). The popup shows such a record
 * as "needs attention" instead of failing on it.
 */
export const AttentionSchema = z.array(z.object({ field: z.string().max(100), was: z.string().max(200) })).max(50);
export type Attention = z.infer<typeof AttentionSchema>;
export { STATUSES, type Status } from '../domain';

/** One status change: when, to what, and who decided (the user in the popup, or a page the user opened). */
export const OutcomeEventSchema = z.object({
  at: DateMs,
  status: z.enum(STATUSES),
  by: z.enum(['user', 'page']),
  /** Which page showed it (page events only). */
  source: z.enum(['profile', 'conversation', 'sent-page']).optional(),
}).strict();
export type OutcomeEvent = z.infer<typeof OutcomeEventSchema>;
/** Outcome events kept per record (oldest dropped beyond this). */
export const MAX_OUTCOME_EVENTS = 50;

/** One sent invite or message, as kept in the extension's IndexedDB: the send as reported plus what the user adds. */
export const HistoryRecordSchema = SendReportSchema.omit({ sendId: true }).extend({
  /** The content script's sendId: stable across retries, so a send is stored once. */
  id: z.string().min(8).max(100),
  status: z.enum(STATUSES).default('sent'),
  /** Who set the current status: the user's choice is never overwritten by what a page shows later. Absent: nobody yet. */
  statusBy: z.enum(['user', 'page']).optional(),
  /** Every status change with its date, oldest first. */
  outcomes: z.array(OutcomeEventSchema).max(MAX_OUTCOME_EVENTS).default([]),
  metWhere: z.string().max(2000).default(''),
  followUpDue: DateMs.nullable().default(null),
  notes: z.string().max(20_000).default(''),
  updatedAt: DateMs,
  /** Lower-cased profile id, else normalised name: what "the same person" means. */
  recipientKey: z.string().max(300),
  /** Set by the v4 upgrade on a record it had to repair (see lib/history/repair.ts). */
  attention: AttentionSchema.optional(),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

/**
 * Fields the user may edit from the popup. Written out without defaults: zod 4
 * applies a field's default even inside .partial(), which would reset every
 * field the patch does not mention.
 */
export const RecordPatchSchema = z.object({
  status: z.enum(STATUSES).optional(),
  metWhere: z.string().max(2000).optional(),
  followUpDue: DateMs.nullable().optional(),
  notes: z.string().max(20_000).optional(),
  /** The user checked a record the v4 upgrade repaired: only an empty list (clear the mark) is accepted. */
  attention: z.array(z.never()).max(0).optional(),
}).strict();
export type RecordPatch = z.infer<typeof RecordPatchSchema>;

export function recipientKey(r: { name?: string; profileId?: string }): string {
  if (r.profileId?.trim()) return `id:${r.profileId.trim().toLowerCase()}`;
  const name = (r.name ?? '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return `name:${name}`;
}

export function recordFromSend(report: SendReport, now: number): HistoryRecord {
  const r = SendReportSchema.parse(report);
  return HistoryRecordSchema.parse({
    id: r.sendId, kind: r.kind, recipient: r.recipient, text: r.text, subject: r.subject, sentAt: r.sentAt,
    lang: r.lang, score: r.score, verdict: r.verdict, failedChecks: r.failedChecks, page: r.page,
    gateOverridden: r.gateOverridden, updatedAt: now, recipientKey: recipientKey(r.recipient),
  });
}

/** A readable one-line reason for a failed validation: "path: message; …". */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
