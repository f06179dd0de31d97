// Mechanism written-words (lib/spelling/written.ts): a flagged word stays flagged only when a near word is one people write in
// outreach drafts, or a classic slip shape ties it to one. The list is built from the labelled drafts by npm run train:model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMechanisms } from '../../../lib/rules/mechanisms';
import { findMisspellings } from '../../../lib/spelling/check';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { allWritten, buildWrittenList, isWrittenWord, slipShape, writtenLanguage } from '../../../lib/spelling/written';
import type { Lang } from '../../../lib/types';
import { loadTrainingDrafts } from '../../../scripts/training-drafts';

const root = join(import.meta.dirname, '../../..');
const speller = loadSpellerSync();
const words = (text: string, lang: Lang) => findMisspellings(text, lang, speller).map((m) => m.word);
const withMechanism = (on: boolean, text: string, lang: Lang) => {
  setMechanisms({ 'written-words': on });
  return words(text, lang);
};
afterEach(() => setMechanisms({ 'written-words': true }));

describe('the written-word list', () => {
  it('is what the labelled drafts give (run npm run train:model after adding a batch)', () => {
    const shipped = JSON.parse(readFileSync(join(root, 'lib/spelling/written-words.json'), 'utf8')) as { langs: string[]; words: string[] };
    expect(shipped.words.length).toBeGreaterThan(5000);
    expect(shipped.langs).toEqual(['en', 'it']);
    const built = buildWrittenList(loadTrainingDrafts(root), speller);
    expect(shipped.langs).toEqual(built.langs);
    expect(shipped.words).toEqual(built.words);
  });

  it('keeps dictionary words seen twice or more, lowercased, and never a misspelling however often it is typed', () => {
    const drafts = [
      { lang: 'it', text: 'Ciao, ti scrivo per il Convegno. Grazie!' },
      { lang: 'it', text: "ciao, l'ultimo convegno è stato utile. grazie grazie interesante" },
      { lang: 'it', text: 'interesante davvero' },
      { lang: 'en', text: "I'm glad we met. I’m around." },
    ];
    const { langs, words: list } = buildWrittenList(drafts, speller);
    expect(langs).toEqual([]); // four drafts speak for no language
    expect(list).toEqual(expect.arrayContaining(['ciao', 'convegno', 'grazie', "i'm"]));
    expect(list).not.toContain('interesante'); // typed twice, but a misspelling
    expect(list).not.toContain('utile'); // seen once
    expect(list).toEqual([...list].sort());
  });

  it('speaks only for the languages it was built from', () => {
    expect(writtenLanguage('it')).toBe(true);
    expect(writtenLanguage('en')).toBe(true);
    expect(writtenLanguage('eo')).toBe(false);
  });

  it('reads a run-together suggestion as written only when both words are', () => {
    expect(isWrittenWord('Grazie')).toBe(true);
    expect(allWritten('a presto')).toBe(true);
    expect(allWritten('a qzxw')).toBe(false);
    expect(allWritten('')).toBe(false);
  });
});

describe('classic slip shapes', () => {
  const shapes: Array<[typed: string, meant: string, note: string]> = [
    ['perche', 'perché', 'an accent dropped'],
    ['begginers', 'beginners', 'one letter doubled, another undoubled'],
    ['ecellente', 'eccellente', 'a letter undoubled'],
    ['recieve', 'receive', 'two neighbours swapped'],
    ['assolutamnte', 'assolutamente', 'a letter dropped inside'],
    ['conoscienza', 'conoscenza', 'an i added between c and e, the spelling of a sound'],
  ];
  const nearMisses: Array<[typed: string, meant: string, note: string]> = [
    ['rrogate', 'arrogate', 'the first letter dropped: rarely a slip'],
    ['harrogate', 'arrogate', 'a letter added'],
    ['configurator', 'configurato', 'a letter added at the end'],
    ['bianco', 'banco', 'an i added after another letter than c or g'],
    ['feltre', 'feltro', 'a letter replaced'],
    ['regolatorio', 'regola torio', 'a space dropped: the pair must be written words instead'],
  ];
  it.each(shapes)('%s for %s: %s', (typed, meant) => expect(slipShape(typed, meant)).toBe(true));
  it.each(nearMisses)('%s for %s is no slip shape: %s', (typed, meant) => expect(slipShape(typed, meant)).toBe(false));
});

describe('in findMisspellings', () => {
  it('lets a word pass whose near words nobody writes: a village, a dish (flagged with the mechanism off)', () => {
    for (const [text, lang, word] of [
      ['ci siamo visti alla sagra di montecchiaro domenica', 'it', 'montecchiaro'],
      ['abbiamo mangiato i crostelli della nonna', 'it', 'crostelli'],
    ] as const) {
      expect(withMechanism(false, text, lang)).toEqual([word]);
      expect(withMechanism(true, text, lang)).toEqual([]);
    }
  });

  it('keeps flagging slips on written words, slip shapes and keyboard mash', () => {
    expect(withMechanism(true, 'ti scrivo per la intervusta di ieri', 'it')).toEqual(['intervusta']);
    expect(withMechanism(true, 'thanks for the oppurtunity to talk, we mett at the expo', 'en')).toEqual(['oppurtunity', 'mett']);
    expect(withMechanism(true, 'sono assolutamnte disponibile', 'it')).toEqual(['assolutamnte']);
    expect(withMechanism(true, 'i work on xqzvtorb boards', 'en')).toEqual(['xqzvtorb']);
  });

  it('has a known price: a slip with no classic shape on a word nobody wrote twice passes', () => {
    expect(withMechanism(false, 'we love performwing live', 'en')).toEqual(['performwing']);
    expect(withMechanism(true, 'we love performwing live', 'en')).toEqual([]);
  });
});

describe('a third language shipped with a dictionary (CONTRIBUTING, "Add a language", step 4)', () => {
  // A stub Esperanto dictionary: the written-word list has no Esperanto, so the mechanism stands aside and a slip whose
  // near word nobody wrote in the labelled drafts stays flagged; the jargon lookups fall back to the shared words.
  const words = new Set(['saluton', 'mi', 'serĉas', 'laboron', 'en', 'via', 'firmao', 'kaj']);
  const eo = {
    correct: (w: string) => words.has(w.toLowerCase()),
    suggest: (w: string) => (['laborom', 'labor'].includes(w.toLowerCase()) ? ['laboron'] : []),
  };
  const check = (text: string) => findMisspellings(text, 'eo' as Lang, { eo } as Parameters<typeof findMisspellings>[2]).map((m) => m.word);

  it('flags its slips with the mechanism on, and reads the shared jargon', () => {
    expect(writtenLanguage('eo')).toBe(false);
    setMechanisms({ 'written-words': true });
    expect(check('Saluton, mi serĉas laborom en via firmao kaj onboarding.')).toEqual(['laborom']);
    // The shared jargon words (onboarding) and their plurals (webinars) are words here too.
    expect(check('Saluton, mi serĉas laboron en via firmao kaj onboarding kaj webinars.')).toEqual([]);
  });

  it('reads English as its other language: an English word in it is no slip, with the English dictionary loaded', () => {
    const en = loadSpellerSync().en;
    const both = (text: string) => findMisspellings(text, 'eo' as Lang, { eo, en } as Parameters<typeof findMisspellings>[2]).map((m) => m.word);
    expect(both('Saluton, mi serĉas laboron en via firmao, labor kaj laborom.')).toEqual(['laborom']);
    expect(check('Saluton, mi serĉas laboron en via firmao, labor kaj laborom.')).toEqual(['labor', 'laborom']);
  });
});
