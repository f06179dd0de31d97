// The literal pre-filter of Doc.matches must never hide a match: for every language pattern
// and every labelled draft, a pattern the pre-filter skips finds nothing when run for real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/lang';
import { containsAnyLiteral, requiredLiterals, trigramBits } from '../../../lib/lang/patterns';
import { fold } from '../../../lib/lang/text';

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
  const patterns = new Set<RegExp>();
  const walk = (v: unknown): void => {
    if (v instanceof RegExp) patterns.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(LANGS);
  const rows = [join(__dirname, '../analyzer/paraphrases.jsonl')]
    .flatMap((p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => fold((JSON.parse(l) as { text: string }).text));
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
