// Shared by the corpus gate: run the analyzer over the labelled dev corpus.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../lib/analyzer';
import type { Speller } from '../../../lib/types';

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/dev.jsonl');

export interface Row {
  id: string;
  text: string;
  kind: 'invite' | 'message';
  recipient: string;
  sender?: string;
  firstContact?: boolean;
  expect: { personalized: boolean; howMet: boolean; earlyAsk: boolean };
}

export function loadCorpus(): Row[] {
  if (!existsSync(CORPUS)) throw new Error(`dev corpus missing: expected ${CORPUS} (../shared/corpus/dev.jsonl from the repo root)`);
  return readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

export interface Agreement { label: string; agree: number; total: number; misses: string[] }

/** Agreement per core label. Every draft is evaluated as a first contact (the labels' convention). */
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
      const a = res[k]!;
      a.total++;
      if (got[k] === r.expect[k]) a.agree++;
      else a.misses.push(`${r.id}: expected ${k}=${r.expect[k]}, got ${got[k]} — ${r.text}`);
    }
  }
  return Object.values(res);
}
