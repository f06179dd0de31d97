// Every phrase entry of every registered language: its examples match, its near-misses do not,
// through the same matcher the rules use (Doc.matches: folded text, proper-noun groups, name-before).
// Also the table's hygiene: unique ids, a note, at least one example and one near-miss each,
// no two entries with the same pattern, no line in lib/ over 200 characters.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../lib/lang';
import type { Phrase, WordList } from '../../../lib/lang/phrase';
import { languages } from '../../../lib/lang/registry';
import type { LanguageDef } from '../../../lib/lang/types';
import { Doc } from '../../../lib/rules/doc';

type Entry = Phrase | WordList;
function entries(p: LanguageDef['phrases']): Entry[] {
  const out: Entry[] = [];
  for (const group of Object.values(p).filter(Boolean)) {
    for (const v of Object.values(group as Record<string, Entry | readonly Entry[]>)) out.push(...(Array.isArray(v) ? v : [v as Entry]));
  }
  return out;
}
const isPhrase = (e: Entry): e is Phrase => 're' in e;

const all = languages().flatMap((l) => entries(l.def.phrases).map((e) => ({ lang: l.lang, e })));
const unique = [...new Map(all.filter((x) => isPhrase(x.e)).map((x) => [x.e, x as { lang: string; e: Phrase }])).values()];
const lists = [
  ...all.map((x) => x.e).filter((e): e is WordList => !isPhrase(e)),
  ...languages().flatMap((l) => Object.values(l.def.words ?? {}) as WordList[]),
];

describe('phrase tables', () => {
  it('hold about 300 named entries in the shipped languages', () => {
    expect(unique.length).toBeGreaterThan(280);
  });

  it('give each entry a unique id, a note, an example and a near-miss', () => {
    const ids = new Map<string, number>();
    for (const { e } of unique) {
      ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
      expect(e.id, e.id).toMatch(/^[a-z-]+\.[a-z]{2,3}\.[a-z0-9-]+$/);
      expect(e.note.length, e.id).toBeGreaterThan(8);
      expect(e.examples.length, e.id).toBeGreaterThan(0);
      expect(e.nearMisses.length, e.id).toBeGreaterThan(0);
    }
    expect([...ids].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('give each word list an id, a note and distinct folded words', () => {
    expect(lists.length).toBeGreaterThanOrEqual(14);
    const ids = new Set<string>();
    for (const w of lists) {
      expect(ids.has(w.id), w.id).toBe(false);
      ids.add(w.id);
      expect(w.note.length, w.id).toBeGreaterThan(8);
      expect(w.words.length, w.id).toBeGreaterThan(0);
      expect(new Set(w.words).size, w.id).toBe(w.words.length);
      for (const word of w.words) expect(word, w.id).toBe(word.toLowerCase());
    }
  });

  it('never paste the same pattern twice (a cue two rules share is one entry)', () => {
    const bySource = new Map<string, string[]>();
    for (const { e } of unique) bySource.set(e.re.source, [...(bySource.get(e.re.source) ?? []), e.id]);
    const twice = [...bySource.values()].filter((ids) => ids.length > 1);
    expect(twice, JSON.stringify(twice)).toEqual([]);
  });

  for (const { lang, e } of unique) {
    it(`${e.id}: matches its examples, not its near-misses`, () => {
      for (const x of e.examples) expect(new Doc(x, lang as 'it').matches(e.re).length, `example: ${x}`).toBeGreaterThan(0);
      for (const x of e.nearMisses) expect(new Doc(x, lang as 'it').matches(e.re), `near-miss: ${x}`).toEqual([]);
    });
  }
});

describe('lib/ sources', () => {
  it('have no line over 200 characters (the analyzer, its languages and rules)', () => {
    const long: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) readFileSync(p, 'utf8').split('\n').forEach((l, i) => { if (l.length > 200) long.push(`${p}:${i + 1}`); });
      }
    };
    for (const d of ['lang', 'rules']) walk(join(__dirname, '../../../lib', d));
    for (const f of ['analyzer.ts', 'types.ts']) readFileSync(join(__dirname, '../../../lib', f), 'utf8').split('\n').forEach((l, i) => { if (l.length > 200) long.push(`${f}:${i + 1}`); });
    expect(long).toEqual([]);
  });
});
