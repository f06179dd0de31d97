// Language registry, language detection, greetings, names and placeholders.
// Pure TypeScript (no DOM): runs in Node, the background and content scripts.
import type { Lang, Span } from '../types';
import { en } from './en';
import { it } from './it';
import { language, languages, registerLanguage, registryVersion } from './registry';
import { mechanismOn } from '../rules/mechanisms';
import { key, type Token } from './text';
import type { LangData, LanguageWords } from './types';

// The built-in languages. Another language: see CONTRIBUTING.md ("Add a language").
registerLanguage(it);
registerLanguage(en);

/** The built-in languages' compiled data (shipped languages: see SHIPPED_LANGS in lib/lang/codes.ts). */
export const LANGS: Readonly<Record<Lang, LangData>> = { it: language('it')!, en: language('en')! };

/** Per-registry caches: stopword sets, greeting pattern, titles, non-names, word lists. */
interface Tables {
  words: Map<keyof LanguageWords, Set<string>>;
  past: RegExp[];
  version: number;
  stop: Map<string, Set<string>>;
  anyStop: Set<string>;
  greeting: RegExp;
  notNames: Set<string>;
  titles: Set<string>;
  /** Nicknames that are no prefix of the name they stand for: tom → thomas, beppe → giuseppe. */
  nick: Map<string, Set<string>>;
  /** Word lists compiled to one pattern each, on first use (wordPattern). */
  patterns: Map<keyof LanguageWords, RegExp>;
  /** "key:value" word lists read as maps, on first use (wordPairs). */
  pairs: Map<keyof LanguageWords, ReadonlyMap<string, string>>;
}
let tables: Tables | undefined;
const WORD_LISTS: Array<keyof LanguageWords> = [
  'topicMarkers', 'theirs', 'apposition', 'notNegatingNext', 'groupWords', 'platforms', 'yourPossessives', 'minimizers',
  'yourSubjects', 'yourVerbs', 'subjectContext', 'subjectOrObject', 'genericNouns', 'evaluatives', 'numberWords', 'detailPreps',
  'whoTheyKnow', 'perceptionVerbs', 'newsVerbs', 'formalVerbs', 'formalContext', 'firstPlural', 'pastTogether', 'togetherMarkers', 'subjectAdverbs',
  'praiseOpeners', 'gratitude', 'pastTimes', 'acceptWords', 'sawInPerson', 'youAsObject', 'placePreps', 'consumeVerbs', 'notContent',
  'courtesyPronouns', 'durationUnits', 'meToo', 'pastAt', 'contentNouns', 'toldVerbs', 'notToldBefore', 'toMe', 'visitVerbs',
  'onlinePlaces', 'ourPossessives', 'notVisit', 'auxiliaries', 'modals', 'somedayHedges', 'noAgenda', 'courtesyHedges', 'vagueAmounts', 'senderPurpose',
  'chatForms', 'requestedThings', 'treats', 'contrastWords',
  'pastMarkers', 'forYou', 'workNouns', 'praiseWords', 'doingVerbs', 'doingEndings', 'verbJoins', 'likeWords', 'articles', 'workSought',
  'indefiniteArticles', 'servedVerbs', 'senderDid', 'toYou', 'selfIntro', 'relatives',
];
function tablesNow(): Tables {
  if (tables && tables.version === registryVersion()) return tables;
  const all = languages();
  const greetings = [...new Set(all.flatMap((l) => l.greetings))].sort((a, b) => b.length - a.length);
  tables = {
    words: new Map(WORD_LISTS.map((n) => [n, new Set(all.flatMap((l) => l.def.words?.[n]?.words ?? []))])),
    past: all.flatMap((l) => (l.def.pastForm ? [l.def.pastForm] : [])),
    version: registryVersion(),
    stop: new Map(all.map((l) => [l.lang, new Set(l.stopwords)])),
    anyStop: new Set(all.flatMap((l) => l.stopwords)),
    greeting: new RegExp(`(?:${greetings.join('|')})(?![\\w'])`, 'y'),
    notNames: new Set(all.flatMap((l) => l.notNames)),
    titles: new Set(all.flatMap((l) => l.titles).map((t) => t.replace(/\./g, ''))),
    nick: new Map(),
    patterns: new Map(),
    pairs: new Map(),
  };
  for (const entry of all.flatMap((l) => l.def.words?.nicknames?.words ?? [])) {
    const [n, full] = entry.split(':');
    if (!n || !full) continue;
    let set = tables.nick.get(n);
    if (!set) tables.nick.set(n, (set = new Set()));
    set.add(full);
  }
  return tables;
}

