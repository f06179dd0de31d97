// Property tests: analyze is total and deterministic on arbitrary strings,
// with the real dictionaries loaded, and every span lies inside the text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { loadSpellerSync } from '../../../lib/spelling/node';
import type { AnalysisContext, Report, Speller } from '../../../lib/types';

let speller: Speller;
beforeAll(() => { speller = loadSpellerSync(); });

function assertWellFormed(text: string, r: Report): void {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(['ready', 'improve', 'stop']).toContain(r.verdict);
  expect(['it', 'en']).toContain(r.lang);
  expect(r.checks.map((c) => c.id)).toEqual(['personalized', 'how-met', 'no-early-ask', 'spelling', 'gives-first', 'about-them', 'length', 'no-pitch', 'follow-up', 'honest', 'register']);
  for (const c of r.checks) {
    expect(typeof c.message).toBe('string');
    for (const s of c.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const m of r.misspelled) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.start).toBeLessThanOrEqual(m.end);
    expect(m.end).toBeLessThanOrEqual(text.length);
  }
}

function run(text: string, ctx?: AnalysisContext, kind: 'invite' | 'message' = 'invite'): void {
  const a = analyze({ text, kind }, ctx, speller);
  assertWellFormed(text, a);
  expect(analyze({ text, kind }, ctx, speller)).toEqual(a);
}

const pieces = fc.constantFrom(
  'Ciao ', 'Hi ', 'Marta', '{firstName}', '[Nome]', ', ', '. ', '? ', '!!! ', 'potresti ', 'could you ', 'my CV ',
  'posso presentarti ', 'ci siamo conosciuti al convegno ', 'your talk ', 'perchè ', 'pò ', 'NOME ', '🙂', '👩🏽‍💻', 'e\u0301',
  'שלום ', 'مرحبا ', '\u200f', '\u202e', '\u0000', '\u0007', '\ud800', '\udfff', '\n', '\t', 'www.x.it ', '@mario ', '#tag ',
  '   ', 'l’ho ', "dell'evento ", 'qual\'è ', 'https://a.b/c?d=e ', '100% ', '€ 5 ', 'LIMITED TIME ',
);

describe('analyze on arbitrary strings', () => {
  it('the empty string', () => run(''));
  it('unicode strings (emoji, combining marks, RTL, control chars, lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => run(s)), { numRuns: 150 });
  });
  it('UTF-16 code-unit soup (lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 300 }), (s) => run(s)), { numRuns: 150 });
  });
  it('drafts assembled from tricky pieces, with random contexts', () => {
    const ctx = fc.record({
      recipientName: fc.option(fc.constantFrom('Marta Neri', 'Ken', '', 'Ö', '{x}', 'Jean-Luc Picard'), { nil: undefined }),
      firstContact: fc.option(fc.boolean(), { nil: undefined }),
      justAccepted: fc.option(fc.boolean(), { nil: undefined }),
      noteLimit: fc.option(fc.constantFrom(200, 300, 0, -5, Number.NaN), { nil: undefined }),
      previousTexts: fc.option(fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }), { nil: undefined }),
      uiLang: fc.option(fc.constantFrom('it' as const, 'en' as const), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), ctx, fc.constantFrom('invite' as const, 'message' as const), (parts, c, kind) => run(parts.join(''), c, kind)), { numRuns: 200 });
  });
  it('a 100,000-character draft', () => {
    const unit = 'Ciao Marta, potresti girare il mio CV? 🙂 Hi, could you introduce me to your CEO? perchè ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    expect(text.length).toBe(100_000);
    run(text, { recipientName: 'Marta Neri' }, 'message');
    run('a'.repeat(100_000));
    // Long runs that once made unanchored patterns quadratic (a digit run took 38 s).
    for (const unit of ['1', '€', '%', 'a, ', 'AB ', '@a', '🙂']) run(unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));
  });
  it('survives hostile inputs that break the types', () => {
    const bad = [null, undefined, 42, {}, { text: 7 }, { text: 'ok', kind: 'weird' }] as unknown as Array<{ text: string; kind: 'invite' }>;
    for (const d of bad) {
      const r = analyze(d, { recipientName: 5 as unknown as string, disabledRules: 'x' as unknown as [] }, speller);
      assertWellFormed(typeof (d as { text?: unknown })?.text === 'string' ? (d as { text: string }).text : '', r);
    }
  });
});
