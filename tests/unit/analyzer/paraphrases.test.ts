// A second labelled set, written by us in the style of the dev corpus but with
// different people, phrasings and traps (formal Lei, slang, surveys, pitch
// statements, nicknames, 'do you know anyone at …'). It guards against rules
// that only fit the dev corpus. Labels follow the dev corpus conventions
// (earlyAsk evaluated as a first contact). Gate: ≥ 90% per label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Row } from './corpus-eval';

const rows = readFileSync(join(__dirname, 'paraphrases.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const results = evaluate(rows);

describe('paraphrase set', () => {
  it('covers both languages and both kinds', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['invite', 'message']));
  });
  for (const a of results) {
    it(`${a.label} agrees on ≥ 90%`, () => {
      if (a.misses.length) console.log(`${a.label} misses:\n${a.misses.join('\n')}`);
      expect(a.agree / a.total, a.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }
});
