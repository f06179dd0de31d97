// Export and import of the history. JSON is complete and re-importable; CSV is
// for a spreadsheet (RFC 4180, and safe against formula injection).
import { isSaneDate } from './dates';
import type { HistoryRecord } from './schema';

export const EXPORT_FORMAT = 'garbo-history';
/** Version of the export file layout (not of the database). 2: outcome history per record (1 still imports). */
export const EXPORT_VERSION = 2;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: HistoryRecord[];
}

/**
 * The same text as toExportJson, as parts built a slice at a time (`breathe`
 * between records lets the page's event loop run): for a Blob, no one long task.
 */
export async function toExportParts(records: readonly HistoryRecord[], now = Date.now(), breathe: () => Promise<void> = async () => {}): Promise<string[]> {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString() }, null, 1);
  if (!records.length) return [`${head.slice(0, -2)},\n "records": []\n}`];
  const parts = [`${head.slice(0, -2)},\n "records": [\n`];
  for (let i = 0; i < records.length; i++) {
    parts.push(`  ${JSON.stringify(records[i], null, 1).replace(/\n/g, '\n  ')}${i + 1 < records.length ? ',\n' : '\n'}`);
    if ((i & 63) === 63) await breathe();
  }
  parts.push(' ]\n}');
  return parts;
}

/** CSV as parts, a slice at a time (see toExportParts). */
export async function toCsvParts(records: readonly HistoryRecord[], breathe: () => Promise<void> = async () => {}): Promise<string[]> {
  const parts = [CSV_COLUMNS.join(',') + '\r\n'];
  for (let i = 0; i < records.length; i++) {
    parts.push(csvRow(records[i]!) + '\r\n');
    if ((i & 127) === 127) await breathe();
  }
  return parts;
}

export function toExportJson(records: readonly HistoryRecord[], now = Date.now()): string {
  const doc: HistoryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records: [...records] };
  return JSON.stringify(doc, null, 1);
}

/** A readable reason why a file cannot be imported. */
export class ImportError extends Error {
  override name = 'ImportError';
}

// Reading an export (sliced, for files of any size) is in importer.ts.

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

/** ISO date, or the raw value as text when it is not a valid date (a record kept by the v4 repair): export never fails. */
const iso = (ms: unknown) => (isSaneDate(ms) ? new Date(ms).toISOString() : ms === null || ms === undefined ? '' : String(ms));

function csvRow(r: HistoryRecord): string {
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: r.id, kind: r.kind, sentAt: iso(r.sentAt), recipientName: r.recipient.name, profileId: r.recipient.profileId,
    profileUrl: r.recipient.profileUrl, lang: r.lang, score: r.score, verdict: r.verdict, failedChecks: r.failedChecks.join(' '),
    status: r.status, statusBy: r.statusBy,
    outcomes: (r.outcomes ?? []).map((e) => `${iso(e.at)} ${e.status} (${e.by}${e.source ? `: ${e.source}` : ''})`).join('; '),
    metWhere: r.metWhere, followUpDue: iso(r.followUpDue), notes: r.notes, subject: r.subject, text: r.text,
    page: r.page, gateOverridden: r.gateOverridden, updatedAt: iso(r.updatedAt),
  };
  return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
}

export function toCsv(records: readonly HistoryRecord[]): string {
  return [CSV_COLUMNS.join(','), ...records.map(csvRow)].join('\r\n') + '\r\n';
}
