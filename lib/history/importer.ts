// Importing a history export of any size without freezing the page or the
// background. The file's text is split into its records by a small scanner
// (no JSON.parse of the whole file), each record is parsed and validated on
// its own, and the work runs in slices of a few milliseconds with the event
// loop free in between. The page sends validated records to the background in
// batches far under Chrome's 64 MiB message limit; the background validates
// them again into a staging area and writes them only on commit, in ONE
// IndexedDB transaction issued in small chunks: all or nothing, and the
// background keeps answering other requests while it writes.
import type { HistoryConn } from './db';
import { describeZodError, HistoryRecordSchema, type HistoryRecord } from './schema';
import { EXPORT_FORMAT, EXPORT_VERSION, ImportError } from './transfer';

import { BATCH_MAX_CHARS, BATCH_MAX_RECORDS, MAX_IMPORT_RECORDS } from './limits';

export { BATCH_MAX_CHARS, BATCH_MAX_RECORDS, MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS } from './limits';
/** Records, and characters of text, per chunk of requests inside the commit transaction (each put clones its record at once). */
const WRITE_CHUNK = 200;
const WRITE_CHUNK_CHARS = 200_000;
const approxChars = (r: HistoryRecord) => 300 + r.text.length + r.notes.length + r.metWhere.length + (r.subject?.length ?? 0);

// ---------------------------------------------------------------- slicing

/** Runs generator-shaped work either at once or in time slices that leave the event loop free. */
export class Slicer {
  private start = performance.now();
  constructor(
    private readonly budgetMs = 8,
    private readonly pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  ) {}
  /** Yield to the event loop when the current slice used its budget. */
  async breathe(): Promise<void> {
    if (performance.now() - this.start < this.budgetMs) return;
    await this.pause();
    this.start = performance.now();
  }
}

/** Drive a generator: with a slicer, pausing between slices; without, to the end at once. */
async function drive<T>(gen: Generator<void, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
    await slicer.breathe();
  }
}
function driveSync<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

// ---------------------------------------------------------------- scanning

const notJson = (why: string) => new ImportError(`not a JSON file (${why})`);
const ws = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export interface SplitExport {
  /** The top-level fields other than `records`, parsed. */
  fields: Record<string, unknown>;
  /** Each element of `records` as [start, end) in the text; null when `records` is missing or not an array. */
  spans: Array<[number, number]> | null;
}

/**
 * Split `{"format": …, "records": [ {…}, {…} ]}` into its fields and the text
 * span of each record, checking brackets and strings as it goes. Yields every
 * 64K characters. Each span is parsed on its own later, so a syntax error
 * inside a record is reported by JSON.parse with the record's number.
 */
