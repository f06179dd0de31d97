// The literal pre-filter of Doc.matches must never hide a match: for every language pattern
// and every labelled draft, a pattern the pre-filter skips finds nothing when run for real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/lang';
import { containsAnyLiteral, hoistBoundary, literalFilter, passesFilter, requiredLiterals, trigramBits } from '../../../lib/lang/patterns';
import { fold } from '../../../lib/lang/text';

/** Every pattern object of the registered languages. */
function languagePatterns(): Set<RegExp> {
  const patterns = new Set<RegExp>();
  const walk = (v: unknown): void => {
    if (v instanceof RegExp) patterns.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(LANGS);
  return patterns;
}

/** The folded texts of labelled drafts (JSON lines). */
const foldedTexts = (files: string[]): string[] =>
  files.flatMap((p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim())).map((l) => fold((JSON.parse(l) as { text: string }).text));

const lits = (src: string) => requiredLiterals(new RegExp(src, 'g'))?.lits ?? null;

describe('requiredLiterals', () => {
  it('reads unquantified literal runs and groups whose every alternative has one', () => {
    expect(lits('\\bho (?:visto|notato) (?:il )?(?:tuo|suo) profilo\\b')).toEqual([' profilo']);
    expect(lits('\\bsto cercando\\b[^.]{0,3}(?:lavor\\w*|impieg\\w*)')).toEqual(['sto cercando']);
    expect(lits('(?:grazie|thanks) mille|merci')).toEqual([' mille', 'merci']); // the most selective clause per alternative
    expect(lits('(?:grazie|thanks)(?:x|y)|merci')).toEqual(['grazie', 'thanks', 'merci']);
  });
  it('gives up where a match could contain none of them', () => {
    expect(lits('\\b(?:a|b)c')).toBeNull(); // runs shorter than 3
    expect(lits('foo(?:bar)?baz|qux+')).toBeNull(); // one alternative has no literal
    expect(lits('(?:abcd)?x')).toBeNull(); // optional group
    expect(lits('(?!abcd)\\w+')).toBeNull(); // lookahead
    expect(lits('[abc]def?')).toBeNull(); // 'de' only: 'f' is optional
    expect(requiredLiterals(/profilo/gi)).toBeNull(); // case-insensitive: not filtered
  });
});

describe('pre-filter soundness', () => {
  const patterns = languagePatterns();
  const rows = foldedTexts([join(__dirname, '../analyzer/paraphrases.jsonl')]);
  it('skips a pattern only when it cannot match', () => {
    let skipped = 0;
    const wrong: string[] = [];
    for (const text of rows) {
      const bits = trigramBits(text);
      for (const re of patterns) {
        const l = requiredLiterals(re);
        if (!l || containsAnyLiteral(text, bits, l)) continue;
        skipped++;
        if (new RegExp(re.source, re.flags.replace(/[gd]/g, '')).test(text)) wrong.push(`${re.source.slice(0, 60)} on ${text.slice(0, 60)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(rows.length * 10);
  });
});

describe('literalFilter', () => {
  const alts = (src: string) => literalFilter(new RegExp(src, 'g'))?.alts.map((a) => a.map((c) => c.lits)) ?? null;
  it('keeps every literal set an alternative needs, not only the most selective one', () => {
    expect(alts('\\bwould it help if i\\b|\\b(?:would|do) you like me to\\b')).toEqual([
      [['would it help if i']],
      [[' you like me to']], // "do" is shorter than a literal: the group gives no set
    ]);
    expect(alts('foo(?:bar)?baz|qux+')).toBeNull(); // one alternative has no literal
  });
  it('needs all the sets of one alternative in the text', () => {
    const f = literalFilter(/\bsend (?:you )?our (?:brochure|catalogue)\b|\bprice list\b/g)!;
    const ok = (t: string) => passesFilter(t, trigramBits(t), f);
    expect(ok('i can send you our brochure')).toBe(true);
    expect(ok('we send flowers to our friends')).toBe(false); // "send" and "our" are there, "brochure" and "catalogue" are not
    expect(ok('the price list is attached')).toBe(true);
  });
});

describe('hoistBoundary', () => {
  it('moves a word boundary that follows leading lookbehinds in front of them, and leaves anything else alone', () => {
    expect(hoistBoundary('(?<!were on )(?<!was on )\\b(?:a|grab) coffee')).toBe('\\b(?<!were on )(?<!was on )(?:a|grab) coffee');
    expect(hoistBoundary('(?<=\\bif (?:you|we) )\\bmight')).toBe('\\b(?<=\\bif (?:you|we) )might');
    expect(hoistBoundary('(?<!\\d)\\d+ ?%')).toBe('(?<!\\d)\\d+ ?%');
    expect(hoistBoundary('\\bgrab (?<!x)coffee')).toBe('\\bgrab (?<!x)coffee');
  });
});

/** "\\b(?<!a)(?<=b)x" → "(?<!a)(?<=b)\\bx": the pattern as its source was written. */
function unhoist(src: string): string {
  let i = 2;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    let depth = 0;
    for (let k = i; k < src.length; k++) {
      const c = src[k];
      if (c === '\\') { k++; continue; }
      if (c === '[') { for (k++; src[k] !== ']'; k++) if (src[k] === '\\') k++; continue; }
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) { i = k + 1; break; }
    }
  }
  return src.slice(2, i) + '\\b' + src.slice(i);
}

describe('finer pre-filter and hoisted boundaries: soundness on every pattern', () => {
  const patterns = languagePatterns();
  const texts = foldedTexts([join(__dirname, '../analyzer/paraphrases.jsonl'), join(__dirname, '../../fixtures/blind/2026-12-kf.jsonl')]);
  it('skips a pattern only when it cannot match, and finds the same matches as the pattern as written', () => {
    let skipped = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const bits = trigramBits(text);
      for (const re of patterns) {
        const f = literalFilter(re);
        const plain = new RegExp(re.source, re.flags.replace(/[d]/g, ''));
        if (f && !passesFilter(text, bits, f)) {
          skipped++;
          if (new RegExp(re.source, re.flags.replace(/[gd]/g, '')).test(text)) wrong.push(`filter: ${re.source.slice(0, 60)} on ${text.slice(0, 60)}`);
        }
        if (!re.source.startsWith('\\b(?<')) continue;
        // A hoisted pattern against its source as written (the boundary back after the lookbehinds).
        const written = new RegExp(unhoist(re.source), plain.flags);
        const a = [...text.matchAll(plain)].map((x) => x.index), b = [...text.matchAll(written)].map((x) => x.index);
        if (a.join() !== b.join()) wrong.push(`hoist: ${re.source.slice(0, 60)} on ${text.slice(0, 60)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(texts.length * 50);
  });
});
