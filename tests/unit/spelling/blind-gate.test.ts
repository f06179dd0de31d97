// Spelling precision/recall gate over the blind batches: 80 drafts
// (tests/fixtures/spelling-blind.jsonl, 40 Italian, 40 English) written the
// way the dev corpus is and labelled before they were scored: sp1-* before
// the spelling code was read, sp2-* after sp1's fixes. Both ≥ 95% overall;
// misses printed. The first-try figures are in the README ("Spelling engine").
import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../../lib/spelling/check';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { readDrafts, spellingAgreement } from './drafts';

const speller = loadSpellerSync();
const drafts = readDrafts('spelling-blind.jsonl');

describe('spelling on the blind batches', () => {
  it('holds 80 drafts, half Italian, half English', () => {
    expect(drafts).toHaveLength(80);
    expect(drafts.filter((d) => d.lang === 'it')).toHaveLength(40);
  });

  it('precision and recall ≥ 95% against expect.misspelled', () => {
    const a = spellingAgreement(drafts, speller);
    console.log(`blind spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThan(30);
    expect(a.precision).toBeGreaterThanOrEqual(0.95);
    expect(a.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives at least one suggestion for every word it flags', () => {
    for (const c of drafts) {
      const flagged = findMisspellings(c.text, c.lang, speller, { names: [c.recipient, c.sender ?? ''] });
      for (const m of flagged) expect(m.suggestions.length, `${c.id} ${m.word}`).toBeGreaterThan(0);
    }
  });
});
