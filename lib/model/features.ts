// The learned reading's features (mechanism learned-model): the draft's words and word pairs, folded, with the
// recipient's and the sender's names replaced by two stand-ins, so that the model learns "a name is there", not names.
// Pure: the trainer (scripts/train-model.ts) and the analyzer read a draft through this one function. Words are folded and
// names matched the way the analyzer does (lib/lang: fold, nameParts, isNameOf): accents and case do not count, titles are no
// name, and a short form of the name written with a capital ("Fede" for Federica) is the name.
import { isNameOf, nameParts } from '../lang';
import { fold } from '../lang/text';

/** One feature of a draft: a word or two adjacent words, and where each occurrence is. */
export interface FeatureHits { key: string; spans: Array<{ start: number; end: number }> }

/** The stand-ins for the recipient's and the sender's name parts. */
export const NAME_TOKEN = 'zzname';
export const SENDER_TOKEN = 'zzme';

/** A word: two or more letters, digits or underscores (marks kept inside). One letter ("a", "l'") carries nothing. */
const WORD = /[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]+/gu;
/** At most this many words are read (a draft is bounded, but the reading must be too). */
export const MAX_MODEL_WORDS = 1500;

/**
 * A word is the name when it is one of its parts, or, written with a capital, a short or near form of it (isNameOf: "Fede",
 * "Nick"); a lowercase word that only begins like the name ("adattare" for Ada) is not.
 */
function isName(word: string, written: string, parts: readonly string[]): boolean {
  return parts.includes(word) || (/^\p{Lu}/u.test(written) && isNameOf(word, parts));
}

/** The features of a text, each with its occurrences, in the order first seen. */
export function draftFeatures(text: string, recipientName?: string, senderName?: string): FeatureHits[] {
  const them = nameParts(recipientName);
  const me = nameParts(senderName);
  const folded = fold(text);
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    const word = folded.slice(m.index, m.index + m[0].length);
    const w = isName(word, m[0], them) ? NAME_TOKEN : isName(word, m[0], me) ? SENDER_TOKEN : word;
    words.push({ w, start: m.index, end: m.index + m[0].length });
    if (words.length >= MAX_MODEL_WORDS) break;
  }
  const byKey = new Map<string, FeatureHits>();
  const add = (key: string, start: number, end: number) => {
    let hit = byKey.get(key);
    if (hit === undefined) byKey.set(key, (hit = { key, spans: [] }));
    hit.spans.push({ start, end });
  };
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    add(a.w, a.start, a.end);
    const b = words[i + 1];
    if (b !== undefined) add(`${a.w} ${b.w}`, a.start, b.end);
  }
  return [...byKey.values()];
}

/** How many words the features were read from (each word is one occurrence of a one-word feature). */
export function wordCount(hits: readonly FeatureHits[]): number {
  let n = 0;
  for (const hit of hits) if (!hit.key.includes(' ')) n += hit.spans.length;
  return n;
}

/** A feature the model knows: its place in the vocabulary and its value in this draft. */
export interface FeatureValue { hit: FeatureHits; index: number; value: number }

/** Sub-linear term frequency times idf, L2-normalized over the features the model knows (`index` finds them in `idf`). */
export function featureValues(hits: readonly FeatureHits[], index: (key: string) => number | undefined, idf: readonly number[]): FeatureValue[] {
  const out: FeatureValue[] = [];
  let norm = 0;
  for (const hit of hits) {
    const i = index(hit.key);
    if (i === undefined) continue;
    const value = (1 + Math.log(hit.spans.length)) * idf[i]!;
    out.push({ hit, index: i, value });
    norm += value * value;
  }
  if (norm > 0) {
    const n = Math.sqrt(norm);
    for (const o of out) o.value /= n;
  }
  return out;
}