/** A word list of every registered language, as one set (folded words). */
export function wordSet(name: keyof LanguageWords): ReadonlySet<string> {
  return tablesNow().words.get(name) ?? new Set();
}

/**
 * A word list of every registered language as one pattern over folded text, each entry (one word or several) matched
 * whole: not inside a word, nor right after a letter or an apostrophe ("ieri sera", "magari un giorno"). Null when the
 * list is empty. Compiled once per registry version.
 */
export function wordPattern(name: keyof LanguageWords): RegExp | null {
  const t = tablesNow();
  let re = t.patterns.get(name);
  if (re === undefined) {
    const words = [...(t.words.get(name) ?? [])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = words.length > 0 ? new RegExp(`(?<![\\p{L}'])(?:${words.join('|')})(?![\\p{L}])`, 'u') : /(?!)/u;
    t.patterns.set(name, re);
  }
  return re.source === '(?!)' ? null : re;
}

/**
 * A word list of "key:value" entries of every registered language ("ur:your", "colloquio:time") as a map, read once per registry
 * version. An entry with no colon, or an empty side, is left out.
 */
export function wordPairs(name: keyof LanguageWords): ReadonlyMap<string, string> {
  const t = tablesNow();
  let map = t.pairs.get(name);
  if (map === undefined) {
    const m = new Map<string, string>();
    for (const e of t.words.get(name) ?? []) {
      const at = e.lastIndexOf(':');
      if (at > 0 && at < e.length - 1) m.set(e.slice(0, at), e.slice(at + 1));
    }
    t.pairs.set(name, (map = m));
  }
  return map;
}

/** Is the folded token a function word of some registered language? */
export function isStopword(w: string): boolean {
  return tablesNow().anyStop.has(w);
}

/** Is the folded token a past form of a verb in some registered language? */
export function isPastForm(w: string): boolean {
  for (const re of tablesNow().past) if (re.test(w)) return true;
  return false;
}

export interface Detected {
  lang: Lang;
  /** Evidence per registered language (stopwords count 1, endings and accented letters less). */
  scores: Record<string, number>;
}

/**
 * Italian or English, by stopwords first, then letters and word endings.
 * Mixed drafts go to the language with more evidence; no evidence at all goes to
 * `fallback` (the UI language), so a two-word note does not flip at random.
 */
export function detectLang(tokens: readonly Token[], text: string, fallback: Lang = 'en'): Detected {
  const { stop } = tablesNow();
  const all = languages();
  const score = new Map<string, number>(all.map((l) => [l.lang, 0]));
  const add = (code: string, v: number) => score.set(code, score.get(code)! + v);
  const n = Math.min(tokens.length, 200); // 200 words settle the language; longer drafts need no more
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.norm;
    for (const l of all) {
      if (stop.get(l.lang)!.has(w)) add(l.lang, 1);
      const d = l.def.detect;
      if (!d) continue;
      if (w.length > 3) {
        if (d.endings?.test(w)) add(l.lang, 0.3);
        const last = w.charCodeAt(w.length - 1);
        // a, e, i, o
        if (d.vowelFinal && (last === 97 || last === 101 || last === 105 || last === 111)) add(l.lang, 0.15);
      }
      if (d.contractions?.test(w)) add(l.lang, 0.5);
    }
  }
  const end = n > 0 ? tokens[n - 1]!.end : 0;
  for (const l of all) {
    const acc = l.def.detect?.accented;
    if (!acc) continue;
    let k = 0;
    for (let i = 0; i < end && k < 10; i++) if (text.charCodeAt(i) >= 0xc0 && acc.test(text[i]!)) k++;
    add(l.lang, k * 0.5);
  }
  const scores: Record<string, number> = {};
  let best: string = fallback, top = -1, tie = false;
  for (const [code, v] of score) {
    scores[code] = Math.round(v * 100) / 100;
    if (v > top) { top = v; best = code; tie = false; } else if (v === top) tie = true;
  }
  // No evidence either way: the fallback (the UI language), so a two-word note does not flip at random.
  const lang = (tie && (score.get(fallback) ?? -1) === top) || top <= 0 ? fallback : best;
  return { lang: lang as Lang, scores };
}

