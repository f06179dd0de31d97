// The word families added after the blind batches 2026-12-a/b/c (NOTES-spell.md, section C):
// English words built from dictionary words (closed compounds, verb + particle nouns, -able,
// -ize/-ise, -icist, -oid), the crono-/fono- prefixes, clippings, lowercase software names and
// their conferences, and the run-together "avvolte" (a volte). For each: examples that must
// pass and near-misses (real typos) that must still flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMechanisms } from '../../../lib/rules/mechanisms';
import { findMisspellings, oneSlipFromWord } from '../../../lib/spelling/check';
import { TECH_NAMES, isJargon } from '../../../lib/spelling/jargon';
import { isEnglishBuilt, isItalianBuilt } from '../../../lib/spelling/realtext';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpellerSync } from '../../../lib/spelling/node';
import type { Lang } from '../../../lib/types';

const speller = loadSpellerSync();
const flagged = (text: string, lang: Lang) => findMisspellings(text, lang, speller).map((m) => m.word);
const first = (text: string, lang: Lang) => findMisspellings(text, lang, speller).map((m) => [m.word, m.suggestions[0]]);
const en = (w: string) => `We talked about ${w} at the meeting.`;


// These tests measure the hand-made readings on their own, as mechanisms.test.ts does: the written-words mechanism (which only
// lets more words pass, lib/spelling/written.ts) is switched off here and measured in written.test.ts.
beforeAll(() => setMechanisms({ 'written-words': false }));
afterAll(() => setMechanisms({ 'written-words': true }));

describe('English words built from dictionary words', () => {
  it('accepts closed compounds, particle nouns, -able, -ize/-ise, -icist and -oid forms', () => {
    for (const w of ['stormwater', 'lakefront', 'signup', 'signups', 'mockups', 'walkthrough', 'rollouts', 'decarbonization', 'decarbonisation', 'kickoffs', 'compostable', 'anonymised', 'anonymized', 'anonymising',
      'informaticist', 'organoids', 'organoid']) {
      expect(flagged(en(w), 'en'), w).toEqual([]);
    }
  });

  it('accepts a compound with a three-letter content word only when the split is the dictionary\'s best reading', () => {
    for (const w of ['linocut', 'drylining', 'airtightness', 'showreel']) expect(flagged(en(w), 'en'), w).toEqual([]);
    // ref + feral and wends + day glue into words, but the dictionary reads them as referral and a run-together day.
    for (const w of ['refferal', 'wendsday', 'foryou', 'oneday']) expect(flagged(en(w), 'en'), w).toEqual([w]);
  });

  it('still flags run-together function words and typos one slip from a word', () => {
    // every/each/even/thank are function words; wellcome, agreable, stormwatter are one slip from a word;
    // accessable has a real -ible form; publically is public + ally (a suffix, not a word here); generalust and wackaging
    // are compounds one letter from generalist and packaging; reviewins is not a particle noun (no -in/-ins).
    for (const w of ['everytime', 'eventhough', 'eachother', 'wellcome', 'agreable', 'accessable', 'publically', 'compostible',
      'informatcist', 'stormwatre', 'anonimised', 'generalust', 'wackaging', 'reviewins']) {
      expect(flagged(en(w), 'en'), w).toEqual([w]);
    }
  });

  it('never passes a typo of a dictionary word: every one-edit mutant the built-word rule would read as built still flags', () => {
    // One deletion, insertion, replacement or swap of each 6+ letter word of the English word list (fixed seed).
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const file = join(import.meta.dirname, '../../fixtures/hunspell/en.words.txt');
    const words = readFileSync(file, 'utf8').split('\n').filter((w) => /^[a-z]{6,}$/.test(w) && speller.en.correct(w));
    const here = (w: string) => speller.en.correct(w);
    let built = 0;
    for (const w of words) {
      for (let k = 0; k < 6; k++) {
        const i = Math.floor(rnd() * w.length);
        const c = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]!;
        const op = k % 4;
        const m = op === 0 ? w.slice(0, i) + w.slice(i + 1) : op === 1 ? w.slice(0, i) + c + w.slice(i)
          : op === 2 ? w.slice(0, i) + c + w.slice(i + 1) : w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2);
        if (m === w || here(m) || speller.it.correct(m)) continue;
        if (!isEnglishBuilt(m, here) && !isEnglishBuilt(m.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1'), here)) continue;
        built++;
        expect(flagged(`I think that ${m} is the point here.`, 'en'), `${m} (from ${w})`).toEqual([m]);
      }
    }
    // generalust (general + lust), reviewins (review + ins), wackaging, stormwatre… are among them.
    expect(built).toBeGreaterThanOrEqual(5);
  });

  it('applies to English drafts only: in Italian a run-together English pair is not built', () => {
    expect(flagged('Abbiamo parlato di stormwaterr ieri.', 'it')).toEqual(['stormwaterr']);
  });
});

