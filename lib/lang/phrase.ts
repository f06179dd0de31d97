// Rule knowledge as named entries (the shape every phrase table uses). An entry is one cue: a
// pattern over folded text (lower-case, no accents, straight apostrophes), a one-line note on what
// it means, sentences it must match and near-misses it must not. tests/unit/rules/phrases.test.ts
// runs every entry's examples and near-misses through the same matcher the rules use (Doc.matches).
import type { AskKind } from './types';

export interface Phrase {
  /** `<rule>.<lang>.<slug>`, unique across the project. */
  readonly id: string;
  /** What the cue means, in one line. */
  readonly note: string;
  /** A global pattern built with g(), gd() or nameBefore() (lib/lang/patterns.ts). */
  readonly re: RegExp;
  /** Sentences (our own words) in which the cue must be found. */
  readonly examples: readonly string[];
  /** Sentences close to the cue in which it must not be found. */
  readonly nearMisses: readonly string[];
}

/** A direct ask: its kind, and whether an offer in the same clause still leaves it an ask. */
export interface AskPhrase extends Phrase {
  readonly kind: AskKind;
  /** An offer in the same clause does not cancel it ("ti mando due righe e mi dici cosa ne pensi?"). */
  readonly firm?: boolean;
}

export const phrase = (p: Phrase): Phrase => p;
export const askPhrase = (p: AskPhrase): AskPhrase => p;

/** Alternatives of a pattern, one per line in the source: alt('a', 'b') is 'a|b'. */
export const alt = (...parts: string[]): string => parts.join('|');

/** A named list of words (folded forms) a rule reads token by token. */
export interface WordList {
  readonly id: string;
  readonly note: string;
  readonly words: readonly string[];
}

export const wordList = (w: WordList): WordList => w;
