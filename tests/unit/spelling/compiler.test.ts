// The dictionary compiler on a tiny hand-made Hunspell dictionary that uses
// the features the real ones use and a few they do not (FLAG long, NEEDAFFIX,
// FORBIDDENWORD, ONLYINCOMPOUND, NOSUGGEST, non-cross-product affixes, strip
// and bracket conditions, an elision class with strip): every candidate word
// gets the same verdict from Garbo as from hunspell reading the same files
// (tests/fixtures/hunspell/tiny.{aff,dic}; hunspell's verdicts are the
// committed snapshot tiny.verdicts.json, see scripts/hunspell-snapshot.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../scripts/build-dicts.mjs';
import { tinyCandidates } from '../../../scripts/hunspell-snapshot.mjs';
import { loadDictionary } from '../../../lib/spelling/dawg';

const FIX = join(import.meta.dirname, '../../fixtures/hunspell');
const AFF = readFileSync(join(FIX, 'tiny.aff'), 'utf8');
const DIC = readFileSync(join(FIX, 'tiny.dic'), 'utf8');

describe('compileDictionary on a tiny dictionary', () => {
  const { buf, stats } = compileDictionary(AFF, DIC, 'it');
  const d = loadDictionary(buf, 'it');

  it('keeps the apostrophe prefixes as a table and expands the rest', () => {
    expect(stats.classes).toBe(1);
    expect(stats.prefixRules).toBe(4);
    for (const w of ['cities', 'buses', 'walks', 'walked', 'unwalk', 'unwalks', 'rewalk', 'baked', 'rebake', 'unhappy', 'roots', "l'amico", "l'amicos", "l'Amico", "dell'ora", "L'ora", "DELL'ORA", 'NASA', 'NASAs']) {
      expect(d.correct(w), w).toBe(true);
    }
    for (const w of ['citys', 'busses', 'unwalked', 'rewalks', 'root', 'badword', 'compo', "l'walk", "dell'Amico", "L'Ora", 'Nasa', "un'amico"]) {
      expect(d.correct(w), w).toBe(false);
    }
  });

  it('agrees with hunspell on every candidate built from the roots and affixes', () => {
    const snap = JSON.parse(readFileSync(join(FIX, 'tiny.verdicts.json'), 'utf8')) as { count: number; rejected: string[] };
    const list = readFileSync(join(FIX, 'tiny.words.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
    expect(snap.count).toBe(list.length);
    // The snapshot covers every candidate built from the roots and affixes.
    expect(list).toEqual(tinyCandidates());
    const rejected = new Set(snap.rejected);
    const disagreements = list.filter((w) => d.correct(w) === rejected.has(w)).map((w) => `${w}: garbo=${d.correct(w) ? 'ok' : 'wrong'}`);
    expect(list.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(Buffer.from(compileDictionary(AFF, DIC, 'it').buf).equals(Buffer.from(buf))).toBe(true);
  });
});
