// Mechanism written-words: a typo is a slip on a word people write, not on any word a dictionary holds.
//
// A flagged word whose near words (the speller's suggestions within two edits) are all words nobody writes in outreach
// drafts ("arrogate" for a town, "feltro" for another, "demotico" for a trade adjective) is much more often a word the
// dictionary lacks than a slip. So a word is flagged only when one of its near words is a written word, or when it has a
// classic slip shape with one of them: a letter doubled or undoubled, two letters swapped, an accent dropped or added, a
// letter dropped inside the word.
//
// The written words are the dictionary words that occur at least WRITTEN_MIN_COUNT times in the labelled drafts
// (scripts/training-drafts.ts); `npm run train:model` writes them to written-words.json with the learned reading's
// weights, and tests/unit/spelling/written.test.ts checks the shipped list is what the batches give.
import { fold, tokenize } from '../lang/text';
import type { Speller, WordChecker } from '../types';
import data from './written-words.json';

export const WRITTEN_MIN_COUNT = 2;
/** Drafts a language needs before the list speaks for it (a handful would leave most of its words unwritten). */
export const WRITTEN_MIN_DRAFTS = 1000;

let written: ReadonlySet<string> | undefined;
let writtenLangs: ReadonlySet<string> | undefined;

/** Whether the list was built from drafts in `lang`: for another language the mechanism stands aside. */
export function writtenLanguage(lang: string): boolean {
  writtenLangs ??= new Set((data as { langs?: string[] }).langs ?? []);
  return writtenLangs.has(lang);
}

/** Whether people write `word` (lowercase) in outreach drafts, in either language. */
export function isWrittenWord(word: string): boolean {
  written ??= new Set((data as { words: string[] }).words);
  return written.has(word.toLowerCase().replace(/’/g, "'"));
}

/** Whether every part of a suggestion (a run-together pair comes back as two words) is a written word. */
export function allWritten(suggestion: string): boolean {
  const parts = suggestion.split(/\s+/).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every(isWrittenWord);
}

const single = (s: string): string => s.replace(/(\p{L})\1/gu, '$1');

/**
 * Whether `typed` reads as a classic slip on `meant` (both lowercase): the same letters but for accents, the same once
 * every doubled letter is single (begginers, reccomendations), two neighbours swapped, or one letter dropped anywhere but
 * first (assolutamnte). A dropped space is no slip shape: a run-together pair must be written words to count.
 */
export function slipShape(typed: string, meant: string): boolean {
  if (meant.includes(' ')) return false;
  const a = fold(typed), b = fold(meant);
  if (a === b || single(a) === single(b) || doublingOrSwap(a, b)) return true;
  // The ending spelt as it sounds: -tion for -sion (comprehention), -ance for -ence and -ant for -ent (independance, relevent),
  // -ible for -able (compostible).
  if (a.length === b.length && sameButEnding(a, b)) return true;
  // An i added between c or g and e, the spelling of a sound (conoscienza for conoscenza, cielo stays cielo).
  if (a.length === b.length + 1) {
    for (let i = 1; i + 1 < a.length; i++) {
      if (a[i] === 'i' && /[cg]/.test(a[i - 1]!) && a[i + 1] === 'e' && a.slice(0, i) + a.slice(i + 1) === b) return true;
    }
    return false;
  }
  if (b.length !== a.length + 1) return false;
  for (let i = 1; i < b.length; i++) if (b.slice(0, i) + b.slice(i + 1) === a) return true;
  return false;
}

const ENDING_SOUNDS = /(?:[ts](?=ions?$)|[ae](?=n(?:ce|ces|t|ts|tly|cy)$)|[ai](?=b(?:le|les|ly|ility|ilities)$))/u;
/** Same word but one letter of a sound-alike ending (t/s before -ion, a/e before -nce, -nt, -ntly, -ncy, a/i before -ble). */
function sameButEnding(a: string, b: string): boolean {
  const ma = ENDING_SOUNDS.exec(a), mb = ENDING_SOUNDS.exec(b);
  return !!ma && !!mb && ma.index === mb.index && ma[0] !== mb[0] && a.slice(0, ma.index) === b.slice(0, mb.index) && a.slice(ma.index + 1) === b.slice(mb.index + 1);
}

/** One letter doubled or undoubled, or two neighbours swapped: the typing slips a reader sees at once. */
export function doublingOrSwap(a: string, b: string): boolean {
  if (a.length === b.length + 1) [a, b] = [b, a];
  if (b.length === a.length + 1) {
    for (let i = 1; i < b.length; i++) {
      if (b[i] === b[i - 1] && b.slice(0, i) + b.slice(i + 1) === a) return true;
    }
    return false;
  }
  if (a.length !== b.length) return false;
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return false;
}

/**
 * The written-word list of a set of drafts: each word that the draft language's dictionary knows (as typed in lowercase or
 * capitalized), seen at least WRITTEN_MIN_COUNT times in all, sorted (misspellings in the drafts never enter it); and the
 * languages it speaks for, those with a dictionary and at least WRITTEN_MIN_DRAFTS drafts.
 */
export function buildWrittenList(drafts: ReadonlyArray<{ text: string; lang?: string }>, speller: Speller): { langs: string[]; words: string[] } {
  const counts = new Map<string, number>();
  const perLang = new Map<string, number>();
  for (const d of drafts) {
    const checker = (speller as Readonly<Record<string, WordChecker | undefined>>)[d.lang ?? ''];
    if (!checker) continue;
    perLang.set(d.lang!, (perLang.get(d.lang!) ?? 0) + 1);
    // The analyzer's words (lib/lang tokenize), lowercased, typographic apostrophes plain.
    for (const { text: raw } of tokenize(d.text, d.text)) {
      const w = raw.toLowerCase().replace(/’/g, "'");
      const seen = counts.get(w);
      if (seen !== undefined) {
        if (seen > 0) counts.set(w, seen + 1);
        continue;
      }
      const known = knows(checker, w) || knows(checker, w.charAt(0).toUpperCase() + w.slice(1));
      counts.set(w, known ? 1 : 0);
    }
  }
  const words = [...counts].filter(([, n]) => n >= WRITTEN_MIN_COUNT).map(([w]) => w).sort();
  const langs = [...perLang].filter(([, n]) => n >= WRITTEN_MIN_DRAFTS).map(([l]) => l).sort();
  return { langs, words };
}

function knows(checker: WordChecker, w: string): boolean {
  try {
    return checker.correct(w);
  } catch {
    return false;
  }
}
