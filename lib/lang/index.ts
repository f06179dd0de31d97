// Language registry, language detection, greetings, names and placeholders.
// Pure TypeScript (no DOM): runs in Node, the background and content scripts.
import type { Lang, Span } from '../types';
import { en } from './en';
import { it } from './it';
import { key, type Token } from './text';
import type { LangData } from './types';

export const LANGS: Readonly<Record<Lang, LangData>> = { it, en };

const STOP: Record<Lang, Set<string>> = { it: new Set(it.stopwords), en: new Set(en.stopwords) };
const IT_ENDINGS = /(?:zione|zioni|mente|issimo|issima|ando|endo|etto|etta|ggi|gli|cch|zz)$/;
const EN_ENDINGS = /(?:ing|tion|ly|ed|'s|ness|ful|ship|ough|th|wh)$/;

export interface Detected {
  lang: Lang;
  /** Evidence per language (stopwords count 1, endings and accented letters less). */
  scores: Record<Lang, number>;
}

/**
 * Italian or English, by stopwords first, then letters and word endings.
 * Mixed drafts go to the language with more evidence; no evidence at all goes to
 * `fallback` (the UI language), so a two-word note does not flip at random.
 */
export function detectLang(tokens: readonly Token[], text: string, fallback: Lang = 'en'): Detected {
  let si = 0, se = 0;
  const n = Math.min(tokens.length, 200); // 200 words settle the language; longer drafts need no more
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.norm;
    if (STOP.it.has(w)) si += 1;
    if (STOP.en.has(w)) se += 1;
    if (w.length > 3) {
      if (IT_ENDINGS.test(w)) si += 0.3;
      else if (EN_ENDINGS.test(w)) se += 0.3;
      const last = w.charCodeAt(w.length - 1);
      // a, e, i, o: most Italian words end in a vowel
      if (last === 97 || last === 101 || last === 105 || last === 111) si += 0.15;
    }
    if (w.startsWith("i'") || w.endsWith("n't") || w.endsWith("'re") || w.endsWith("'s") || w.endsWith("'ll")) se += 0.5;
  }
  const end = n > 0 ? tokens[n - 1]!.end : 0;
  let acc = 0;
  for (let i = 0; i < end && acc < 10; i++) {
    const c = text.charCodeAt(i);
    // à è é ì ò ù (and capitals)
    if (c === 224 || c === 232 || c === 233 || c === 236 || c === 242 || c === 249 || c === 192 || c === 200 || c === 201) acc++;
  }
  si += acc * 0.5;
  const scores = { it: Math.round(si * 100) / 100, en: Math.round(se * 100) / 100 };
  const lang: Lang = si > se ? 'it' : se > si ? 'en' : fallback;
  return { lang, scores };
}

// ---- greetings and names ------------------------------------------------------------

const GREETINGS = [...new Set([...it.greetings, ...en.greetings])].sort((a, b) => b.length - a.length);
const GREETING_RE = new RegExp(`(?:${GREETINGS.join('|')})(?![\\w'])`, 'y');
const NOT_NAMES = new Set([...it.notNames, ...en.notNames]);
const GROUP_WORDS = new Set(['team', 'folks', 'people', 'everyone', 'crew', 'squad', 'staff', 'tutti', 'ragazzi', 'ragazze', 'family', 'friends', 'community', 'group', 'gruppo']);
const TITLES = new Set([...it.titles, ...en.titles].map((t) => t.replace(/\./g, '')));

export interface Greeting {
  /** The greeting word(s), e.g. "Ciao". Absent for a bare vocative ("Susan, …"). */
  greeting?: Span;
  /** The word addressed (a name or a placeholder), when there is one. */
  name?: Span & { text: string };
}

/**
 * The opening greeting of the draft and the word it addresses. Looks at the start
 * of the text and of its first lines (a note may start with an emoji or a line break).
 */
