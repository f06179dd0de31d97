// Sentence splitting (lib/lang/text.ts), which the rules read clause by clause: a how-met line must not
// share a sentence with a later question, or the question's request form would undo it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentences } from '../../../lib/lang/text';

const split = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('ends at . ! ? ; … and line breaks, not inside numbers, addresses or abbreviations before a non-space', () => {
    expect(split('Ciao Anna! Ci siamo visti a Roma. Come va?')).toEqual(['Ciao Anna!', 'Ci siamo visti a Roma.', 'Come va?']);
    expect(split('Costa 40.000 euro, vedi www.sito.it ora')).toEqual(['Costa 40.000 euro, vedi www.sito.it ora']);
    expect(split('Hi Tom\nGreat talk')).toEqual(['Hi Tom', 'Great talk']);
  });

  it('ends after an emoji followed by a space, with its modifiers and joined parts', () => {
    expect(split("Ci siamo conosciuti al PyData l'altra sera 🙌 btw sto cercando lavoro, mi passi il CV?"))
      .toEqual(["Ci siamo conosciuti al PyData l'altra sera 🙌", 'btw sto cercando lavoro, mi passi il CV?']);
    expect(split('Grazie 👍🏽 ci vediamo')).toEqual(['Grazie 👍🏽', 'ci vediamo']);
    expect(split('Team 👩‍💻 rocks')).toEqual(['Team 👩‍💻', 'rocks']);
    expect(split('Fine ❤️ davvero')).toEqual(['Fine ❤️', 'davvero']);
    // Not before a letter or at the very end.
    expect(split('Ciao🙂ciao e a presto 🙂')).toEqual(['Ciao🙂ciao e a presto 🙂']);
  });

  it('gives spans inside the text, in order, never empty, on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
      let last = 0;
      for (const s of sentences(t)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(t.length);
        last = s.end;
      }
    }));
  });
});
