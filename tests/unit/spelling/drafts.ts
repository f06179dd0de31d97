// The labelled drafts of the spelling gates (tests/fixtures/spelling-*.jsonl,
// written by the project and labelled before they were scored) and the
// word-level agreement the gates measure. Reads only files in the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findMisspellings } from '../../../lib/spelling/check';
import type { Lang, Speller } from '../../../lib/types';

/** A labelled draft for the spelling gates: the words `findMisspellings` should flag. */
export interface SpellingLine {
  id: string;
  lang: Lang;
  recipient: string;
  sender?: string;
  text: string;
  expect: { misspelled: string[] };
  /** What the draft is made to test (free text, for the reader). */
  shape?: string;
}

/** The drafts of one fixture file (JSON lines under tests/fixtures/). */
export function readDrafts(file: string): SpellingLine[] {
  return readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SpellingLine);
}

/**
 * Word-level agreement of findMisspellings (given the recipient's and sender's
 * names) with the labels, apostrophes normalised; every flagged span must
 * read the flagged word. Misses are listed for the gate to print.
 */
export function spellingAgreement(lines: readonly SpellingLine[], speller: Speller) {
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (const c of lines) {
    const flagged = findMisspellings(c.text, c.lang, speller, { names: [c.recipient, c.sender ?? ''].filter(Boolean) });
    for (const m of flagged) expect(c.text.slice(m.start, m.end)).toBe(m.word);
    const left = c.expect.misspelled.map((w) => w.replace(/’/g, "'"));
    for (const g of flagged.map((m) => m.word.replace(/’/g, "'"))) {
      const i = left.indexOf(g);
      if (i >= 0) { left.splice(i, 1); tp++; } else { fp++; misses.push(`${c.id}: false positive ${JSON.stringify(g)}`); }
    }
    for (const w of left) { fn++; misses.push(`${c.id}: missed ${JSON.stringify(w)}`); }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const summary = `precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% (tp ${tp}, fp ${fp}, fn ${fn})\n  ${misses.join('\n  ') || '(no misses)'}`;
  return { tp, fp, fn, precision, recall, misses, summary };
}
