// Export and import of the history. JSON is complete and re-importable; CSV is
// for a spreadsheet (RFC 4180, and safe against formula injection).
import { z } from 'zod';
import { describeZodError, HistoryRecordSchema, type HistoryRecord } from './schema';

export const EXPORT_FORMAT = 'garbo-history';
/** Version of the export file layout (not of the database). 2: outcome history per record (1 still imports). */
export const EXPORT_VERSION = 2;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: HistoryRecord[];
}

export function toExportJson(records: readonly HistoryRecord[], now = Date.now()): string {
  const doc: HistoryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records: [...records] };
  return JSON.stringify(doc, null, 1);
}

/** A readable reason why a file cannot be imported. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const Envelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1).max(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  records: z.array(z.unknown()).max(200_000),
});

/**
 * Validate a JSON export record by record. Throws ImportError naming the first
 * problem (and how many records have one): "record 3: recipient.name: …".
 */
export function parseExport(text: string): HistoryRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError(`not a JSON file (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError(`not a Garbo history export (expected "format": "${EXPORT_FORMAT}")`);
  }
  const env = Envelope.safeParse(raw);
  if (!env.success) throw new ImportError(`unsupported export: ${describeZodError(env.error)}`);
  const out: HistoryRecord[] = [];
  const bad: string[] = [];
  env.data.records.forEach((rec, i) => {
    const r = HistoryRecordSchema.strict().safeParse(rec);
    if (r.success) out.push(r.data);
    else bad.push(`record ${i + 1}: ${describeZodError(r.error)}`);
  });
  if (bad.length) {
    throw new ImportError(bad.length === 1 ? bad[0]! : `${bad.length} invalid records; first: ${bad[0]}`);
  }
  return out;
}

const CSV_COLUMNS = [
  'id', 'kind', 'sentAt', 'recipientName', 'profileId', 'profileUrl', 'lang', 'score', 'verdict', 'failedChecks',
  'status', 'statusBy', 'outcomes', 'metWhere', 'followUpDue', 'notes', 'subject', 'text', 'page', 'gateOverridden', 'updatedAt',
] as const;

/**
 * One CSV cell. Cells a spreadsheet would run as a formula (starting with
 * = + - @, or a tab / carriage return) get a leading apostrophe; cells with a
 * comma, quote or line break are quoted with quotes doubled (RFC 4180).
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : '');

export function toCsv(records: readonly HistoryRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: r.id, kind: r.kind, sentAt: iso(r.sentAt), recipientName: r.recipient.name, profileId: r.recipient.profileId,
      profileUrl: r.recipient.profileUrl, lang: r.lang, score: r.score, verdict: r.verdict, failedChecks: r.failedChecks.join(' '),
      status: r.status, statusBy: r.statusBy,
      outcomes: (r.outcomes ?? []).map((e) => `${iso(e.at)} ${e.status} (${e.by}${e.source ? `: ${e.source}` : ''})`).join('; '),
      metWhere: r.metWhere, followUpDue: iso(r.followUpDue), notes: r.notes, subject: r.subject, text: r.text,
      page: r.page, gateOverridden: r.gateOverridden, updatedAt: iso(r.updatedAt),
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
