// The compiled-dictionary runtime: membership with Hunspell's case rules,
// Italian elisions through the prefix table (both apostrophes), suggestions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../lib/spelling/dawg';
import { dictionaryPath, loadSpellerSync } from '../../../lib/spelling/node';

const { it: itDict, en: enDict } = loadSpellerSync();

describe('Italian membership', () => {
  it.each([
    ['casa', true], ['case', true], ['perché', true], ['più', true], ['lavorerei', true], ['opportunità', true],
    ["po'", true], ['settimana', true], ['conosciuti', true], ['pubblicato', true],
    ['perchè', false], ['piu', false], ['setimana', false], ['disponibilta', false], ['aproccio', false], ['xyzzy', false],
  ])('%s → %s', (w, ok) => expect(itDict.correct(w)).toBe(ok));

  it.each([
    ["dell'evento", true], ['dell’evento', true], ["l'ho", true], ['l’ho', true], ["un'amica", true], ['un’amica', true],
    ["all'interno", true], ["nell'ambito", true], ["sull'altra", true], ["quell'uomo", true], ["c'è", true], ["d'accordo", true],
    ["mezz'ora", true], ["l'Amico", true], ["dell'opportunità", true],
    ["un'altro", false], ["un'amico", false], ["dell'eveto", false], ["l'casa", false], ["dell'", false], ["'evento", false],
  ])('elision %s → %s', (w, ok) => expect(itDict.correct(w)).toBe(ok));

  it('follows Hunspell capitalization: lowercase entries accept Initcap and ALLCAPS', () => {
    for (const w of ['Casa', 'CASA', 'Perché', 'PERCHÉ', "Dell'evento", "DELL'EVENTO", "L'ABITO", 'L’amico']) expect(itDict.correct(w), w).toBe(true);
  });

  it('a Capitalized entry does not accept lowercase, and mixed case is not folded', () => {
    expect(itDict.correct('Abano')).toBe(true);
    expect(itDict.correct('ABANO')).toBe(true);
    expect(itDict.correct('abano')).toBe(false);
    expect(itDict.correct('cAsa')).toBe(false);
    expect(itDict.correct('CaSA')).toBe(false);
  });

  it('normalizes decomposed accents', () => {
    expect(itDict.correct('perche\u0301')).toBe(true);
  });
});

describe('English membership', () => {
  it.each([
    ['hello', true], ['Hello', true], ['HELLO', true], ["don't", true], ['don’t', true], ["client's", true], ['colour', false],
    ['definitely', true], ['definately', false], ['thier', false], ['iPhone', true], ['IPHONE', true], ['iphone', false],
  ])('%s → %s', (w, ok) => expect(enDict.correct(w)).toBe(ok));
});

describe('suggestions', () => {
  it.each([
    ['it', 'perche', 'perché'], ['it', 'setimana', 'settimana'], ['it', 'aproccio', 'approccio'], ['it', 'piu', 'più'],
    ['it', 'interresante', 'interessante'], ['it', 'impegnio', 'impegno'], ['it', 'daccordo', "d'accordo"],
    ['it', "dell'eveto", "dell'evento"], ['it', "del'evento", "dell'evento"], ['it', "nel'ambito", "nell'ambito"], ['it', 'Setimana', 'Settimana'], ['it', 'SETIMANA', 'SETTIMANA'],
    ['en', 'definately', 'definitely'], ['en', 'thier', 'their'], ['en', 'recieve', 'receive'], ['en', 'Beleive', 'Believe'],
  ] as const)('%s: %s → %s first', (lang, wrong, right) => {
    const d = lang === 'it' ? itDict : enDict;
    expect(d.suggest(wrong)[0]).toBe(right);
  });

  it('returns at most max suggestions, none equal to the input, all correct words', () => {
    for (const w of ['setimana', 'conisciuti', 'aproccio']) {
      const s = itDict.suggest(w, 3);
      expect(s.length).toBeGreaterThan(0);
      expect(s.length).toBeLessThanOrEqual(3);
      for (const x of s) {
        expect(x).not.toBe(w);
        expect(x.split(' ').every((p) => itDict.correct(p))).toBe(true);
      }
    }
    expect(itDict.suggest('setimana', 0)).toEqual([]);
  });

  it('proposes two words for a wrong elision apostrophe', () => {
    expect(itDict.suggest("qual'è")).toContain('qual è');
  });

  it('is total and deterministic on odd input', () => {
    for (const w of ['', "'", '\u0000', '\ud800', '😀😀', 'x'.repeat(1000), 'ab\u0301c', 'שלום', 'a-b']) {
      expect(() => itDict.correct(w)).not.toThrow();
      expect(itDict.suggest(w)).toEqual(itDict.suggest(w));
    }
  });
});

describe('loadDictionary', () => {
  it('loads from a Uint8Array at an unaligned offset and from an ArrayBuffer', () => {
    const bytes = readFileSync(dictionaryPath('en'));
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    expect(loadDictionary(padded.subarray(1), 'en').correct('hello')).toBe(true);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(loadDictionary(ab, 'en').correct('hello')).toBe(true);
  });

  it('never hangs or throws on damaged automaton bytes', () => {
    const bytes = new Uint8Array(readFileSync(dictionaryPath('en')));
    const jsonLen = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    let seed = 99;
    for (let i = 12 + jsonLen + 8; i < bytes.length; i += 7) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    const d = loadDictionary(bytes, 'en');
    for (const w of ['hello', 'zzzz', 'definately', 'a'.repeat(60)]) {
      expect(typeof d.correct(w)).toBe('boolean');
      expect(Array.isArray(d.suggest(w))).toBe(true);
    }
    expect(typeof d.randomWord(Math.random)).toBe('string');
  });

  it('rejects bytes that are not a dictionary, a truncated file, or the wrong language', () => {
    const bytes = readFileSync(dictionaryPath('en'));
    expect(() => loadDictionary(new Uint8Array([1, 2, 3]), 'en')).toThrow(/magic/);
    expect(() => loadDictionary(bytes.subarray(0, 2000), 'en')).toThrow(/truncated/);
    expect(() => loadDictionary(bytes, 'it')).toThrow(/not 'it'/);
  });
});