function* splitGen(text: string): Generator<void, SplitExport> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n && ws(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 123 /* { */) {
    if (n <= 1_000_000) {
      try { JSON.parse(text.slice(i)); } catch (err) { throw notJson(err instanceof Error ? err.message : String(err)); }
    }
    throw new ImportError(`not a Garbo history export (expected "format": "${EXPORT_FORMAT}")`);
  }
  const fields: Record<string, unknown> = {};
  let spans: Array<[number, number]> | null = null;
  const stack: number[] = [];
  let memberStart = -1, colon = -1, key = '';
  let recordsOpen = -1, elemStart = -1, recordsClosed = -1;
  const endMember = (end: number) => {
    const raw = text.slice(memberStart, end);
    if (colon < 0) {
      if (raw.trim() === '' && Object.keys(fields).length === 0 && spans === null) return; // {}
      throw notJson(`expected "name": value at character ${memberStart}`);
    }
    if (key === 'records' && recordsOpen >= 0) {
      if (text.slice(colon + 1, recordsOpen).trim() !== '' || text.slice(recordsClosed + 1, end).trim() !== '') throw notJson('unexpected text around "records"');
    } else {
      try { fields[key] = JSON.parse(text.slice(colon + 1, end)); } catch (err) { throw notJson(`"${key.slice(0, 40)}": ${err instanceof Error ? err.message : String(err)}`); }
      if (key === 'records') spans = null;
    }
  };
  const startMember = (at: number) => { memberStart = at; colon = -1; key = ''; recordsOpen = -1; recordsClosed = -1; };
  let tick = 0;
  for (; i < n; i++) {
    if (++tick >= 32_768) { tick = 0; yield; }
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) throw notJson('unexpected end of file inside a string');
        let k = j - 1;
        while (text.charCodeAt(k) === 92 /* \ */) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j++;
      }
      tick += (j - i) >> 4;
      i = j;
      continue;
    }
    const depth = stack.length;
    if (c === 123 || c === 91) { // { [
      stack.push(c);
      if (depth === 0) { startMember(i + 1); continue; }
      if (depth === 1 && key === 'records' && colon >= 0 && recordsOpen < 0 && c === 91) {
        recordsOpen = i; elemStart = i + 1; spans = [];
      }
    } else if (c === 125 || c === 93) { // } ]
      const open = stack.pop();
      if (open !== (c === 125 ? 123 : 91)) throw notJson(`unexpected "${String.fromCharCode(c)}" at character ${i}`);
      if (depth === 2 && i > recordsOpen && recordsOpen >= 0 && recordsClosed < 0 && key === 'records' && open === 91) {
        const tail = text.slice(elemStart, i);
        if (tail.trim() !== '') spans!.push([elemStart, i]);
        else if (spans!.length > 0) throw notJson(`unexpected "]" after "," at character ${i}`);
        recordsClosed = i;
      }
      if (depth === 1) {
        endMember(i);
        for (let k = i + 1; k < n; k++) if (!ws(text.charCodeAt(k))) throw notJson(`unexpected text after the end, at character ${k}`);
        return { fields, spans };
      }
    } else if (c === 44 /* , */) {
      if (depth === 1) { endMember(i); startMember(i + 1); }
      else if (depth === 2 && recordsOpen >= 0 && recordsClosed < 0 && key === 'records') {
        spans!.push([elemStart, i]);
        elemStart = i + 1;
      }
    } else if (c === 58 /* : */ && depth === 1 && colon < 0) {
      colon = i;
      let k: unknown;
      try { k = JSON.parse(text.slice(memberStart, i)); } catch { throw notJson(`expected a quoted name before ":" at character ${i}`); }
      if (typeof k !== 'string') throw notJson(`expected a quoted name before ":" at character ${i}`);
      key = k;
    }
  }
  throw notJson('unexpected end of file');
}

// ---------------------------------------------------------------- validating

const StrictRecord = HistoryRecordSchema.strict();

export interface ParsedExport {
  records: HistoryRecord[];
  /** Characters of JSON per record in the file (to size the batches). */
  sizes: number[];
}

/** "record 3 (id send-0002)": the number counts from 1, the id is shown when the record has one. */
export function recordLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `record ${index + 1} (id ${id.slice(0, 100)})` : `record ${index + 1}`;
}

