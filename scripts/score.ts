/**
 * Score CLI: `npm run --silent score < drafts.jsonl > reports.jsonl` (`--help` for this text).
 *
 * Input: one JSON object a line with `text`, `kind` ("invite" | "message"),
 * `recipient` (full name), and optionally `sender`, `firstContact` (default
 * true), `noteLimit` (default 300), `justAccepted`; other fields are ignored.
 * Output: one JSON object a line, in the same order:
 *   {"score","verdict","lang","checks":[{"id","pass","severity","message","spans":[{"start","end"}]}],
 *    "misspelled":[{"word","start","end","suggestions"}]}
 * `checks` always holds the four core rules, plus every further rule that
 * applies to the draft. Messages are in the draft's language (`--ui it|en` to force one).
 *
 * A malformed line (bad JSON, missing or invalid fields) yields {"error": "..."}
 * on that line and the run goes on. Blank lines are not skipped: they yield an
 * error object too, so output line N always answers input line N (a final
 * line break at the end of the input is not a line). The exit status is non-zero
 * only when the input cannot be read. Nothing but JSON goes to stdout.
 *
 * Limits (the extension's): `text` up to 100,000 characters, `recipient` and
 * `sender` up to 300, `noteLimit` 1 to 10,000; a line longer than 1,000,000
 * characters is answered with an error without being parsed. Input is UTF-8,
 * with or without a byte-order mark; lines end with LF, CRLF or CR. The input
 * is read as a stream, one line at a time, so memory stays small whatever its
 * length. When the reader of the output goes away (`| head`), the CLI stops
 * quietly with status 0.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyze } from '../lib/analyzer';
import { CORE_RULE_IDS, type Lang, type Speller } from '../lib/types';
import { dictionaryPath, loadSpellerSync, REPO_ROOT } from '../lib/spelling/node';

/** The extension's own limits (lib/messages.ts): a longer text is refused, not analysed. */
export const MAX_TEXT = 100_000;
export const MAX_NAME = 300;
/** A line this long cannot hold a draft within the limits (even fully \u-escaped): refused unparsed. */
export const MAX_LINE = 1_000_000;

const DraftLine = z.object({
  text: z.string().max(MAX_TEXT, `text is longer than ${MAX_TEXT.toLocaleString('en')} characters (the extension's limit)`),
  kind: z.enum(['invite', 'message']),
  recipient: z.string().trim().min(1, 'recipient must be a non-empty string').max(MAX_NAME),
  sender: z.string().max(MAX_NAME).optional(),
  firstContact: z.boolean().optional(),
  justAccepted: z.boolean().optional(),
  noteLimit: z.number().int().min(1).max(10_000).optional(),
});

function loadDictionaries(): Speller {
  if (!existsSync(dictionaryPath('it')) || !existsSync(dictionaryPath('en'))) {
    // Build them, keeping stdout clean for the JSON lines.
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-dicts.mjs'), '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  }
  return loadSpellerSync();
}

function uiArg(argv: string[]): Lang | undefined {
  const i = argv.indexOf('--ui');
  const v = i >= 0 ? argv[i + 1] : undefined;
  return v === 'it' || v === 'en' ? v : undefined;
}

export function scoreLine(line: string, speller: Speller, uiLang?: Lang): object {
  if (line.length > MAX_LINE) return { error: `line too long: ${line.length.toLocaleString('en')} characters (at most ${MAX_LINE.toLocaleString('en')}); not read` };
  if (line.trim() === '') return { error: 'blank line: expected a JSON object' };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  const parsed = DraftLine.safeParse(raw);
  if (!parsed.success) {
    return { error: `invalid draft: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ')}` };
  }
  const d = parsed.data;
  const report = analyze(
    { text: d.text, kind: d.kind },
    { recipientName: d.recipient, senderName: d.sender, firstContact: d.firstContact, justAccepted: d.justAccepted, noteLimit: d.noteLimit, uiLang },
    speller,
  );
  const core = new Set<string>(CORE_RULE_IDS);
  return {
    score: report.score,
    verdict: report.verdict,
    lang: report.lang,
    checks: report.checks
      .filter((c) => core.has(c.id) || c.applies)
      .map((c) => ({ id: c.id, pass: c.pass, severity: c.severity, message: c.message, spans: c.spans.map(({ start, end }) => ({ start, end })) })),
    misspelled: report.misspelled.map(({ word, start, end, suggestions }) => ({ word, start, end, suggestions })),
  };
}

