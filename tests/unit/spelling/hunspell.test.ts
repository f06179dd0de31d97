// Agreement with Hunspell, from the committed snapshot of its verdicts
// (tests/fixtures/hunspell/*.verdicts.json, made by scripts/hunspell-snapshot.mjs
// on the word lists beside them; CI regenerates it with
// `npm run hunspell:snapshot -- --check` and fails on any difference). No
// `hunspell` command is needed here: a bare clone runs this with Node alone.
//   - Debian's hunspell-it / hunspell-en-us on the distinct words of the texts
//     the project was built against and of its own fixtures (≥ 99%);
//   - hunspell reading the very same npm .aff/.dic files on forms sampled from
//     the automaton, one-edit mutations and case variants (≥ 99.9%);
//   - the same for elided forms with the apostrophe as a word character.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';

const DIR = join(import.meta.dirname, '../../fixtures/hunspell');
const speller = loadSpellerSync();

interface Snapshot { name: string; command: string; list: string; count: number; rejected: string[] }

function list(file: string): string[] {
  return readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.length > 0);
}

/** The words of a snapshot's list with Hunspell's verdict (true = accepted); checks the snapshot matches its list. */
function snapshot(name: string): { snap: Snapshot; words: string[]; accepted: (w: string) => boolean } {
  const snap = JSON.parse(readFileSync(join(DIR, `${name}.verdicts.json`), 'utf8')) as Snapshot;
  const words = list(snap.list);
  const rejected = new Set(snap.rejected);
  expect(snap.count, `${name}: the word list changed since the snapshot (npm run hunspell:snapshot)`).toBe(words.length);
  expect(new Set(words).size, `${name}: duplicate words`).toBe(words.length);
  const listed = new Set(words);
  expect(snap.rejected.filter((w) => !listed.has(w)), `${name}: rejected words not in the list`).toEqual([]);
  return { snap, words, accepted: (w) => !rejected.has(w) };
}

function agreement(lang: 'it' | 'en', name: string) {
  const { words, accepted } = snapshot(name);
  const d = speller[lang];
  const disagreements = words.filter((w) => d.correct(w) !== accepted(w)).map((w) => `${w}: garbo=${d.correct(w) ? 'ok' : 'wrong'}`);
  console.log(`[${name}] agreement on ${words.length} words: ${disagreements.length} disagreements ${disagreements.slice(0, 30).join(' ')}`);
  return { words, disagreements, rate: 1 - disagreements.length / words.length };
}

describe.each([
  ['it', 1500],
  ['en', 300],
] as const)("agreement with Debian's Hunspell (%s, snapshot)", (lang, least) => {
  it(`agrees on ≥ 99% of the distinct words of the texts`, () => {
    const a = agreement(lang, `${lang}.debian`);
    expect(a.words.length).toBeGreaterThan(least);
    expect(a.rate).toBeGreaterThanOrEqual(0.99);
  });

  it('reads the verdicts the right way round: the known names, acronyms and typos are rejected, common words accepted', () => {
    const { accepted } = snapshot(`${lang}.debian`);
    const bad = list(`${lang}.known-rejected.txt`);
    expect(bad.length).toBeGreaterThan(3);
    expect(bad.filter(accepted)).toEqual([]);
    const common = lang === 'it' ? ['ciao', 'grazie', 'lavoro', 'piacere'] : ['thanks', 'work', 'meeting', 'would'];
    expect(common.filter((w) => !accepted(w))).toEqual([]);
    // Garbo itself rejects the same known-bad words that are not names it takes from elsewhere.
    expect(bad.filter((w) => speller[lang].correct(w)).length).toBeLessThanOrEqual(Math.ceil(bad.length * 0.05));
  });
});

describe.each(['it', 'en'] as const)('same-files agreement with Hunspell (%s, snapshot)', (lang) => {
  it('agrees on ≥ 99.9% of sampled forms, mutations and case variants', () => {
    const a = agreement(lang, `${lang}.npm`);
    expect(a.words.length).toBeGreaterThan(3000);
    expect(a.rate).toBeGreaterThanOrEqual(0.999);
  });
});

describe('elision agreement with Hunspell (it, same files, apostrophe as a word character, snapshot)', () => {
  it('agrees on ≥ 99.9% of elided forms from the texts, generated elisions and mutations', () => {
    const a = agreement('it', 'it.elision');
    const fromTexts = list('it.elided.txt');
    expect(fromTexts.length).toBeGreaterThan(30);
    const inList = new Set(a.words);
    expect(fromTexts.filter((w) => !inList.has(w))).toEqual([]);
    expect(a.words.length).toBeGreaterThan(5000);
    expect(a.rate).toBeGreaterThanOrEqual(0.999);
  });
});
