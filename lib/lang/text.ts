// Text utilities for the analyzer. Pure, total, and length-preserving where it
// matters: `fold` maps each UTF-16 code unit to exactly one code unit, so an
// index found in the folded text is the same index in the user's text (spans
// stay exact for highlighting).
import type { Span } from '../types';

const ACCENTS: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a',
  è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i',
  ò: 'o', ó: 'o', ô: 'o', ö: 'o', õ: 'o',
  ù: 'u', ú: 'u', û: 'u', ü: 'u',
  ç: 'c', ñ: 'n',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '«': '"', '»': '"',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '–': '-', '—': '-',
};

/**
 * Lower-case, accent-free, straight-quoted copy of `s` with the same length.
 * Characters whose lower-case form is longer than one code unit are kept as is.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c === '`' ? "'" : c;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) { out += c; continue; }
    const lower = c.toLowerCase();
    const l = lower.length === 1 ? lower : c;
    out += ACCENTS[l] ?? l;
  }
  return out;
}

/** Fold for comparisons (names): accent- and case-insensitive, no length guarantee needed. */
export function key(s: string): string {
  return fold(s.normalize('NFC')).replace(/[^\p{L}\p{N}]/gu, '');
}

export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** Folded form (lower-case, no accents). */
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, folded: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index, end = start + m[0].length;
    out.push({ start, end, text: m[0], norm: folded.slice(start, end) });
  }
  return out;
}

/**
 * Sentences (and list lines) of the text as spans. Splits at . ! ? ; : … and line
 * breaks, but not inside numbers (40.000, 3.5), URLs/domains or common abbreviations.
 */
/** An emoji (with its modifiers, variation selectors and joined parts) right before a space. */
const EMOJI_END = /\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic})*(?=\s)/uy;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    let end = false;
    if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === ';' || c === '…') end = true;
    else if (c === '.' || c === ':') {
      const next = text[i + 1];
      // "40.000", "www.site.it", "https://", "e.g." — a dot followed by a non-space is not an end.
      end = next === undefined || /[\s"')\]»”]/.test(next);
    }
    else if (c >= '\u2600') {
      // An emoji before a space ends the sentence as a full stop would: "l'altra sera 🙌 btw sto cercando …".
      EMOJI_END.lastIndex = i;
      if (EMOJI_END.test(text)) { end = true; i = EMOJI_END.lastIndex - 1; }
    }
    if (end) {
      let j = i + 1;
      while (j < n && /[!?.…]/.test(text[j]!)) j++;
      if (j > start) pushTrimmed(text, start, j, out);
      start = j;
      i = j - 1;
    }
  }
  if (start < n) pushTrimmed(text, start, n, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Clauses inside a sentence: split at commas and contrastive conjunctions (ma, però, but, however). */
export function clauses(folded: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const re = /,|\s-\s|\b(?:ma|pero|tuttavia|but|however|though)\b/g;
  re.lastIndex = 0;
  const sub = folded.slice(sentence.start, sentence.end);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sub)) !== null) {
    pushTrimmedClause(sub, last, m.index, sentence.start, out);
    last = m.index + m[0].length;
  }
  pushTrimmedClause(sub, last, sub.length, sentence.start, out);
  return out;
}

function pushTrimmedClause(sub: string, s: number, e: number, base: number, out: Span[]): void {
  while (s < e && /\s/.test(sub[s]!)) s++;
  while (e > s && /\s/.test(sub[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/** All matches of the (global) regexes in `s` from `from` to `to`, as absolute spans. */
export function matchAll(res: readonly RegExp[], s: string, from = 0, to = s.length): Span[] {
  const out: Span[] = [];
  const sub = from === 0 && to === s.length ? s : s.slice(from, to);
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  return mergeSpans(out);
}

export function anyMatch(res: readonly RegExp[], s: string): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    if (re.test(s)) return true;
  }
  return false;
}

/** Sort and merge overlapping spans. */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [{ ...sorted[0]! }];
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!, last = out[out.length - 1]!;
    if (s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** Build a global regex from alternatives (folded, lower-case sources), word-bounded. */
export function words(alts: readonly string[], flags = 'g'): RegExp {
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, flags);
}
