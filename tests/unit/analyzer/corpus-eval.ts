// Agreement of the analyzer with labelled drafts (one JSON object a line). Used by the
// paraphrase gate (the project's own drafts) and by `npm run eval:dev` (scripts/eval-dev.ts),
// which reads the dev corpus outside the test suite: no test reads ../shared.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../lib/analyzer';
import type { Speller } from '../../../lib/types';

/** The project's own labelled drafts, in the repository (the corpus every test may read). */
export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'paraphrases.jsonl');

export interface Row {
  id: string;
  text: string;
  kind: 'invite' | 'message';
  recipient: string;
  sender?: string;
  firstContact?: boolean;
  expect: { personalized: boolean; howMet: boolean; earlyAsk: boolean };
  /** Labels the two labellers could not agree on (`personalized`, `howMet`, `earlyAsk`): left out of the count. */
  ambiguous?: string[];
}

/** Labelled drafts from a JSONL file. */
export function loadRows(path: string): Row[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

export interface Agreement { label: string; agree: number; total: number; misses: string[] }

/** Agreement per core label, leaving out a row's `ambiguous` labels. Every draft is evaluated as a first contact (the labels' convention). */
export function evaluate(rows: Row[], speller?: Speller): Agreement[] {
  const res: Record<string, Agreement> = {
    personalized: { label: 'personalized', agree: 0, total: 0, misses: [] },
    howMet: { label: 'how-met', agree: 0, total: 0, misses: [] },
    earlyAsk: { label: 'no-early-ask', agree: 0, total: 0, misses: [] },
  };
  for (const r of rows) {
    const rep = analyze({ text: r.text, kind: r.kind }, { recipientName: r.recipient, senderName: r.sender, firstContact: true }, speller);
    const pass = (id: string) => rep.checks.find((c) => c.id === id)!.pass;
    const got = { personalized: pass('personalized'), howMet: pass('how-met'), earlyAsk: !pass('no-early-ask') };
    for (const k of ['personalized', 'howMet', 'earlyAsk'] as const) {
      if (r.ambiguous?.includes(k)) continue;
      const a = res[k]!;
      a.total++;
      if (got[k] === r.expect[k]) a.agree++;
      else a.misses.push(`${r.id}: expected ${k}=${r.expect[k]}, got ${got[k]} — ${r.text}`);
    }
  }
  return Object.values(res);
}
