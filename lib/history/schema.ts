import { z } from 'zod';
import { SendReportSchema, STATUSES, type SendReport } from '../domain';

/** One sent invite or message, as kept in the extension's IndexedDB: the send as reported plus what the user adds. */
export const HistoryRecordSchema = SendReportSchema.omit({ sendId: true }).extend({
  /** The content script's sendId: stable across retries, so a send is stored once. */
  id: z.string().min(8).max(100),
  status: z.enum(STATUSES).default('sent'),
  metWhere: z.string().max(2000).default(''),
  followUpDue: z.number().int().nullable().default(null),
  notes: z.string().max(20_000).default(''),
  updatedAt: z.number().int().positive(),
  /** Lower-cased profile id, else normalised name: what "the same person" means. */
  recipientKey: z.string().max(300),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export { STATUSES };
/**
 * Fields the user may edit from the popup. Written out without defaults: zod 4
 * applies a field's default even inside .partial(), which would reset every
 * field the patch does not mention.
 */
export const RecordPatchSchema = z.object({
  status: z.enum(STATUSES).optional(),
  metWhere: z.string().max(2000).optional(),
  followUpDue: z.number().int().nullable().optional(),
  notes: z.string().max(20_000).optional(),
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