describe('Italian -izzare/-izzazione and -abile forms on a word of either language', () => {
  it('accepts them', () => {
    expect(flagged('Lavoriamo sulla tokenizzazione e sulla decarbonizzazione dei processi.', 'it')).toEqual([]);
    expect(flagged('Forniamo bicchieri compostabili ai bar.', 'it')).toEqual([]);
  });

  it('accepts an English verb given an Italian ending, not a slip on an Italian verb', () => {
    expect(flagged('Ti volevo pitchare la nostra idea, ho già matchato il tuo profilo e sto forwardando la mail.', 'it')).toEqual([]);
    expect(flagged('Ho contatato il cliente e organizato la cena.', 'it')).toEqual(['contatato', 'organizato']);
  });

  it('flags typos that one slip or one replaced letter turns into an Italian word, and -abile where -ibile exists', () => {
    for (const w of ['prowabile', 'realizzazzione', 'organizzazone', 'accessabile', 'tokenizazione']) {
      expect(flagged(`Parliamo di ${w} domani.`, 'it'), w).toEqual([w]);
    }
  });

  it('never passes a one-edit mutant of an Italian word that the rule would read as built', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const file = join(import.meta.dirname, '../../fixtures/hunspell/it.words.txt');
    const words = readFileSync(file, 'utf8').split('\n').filter((w) => /^[a-zàèéìòù]{6,}$/.test(w) && speller.it.correct(w));
    const it_ = (w: string) => speller.it.correct(w);
    const en_ = (w: string) => speller.en.correct(w);
    let built = 0;
    for (const w of words) {
      for (let k = 0; k < 8; k++) {
        const i = Math.floor(rnd() * w.length);
        const c = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]!;
        const op = k % 4;
        const m = op === 0 ? w.slice(0, i) + w.slice(i + 1) : op === 1 ? w.slice(0, i) + c + w.slice(i)
          : op === 2 ? w.slice(0, i) + c + w.slice(i + 1) : w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2);
        if (m === w || it_(m) || en_(m) || !isItalianBuilt(m, it_, en_)) continue;
        built++;
        expect(flagged(`Penso che ${m} sia il punto.`, 'it'), `${m} (from ${w})`).toEqual([m]);
      }
    }
    expect(built).toBeGreaterThanOrEqual(1);
  });
});

describe('Italian and science prefixes (crono-, fono-, neuro-, socio-…)', () => {
  it('accepts crono + word, flags its typos', () => {
    expect(flagged('Le mando il cronoprogramma dei lavori.', 'it')).toEqual([]);
    expect(flagged('Pannelli fonoassorbenti in sala.', 'it')).toEqual([]);
    expect(flagged('Le mando il cronoprogrmma dei lavori.', 'it')).toEqual(['cronoprogrmma']);
    expect(flagged('Le mando il cronoprogramam dei lavori.', 'it')).toEqual(['cronoprogramam']);
    // The science prefixes of the same family (neuro-, socio-, cardio-, immuno-…).
    expect(flagged('Lavoro nel neuromarketing e in un servizio sociosanitario.', 'it')).toEqual([]);
    expect(flagged('We run neuromarketing tests and immunoprofiling work.', 'en')).toEqual([]);
    expect(flagged('Lavoro nel neuromarketnig e in un servizio sociosanitraio.', 'it')).toEqual(['neuromarketnig', 'sociosanitraio']);
    // audio-, eno-, aperi- (batches cg-ct): the rest must still be a word.
    expect(flagged("Noleggiamo audioguide per l'enoturismo e l'apericena.", 'it')).toEqual([]);
    expect(flagged("Noleggiamo audiogiude per l'enoturissmo.", 'it')).toEqual(['audiogiude', 'enoturissmo']);
  });
});

