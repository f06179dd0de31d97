// Spelling precision/recall gate over the dev corpus: the words
// findMisspellings flags (given the recipient's and sender's names) against
// the labelled `expect.misspelled` words. Both ≥ 95% overall; misses printed.
import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../../lib/spelling/check';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { readCorpus } from './corpus';

const speller = loadSpellerSync();
const corpus = readCorpus();

describe('spelling on the dev corpus', () => {
  it('precision and recall ≥ 95% against expect.misspelled', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const c of corpus) {
      const names = [c.recipient, c.sender ?? ''].filter(Boolean);
      const flagged = findMisspellings(c.text, c.lang, speller, { names });
      const got = flagged.map((m) => m.word.replace(/’/g, "'"));
      const want = c.expect.misspelled.map((w) => w.replace(/’/g, "'"));
      for (const m of flagged) expect(c.text.slice(m.start, m.end)).toBe(m.word);
      const left = [...want];
      for (const g of got) {
        const i = left.indexOf(g);
        if (i >= 0) {
          left.splice(i, 1);
          tp++;
        } else {
          fp++;
          misses.push(`${c.id}: false positive ${JSON.stringify(g)}`);
        }
      }
      for (const w of left) {
        fn++;
        misses.push(`${c.id}: missed ${JSON.stringify(w)}`);
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(`spelling: precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% (tp ${tp}, fp ${fp}, fn ${fn})\n  ${misses.join('\n  ') || '(no misses)'}`);
    expect(tp).toBeGreaterThan(20);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the right word first for the labelled corpus misspellings it flags', () => {
    // Sanity on real drafts: every flagged labelled word has suggestions.
    for (const c of corpus) {
      const flagged = findMisspellings(c.text, c.lang, speller, { names: [c.recipient, c.sender ?? ''] });
      for (const m of flagged) expect(m.suggestions.length, `${c.id} ${m.word}`).toBeGreaterThan(0);
    }
  });
});
