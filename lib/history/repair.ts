// Records stored before dates had bounds (database v3 and older accepted any
// safe integer, so `sentAt: 9e15` or `followUpDue: -1` could be stored through
// an import or an edit). The v4 upgrade runs each record through
// repairRecord: an impossible date is replaced by a sane one, the original
// value is kept as text in `attention`, and the record stays (shown as "needs
// attention" in the popup), so nothing is lost.
import { isSaneDate } from './dates';
import type { Attention } from './schema';

const asText = (v: unknown): string => {
  let s: string;
  try { s = typeof v === 'string' ? JSON.stringify(v) : String(v); } catch { s = typeof v; }
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
};

/**
 * The record with every out-of-range date repaired, and whether anything
 * changed. `sentAt` falls back to a sane `updatedAt`, else `now`; `updatedAt`
 * to `now`; `followUpDue` to none. Only dates are looked at: this runs as the
 * v4 upgrade step, before later steps add their fields, so it must not judge
 * a record by a schema that may grow.
 */
export function repairRecord(raw: Record<string, unknown>, now: number): { record: Record<string, unknown>; changed: boolean } {
  const attention: Attention = Array.isArray(raw.attention) ? [...(raw.attention as Attention)] : [];
  const before = attention.length;
  const out: Record<string, unknown> = { ...raw };
  if (!isSaneDate(out.sentAt, now)) {
    attention.push({ field: 'sentAt', was: asText(out.sentAt) });
    out.sentAt = isSaneDate(out.updatedAt, now) ? out.updatedAt : now;
  }
  if (!isSaneDate(out.updatedAt, now)) {
    attention.push({ field: 'updatedAt', was: asText(out.updatedAt) });
    out.updatedAt = now;
  }
  if (out.followUpDue !== null && out.followUpDue !== undefined && !isSaneDate(out.followUpDue, now)) {
    attention.push({ field: 'followUpDue', was: asText(out.followUpDue) });
    out.followUpDue = null;
  }
  if (attention.length === before) return { record: raw, changed: false };
  out.attention = attention.slice(0, 50);
  return { record: out, changed: true };
}