export function findGreeting(text: string, folded: string, tokens: readonly Token[]): Greeting | null {
  const limit = Math.min(text.length, 300);
  const starts: number[] = [];
  for (let i = 0; i < limit; i++) {
    if (i === 0 || text[i - 1] === '\n') {
      let j = i;
      while (j < limit && !/[\p{L}\p{N}{[<#%]/u.test(text[j]!)) j++;
      if (j < limit) starts.push(j);
      if (starts.length >= 3) break;
    }
  }
  for (const s of starts) {
    GREETING_RE.lastIndex = s;
    const m = GREETING_RE.exec(folded);
    if (m) {
      const gSpan: Span = { start: s, end: s + m[0].length };
      return { greeting: gSpan, name: addressee(text, tokens, gSpan.end) };
    }
    // Bare vocative: "Susan, …" — a capitalized first word followed by a comma.
    const tok = tokenAt(tokens, s);
    if (tok && /^\p{Lu}/u.test(tok.text) && /^\s*,/.test(text.slice(tok.end, tok.end + 3)) && !NOT_NAMES.has(tok.norm)
        && !STOP.it.has(tok.norm) && !STOP.en.has(tok.norm)) {
      return { name: { start: tok.start, end: tok.end, text: tok.text } };
    }
  }
  return null;
}

function tokenAt(tokens: readonly Token[], pos: number): Token | undefined {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return t;
  }
  return tokens[lo] && tokens[lo]!.start >= pos ? tokens[lo] : undefined;
}

function addressee(text: string, tokens: readonly Token[], from: number): (Span & { text: string }) | undefined {
  // A placeholder right after the greeting: "Ciao {firstName}", "Hi [Name]".
  const rest = text.slice(from, from + 60);
  const lead = /^[\s,]*/.exec(rest)![0].length;
  for (const re of PLACEHOLDER_RES) {
    const r = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    r.lastIndex = lead;
    const m = r.exec(rest);
    if (m) return { start: from + lead, end: from + lead + m[0].length, text: m[0] };
  }
  // Only spaces and commas may stand between the greeting and the name.
  if (!/^[\s,]*\p{L}/u.test(rest)) return undefined;
  let tok = tokenAt(tokens, from);
  let guard = 0;
  while (tok && TITLES.has(tok.norm.replace(/\./g, '')) && guard++ < 3) {
    tok = tokenAt(tokens, tok.end + (text[tok.end] === '.' ? 1 : 0));
  }
  if (!tok || NOT_NAMES.has(tok.norm)) return undefined;
  if (tok.start - from > 20) return undefined;
  // "Hi Acme team", "Ciao ragazzi di Acme": a group, not a person.
  const next = tokens[tokens.indexOf(tok) + 1];
  if (next && GROUP_WORDS.has(next.norm) && /^\s+$/.test(text.slice(tok.end, next.start))) return undefined;
  return { start: tok.start, end: tok.end, text: tok.text };
}

/** Recipient (or sender) name parts, folded, without titles. */
export function nameParts(full: string | undefined): string[] {
  if (!full || typeof full !== 'string') return [];
  return full.split(/[\s\-.,]+/u).map(key).filter((p) => p.length >= 2 && !TITLES.has(p));
}

/** Does `word` name the person whose parts are `parts`? Accent/case-insensitive; nicknames by prefix (≥ 3 letters). */
export function isNameOf(word: string, parts: readonly string[]): boolean {
  const w = key(word);
  if (w.length < 2) return false;
  for (const p of parts) {
    if (w === p) return true;
    if (w.length >= 3 && p.length >= 3 && (p.startsWith(w) || w.startsWith(p))) return true;
    // One letter more or less: Nik/Nick, Gracie/Grace, Cristina/Christina (a changed letter, Giulio/Giulia, stays a different name).
    if (Math.min(w.length, p.length) >= 3 && Math.abs(w.length - p.length) === 1 && oneDeletion(w.length > p.length ? w : p, w.length > p.length ? p : w)) return true;
  }
  return false;
}

/** Is `short` equal to `long` with exactly one letter removed? */
function oneDeletion(long: string, short: string): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

// ---- placeholders ----------------------------------------------------------------------

/** Unfilled template fields. Run on the user's text (case matters for the all-caps ones). */
export const PLACEHOLDER_RES: readonly RegExp[] = [
  /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*\}?\}/gu,
  /\[\s*[\p{L}_][\p{L}\p{N}_ .'’-]{0,30}\s*\]/gu,
  /<\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*>/gu,
  /#[\p{L}_][\p{L}\p{N}_]*#/gu,
  /%[\p{L}_][\p{L}\p{N}_]*%/gu,
  /\$\{\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}|\$[A-Za-z_]*(?:name|nome|NAME|NOME|Name|Nome)[A-Za-z_]*/gu,
  /__[\p{L}_]+__/gu,
  /(?<![\p{L}\p{N}])(?:NOME AZIENDA|COMPANY NAME|FIRST NAME|FIRST_NAME|FIRSTNAME|LAST_NAME|LASTNAME|NOME|NAME|COGNOME|SURNAME|NOMINATIVO|XXX+)(?![\p{L}\p{N}])/gu,
];

export function findPlaceholders(text: string): Span[] {
  const out: Span[] = [];
  for (const re of PLACEHOLDER_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