// ---- greetings and names ------------------------------------------------------------


export interface Greeting {
  /** The greeting word(s), e.g. "Ciao". Absent for a bare vocative ("Susan, …"). */
  greeting?: Span;
  /** The word addressed (a name or a placeholder), when there is one. */
  name?: Span & { text: string };
  /** A title stood before the name ("Buongiorno dott. Lombardi", "Gentile avv. Conti"). */
  titled?: boolean;
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
  const { greeting: GREETING_RE, notNames: NOT_NAMES, anyStop } = tablesNow();
  for (const s of starts) {
    GREETING_RE.lastIndex = s;
    const m = GREETING_RE.exec(folded);
    if (m) {
      const gSpan: Span = { start: s, end: s + m[0].length };
      const name = addressee(text, tokens, gSpan.end);
      const first = tokenAt(tokens, gSpan.end);
      const titled = name !== undefined && first !== undefined && first.start < name.start && tablesNow().titles.has(first.norm.replace(/\./g, ''));
      return { greeting: gSpan, name, ...(titled ? { titled } : {}) };
    }
    // Bare vocative: "Susan, …" — a capitalized first word followed by a comma.
    const tok = tokenAt(tokens, s);
    if (tok && /^\p{Lu}/u.test(tok.text) && /^\s*,/.test(text.slice(tok.end, tok.end + 3)) && !NOT_NAMES.has(tok.norm)
        && !anyStop.has(tok.norm)) {
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
  for (const r of STICKY_PLACEHOLDER_RES) {
    r.lastIndex = lead;
    const m = r.exec(rest);
    if (m) return { start: from + lead, end: from + lead + m[0].length, text: m[0] };
  }
  // Only spaces and commas may stand between the greeting and the name.
  if (!/^[\s,]*\p{L}/u.test(rest)) return undefined;
  const { titles: TITLES, notNames: NOT_NAMES } = tablesNow();
  let tok = tokenAt(tokens, from);
  let guard = 0;
  while (tok && TITLES.has(tok.norm.replace(/\./g, '')) && guard++ < 3) {
    const dot = text[tok.end] === '.';
    let next = tokenAt(tokens, tok.end + (dot ? 1 : 0));
    // "sig.ra", "dott.ssa", "prof.ssa": the abbreviation's tail right after the dot belongs to the title.
    if (dot && next && next.start === tok.end + 1 && next.norm.length <= 3 && mechanismOn('titled-greeting')) {
      next = tokenAt(tokens, next.end + (text[next.end] === '.' ? 1 : 0));
    }
    tok = next;
  }
  if (!tok || NOT_NAMES.has(tok.norm)) return undefined;
  if (tok.start - from > 20) return undefined;
  // "Hi Acme team", "Ciao ragazzi di Acme": a group, not a person.
  const next = tokens[tokens.indexOf(tok) + 1];
  if (next && wordSet('groupWords').has(next.norm) && /^\s+$/.test(text.slice(tok.end, next.start))) return undefined;
  return { start: tok.start, end: tok.end, text: tok.text };
}

/** Recipient (or sender) name parts, folded, without titles. */
export function nameParts(full: string | undefined): string[] {
  if (!full || typeof full !== 'string') return [];
  const { titles } = tablesNow();
  return full.split(/[\s\-.,]+/u).map(key).filter((p) => p.length >= 2 && !titles.has(p));
}

/** Is `word` (folded, lower-case) a nickname in the languages' lists of one of `parts` (Peppe for Giuseppe, Bill for William)? */
export function isNicknameOf(word: string, parts: Iterable<string>): boolean {
  const full = tablesNow().nick.get(word);
  if (!full) return false;
  for (const p of parts) if (full.has(p)) return true;
  return false;
}

/** Does `word` name the person whose parts are `parts`? Accent/case-insensitive; nicknames by prefix (≥ 3 letters) or by the languages' nickname lists. */
export function isNameOf(word: string, parts: readonly string[]): boolean {
  const w = key(word);
  if (w.length < 2) return false;
  const nick = tablesNow().nick.get(w);
  // A pet form in -y, -ie, -ey of the name's first syllable: Danny for Daniel, Sammie for Samuel, Freddie for Frederick.
  const pet = /^(.{2,}?)(.)\2?(?:y|ie|ey)$/.exec(w);
  const petStem = pet ? pet[1]! + pet[2]! : undefined;
  for (const p of parts) {
    if (w === p || nick?.has(p)) return true;
    if (petStem !== undefined && petStem.length >= 3 && p.length > petStem.length + 1 && p.startsWith(petStem)) return true;
    if (w.length >= 3 && p.length >= 3 && (p.startsWith(w) || w.startsWith(p))) return true;
    // The end of the name, four letters or more, is a short form too: Tasha for Natasha, Sandro for Alessandro, Luca for Gianluca.
    if (w.length >= 4 && p.length >= w.length + 2 && p.endsWith(w)) return true;
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
  // {{first_name}}, {nome}, {{ company }}
  /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*\}?\}/gu,
  // [Nome], [First Name], [azienda]
  /\[\s*[\p{L}_][\p{L}\p{N}_ .'’-]{0,30}\s*\]/gu,
  // <name>, <nome azienda>
  /<\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*>/gu,
  // #name#, %name%
  /#[\p{L}_][\p{L}\p{N}_]*#/gu,
  /%[\p{L}_][\p{L}\p{N}_]*%/gu,
  // ${n}, ${firstName}, $FIRST_NAME
  /\$\{\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}|\$[A-Za-z_]*(?:name|nome|NAME|NOME|Name|Nome)[A-Za-z_]*/gu,
  /__[\p{L}_]+__/gu,
  // Empty or numbered slots: {{ }}, {0}, [ ], %s, %1$s
  /\{\{\s*\}\}|\{\d\}|\[\s+\]|%(?:\d\$)?s(?![\p{L}\p{N}])/gu,
  // Stand-ins in capitals, and xxx / yyy in any case ("Ciao xxx", "at YYY")
  /(?<![\p{L}\p{N}])(?:NOME AZIENDA|COMPANY NAME|FIRST NAME|FIRST_NAME|FIRSTNAME|LAST_NAME|LASTNAME|NOME|NAME|COGNOME|SURNAME|NOMINATIVO|XXX+)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:[xX]{3,}|[yY]{3,}|[zZ]{3,})(?![\p{L}\p{N}])/gu,
];

/** The same patterns, anchored where `lastIndex` says (the addressee reading tries them right after a greeting). */
const STICKY_PLACEHOLDER_RES: readonly RegExp[] = PLACEHOLDER_RES.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));

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
  // One span per placeholder: "${n}" is not also "{n}".
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((s, i) => !out.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)));
}
