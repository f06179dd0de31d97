// English cross-check with nspell (which loads dictionary-en fine; it cannot
// load dictionary-it): the same verdicts on the English word list kept in the
// repository (tests/fixtures/hunspell/en.words.txt) and on forms sampled from
// the English automaton plus one-edit mutations (mixed case aside).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import dictionaryEn from 'dictionary-en';
import { loadSpellerSync } from '../../../lib/spelling/node';

interface NSpell { correct(word: string): boolean }
const nspellModule = 'nspell';
const { default: nspell } = (await import(nspellModule)) as { default: (d: { aff: Uint8Array; dic: Uint8Array }) => NSpell };

describe('English agreement with nspell', () => {
  it('agrees on ≥ 99.5% of the listed words, sampled forms and mutations', () => {
    const ns = nspell(dictionaryEn);
    const en = loadSpellerSync().en;
    const words = new Set<string>();
    for (const w of readFileSync(join(import.meta.dirname, '../../fixtures/hunspell/en.words.txt'), 'utf8').split('\n')) if (w) words.add(w);
    let seed = 4242;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (let i = 0; i < 3000; i++) {
      const w = en.randomWord(rnd);
      if (!/^\p{L}+$/u.test(w)) continue;
      words.add(w);
      const j = Math.floor(rnd() * w.length);
      words.add(w.slice(0, j) + 'aeiourstln'.charAt(Math.floor(rnd() * 10)) + w.slice(j + 1));
    }
    // nspell folds mixed case loosely (it accepts ArT, lA); Hunspell and Garbo
    // do not, so only lowercase, Initcap and ALLCAPS words are compared.
    const list = [...words].filter((w) => w === w.toLowerCase() || w === w.toUpperCase() || w.slice(1) === w.slice(1).toLowerCase());
    const disagreements = list.filter((w) => en.correct(w) !== ns.correct(w));
    console.log(`[en] nspell agreement on ${list.length} words: ${disagreements.length} disagreements ${disagreements.slice(0, 30).join(' ')}`);
    expect(list.length).toBeGreaterThan(1000);
    expect(1 - disagreements.length / list.length).toBeGreaterThanOrEqual(0.995);
  });
});
