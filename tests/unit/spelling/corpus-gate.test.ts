// Spelling precision/recall gate over the dev corpus: the words
// findMisspellings flags (given the recipient's and sender's names) against
// the labelled `expect.misspelled` words. Both ≥ 95% overall; misses printed.
import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../../lib/spelling/check';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { readCorpus, spellingAgreement } from './corpus';

const speller = loadSpellerSync();
const corpus = readCorpus();

describe('spelling on the dev corpus', () => {
  it('precision and recall ≥ 95% against expect.misspelled', () => {
    const a = spellingAgreement(corpus, speller);
    console.log(`spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThan(20);
    expect(a.precision).toBeGreaterThanOrEqual(0.95);
    expect(a.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the right word first for the labelled corpus misspellings it flags', () => {
    // Sanity on real drafts: every flagged labelled word has suggestions.
    for (const c of corpus) {
      const flagged = findMisspellings(c.text, c.lang, speller, { names: [c.recipient, c.sender ?? ''] });
      for (const m of flagged) expect(m.suggestions.length, `${c.id} ${m.word}`).toBeGreaterThan(0);
    }
  });
});
