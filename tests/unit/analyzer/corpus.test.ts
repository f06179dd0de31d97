// Accuracy gate on the labelled dev corpus (../shared/corpus/dev.jsonl):
// agreement ≥ 95% for personalized, how-met and no-early-ask, every draft
// evaluated as a first contact (the labels' convention). Prints the misses.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { analyze } from '../../../lib/analyzer';
import type { Speller } from '../../../lib/types';
import { evaluate, loadCorpus, type Agreement, type Row } from './corpus-eval';

const GATE = 0.95;
let rows: Row[];
let results: Agreement[];
let speller: Speller;

beforeAll(() => {
  rows = loadCorpus();
  speller = loadSpellerSync();
  results = evaluate(rows, speller);
  for (const a of results) {
    console.log(`${a.label}: ${a.agree}/${a.total} (${((100 * a.agree) / a.total).toFixed(1)}%)`);
    for (const m of a.misses) console.log(`  miss ${m}`);
  }
});

describe('dev corpus', () => {
  it('is there and large enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['invite', 'message']));
  });
  for (const label of ['personalized', 'how-met', 'no-early-ask']) {
    it(`${label} agrees with the labels on ≥ 95% of drafts`, () => {
      const a = results.find((r) => r.label === label)!;
      expect(a.agree / a.total, `misses:\n${a.misses.join('\n')}`).toBeGreaterThanOrEqual(GATE);
    });
  }
  it('gives every draft a verdict consistent with its blockers', () => {
    // Drafts that ask on first contact can never be "ready".
    const asking = rows.filter((r) => r.expect.earlyAsk);
    expect(asking.length).toBeGreaterThan(10);
    for (const r of asking) {
      const rep = analyze({ text: r.text, kind: r.kind }, { recipientName: r.recipient, firstContact: true }, speller);
      if (!rep.checks.find((c) => c.id === 'no-early-ask')!.pass) {
        expect(rep.verdict, r.id).toBe('stop');
        expect(rep.score, r.id).toBeLessThan(80);
      }
    }
  });
});
