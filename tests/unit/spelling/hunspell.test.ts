// Agreement with real Hunspell (Debian's hunspell + hunspell-it + hunspell-en-us)
// on every distinct word of the seed texts and the dev corpus. The hunspell
// command line splits words at apostrophes, so elided forms (dell'evento) are
// compared by their parts, both sides seeing exactly the same strings.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadSpellerSync } from '../../../lib/spelling/node';
import type { Lang } from '../../../lib/types';
import { readCorpus, readSeeds } from './corpus';

const speller = loadSpellerSync();
const corpus = readCorpus();

/** Distinct word parts of a text: letter runs split at apostrophes and hyphens, as the CLI sees them. */
function parts(text: string, into: Set<string>): void {
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) into.add(m[0]);
}

const words: Record<Lang, Set<string>> = { it: new Set(), en: new Set() };
for (const s of readSeeds()) parts(s, words.it);
for (const c of corpus) parts(c.text, words[c.lang]);

/** Runs `hunspell -d <dict> -a` over the words; returns the words it rejects. */
function hunspellRejects(dict: string, list: string[]): Set<string> {
  const res = spawnSync('hunspell', ['-d', dict, '-a'], {
    input: list.map((w) => `^${w}\n`).join(''),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error || res.status !== 0) {
    throw new Error(
      `hunspell -d ${dict} -a could not run (${res.error?.message ?? `exit ${res.status}: ${res.stderr}`}). ` +
        'Install the Debian packages hunspell, hunspell-it and hunspell-en-us (see .ci/run).',
    );
  }
  const lines = res.stdout.split('\n');
  if (!lines[0]?.startsWith('@(#)')) throw new Error(`unexpected hunspell banner: ${lines[0]}`);
  // After the banner: for each input line, one result line per token, then a blank line.
  const rejected = new Set<string>();
  let i = 1;
  for (const w of list) {
    let bad = false;
    let results = 0;
    while (i < lines.length && lines[i] !== '') {
      const l = lines[i]!;
      if (l.startsWith('&') || l.startsWith('#')) bad = true;
      results++;
      i++;
    }
    i++; // the blank line
    if (results === 0) throw new Error(`hunspell gave no result for ${JSON.stringify(w)}`);
    if (bad) rejected.add(w);
  }
  return rejected;
}

describe.each([
  ['it', 'it_IT'],
  ['en', 'en_US'],
] as const)('Hunspell agreement (%s)', (lang, dict) => {
  const list = [...words[lang]].sort();
  const rejected = hunspellRejects(dict, list);

  it(`agrees with hunspell -d ${dict} on ≥ 99% of the ${list.length} distinct words`, () => {
    expect(list.length).toBeGreaterThan(lang === 'it' ? 1500 : 300);
    const disagreements: string[] = [];
    for (const w of list) {
      const ours = speller[lang].correct(w);
      const theirs = !rejected.has(w);
      if (ours !== theirs) disagreements.push(`${w}: garbo=${ours ? 'ok' : 'wrong'} hunspell=${theirs ? 'ok' : 'wrong'}`);
    }
    const rate = 1 - disagreements.length / list.length;
    console.log(`[${lang}] agreement ${(rate * 100).toFixed(2)}% (${list.length - disagreements.length}/${list.length}); disagreements:\n  ${disagreements.join('\n  ') || '(none)'}`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it('parses hunspell the way the corpus expects: every hunspellExtra word is rejected by it', () => {
    const extra = new Set<string>();
    for (const c of corpus) if (c.lang === lang) for (const w of c.hunspellExtra) if (/^\p{L}+$/u.test(w)) extra.add(w);
    expect(extra.size).toBeGreaterThan(3);
    const missing = [...extra].filter((w) => !rejected.has(w) && words[lang].has(w));
    expect(missing).toEqual([]);
  });
});

// The compiler itself, checked against Hunspell reading the very same npm
// .aff/.dic files (hunspell -d node_modules/dictionary-xx/index): forms picked
// at random from the automaton, one-edit mutations of them and case variants.
describe.each(['it', 'en'] as const)('same-files agreement with Hunspell (%s)', (lang) => {
  it('agrees on ≥ 99.9% of sampled forms, mutations and case variants', () => {
    let seed = lang === 'it' ? 20260 : 31337;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const d = speller[lang];
    const forms = new Set<string>();
    for (let i = 0; i < 60_000 && forms.size < 2000; i++) {
      const w = d.randomWord(rnd);
      if (/^\p{L}+$/u.test(w)) forms.add(w);
    }
    const letters = lang === 'it' ? 'aeioutrsnlcmèàù' : 'aeioutrsnlcmhy';
    const all = new Set<string>(forms);
    for (const w of forms) {
      const i = Math.floor(rnd() * w.length);
      const c = letters.charAt(Math.floor(rnd() * letters.length));
      const k = rnd();
      all.add(k < 0.33 ? w.slice(0, i) + w.slice(i + 1) : k < 0.66 ? w.slice(0, i) + c + w.slice(i) : w.slice(0, i) + c + w.slice(i + 1));
      all.add(rnd() < 0.5 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1));
    }
    const list = [...all].filter((w) => /^\p{L}+$/u.test(w));
    expect(forms.size).toBeGreaterThan(500);
    const res = spawnSync('hunspell', ['-d', `${REPO_ROOT}/node_modules/dictionary-${lang}/index`, '-l'], {
      input: list.join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (res.error || res.status !== 0) throw new Error(`hunspell -l could not run: ${res.error?.message ?? res.stderr}`);
    const rejected = new Set(res.stdout.split('\n'));
    const disagreements = list.filter((w) => d.correct(w) === rejected.has(w));
    console.log(`[${lang}] same-files agreement on ${list.length} words: ${disagreements.length} disagreements ${disagreements.slice(0, 30).join(' ')}`);
    expect(1 - disagreements.length / list.length).toBeGreaterThanOrEqual(0.999);
  });
});

// Elided forms as one word: the same npm files plus "WORDCHARS '" so that the
// hunspell command line keeps dell'evento whole, as the library does.
describe('elision agreement with Hunspell (it, same files, apostrophe as a word character)', () => {
  it('agrees on ≥ 99.9% of elided forms from the texts, generated elisions and mutations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'garbo-hunspell-'));
    try {
      copyFileSync(join(REPO_ROOT, 'node_modules/dictionary-it/index.dic'), join(dir, 'it.dic'));
      writeFileSync(join(dir, 'it.aff'), `${readFileSync(join(REPO_ROOT, 'node_modules/dictionary-it/index.aff'), 'utf8')}\nWORDCHARS '\n`);
      const d = speller.it;
      const list = new Set<string>();
      for (const text of [...readSeeds(), ...corpus.filter((c) => c.lang === 'it').map((c) => c.text)]) {
        for (const m of text.normalize('NFC').replace(/’/g, "'").matchAll(/\p{L}+(?:'\p{L}+)+/gu)) list.add(m[0]);
      }
      const fromTexts = list.size;
      let seed = 777;
      const rnd = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
        return seed / 0x80000000;
      };
      const heads = ["l'", "dell'", "all'", "nell'", "sull'", "dall'", "un'", "quest'", "quell'", "c'", "d'", "s'", "m'", "t'", "v'", "sant'", "bell'", "buon'", "coll'", "L'", "Dell'", "Un'", "ALL'", "DELL'"];
      for (let i = 0; i < 60_000 && list.size < fromTexts + 6000; i++) {
        const w = d.randomWord(rnd);
        if (!/^\p{L}+$/u.test(w) || !/^[aeiouhAEIOUHàèéìòù]/u.test(w)) continue;
        const h = heads[Math.floor(rnd() * heads.length)]!;
        const form = h === h.toUpperCase() && h !== h.toLowerCase() ? (h + w).toUpperCase() : h + w;
        list.add(form);
        if (rnd() < 0.3) list.add(h + w.charAt(0).toUpperCase() + w.slice(1));
        if (rnd() < 0.3) list.add(h + w.slice(0, -1));
      }
      const words = [...list];
      expect(fromTexts).toBeGreaterThan(30);
      const res = spawnSync('hunspell', ['-d', join(dir, 'it'), '-l'], { input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (res.error || res.status !== 0) throw new Error(`hunspell -l could not run: ${res.error?.message ?? res.stderr}`);
      const rejected = new Set(res.stdout.split('\n'));
      const disagreements = words.filter((w) => d.correct(w) === rejected.has(w));
      console.log(`[it] elision agreement on ${words.length} words (${fromTexts} from the texts): ${disagreements.length} disagreements ${disagreements.slice(0, 30).join(' ')}`);
      expect(1 - disagreements.length / words.length).toBeGreaterThanOrEqual(0.999);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
