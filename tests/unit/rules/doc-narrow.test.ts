// Doc.matches runs most patterns on a narrow copy of the folded text (every character above U+00FF
// replaced by a Latin-1 stand-in) so that one emoji does not make every pattern slower. The copy must
// never change an answer: every phrase entry, on its own examples and near-misses with emoji, wide
// spaces, other scripts and symbols put in, finds exactly what it finds on the folded text itself.
import { describe, expect, it } from 'vitest';
import '../../../lib/lang';
import type { Phrase } from '../../../lib/lang/phrase';
import { languages } from '../../../lib/lang/registry';
import { Doc } from '../../../lib/rules/doc';
import type { Lang } from '../../../lib/types';

function phrases(): Phrase[] {
  const out = new Set<Phrase>();
  for (const l of languages()) {
    for (const group of Object.values(l.def.phrases).filter(Boolean)) {
      for (const v of Object.values(group as Record<string, unknown>)) {
        for (const e of Array.isArray(v) ? v : [v]) if (e && typeof e === 'object' && 're' in e) out.add(e as Phrase);
      }
    }
  }
  return [...out];
}

/** The same text with wide characters around and between its words. */
function widened(s: string, k: number): string[] {
  const words = s.split(' ');
  const at = (i: number, ins: string) => words.map((w, j) => (j === i % words.length ? w + ins : w)).join(' ');
  return [
    `${s} 😉`,
    `🎉 ${s}`,
    at(k, ' 👍🏽'),
    at(k + 1, '🙂'),
    words.join('\u3000'),
    words.join('\u2009'),
    at(k, ' — ok…'),
    at(k + 2, ' €'),
    `${s} Привет 你好`,
    at(k, '\u200d\ufe0f'),
  ];
}

/** A Doc whose patterns all run on the folded text (the behaviour before the narrow copy). */
function wideDoc(text: string, lang: Lang): Doc {
  const doc = new Doc(text, lang);
  Object.defineProperty(doc, 'narrow', { get: () => doc.folded });
  return doc;
}

describe('Doc.matches on the narrow copy', () => {
  const all = phrases();

  it('finds what the folded text gives, for every phrase entry, with wide characters in the text', () => {
    let compared = 0, found = 0;
    all.forEach((p, k) => {
      const lang = p.id.split('.')[1]! as Lang;
      for (const base of [...p.examples, ...p.nearMisses]) {
        for (const text of widened(base, k)) {
          const narrow = new Doc(text, lang).matches(p.re);
          expect(narrow, `${p.id}: ${text}`).toEqual(wideDoc(text, lang).matches(p.re));
          compared++;
          found += narrow.length;
        }
      }
    });
    expect(compared).toBeGreaterThan(3000);
    expect(found).toBeGreaterThan(500); // the variants still reach the cues
  });

  it('stands in for wide characters only, keeps the length, and keeps a line separator as written', () => {
    const doc = new Doc('Ciao Anna 😉 ci vediamo\u3000giovedì — a presto', 'it');
    const narrow = (doc as unknown as { narrow: string }).narrow;
    expect(narrow.length).toBe(doc.folded.length);
    expect([...narrow].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(narrow.slice(0, 10)).toBe(doc.folded.slice(0, 10));
    const sep = new Doc('Ciao Anna 😉\u2028ci vediamo', 'it');
    expect((sep as unknown as { narrow: string }).narrow).toBe(sep.folded);
  });
});
