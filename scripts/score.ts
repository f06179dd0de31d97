/**
 * Score CLI: `npm run --silent score < drafts.jsonl > reports.jsonl`
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
 * newline at the end of the input is not a line). The exit status is non-zero
 * only when the input cannot be read. Nothing but JSON goes to stdout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyze } from '../lib/analyzer';
import { CORE_RULE_IDS, type Lang, type Speller } from '../lib/types';
import { dictionaryPath, loadSpellerSync, REPO_ROOT } from '../lib/spelling/node';

const DraftLine = z.object({
  text: z.string(),
  kind: z.enum(['invite', 'message']),
  recipient: z.string().trim().min(1, 'recipient must be a non-empty string'),
  sender: z.string().optional(),
  firstContact: z.boolean().optional(),
  justAccepted: z.boolean().optional(),
  noteLimit: z.number().int().positive().optional(),
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

function main(): void {
  let input: string;
  try {
    input = readFileSync(0, 'utf8');
  } catch (e) {
    process.stderr.write(`score: cannot read the input: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const speller = loadDictionaries();
  const ui = uiArg(process.argv.slice(2));
  const lines = input.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const l of lines) {
    const line = l.endsWith('\r') ? l.slice(0, -1) : l;
    let res: object;
    try {
      res = scoreLine(line, speller, ui);
    } catch (e) {
      res = { error: `internal error: ${(e as Error).message}` };
    }
    out.push(JSON.stringify(res));
    if (out.length >= 256) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
}

main();