describe('clippings, sports nouns and lowercase software names', () => {
  it('accepts them in both languages', () => {
    for (const t of ['send me the repo and I will show it to every junior dev', 'a biomed student asked about kubernetes and vuejs',
      'see you at pycon and kubecon, then jsconf']) {
      expect(flagged(t, 'en'), t).toEqual([]);
    }
    expect(flagged('Ci siamo visti al torneo di padel, poi al meetup su kubernetes.', 'it')).toEqual([]);
  });

  it('accepts the plural of a lowercase acronym of the list (kpis, apis, okrs)', () => {
    expect(flagged('we reviewed the kpis, the okrs and two apis', 'en')).toEqual([]);
    expect(flagged('we reviewed the kpiss', 'en')).toEqual(['kpiss']);
  });

  it('keeps the typos of those words flagged', () => {
    for (const w of ['kubernets', 'kuberentes', 'biomedd', 'repoo', 'pyconn']) expect(flagged(en(w), 'en'), w).toEqual([w]);
  });

  it('lists only software names no typing slip turns into a word of either dictionary', () => {
    const word = (w: string) => speller.en.correct(w) || speller.it.correct(w);
    for (const n of TECH_NAMES) {
      expect(word(n), n).toBe(false);
      expect(oneSlipFromWord(n, word), n).toBe(false);
      expect(isJargon(n, 'en') && isJargon(n, 'it'), n).toBe(true);
    }
    expect(isJargon('pycon', 'en')).toBe(true);
    expect(isJargon('xyzcon', 'en')).toBe(false);
  });
});

describe('software names one slip from a word, in a draft about software', () => {
  it('accepts vue, jira, figma when the draft uses a word of the trade', () => {
    expect(flagged('hey marco loved your talk at the vue meetup on migrating a legacy app piece by piece', 'en')).toEqual([]);
    expect(flagged('Ho visto il tuo talk su vue e sul refactoring del frontend.', 'it')).toEqual([]);
    expect(flagged('we track the sprint in jira and the mockups live in figma', 'en')).toEqual([]);
  });

  it('flags them in a draft with no word of the trade (a slip for due, vie…)', () => {
    expect(flagged('the report is vue next week, thanks again', 'en')).toEqual(['vue']);
    expect(flagged('Ci sono vue posti liberi al corso.', 'it')).toEqual(['vue']);
  });
});

describe('"avvolte" for "a volte", read in context', () => {
  it('flags the adverbial run together, with "a volte" first', () => {
    expect(first('Avvolte basta poco.', 'it')).toEqual([['Avvolte', 'A volte']]);
    expect(first('ma avvolte non rispondo subito', 'it')).toEqual([['avvolte', 'a volte']]);
    expect(first('Mi capita, avvolte, di dimenticare.', 'it')).toEqual([['avvolte', 'a volte']]);
    expect(first('Ti scrivo perché avvolte capita.', 'it')).toEqual([['avvolte', 'a volte']]);
    expect(first('nel pronto soccorso: avvolte basterebbe una pausa', 'it')).toEqual([['avvolte', 'a volte']]);
  });

  it('leaves the participle alone (avvolte nella carta, sono avvolte in, erano avvolte dalla)', () => {
    for (const t of ['Le mani avvolte nella carta.', 'Le tazze sono avvolte in un panno.', 'Erano avvolte dalla nebbia.',
      'Due bottiglie avvolte con cura.', "Colline avvolte nell'ombra.", 'Avvolte nella carta, le tazze arrivano intere.']) {
      expect(flagged(t, 'it'), t).toEqual([]);
    }
  });
});
