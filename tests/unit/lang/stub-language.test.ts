// CONTRIBUTING.md, "Add a language", followed to the letter with a tiny stub (Esperanto, code
// 'eo'): one LanguageDef with its function words, greeting, negators, pronouns and a few phrases
// per rule, registered with registerLanguage(). Nothing else is edited. The analyzer must then
// detect the draft as 'eo', read its greeting and name, and judge it with the stub's phrases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, detectLanguage } from '../../../lib/analyzer';
import { g } from '../../../lib/lang/patterns';
import { askPhrase, phrase } from '../../../lib/lang/phrase';
import { language, registerLanguage, unregisterLanguage } from '../../../lib/lang/registry';
import type { LanguageDef } from '../../../lib/lang/types';
import type { Lang } from '../../../lib/types';

// Step 1 of the checklist: one object.
const eo: LanguageDef = {
  code: 'eo',
  name: 'Esperanto',
  stopwords: ['la', 'kaj', 'mi', 'vi', 'estas', 'en', 'al', 'por', 'kun', 'ne', 'saluton', 'dankon', 'via', 'vian', 'de'],
  greetings: ['saluton', 'kara'],
  notNames: ['cxiuj'],
  titles: ['s-ro', 's-ino'],
  negators: ['ne'],
  secondPerson: ['vi', 'via', 'vian'],
  firstPerson: ['mi', 'mia', 'mian'],
  phrases: {
    personalized: {
      specific: [phrase({
        id: 'personalized.eo.your-talk', note: 'Their talk or article, named',
        re: g('\\bvia(?:n)? (?:prelego|prelegon|artikolo|artikolon)\\b'),
        examples: ['Mi legis vian artikolon pri lernado.'], nearMisses: ['Mi legis artikolon pri lernado.'],
      })],
    },
    'how-met': {
      howMet: [phrase({
        id: 'how-met.eo.at-the-event', note: 'At a conference or meeting',
        re: g('\\ben la (?:konferenco|kunveno|renkontigxo)\\b'),
        examples: ['Ni parolis en la konferenco.'], nearMisses: ['Ni parolos pri la konferenco.'],
      })],
    },
    'no-early-ask': {
      directAsks: [askPhrase({
        id: 'no-early-ask.eo.please-send-me', note: 'Please send me (a job, a contact)', kind: 'favour',
        re: g('\\bbonvolu (?:sendi|doni) al mi\\b'),
        examples: ['Bonvolu sendi al mi laborofertojn.'], nearMisses: ['Mi volonte sendos al vi la liston.'],
      })],
    },
  },
};

describe('a language added by the checklist alone', () => {
  beforeAll(() => { registerLanguage(eo); });
  afterAll(() => { unregisterLanguage('eo'); });

  it('is registered and detected from its function words', () => {
    expect(language('eo')?.def.name).toBe('Esperanto');
    expect(detectLanguage('Saluton Ana, mi legis vian artikolon kaj mi estas en la kunveno.')).toBe('eo');
    // Italian and English drafts stay theirs.
    expect(detectLanguage('Ciao Anna, ci siamo conosciuti al convegno di Bologna.')).toBe('it');
    expect(detectLanguage('Hi Anna, we met at the Bologna conference last week.')).toBe('en');
  });

  it('judges a good note with its phrases: name, a detail, how you met, no ask', () => {
    const text = 'Saluton Ana, mi aŭskultis vian prelegon en la konferenco de Berlino. Dankon!';
    const r = analyze({ text, kind: 'invite' }, { recipientName: 'Ana Kovac' });
    expect(r.lang).toBe('eo' as Lang);
    const check = (id: string) => r.checks.find((c) => c.id === id)!;
    expect(check('personalized').pass).toBe(true);
    expect(text.slice(check('personalized').spans.at(-1)!.start, check('personalized').spans.at(-1)!.end)).toBe('vian prelegon');
    expect(check('how-met').pass).toBe(true);
    expect(check('no-early-ask').pass).toBe(true);
    // No dictionary for the stub: spelling does not apply. Messages fall back to English.
    expect(check('spelling').applies).toBe(false);
    expect(check('how-met').message).toMatch(/[a-z]/);
    expect(r.verdict).toBe('ready');
  });

  it('finds an ask and a wrong name with the shared machinery', () => {
    const r = analyze({ text: 'Saluton Petro, bonvolu sendi al mi laborofertojn.', kind: 'invite' }, { recipientName: 'Ana Kovac' });
    expect(r.checks.find((c) => c.id === 'no-early-ask')!.pass).toBe(false);
    expect(r.checks.find((c) => c.id === 'personalized')!.severity).toBe('error'); // Petro is not Ana
    expect(r.verdict).toBe('stop');
  });
});