/** Validate raw records (already parsed); collects every problem, throws the first with the count. */
export function* validateGen(items: ArrayLike<unknown>, offset = 0, parse?: (i: number) => unknown): Generator<void, HistoryRecord[]> {
  const out: HistoryRecord[] = [];
  const bad: string[] = [];
  let badCount = 0;
  for (let i = 0; i < items.length; i++) {
    if ((i & 63) === 63) yield;
    let raw: unknown;
    try {
      raw = parse ? parse(i) : items[i];
    } catch (err) {
      badCount++;
      if (bad.length < 1) bad.push(`record ${offset + i + 1}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const r = StrictRecord.safeParse(raw);
    if (r.success) out.push(r.data);
    else {
      badCount++;
      if (bad.length < 1) bad.push(`${recordLabel(offset + i, raw)}: ${describeZodError(r.error)}`);
    }
  }
  if (badCount) throw new ImportError(badCount === 1 ? bad[0]! : `${badCount} invalid records; first: ${bad[0]}`);
  return out;
}

function* parseGen(text: string, progress?: (done: number, total: number) => void): Generator<void, ParsedExport> {
  const { fields, spans } = yield* splitGen(text);
  if (fields.format !== EXPORT_FORMAT) throw new ImportError(`not a Garbo history export (expected "format": "${EXPORT_FORMAT}")`);
  const v = fields.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > EXPORT_VERSION) {
    throw new ImportError(`unsupported export: version: expected a whole number from 1 to ${EXPORT_VERSION}, got ${JSON.stringify(v)?.slice(0, 40)}`);
  }
  if (fields.exportedAt !== undefined && typeof fields.exportedAt !== 'string') throw new ImportError('unsupported export: exportedAt: expected a string');
  if (!spans) throw new ImportError(`unsupported export: records: expected an array${'records' in fields ? '' : ', found none'}`);
  if (spans.length > MAX_IMPORT_RECORDS) throw new ImportError(`unsupported export: records: ${spans.length} records, at most ${MAX_IMPORT_RECORDS.toLocaleString('en')}`);
  const sizes = spans.map(([a, b]) => b - a);
  const list = spans;
  const records = yield* validateGen({ length: list.length }, 0, (i) => {
    if ((i & 1023) === 0) progress?.(i, list.length);
    const [a, b] = list[i]!;
    return JSON.parse(text.slice(a, b));
  });
  progress?.(list.length, list.length);
  return { records, sizes };
}

/** Parse and validate a whole export at once (small files, tests). Throws ImportError naming the first bad record and field. */
export function parseExportSync(text: string): ParsedExport {
  return driveSync(parseGen(text));
}
export const parseExport = (text: string): HistoryRecord[] => parseExportSync(text).records;

/** Parse and validate an export in time slices; `progress(done, total)` counts records checked. */
export function parseExportSliced(text: string, opts: { slicer?: Slicer; progress?: (done: number, total: number) => void } = {}): Promise<ParsedExport> {
  return drive(parseGen(text, opts.progress), opts.slicer ?? new Slicer());
}

/** Validate raw records in slices (the background re-checks every batch it receives). */
export function validateSliced(items: readonly unknown[], offset: number, slicer = new Slicer()): Promise<HistoryRecord[]> {
  return drive(validateGen(items, offset), slicer);
}

// ---------------------------------------------------------------- sending (page side)

export interface ImportResult { added: number; updated: number; kept: number }
export type Requester = <T>(msg: Record<string, unknown>) => Promise<T>;

/** Group records into batches of at most BATCH_MAX_RECORDS records and BATCH_MAX_CHARS characters. */
export function batches(sizes: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0, chars = 0;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i]! + 64;
    if (i > start && (i - start >= BATCH_MAX_RECORDS || chars + s > BATCH_MAX_CHARS)) { out.push([start, i]); start = i; chars = 0; }
    chars += s;
  }
  if (sizes.length > start) out.push([start, sizes.length]);
  return out;
}

/** Send validated records to the background: begin, batches, commit (abort on any failure: nothing changes). */
export async function sendImport(parsed: ParsedExport, request: Requester, progress?: (sent: number, total: number) => void): Promise<ImportResult> {
  const total = parsed.records.length;
  const { importId } = await request<{ importId: string }>({ type: 'history-import-begin', total });
  try {
    for (const [a, b] of batches(parsed.sizes)) {
      progress?.(a, total);
      await request({ type: 'history-import-batch', importId, offset: a, records: parsed.records.slice(a, b) });
    }
    progress?.(total, total);
    return await request<ImportResult>({ type: 'history-import-commit', importId });
  } catch (err) {
    await request({ type: 'history-import-abort', importId }).catch(() => { /* already gone */ });
    throw err;
  }
}

// ---------------------------------------------------------------- export in pages

/** Records from `offset`, at most `limit` and about BATCH_MAX_CHARS characters of JSON (always at least one). */
export function exportPage(records: readonly HistoryRecord[], offset: number, limit: number): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  let chars = 0;
  for (let i = offset; i < records.length && out.length < limit; i++) {
    const r = records[i]!;
    chars += approxChars(r);
    if (out.length > 0 && chars > BATCH_MAX_CHARS) break;
    out.push(r);
  }
  return out;
}

/** Every record, fetched a page at a time (no message near Chrome's 64 MiB limit). */
export async function fetchExport(request: Requester, progress?: (done: number, total: number) => void): Promise<HistoryRecord[]> {
  const all: HistoryRecord[] = [];
  for (;;) {
    const page = await request<{ total: number; records: HistoryRecord[] }>({ type: 'history-export', offset: all.length });
    for (const r of page.records) all.push(r);
    progress?.(all.length, page.total);
    if (page.records.length === 0 || all.length >= page.total) return all;
  }
}

// ---------------------------------------------------------------- staging and writing (background side)

interface Staged { total: number; records: HistoryRecord[]; touched: number }
const STAGING_IDLE_MS = 10 * 60_000;

/** Imports under way in the background: records validated and held until commit (memory only). */
export class ImportStaging {
  private readonly open = new Map<string, Staged>();
  private seq = 0;

  begin(total: number, now = Date.now()): string {
    for (const [id, s] of this.open) if (now - s.touched > STAGING_IDLE_MS) this.open.delete(id);
    if (this.open.size >= 4) throw new ImportError('too many imports at once: wait for the others to finish');
    const id = `imp-${now.toString(36)}-${(++this.seq).toString(36)}`;
    this.open.set(id, { total, records: [], touched: now });
    return id;
  }

  private get(importId: string): Staged {
    const s = this.open.get(importId);
    if (!s) throw new ImportError('this import is no longer open (the background restarted or it was cancelled); nothing changed, please import the file again');
    return s;
  }

  /** Validate a batch (in slices) and hold it. Batches must arrive in order. */
  async add(importId: string, offset: number, items: readonly unknown[], slicer = new Slicer(), now = Date.now()): Promise<number> {
    const s = this.get(importId);
    if (offset !== s.records.length) throw new ImportError(`batch out of order: expected record ${s.records.length + 1}, got ${offset + 1}`);
    if (offset + items.length > s.total) throw new ImportError(`more records than announced (${s.total})`);
    let valid: HistoryRecord[];
    try {
      valid = await validateSliced(items, offset, slicer);
    } catch (err) {
      this.open.delete(importId);
      throw err;
    }
    for (const r of valid) s.records.push(r);
    s.touched = now;
    return s.records.length;
  }

  /** Take the staged records for writing (the import is closed either way). */
  take(importId: string): HistoryRecord[] {
    const s = this.get(importId);
    this.open.delete(importId);
    if (s.records.length !== s.total) throw new ImportError(`incomplete import: ${s.records.length} of ${s.total} records arrived; nothing changed`);
    return s.records;
  }

  abort(importId: string): void {
    this.open.delete(importId);
  }
}

/**
 * Merge validated records in ONE transaction (all or nothing), issuing the
 * reads and writes WRITE_CHUNK records at a time: between chunks the
 * background's event loop is free (the requests run in the database), so it
 * keeps answering. Merge rule, by id: a new id is added; for a stored id the
 * copy with the newer `updatedAt` wins (ties keep the stored one). Returns
 * the counts and the records actually written.
 */
export async function writeImport(db: HistoryConn, records: readonly HistoryRecord[]): Promise<ImportResult & { written: HistoryRecord[] }> {
  const tx = db.transaction('records', 'readwrite');
  tx.done.catch(() => { /* reported by the await below or by the abort */ });
  const res: ImportResult = { added: 0, updated: 0, kept: 0 };
  const written = new Map<string, HistoryRecord>();
  const added = new Set<string>();
  try {
    for (let a = 0; a < records.length;) {
      let b = a, chars = 0;
      while (b < records.length && b - a < WRITE_CHUNK && (b === a || chars + approxChars(records[b]!) <= WRITE_CHUNK_CHARS)) chars += approxChars(records[b++]!);
      const chunk = records.slice(a, b);
      a = b;
      const current = await Promise.all(chunk.map((r) => (written.has(r.id) ? Promise.resolve(written.get(r.id)) : tx.store.get(r.id))));
      const puts: Array<Promise<unknown>> = [];
      chunk.forEach((r, k) => {
        const cur = current[k];
        // A later copy of the same id within this chunk sees the earlier one.
        const seen = written.get(r.id) ?? cur;
        if (!seen) { puts.push(tx.store.put(r)); written.set(r.id, r); added.add(r.id); res.added++; }
        else if (seen.updatedAt < r.updatedAt) { puts.push(tx.store.put(r)); written.set(r.id, r); if (!added.has(r.id)) res.updated++; }
        else if (!added.has(r.id)) res.kept++;
      });
      await Promise.all(puts);
    }
    await tx.done;
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    throw err;
  }
  return { ...res, written: [...written.values()] };
}