const HELP = `Usage: npm run --silent score [-- --ui it|en] < drafts.jsonl > reports.jsonl

Scores LinkedIn invite notes and messages with Garbo's analyzer, one draft a line.

Input, one JSON object a line (UTF-8, a byte-order mark is fine; LF, CRLF or CR line ends):
  {"text": "...", "kind": "invite"|"message", "recipient": "Full Name",
   "sender"?: "...", "firstContact"?: true, "justAccepted"?: false, "noteLimit"?: 300}
Output, one JSON object a line, line N answering input line N:
  {"score", "verdict", "lang", "checks": [...], "misspelled": [...]}
  or {"error": "..."} for a line that is not a valid draft (also a blank line).

Limits: text up to ${MAX_TEXT.toLocaleString('en')} characters (the extension's), recipient and sender up
to ${MAX_NAME}, noteLimit 1-10,000; a line over ${MAX_LINE.toLocaleString('en')} characters gets an error unread.
--ui it|en   language of the check messages (default: the draft's).
Exit status: 0, or 2 when the input cannot be read. Stops quietly when the output is closed (| head).
`;

/**
 * Split a stream of text into lines on LF, CRLF or CR, dropping a leading
 * byte-order mark. A line growing past MAX_LINE keeps only its length (the
 * rest is skipped), so memory stays bounded.
 */
export class LineSplitter {
  private buf = '';
  private over = 0;
  private first = true;
  private pendingCr = false;
  /** Feed a chunk; returns the complete lines it ends (an over-long line as a marker object). */
  push(chunk: string): Array<string | { tooLong: number }> {
    if (this.first && chunk.length) { if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); this.first = false; }
    const out: Array<string | { tooLong: number }> = [];
    let start = 0;
    if (this.pendingCr) { this.pendingCr = false; if (chunk.charCodeAt(0) === 10) start = 1; }
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.take(chunk.slice(start, i), out, true);
      if (c === 13) {
        if (i + 1 === chunk.length) this.pendingCr = true;
        else if (chunk.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    this.take(chunk.slice(start), out, false);
    return out;
  }
  /** The last line when the input does not end with a line break. */
  end(): Array<string | { tooLong: number }> {
    const out: Array<string | { tooLong: number }> = [];
    if (this.buf !== '' || this.over > 0) this.take('', out, true);
    return out;
  }
  private take(piece: string, out: Array<string | { tooLong: number }>, complete: boolean) {
    if (this.over > 0) this.over += piece.length;
    else if (this.buf.length + piece.length > MAX_LINE) { this.over = this.buf.length + piece.length; this.buf = ''; }
    else this.buf += piece;
    if (!complete) return;
    if (this.over > 0) { out.push({ tooLong: this.over }); this.over = 0; }
    else { out.push(this.buf); this.buf = ''; }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) { process.stdout.write(HELP); return; }
  // The reader went away (| head): stop quietly, the answers so far were delivered.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    process.stderr.write(`score: cannot write the output: ${err.message}\n`);
    process.exit(2);
  });
  const speller = loadDictionaries();
  const ui = uiArg(args);
  const split = new LineSplitter();
  const answer = (lines: Array<string | { tooLong: number }>) => {
    if (!lines.length) return true;
    const out: string[] = [];
    for (const l of lines) {
      let res: object;
      try {
        res = typeof l === 'string' ? scoreLine(l, speller, ui) : { error: `line too long: ${l.tooLong.toLocaleString('en')} characters (at most ${MAX_LINE.toLocaleString('en')}); not read` };
      } catch (e) {
        res = { error: `internal error: ${(e as Error).message}` };
      }
      out.push(JSON.stringify(res));
    }
    return process.stdout.write(out.join('\n') + '\n');
  };
  // A read stream on fd 0 (not process.stdin): it reports a directory or a closed descriptor as an error.
  const input = createReadStream('', { fd: 0, encoding: 'utf8', autoClose: false });
  input.on('data', (chunk) => {
    // Wait for the output to drain before reading more: bounded memory on big inputs.
    if (!answer(split.push(String(chunk)))) { input.pause(); process.stdout.once('drain', () => input.resume()); }
  });
  input.on('end', () => { answer(split.end()); });
  input.on('error', (e) => {
    process.stderr.write(`score: cannot read the input: ${e.message}\n`);
    process.exit(2);
  });
}

// Run as a script (not when a test imports LineSplitter).
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) main();
