// The spelling API the analyzer calls: find the misspelled words of a draft.
// Pure TypeScript, no DOM and no browser API. The dictionaries come in through
// the Speller (see lib/spelling/dawg.ts for the compiled automaton and
// lib/spelling/node.ts for loading it in Node).
import type { Lang, Misspelling, Speller, WordChecker } from '../types';
import { isJargon, jargonNear } from './jargon';
import { allWritten, doublingOrSwap, isWrittenWord, slipShape, writtenLanguage } from './written';
import { mechanismOn } from '../rules/mechanisms';
import { isNicknameOf } from '../lang';
import {
  PLACE_HEADS, STAND_IN_SOURCES, inNamePosition, isCompanyForm, isChatShorthand, isForeignCourtesy, isItalianAlteration, isLowercaseDraft, isLowercaseI, isPrefix,
  isPrefixedCompound, isRegularDerivation, isTechCoinage, isTitle, isTitleOrCompanyForm,
  isWordShaped, hyphenPrefixed, isGlueSplit, isEnglishCompound, isEnglishDerived, isItalianBuilt, shortCompoundSplit, isTechNameInContext,
} from './realtext';

export interface FindMisspellingsOptions {
  /** Recipient / sender full names (their parts are never flagged). */
  names?: readonly string[];
  /** Words the user added to their personal dictionary (case-insensitive). */
  userDictionary?: readonly string[];
  /** Suggestions per word, best first. Default 5. */
  maxSuggestions?: number;
}

const TLDS = 'com|it|org|net|io|eu|co|uk|de|fr|es|ch|info|biz|app|dev|ai|me|tv|us|edu|gov|ly|gl|gg|xyz|tech|online|site|store|studio|page';
/** A text run that is not prose: URLs, e-mails, mentions, hashtags, placeholders. */
const SKIP_RE = new RegExp(
  [
    // URLs with a scheme or www.
    String.raw`(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/|www\.)[^\s<>"'’]+`,
    // e-mail addresses
    String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+`,
    // bare domains (linkedin.com, studiogalli.it/contatti)
    String.raw`(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}-]{1,63}\.){1,6}(?:${TLDS})\b(?:\/[^\s<>"]*)?`,
    // @mentions and #hashtags, #firstName# placeholders
    String.raw`#[\p{L}\p{N}_]{1,64}#`,
    String.raw`[@#][\p{L}\p{N}_][\p{L}\p{N}_.-]*`,
    // placeholders {firstName} {{name}} [Nome] <name> %NAME%
    String.raw`\{\{?[^{}\n]{0,60}\}?\}`,
    String.raw`\[[^\[\]\n]{0,60}\]`,
    String.raw`<[^<>\n]{0,60}>`,
    String.raw`%[\p{L}_]{1,40}%`,
    // ${n}, XXX / yyy stand-ins, ___ blanks
    ...STAND_IN_SOURCES,
  ].join('|'),
  'giu',
);

/** A mark that every SKIP_RE run holds: "://", www, @ # { [ < % $ _, a stand-in letter tripled, or a known top-level domain. */
const SKIP_HINT = new RegExp(String.raw`[@#{[<%$_]|:\/\/|www|xxx|yyy|zzz|kkk|\.(?:${TLDS})\b`, 'iu');

/** A word group: letters/digits with inner apostrophes, parts joined by hyphens. */
// A word character: letters, marks, digits, _ — but never an emoji's variation selector (U+FE00–FE0F)
// or combining keycap (U+20E3), which are marks too (☕️, 1️⃣); ZWJ and skin tones are not word characters anyway.
const WCH = String.raw`(?:(?![\uFE00-\uFE0F\u20E3])[\p{L}\p{M}\p{N}_])`;
const PART_SRC = String.raw`${WCH}+(?:['’]${WCH}+)*['’]?`;
const WORD_RE = new RegExp(String.raw`${PART_SRC}(?:-${PART_SRC})*`, 'gu');
const PART_RE = new RegExp(PART_SRC, 'gu');
const HAS_DIGIT = /[\p{N}_]/u;
/** Only Latin-script words are checked (the dictionaries hold nothing else). */
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’]+$/u;
const UPPER = /\p{Lu}/u;
/** Characters that end a sentence; the next capitalized word is checked. */
const SENTENCE_END = /[.!?…\n\r\u2028\u2029]/;
/** Characters skipped when looking back for a sentence end (spaces, quotes, brackets, bullets). */
const SOFT = /[\s"'“”‘’«»()\[\]*\-–—•·>]/;
/** An emoji, which ends a sentence as a full stop does; and the joiners, selectors and skin tones inside one. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI_PART = /^[\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]$/u;
const LOW_SURROGATE = /[\udc00-\udfff]/;

const MAX_SUGGESTED_WORDS = 40;
/** Shorter words always have a word within two edits; the far-word reading starts at six letters. */
const FAR_MIN_LETTERS = 6;

/** The elisions dictionary-it defines as prefixes (PFX classes whose text ends in an apostrophe). */
const ELISION_HEADS = new Set([
  "l'", "d'", "c'", "s'", "m'", "t'", "v'", "n'", "un'", "all'", "dall'", "dell'", "nell'", "sull'", "coll'",
  "quell'", "quest'", "bell'", "brav'", "buon'", "sant'", "ciascun'",
]);

// ---- Italian slips the dictionary alone cannot see ---------------------------------

/**
 * Masculine nouns in -e that dictionary-it lets take un' (it gives the un'
 * class to many -e nouns of either gender): un'errore is still a slip.
 */
const MASCULINE_E = new Set([
  'errore', 'interesse', 'ambiente', 'ordine', 'imprenditore', 'ingegnere', 'autore', 'attore', 'editore',
  'elettore', 'investitore', 'operatore', 'amministratore', 'allenatore', 'assessore', 'esame', 'onore',
  'amore', 'odore', 'orizzonte', 'ente', 'addetto', 'avvocato', 'esportatore', 'importatore', 'ideatore',
  'organizzatore', 'osservatore', 'animatore', 'inventore',
]);

/** Wrong accent on -ché conjunctions: perchè → perché (also poichè, affinchè, benchè, …). */
const CHE_GRAVE = /^(.*ch)è$/iu;
const SLIP_WORDS: Readonly<Record<string, string>> = {
  'nè': 'né',
  'sè': 'sé',
  'pò': "po'",
  'pó': "po'",
  "po’": "po'",
  "e'": 'è',
  'trè': 'tre',
  // Common misspellings the Italian dictionary happens to accept: an old
  // variant (sopratutto) or an elision that parses (tutt'ora = tutt' + ora,
  // d'avvero = d' + avverò) where the word is written solid.
  'sopratutto': 'soprattutto',
  "tutt'ora": 'tuttora',
  "d'avvero": 'davvero',
};

/**
 * The accent dropped from a word whose bare form exists but is rare in a
 * message: cosi (plural of "coso") for così, pero (pear tree) for però, c'e (c + "and") for c'è. Not
 * when the word is quoted (a word mentioned, not used: dice 'pero').
 */
const ACCENT_DROPPED: Readonly<Record<string, string>> = { cosi: 'così', pero: 'però', "c'e": "c'è", 'c’e': 'c’è' };

/** qual is truncated, not elided: qual'è, qual'era, qual'erano take no apostrophe. */
const QUAL_APOSTROPHE = /^(qual)'(è|e'|é|e|era|erano|eri|ero|eravamo|eravate|erà|eran)$/u;

const ACCENTED: Readonly<Record<string, string[]>> = { a: ['à'], e: ['è', 'é'], i: ['ì'], o: ['ò'], u: ['ù'] };

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * A sure Italian slip, with the right form; null when the word is not one.
 * `checker` is the Italian dictionary (used to confirm the corrected form).
 */
export function italianSlip(word: string, checker: WordChecker | undefined): string | null {
  if (!checker) return slipOf(word, checker);
  let seen = slipVerdicts.get(checker);
  if (!seen) slipVerdicts.set(checker, (seen = new Map()));
  let v = seen.get(word);
  if (v === undefined) {
    if (seen.size >= 4096) seen.clear();
    seen.set(word, (v = slipOf(word, checker)));
  }
  return v;
}
/** italianSlip's answers by dictionary and word: a draft is re-checked on every keystroke with nearly the same words. */
/** Verdicts of the written-words mechanism by dictionary and word (each costs up to two suggestion lookups). */
const writtenVerdicts = new WeakMap<WordChecker, Map<string, boolean>>();
const WRITTEN_VERDICTS_MAX = 1024;
const slipVerdicts = new WeakMap<WordChecker, Map<string, string | null>>();
const ASCII = /^[\x00-\x7f]*$/;

function slipOf(word: string, checker: WordChecker | undefined): string | null {
  const w = ASCII.test(word) ? word : word.normalize('NFC').replace(/’/g, "'");
  const lower = w.toLowerCase();
  const qual = QUAL_APOSTROPHE.exec(lower);
  if (qual) return matchCase(w, `qual ${qual[2] === "e'" || qual[2] === 'é' || qual[2] === 'e' ? 'è' : qual[2]}`);
  if (lower === "e'" && w === "E'") return 'È';
  const direct = SLIP_WORDS[lower];
  if (direct !== undefined) return matchCase(w, direct);
  const che = CHE_GRAVE.exec(lower);
  if (che && lower !== 'chè') {
    const fixed = `${che[1]}é`;
    if (!checker || checker.correct(fixed)) return matchCase(w, fixed);
  }
  // An apostrophe typed for the accent: piu' → più, perche' → perché, citta' → città. Not the truncated imperatives (di' pure, va' là).
  const acc = /^(\p{L}*)([aeiou])'$/u.exec(lower);
  if (acc && !TRUNCATED_IMPERATIVES.has(lower) && checker && acc[1]!.length > 0 && !checker.correct(w)) {
    const options = ACCENTED[acc[2]!]!;
    for (const a of acc[2] === 'e' && acc[1]!.endsWith('ch') ? ['é', 'è'] : options) {
      const fixed = acc[1] + a;
      if (checker.correct(fixed)) return matchCase(w, fixed);
    }
  }
  // un' before a masculine word: un'altro → un altro. The dictionary's un'
  // prefix only goes with feminine words, so "un'X" is a slip when the
  // elided form is unknown but "un X" is two good words.
  const un = /^(un|qualcun|nessun|ciascun|alcun)'(\p{L}+)$/u.exec(lower);
  if (un && checker && (MASCULINE_E.has(un[2]!) || (!checker.correct(w) && checker.correct(un[2]!)))) {
    return matchCase(w, `${un[1]} ${w.slice(un[1]!.length + 1)}`);
  }
  return null;
}

/**
 * American spellings of a British word (dictionary-en is en_US): colour,
 * organisation, centre, analyse, catalogue, licence, travelled, programme.
 */
export function americanVariants(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const poss = lower.endsWith("'s") ? "'s" : '';
  const w = poss ? lower.slice(0, -2) : lower;
  const out = new Set<string>();
  const rules: Array<[RegExp, string]> = [
    [/our(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|hood|hoods|ly|ist|ists|ism|ise|ised|ize|ized)?$/u, 'or$1'],
    [/is(e|es|ed|ing|er|ers|ation|ations|ational|able)$/u, 'iz$1'],
    [/ys(e|es|ed|ing)$/u, 'yz$1'],
    [/ctis(e|es|ed|ing)$/u, 'ctic$1'],
    [/tre(s)?$/u, 'ter$1'],
    // fibre, calibre, sabre; mould(ed), smoulder; aluminium.
    [/([aeiou][bc])re(s|d)?$/u, '$1er$2'],
    [/ould(s|ed|ing|er|ers|y|ering|ered)?$/u, 'old$1'],
    [/inium$/u, 'inum'],
    [/draught(s|y|ier|iest)?$/u, 'draft$1'],
    [/ogue(s)?$/u, 'og$1'],
    [/ence(s)?$/u, 'ense$1'],
    [/ll(ed|ing|er|ers|or|ors)$/u, 'l$1'],
    [/mme(s)?$/u, 'm$1'],
    [/ae/u, 'e'],
  ];
  for (const [re, rep] of rules) if (re.test(w)) out.add(w.replace(re, rep));
  // Both changes at once (organisational → organizational, colourised → colorized).
  for (const v of [...out]) for (const [re, rep] of rules) if (re.test(v)) out.add(v.replace(re, rep));
  out.delete(w);
  return [...out].map((v) => v + poss);
}

// ---- suggestion cache ---------------------------------------------------------------

const CACHE_MAX = 256;
const cache = new Map<string, string[]>();
const checkerIds = new WeakMap<WordChecker, number>();
let nextCheckerId = 1;

function cachedSuggest(checker: WordChecker, word: string, max: number): string[] {
  let id = checkerIds.get(checker);
  if (id === undefined) {
    id = nextCheckerId++;
    checkerIds.set(checker, id);
  }
  const key = `${id}\u0000${max}\u0000${word}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.slice();
  }
  let out: string[];
  try {
    out = checker.suggest(word, max).slice(0, max);
  } catch {
    out = [];
  }
  cache.set(key, out);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return out.slice();
}

// ---- helpers ------------------------------------------------------------------------

function norm(word: string): string {
  // Most words are plain ASCII: nothing to compose, no typographic apostrophe.
  return (ASCII.test(word) ? word : word.normalize('NFC').replace(/’/g, "'")).toLowerCase();
}

function nameParts(names: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const n of names ?? []) {
    if (typeof n !== 'string') continue;
    const full = norm(n).trim();
    if (full) out.add(full);
    for (const p of full.split(/[\s\-'.,]+/u)) if (p) out.add(p);
  }
  return out;
}

/** A short form of a given name part ("bev" for Beverley, "fabri" for Fabrizio): three letters or more, a prefix of a part of five or more. */
function namePrefix(lower: string, names: ReadonlySet<string>): boolean {
  if (lower.length < 3 || names.size === 0) return false;
  for (const p of names) if (p.length >= 5 && p.length > lower.length && !p.includes(' ') && p.startsWith(lower)) return true;
  return false;
}

/** Words that follow a place's name in the name of a body or a place (Carrow District Council, Holm Primary School). */
const PLACE_BODY_HEADS: ReadonlySet<string> = new Set([
  'district', 'borough', 'county', 'city', 'town', 'parish', 'council', 'primary', 'secondary', 'high', 'grammar', 'community', 'school', 'academy',
  'college', 'university', 'hospital', 'infirmary', 'health', 'trust', 'street', 'road', 'lane', 'avenue', 'square', 'park', 'harbour', 'harbor',
  'valley', 'bay', 'village', 'rovers', 'united', 'athletic', 'library',
]);

/** English contractions typed without their apostrophe that are no word ("Im", "Dont"): a capital does not make them a name. */
const APOSTROPHE_SLIPS = new Set(['im', 'ive', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'couldnt', 'wouldnt', 'shouldnt', 'youre', 'theyre', 'thats', 'whats']);

/** Titles and abbreviations whose dot does not end a sentence (Dott. Brambilla, Mr. Smith). */
const ABBREVIATIONS = new Set([
  'dott', 'dottssa', 'ssa', 'dr', 'dra', 'mr', 'mrs', 'ms', 'prof', 'profssa', 'ing', 'avv', 'arch', 'geom', 'rag',
  'sig', 'sigra', 'ra', 'spett', 'gent', 'egr', 'st', 'jr', 'sr', 'vs', 'ecc', 'etc', 'eg', 'ie', 'es', 'cfr', 'pag', 'nr', 'n',
  'agr', 'cllr', 'revd', 'fr', 'capt', 'sgt', 'geol',
]);

function abbreviationBefore(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  const w = text.slice(j, dot).replace(/\./g, '').toLowerCase();
  return w.length === 1 || ABBREVIATIONS.has(w);
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const c = text.charAt(i);
    if (c === '.' && abbreviationBefore(text, i)) return false;
    if (SENTENCE_END.test(c)) return true;
    // An emoji closes a sentence as a full stop does ("small world 😊 Definately keep in touch"); its selectors, joiners and
    // skin tones are soft. Read by code point: an emoji is two UTF-16 units.
    const low = LOW_SURROGATE.test(c) && i > 0;
    const cp = low ? text.slice(i - 1, i + 1) : c;
    if (PICTOGRAPH.test(cp)) return true;
    if (!SOFT.test(cp) && !EMOJI_PART.test(cp)) return false;
    i -= low ? 2 : 1;
  }
  return true;
}

function safeCorrect(checker: WordChecker | undefined, word: string): boolean {
  if (!checker) return false;
  try {
    return checker.correct(word);
  } catch {
    return false;
  }
}

/** A dictionary test: is this string a word of one language? */
type Has = (w: string) => boolean;

/**
 * A way a word is built from dictionary words (a reading of realtext.ts), and the slip guard that keeps a typo of a
 * dictionary word from passing as one: `slip`, no dictionary word of the language is one typing slip away; `letter`, nor
 * one replaced letter (any two words glue into something: generalust is general + lust, but generalist mistyped);
 * `either`, no word of either language is one slip away (a prefix takes a word of either: anti-phishing).
 * One table for both uses: builtWord (the draft's language, guard applied) and builtShape (both languages, no guard).
 */
interface BuiltReading {
  /** The language whose words it builds; absent: any. */
  lang?: Lang;
  /** `here` is that language's dictionary, `there` the other one's, `known` either plus jargon and the user's words. */
  reads(w: string, lang: Lang, here: Has, there: Has, known: Has): boolean;
  guard: 'slip' | 'letter' | 'either';
  /** Read by builtWord only, not by builtShape. */
  wordOnly?: boolean;
  /** builtWord also wants the split to be the dictionary's best suggestion. */
  bestSplit?: boolean;
}

/** The two dictionaries a Speller holds. */
const LANGS_BOTH: readonly Lang[] = ['it', 'en'];

/** British -ise forms are read through their -ize form (anonymised). */
const izeForm = (w: string): string => w.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1');

const BUILT_READINGS: readonly BuiltReading[] = [
  { reads: (w, _l, _h, _t, known) => isPrefixedCompound(w, known), guard: 'either' },
  { reads: (w, _l, _h, _t, known) => isTechCoinage(w, known), guard: 'slip' },
  { reads: (w, lang, here) => isRegularDerivation(w, lang, here), guard: 'slip' },
  { lang: 'it', reads: (w, _l, here) => isItalianAlteration(w, here), guard: 'slip' },
  // Italian -izzare/-izzazione/-abile forms on a stem of either language (prowabile is prow + abile, but provabile mistyped).
  { lang: 'it', reads: (w, _l, here, there) => isItalianBuilt(w, here, there), guard: 'letter' },
  // English words built from dictionary words (stormwater, signups, compostable); the other British rules would let a slip
  // pass as a variant (stormwatre → -tre/-ter → stormwater), so only -ise is read, and only for the draft's own words.
  { lang: 'en', reads: (w, _l, here) => isEnglishDerived(w, here), guard: 'slip' },
  { lang: 'en', reads: (w, _l, here) => isEnglishDerived(izeForm(w), here), guard: 'slip', wordOnly: true },
  { lang: 'en', reads: (w, _l, here) => isEnglishCompound(w, here), guard: 'letter' },
  // With a three-letter part (linocut, airtightness).
  { lang: 'en', reads: (w, _l, here) => shortCompoundSplit(w, here) !== null, guard: 'letter', wordOnly: true, bestSplit: true },
];

// ---- the API ------------------------------------------------------------------------

/**
 * The misspelled words of `text` in language `lang`, with UTF-16 spans into
 * `text` and up to `maxSuggestions` suggestions each (best first).
 * Never throws; deterministic. Words known to the other language's dictionary,
 * names, proper nouns mid-sentence, acronyms, mixed-case tokens, URLs, e-mails,
 * @mentions, #hashtags, placeholders, numbers and jargon are never flagged.
 */
export function findMisspellings(
  text: string,
  lang: Lang,
  speller: Speller,
  opts: FindMisspellingsOptions = {},
): Misspelling[] {
  try {
    return find(text, lang, speller, opts);
  } catch {
    return [];
  }
}

function find(text: string, lang: Lang, speller: Speller, opts: FindMisspellingsOptions): Misspelling[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const checker = speller?.[lang];
  if (!checker) return [];
  // The other language a word may come from: Italian and English read each other; any further language reads English (its loanwords).
  const other = lang === 'en' ? speller.it : speller.en;
  // Mechanism written-words (lib/spelling/written.ts), for a language its list speaks for.
  const writtenOn = mechanismOn('written-words') && writtenLanguage(lang);
  const max = Math.max(0, Math.min(20, Math.floor(opts.maxSuggestions ?? 5)));
  const names = nameParts(opts.names);
  /** The name parts without accents or apostrophes, as the nickname lists spell them (computed once per draft, not per word). */
  const foldedNames = [...names].map(fold);
  const userDict = new Set<string>();
  for (const w of opts.userDictionary ?? []) if (typeof w === 'string') userDict.add(norm(w.trim()));

  // Mask the non-prose runs so the word scan never sees them (a draft with none of their marks needs no scan).
  const skip: Array<[number, number]> = [];
  SKIP_RE.lastIndex = SKIP_HINT.test(text) ? 0 : text.length;
  for (let m = SKIP_RE.exec(text); m; m = SKIP_RE.exec(text)) {
    if (m[0].length === 0) {
      SKIP_RE.lastIndex++;
      continue;
    }
    skip.push([m.index, m.index + m[0].length]);
  }

  /** Known to this language, the other one, the jargon list or the user's dictionary. */
  const known = (w: string): boolean => {
    const n = norm(w);
    return safeCorrect(checker, n) || safeCorrect(other, n) || isJargon(n, lang) || userDict.has(n);
  };
  let lowercaseDraft: boolean | undefined;
  let titles: Array<readonly [number, number]> | undefined;
  /** Verdicts of coinage() for this draft (the typing-slip guard costs ~35 lookups a letter). */
  const coinages = new Map<string, boolean>();
  const isLower = (): boolean => (lowercaseDraft ??= isLowercaseDraft(text));

  const out: Misspelling[] = [];
  let suggested = 0;
  let farProbes = 0; // flagged words looked at for a near word (bounded like the suggestions)
  let probes = 0; // sentence-initial capitalized words looked at (bounded: huge texts stay fast)
  let s = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const gStart = m.index;
    const gEnd = gStart + m[0].length;
    while (s < skip.length && skip[s]![1] <= gStart) s++;
    if (s < skip.length && skip[s]![0] < gEnd) continue; // overlaps a URL, mention, placeholder…
    const group = m[0];
    // Glued to a digit or a symbol that makes it code-like (number+unit, snake_case, a.b).
    const before = text.charAt(gStart - 1);
    const after = text.charAt(gEnd);
    if (before === '@' || before === '#' || before === '_' || after === '_' || /\p{N}/u.test(after)) continue;
    if (before === '.' && /[\p{L}\p{N}]/u.test(text.charAt(gStart - 2))) continue;
    if (after === '.' && /[\p{L}\p{N}]/u.test(text.charAt(gEnd + 1)) && /\p{Ll}/u.test(text.charAt(gEnd + 1))) continue;
    const groupNorm = norm(group);
    if (group.includes('-') && (isJargon(groupNorm, lang) || userDict.has(groupNorm) || names.has(groupNorm))) continue;
    if (group.includes('-') && (safeCorrect(checker, group) || safeCorrect(other, group))) continue;
    // prefix + hyphen + known word (pre-evento, anti-phishing, co-marketing).
    if (group.includes('-') && isPrefixedCompound(groupNorm, known)) continue;

    PART_RE.lastIndex = 0;
    for (let p = PART_RE.exec(group); p; p = PART_RE.exec(group)) {
      const start = gStart + p.index;
      let word = p[0];
      // A trailing apostrophe is a closing quote unless the word needs it (po', E').
      const trailing = /['’]$/.test(word);
      const beforeHyphen = group.charAt(p.index + word.length) === '-';
      const flagged = checkWord(word, start, trailing, beforeHyphen);
      if (flagged === null) continue;
      word = flagged.word;
      const wStart = start + (flagged.offset ?? 0);
      const end = wStart + word.length;
      // A word that no word of either dictionary or of the jargon list comes within two edits of is a word we do not know (a
      // trade term, a place, a dish), not a slip on one we do: a typo sits one or two keystrokes from the word it meant.
      if (flagged.slip === null && farFromWords(word)) continue;
      if (flagged.slip === null && inQuotedTitle(wStart)) continue;
      if (flagged.slip === null && !nearWrittenWord(word)) continue;
      let suggestions: string[];
      if (flagged.slip !== null) {
        suggestions = [flagged.slip];
        if (max > 1 && suggested < MAX_SUGGESTED_WORDS) {
          for (const x of cachedSuggest(checker, word, max)) if (!suggestions.includes(x)) suggestions.push(x);
        }
        suggestions = suggestions.slice(0, max);
      } else {
        suggestions = max > 0 && suggested < MAX_SUGGESTED_WORDS ? cachedSuggest(checker, word, max) : [];
        // Nothing close in this language: a slip on a word of the other one (netwroking in Italian).
        if (suggestions.length === 0 && other && max > 0 && suggested < MAX_SUGGESTED_WORDS) suggestions = cachedSuggest(other, word, max);
        // Nor there: a slip on a jargon word (onbording, efficentamento), which no dictionary holds. A jargon word one edit away
        // comes first even when the dictionary suggests something further (rhuematologist: rheumatologist, not hematologist).
        const low = fold(word.toLowerCase());
        if (suggestions.length === 0 && max > 0) suggestions = jargonNear(low, lang, typoDistance).slice(0, max);
        else if (max > 0 && typoDistance(low, fold((suggestions[0] ?? '').toLowerCase())) > 1) {
          const close = jargonNear(low, lang, typoDistance).filter((j) => typoDistance(low, j) <= 1);
          if (close.length > 0) suggestions = [...close, ...suggestions.filter((x) => !close.includes(x))].slice(0, max);
        }
      }
      suggested++;
      out.push({ word, start: wStart, end, suggestions, reason: flagged.slip !== null ? 'slip' : 'dictionary' });
    }
  }
  return out;

  /**
   * Inside a title in double quotes or guillemets that opens with a capital, on one line, of two words or more ("Sal e poeira",
   * «Os dias claros»): a name, often in a third language, not the sender's prose.
   */
  function inQuotedTitle(at: number): boolean {
    titles ??= [...text.matchAll(QUOTED_TITLE)].map((m) => [m.index + 1, m.index + m[0].length - 1] as const);
    return titles.some(([a, b]) => at >= a && at < b);
  }

  /**
   * A word-shaped word (see isWordShaped) of six letters or more with nothing within reach: no word of this language, the other
   * one or the jargon list within two edits (two words a typo runs together count: "everytime"), and no built word (prefix + word,
   * a regular derivation, a compound) one slip away (antisprceo, stormwaterr). Bounded per draft.
   */
  function farFromWords(word: string): boolean {
    const low = fold(word.toLowerCase());
    if (low.length < FAR_MIN_LETTERS || !isWordShaped(low) || ++farProbes > MAX_SUGGESTED_WORDS) return false;
    const near = (x: string) => typoDistance(low, fold(x.toLowerCase())) <= 2 && (!x.includes(' ') || isGlueSplit(x.toLowerCase()));
    if (cachedSuggest(checker!, word, 5).some(near)) return false;
    if (other && cachedSuggest(other, word, 5).some(near)) return false;
    if (jargonNear(low, lang, typoDistance).length > 0 || hyphenPrefixed(low, known)) return false;
    return !oneSlipFromWord(low, builtShape);
  }

  /**
   * Mechanism written-words (lib/spelling/written.ts): a typo is a slip on a word people write. True when a near word (a
   * suggestion of this language, else of the other, else a jargon word, within two edits) is a written word, or is tied to
   * the word by a classic slip shape. Past the suggestion budget every word stays flagged.
   */
  function nearWrittenWord(word: string): boolean {
    const low = word.toLowerCase();
    const folded = fold(low);
    if (!writtenOn || !isWordShaped(folded)) return true;
    let verdicts = writtenVerdicts.get(checker!);
    if (!verdicts) writtenVerdicts.set(checker!, (verdicts = new Map()));
    const key = other ? low : `${low}\u0000alone`; // the verdict reads the other language's suggestions when it has them
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    if (suggested >= MAX_SUGGESTED_WORDS) return true;
    const near = (x: string) => typoDistance(folded, fold(x.toLowerCase())) <= 2;
    const ties = (x: string) => allWritten(x) || slipShape(low, x.toLowerCase());
    let nearAny = false;
    let verdict = false;
    for (const list of [() => cachedSuggest(checker!, word, 5), () => (other ? cachedSuggest(other, word, 5) : [])]) {
      const close = list().filter(near);
      nearAny ||= close.length > 0;
      if (close.some(ties)) {
        verdict = true;
        break;
      }
    }
    // Nothing near at all: the far-word rule above has had its say, a short word stays flagged.
    verdict ||= !nearAny || jargonNear(folded, lang, typoDistance).length > 0;
    verdicts.set(key, verdict);
    if (verdicts.size > WRITTEN_VERDICTS_MAX) verdicts.delete(verdicts.keys().next().value!);
    return verdict;
  }

  /** The built-word readings of either language without their slip guards: what a slip of a built word would have been. */
  function builtShape(w: string): boolean {
    return BUILT_READINGS.some((r) => !r.wordOnly && (r.lang ? [r.lang] : LANGS_BOTH).some((l) => r.reads(w, l, dictionary(l), dictionary(l === 'it' ? 'en' : 'it'), known)));
  }

  /** This draft's dictionary for `l`, or the other language's. */
  function dictionary(l: Lang): Has {
    const c = l === lang ? checker : other;
    return (x) => safeCorrect(c, x);
  }

  function checkWord(raw: string, start: number, trailing: boolean, beforeHyphen: boolean): { word: string; slip: string | null; offset?: number } | null {
    if (HAS_DIGIT.test(raw) || !LATIN_WORD.test(raw)) return null;
    const bare = trailing ? raw.slice(0, -1) : raw;
    if (bare.length === 0) return null;
    if (lang === 'it') {
      // 'parola' in single quotes: the closing quote is not part of the word.
      const quoted = trailing && /['’‘]/.test(text.charAt(start - 1));
      const slip = italianSlip(quoted ? bare : raw, checker);
      if (slip !== null) return { word: quoted ? bare : raw, slip };
      // "un po" without its apostrophe.
      if (!trailing && raw === 'po' && /(?:^|[^\p{L}])[Uu]n\s+$/u.test(text.slice(Math.max(0, start - 8), start))) {
        return { word: raw, slip: "po'" };
      }
      if (trailing) {
        const slipBare = italianSlip(bare, checker);
        if (slipBare !== null) return { word: bare, slip: slipBare };
      }
      const ctx = italianContextSlip(raw, start);
      if (ctx !== null) return ctx;
    }
    if (lang === 'en') {
      const ctx = englishContextSlip(raw, start);
      if (ctx !== null) return ctx;
    }
    // "great meting you", "il meting di ieri": a rare English word that is a slip unless its phrase follows ("meting out").
    const rare = RARE_REAL_WORDS[raw.toLowerCase()];
    if (rare !== undefined && !rare[0].test(text.slice(start + raw.length, start + raw.length + 12))) return { word: raw, slip: matchCase(raw, rare[1]) };
    // A dictionary word is never flagged past the slips above: every check between here and the
    // dictionary lookup below only clears words, so the common case ends now (measured: the
    // spelling pass is a quarter of analyze on long drafts).
    if (safeCorrect(checker, bare)) return null;
    const lower = norm(bare);
    // Possessive 's / ’s on a name ("Giulia's").
    const stem = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    // A short form of their name, unless it is a word that only lost its accent ("gia" in a note to Gianluca is già).
    if (names.has(lower) || names.has(stem) || (namePrefix(lower, names) && !accentOnly(bare, true))) return null;
    // A nickname of theirs from the languages' lists (Peppe for Giuseppe, Bill for William).
    if (foldedNames.length > 0 && isNicknameOf(fold(stem), foldedNames)) return null;
    if (userDict.has(lower) || userDict.has(norm(raw))) return null;
    if (isJargon(lower, lang)) return null;
    // Real-text families (lib/spelling/realtext.ts): titles and company forms, chat shorthand,
    // greetings in a third language, and a lone prefix before a hyphen (pre- e post-vendita).
    if (isTitleOrCompanyForm(lower) || isChatShorthand(lower) || isForeignCourtesy(lower)) return null;
    if (isTechNameInContext(lower, text)) return null;
    // Expressive lengthening in chat (ciaooo, grazieee, sooo, Chiaraaa): the last letter typed three times or more, where
    // one or two of it make a word or a name, is no misspelling. Inside a word a tripled letter is a typo (collleague).
    if (/(\p{L})\1\1$/u.test(lower)) {
      for (const n of [1, 2]) {
        const short = lower.replace(/(\p{L})\1{2,}$/u, (_m, c: string) => c.repeat(n));
        if (names.has(short) || safeCorrect(checker, short) || safeCorrect(other, short)
          || safeCorrect(checker, short.charAt(0).toUpperCase() + short.slice(1))) return null;
      }
    }
    if (isPrefix(lower) && (beforeHyphen || text.charAt(start + bare.length) === '-')) return null;
    // Case classes: ALLCAPS / acronyms and mixed case (iPhone, SaaS) are never flagged.
    const letters = bare.replace(/['’]/g, '');
    const upperCount = countMatches(letters, UPPER);
    if (upperCount > 1) return null;
    if (upperCount === 1 && !UPPER.test(letters.charAt(0))) return null;
    const capitalized = upperCount === 1;
    // A proper noun or brand mid-sentence (Slips were handled above), unless
    // it is a typo of a word English always capitalizes (Thurday, Italain).
    const midCapital = capitalized && !isSentenceStart(text, start);
    if (midCapital && (!calendarTypo(bare, lang) || inNameRun(start, start + bare.length)) && !titleCaseTypo(bare, start)
      && !(lang === 'en' && APOSTROPHE_SLIPS.has(lower))) return null;
    if (trailing && (safeCorrect(checker, raw) || safeCorrect(other, raw))) return null;
    if (safeCorrect(checker, bare)) return null;
    if (isEnglishPrefixed(lower, speller.en) && !oneSlipFromWord(lower, (w) => safeCorrect(speller.en, w))) return null;
    if (coinage(lower)) return null;
    // "i'd", "i'm": the pronoun typed in lowercase is a matter of case, not spelling, in any draft.
    if (upperCount === 0 && isLowercaseI(lower)) return null;
    // Words the other language knows are left alone (mixed drafts), except
    // an Italian word that reads as an English typo (accomodate).
    const typoOfOther = lang === 'en' && safeCorrect(other, bare) && englishTypoOfItalian(bare, start);
    if (other && !typoOfOther && safeCorrect(other, bare)) return null;
    // A known proper noun or acronym typed in lowercase (ci vediamo a milano, da mario, the uk office).
    const otherCase = (w: string): boolean => {
      const ic = w.charAt(0).toUpperCase() + w.slice(1), up = w.toUpperCase();
      return safeCorrect(checker, ic) || (!typoOfOther && safeCorrect(other, ic)) || (w.length <= 4 && (safeCorrect(checker, up) || safeCorrect(other, up)));
    };
    if (upperCount === 0 && apoIndex(bare) < 0 && otherCase(bare)) return null;
    // British spelling in English (the dictionary is en_US).
    if (lang === 'en' && americanVariants(bare).some((v) => safeCorrect(checker, v))) return null;
    // A loanword English keeps its accents in (pâté, café, rôle): the word without them is English.
    if (lang === 'en' && !ASCII.test(bare) && safeCorrect(checker, fold(bare))) return null;
    // The regular plural of a known abstract noun the dictionary lists without one (integrations, automations).
    if (lang === 'en' && upperCount === 0 && /(?:tion|sion|ment|ance|ence|ship)s$/.test(lower) && safeCorrect(checker, lower.slice(0, -1))) return null;
    // An -able adjective used as a noun (renewables, deliverables, consumables).
    if (lang === 'en' && upperCount === 0 && lower.endsWith('ables') && safeCorrect(checker, lower.slice(0, -1))) return null;
    const apo = bare.search(/['’]/);
    if (apo > 0) {
      // English possessives of known words (client's), and of a name typed in lowercase (anne's, james's).
      const owner = lower.endsWith("'s") ? bare.slice(0, -2) : null;
      if (owner !== null && (safeCorrect(checker, owner) || safeCorrect(other, owner) || isJargon(norm(owner), lang) || (upperCount === 0 && otherCase(owner)))) return null;
      const head = lower.slice(0, apo + 1);
      const tail = bare.slice(apo + 1);
      if (lang === 'it' && ELISION_HEADS.has(head)) {
        // Elision before a proper noun (all'Ecomondo) or before a word the
        // other language, the jargon list or the user knows (dell'engagement).
        if (UPPER.test(tail.charAt(0)) && !isSentenceStart(text, start)) return null;
        const tailNorm = norm(tail);
        // A title abbreviated after the article, with its dot (l'avv. Conti, dell'ing. Neri).
        if (ABBREVIATIONS.has(tailNorm) && text.charAt(start + bare.length) === '.') return null;
        if (isJargon(tailNorm, lang) || userDict.has(tailNorm) || names.has(tailNorm) || safeCorrect(other, tail) || isEnglishPrefixed(tailNorm, speller.en)) return null;
        if (coinage(tailNorm)) return null;
        // Elided compound (l'e-commerce): only the part before the hyphen is here.
        if (beforeHyphen) return safeCorrect(checker, tail) ? null : { word: tail, slip: null, offset: apo + 1 };
        // A proper noun typed in lowercase after the elision (val d'aosta, il sant'anna, l'erasmus).
        if (upperCount === 0 && otherCase(tail)) return null;
        // Unknown word after a good elision: flag that word only (un'oppurtunità).
        if (!safeCorrect(checker, tail)) return { word: tail, slip: null, offset: apo + 1 };
      }
    }
    // An unknown capitalized word opening a sentence is often a name or a
    // brand (Solvanta, Ecomondo): flag it only when a dictionary word is a
    // typo away, or when the same word also appears lowercase in the draft,
    // and never when the draft also writes it capitalized mid-sentence.
    if (capitalized && !midCapital && !nearDictionaryWord(bare, start)) return null;
    // The signature block: a capitalized word opening a short line near the end, before another capitalized
    // word, is a company or a name ("Medivale Healthcare", "SafeWork S.r.l."), however close to a word.
    if (capitalized && !midCapital && inNameRun(start, start + bare.length) && signatureLine(start)) return null;
    // The sender's name alone on the last line, under a short sign-off line ("thanks" / "Dre"): a name, however close to a word.
    if (capitalized && !midCapital && signOffName(start, start + bare.length)) return null;
    // A company alone on the last line, under the sender's name line ("Nicola Ghirardini" / "Sicurlav").
    if (capitalized && !midCapital && companyUnderName(start, start + bare.length)) return null;
    // The same word read as a name in the signature block ("Vettora Consulting si occupa di …" / "Roberto Gatti" / "Vettora Consulting").
    if (capitalized && !midCapital && signedElsewhere(bare, start)) return null;
    // A name typed in lowercase in a lowercase draft (silvia mancuso, lavoravate in luxottica):
    // in a name position and far from every dictionary word.
    if (upperCount === 0 && apo < 0 && isLower() && lowercaseName(bare, start)) return null;
    return { word: bare, slip: null };
  }

  /**
   * A word built by a productive rule (prefix + known word, -tech coinage,
   * regular derivation, Italian -one/-ino alteration), unless one typing slip
   * turns it into a dictionary word: then it is that word's typo (interresse
   * is inter + resse, intersting inter + sting, comunita co + munita, but
   * first of all interesse, interesting, comunità mistyped).
   */
  function coinage(lower: string): boolean {
    let v = coinages.get(lower);
    if (v === undefined) coinages.set(lower, (v = builtWord(lower)));
    return v;
  }

  /** The first reading of the draft's language that builds the word decides, through its slip guard. */
  function builtWord(lower: string): boolean {
    const here = (w: string) => safeCorrect(checker, w);
    const there = (w: string) => safeCorrect(other, w);
    const reading = BUILT_READINGS.find((r) => (r.lang === undefined || r.lang === lang) && r.reads(lower, lang, here, there, known));
    if (reading === undefined) return false;
    if (reading.guard === 'either') return !oneSlipFromWord(lower, (w) => here(w) || there(w));
    if (oneSlipFromWord(lower, here) || (reading.guard === 'letter' && oneLetterReplaced(lower, here))) return false;
    return !reading.bestSplit || (checker !== undefined && cachedSuggest(checker, lower, 1)[0] === shortCompoundSplit(lower, here));
  }

  /**
   * After a first name, a word one doubled, undoubled or swapped letter from a word people write is that word, not a surname
   * ("a vicenza sabbato scorso": vicenza reads as a first name in lowercase, sabbato is sabato).
   */
  function slipOnWritten(word: string): boolean {
    if (!writtenOn || ++probes > MAX_SUGGESTED_WORDS) return false;
    const low = fold(word.toLowerCase());
    return cachedSuggest(checker!, word, 3).some((x) => !x.includes(' ') && isWrittenWord(x) && doublingOrSwap(low, fold(x.toLowerCase())));
  }

  /**
   * A capitalized-only word that names no person: a weekday, month or nationality ("on sunday absolutly brilliant"), or, in
   * English, a place after a preposition of place or time ("in bristol absolutly"). The word after it is no surname.
   */
  function notAFirstName(w: string, at: number): boolean {
    if (lang !== 'en') return false;
    return NOT_FIRST_NAMES_EN.has(w) || PLACE_TIME_PREPS_EN.has(prevWord(at) ?? '');
  }

  function prevWord(at: number): string | undefined {
    // A word glued to a digit is no word here ("2nd": not "nd", which the dictionary knows as a capitalized symbol).
    return /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}'’]+)[^\p{L}\p{M}\n.!?]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase().replace(/’/g, "'");
  }

  function lowercaseName(word: string, at: number): boolean {
    const end = at + word.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    // The signature: the last non-empty line, a name of one to three words.
    const lastLine = text.slice(lineEnd < 0 ? text.length : lineEnd).trim() === '' && lineStart > 0 && /^[\s\p{L}'’.-]{1,40}$/u.test(line) && line.trim().split(/\s+/).length <= 3;
    const firstName = (w: string) => !safeCorrect(checker, w) && safeCorrect(checker, w.charAt(0).toUpperCase() + w.slice(1));
    // A title's dot does not end the phrase (avv. ricciardi).
    const prev = prevWord(at) ?? /([\p{L}]+)\.[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
    const next = /^[^\p{L}\p{M}\n.!?]*([\p{L}\p{M}'’.]+)(?:[ \u00a0]+([\p{L}\p{M}'’]+))?/u.exec(text.slice(end, end + 60));
    const nextTwo = [next?.[1], next?.[2]].map((w) => w?.toLowerCase());
    if (!inNamePosition(prev, nextTwo, lastLine, firstName)) return false;
    // Right after a title or a first name, with only a space (and the title's dot) between: a surname,
    // however close to a word it is (avv. ricciardi, silvia mancuso).
    const gluedMatch = /(?<![\p{L}\p{N}])(\p{L}+)(\.?)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 24), at));
    const glued = gluedMatch?.[1]?.toLowerCase();
    // Only a title keeps its dot before the surname ("avv. ricciardi"); after "jake." a new sentence starts ("jake. realy enjoyed").
    // A word that only lacks an accent ("torino martedi") is that word, not a surname.
    if (glued !== undefined && (isTitle(glued) || (gluedMatch![2] === '' && firstName(glued) && !notAFirstName(glued, at - gluedMatch![0].length)
      && !slipOnWritten(word))) && !accentOnly(word)) return true;
    // A saint or a street a place is named after ("st marys", "via zamboni"): the name that follows, however close to a word.
    if (glued !== undefined && gluedMatch![2] === '' && PLACE_HEADS.has(glued) && !accentOnly(word)) return true;
    // The signature under a short sign-off line ("cheers\nkev", "grazie mille\nfede"), as for a capitalized one: a name, however close to a word.
    if (lastLine && signOffName(at, end) && !accentOnly(word)) return true;
    if (++probes > MAX_SUGGESTED_WORDS) return false;
    // Far from words: no suggestion among the first three that is a single word within two edits
    // (a split such as "lux ottica" does not count; "inter sting" before "interesting" does not hide it).
    const low = fold(word.toLowerCase());
    const close = cachedSuggest(checker!, word, Math.max(3, max)).slice(0, 3).filter((x) => !x.includes(' '));
    return close.every((x) => typoDistance(low, fold(x.toLowerCase())) >= 3);
  }

  /** "tutto apposto" (a posto), "ne anche" (neanche), "ne meno", "ne pure": run-apart or run-together forms. */
  function italianContextSlip(raw: string, start: number): { word: string; slip: string } | null {
    const lower = raw.toLowerCase();
    const dropped = ACCENT_DROPPED[lower];
    if (dropped !== undefined && !/['’‘"“«]/u.test(text.charAt(start - 1))) return { word: raw, slip: matchCase(raw, dropped) };
    const after = AFTER_SLIPS[lower];
    if (after !== undefined && after[0].has(prevWord(start) ?? '')) return { word: raw, slip: matchCase(raw, after[1]) };
    const runTogether = RUN_TOGETHER[lower];
    if (runTogether !== undefined && !participleReading(start, raw.length)) return { word: raw, slip: matchCase(raw, runTogether) };
    if (lower === 'ne') {
      const m = /^([ \u00a0]+)(anche|meno|pure)(?![\p{L}\p{M}])/u.exec(text.slice(start + 2, start + 12));
      if (m && !CLITIC_BEFORE_NE.has(prevWord(start) ?? '')) {
        const word = text.slice(start, start + 2 + m[1]!.length + m[2]!.length);
        return { word, slip: matchCase(raw, { anche: 'neanche', meno: 'nemmeno', pure: 'neppure' }[m[2]! as 'anche' | 'meno' | 'pure']) };
      }
    }
    return null;
  }

  /**
   * A run-together adverbial (avvolte for "a volte") read as one unless it is
   * the participle it also is: after a form of essere/restare/… or a noun it agrees with, or before
   * the preposition that follows the participle (avvolte nella carta, le mani avvolte in un panno).
   */
  function participleReading(start: number, len: number): boolean {
    const prev = prevWord(start);
    const next = /^[ \u00a0]+([\p{L}\p{M}'’]+)/u.exec(text.slice(start + len, start + len + 30))?.[1]?.toLowerCase().replace(/’/g, "'");
    if (next !== undefined && (PARTICIPLE_NEXT.has(next) || /^(?:nell|dall|sull|dell|all)'/u.test(next))) return true;
    if (prev === undefined) return false;
    const gap = text.slice(start - 40 < 0 ? 0 : start - 40, start);
    // Right after a word in the same clause (no comma, colon or dash between): a noun or a verb it agrees with.
    if (!/[,;:–—(]\s*$/u.test(gap) && !ADVERBIAL_BEFORE.has(prev)) return true;
    return false;
  }

  /** A verb where its noun belongs: "any advise" (advice), "your advise". */
  function englishContextSlip(raw: string, start: number): { word: string; slip: string } | null {
    const lower = raw.toLowerCase();
    const noun = EN_NOUN_FOR_VERB[lower];
    if (noun !== undefined && EN_DETERMINERS.has(prevWord(start) ?? '')) return { word: raw, slip: matchCase(raw, noun) };
    return null;
  }

  /** The line holding `at` is one of the draft's last four non-empty lines, of at most five words and no sentence punctuation. */
  function signatureLine(at: number): boolean {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (lineStart === 0) return false;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    if (/[.!?;:,]\s*$|[!?]/.test(line) || line.split(/\s+/).length > 5) return false;
    const after = lineEnd < 0 ? '' : text.slice(lineEnd);
    return after.split('\n').filter((l) => l.trim()).length <= 3;
  }

  /**
   * When the word is the whole last non-empty line (or that line's name before a company form: "Lucearte S.r.l."): the non-empty
   * line above it, trimmed (else null).
   */
  function lineAboveLast(from: number, to: number): string | null {
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (lineStart === 0 || text.slice(lineStart, from).trim() !== '') return null;
    const lineEnd = text.indexOf('\n', to);
    const rest = text.slice(to, lineEnd < 0 ? text.length : lineEnd).trim();
    if ((rest !== '' && !isCompanyForm(rest)) || (lineEnd >= 0 && text.slice(lineEnd).trim() !== '')) return null;
    const above = text.slice(0, lineStart).trimEnd();
    return above.slice(above.lastIndexOf('\n') + 1).trim();
  }

  /** The word is the whole last non-empty line, and the non-empty line above it is a short sign-off of at most four words ("thanks", "Best wishes,"). */
  function signOffName(from: number, to: number): boolean {
    const prev = lineAboveLast(from, to);
    if (!prev) return false;
    const words = prev.split(/\s+/);
    // A sign-off, not a name line above ("Karen Doyle" / "Medivale" is a company under a name, read by companyUnderName).
    const signOff = words.length === 1 || /[,!]$/.test(prev) || words.some((w) => /^\p{Ll}/u.test(w));
    return words.length <= 4 && !/[.?:;]$/.test(prev) && signOff;
  }

  /** The word is the whole last non-empty line, and the non-empty line above it is a name: two to four capitalized words, no punctuation. */
  function companyUnderName(from: number, to: number): boolean {
    const words = lineAboveLast(from, to)?.split(/\s+/) ?? [];
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w));
  }

  /**
   * An English Title Case phrase of common words with one slip in it ("Supply Chain Managment"): the run holds two or more other
   * capitalized words that the dictionary knows in lower case, and the word is one slip from a dictionary word.
   */
  function titleCaseTypo(word: string, at: number): boolean {
    // English title-cases phrases of common words; Italian names places that way (Villa Clerici Alta), so English only.
    if (lang !== 'en') return false;
    const before = /((?:\p{Lu}\p{Ll}+[ \u00a0]){0,3})$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
    const after = /^((?:[ \u00a0]\p{Lu}\p{Ll}+){0,3})/u.exec(text.slice(at + word.length, at + word.length + 60))?.[1] ?? '';
    const others = [...before.split(/[ \u00a0]+/), ...after.split(/[ \u00a0]+/)].filter((w) => w.length > 0);
    if (others.filter((w) => safeCorrect(checker, w.toLowerCase())).length < 2) return false;
    const lower = word.toLowerCase();
    const here = (w: string) => safeCorrect(checker, w);
    // First of a run that names a place or a body after it ("Carrow District Council", "Holm Primary School"), or a place-shaped
    // compound of two words opening it ("the Riverbend Small Business Expo"): the place's name.
    if (before === '' && (PLACE_BODY_HEADS.has(after.trim().split(/[ \u00a0]+/)[0]?.toLowerCase() ?? '') || isEnglishCompound(lower, here))) return false;
    return !here(lower) && oneSlipFromWord(lower, here);
  }

  /**
   * Does the draft's signature block name this word elsewhere (a company or a name run on a short line near the end)? Only the
   * last four non-empty lines are searched (signatureLine reads no further), so a long draft costs no more than a short one.
   */
  function signedElsewhere(word: string, at: number): boolean {
    for (let i = text.indexOf(word, signatureFrom()); i >= 0; i = text.indexOf(word, i + 1)) {
      if (i === at || /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i + word.length] ?? '')) continue;
      if (inNameRun(i, i + word.length) && signatureLine(i)) return true;
    }
    return false;
  }

  /** Where the last four non-empty lines begin (read from the end: a few lines, however long the draft). */
  function signatureFrom(): number {
    let pos = text.length, lines = 0;
    while (pos > 0 && lines < 4) {
      const start = text.lastIndexOf('\n', pos - 1) + 1;
      if (text.slice(start, pos).trim() !== '') lines++;
      pos = start > 0 ? start - 1 : 0;
    }
    return pos;
  }

  /** The word sits next to another capitalized word: part of a name (Sundar Pichai, Anna Munday). */
  function inNameRun(from: number, to: number): boolean {
    if (/^[ \u00a0]\p{Lu}/u.test(text.slice(to, to + 2))) return true;
    const prev = /\p{Lu}[\p{L}\p{M}'’.-]*[ \u00a0]$/u.exec(text.slice(Math.max(0, from - 40), from));
    return !!prev && !isSentenceStart(text, from - prev[0].length);
  }

  /**
   * An English draft's lowercase word that only Italian knows, read as an
   * English typo (accomodate, which is Italian for "make yourselves
   * comfortable"): the English dictionary's best suggestion is the word with
   * one letter doubled or undoubled or two letters swapped, the word has no
   * Italian accent or apostrophe, and no neighbouring word is Italian only
   * (grazie mille, a presto: a switch of language, not a typo).
   */
  function englishTypoOfItalian(word: string, at: number): boolean {
    if (!other || word.length < 5 || !/^[a-z]+$/.test(word)) return false;
    if (suggested >= MAX_SUGGESTED_WORDS || ++probes > MAX_SUGGESTED_WORDS) return false;
    const top = cachedSuggest(checker!, word, Math.max(1, max))[0];
    if (top === undefined || !doublingOrSwap(word, top.toLowerCase())) return false;
    // The words around it in its sentence, up to three on each side (ti metta in contatto, fammi sapere se vuoi che ti metta).
    const before = text.slice(Math.max(0, at - 60), at).split(/[\n.!?]/u).pop()!.match(/[\p{L}\p{M}'’]+/gu) ?? [];
    const after = text.slice(at + word.length, at + word.length + 60).split(/[\n.!?]/u)[0]!.match(/[\p{L}\p{M}'’]+/gu) ?? [];
    for (const n of [...before.slice(-3), ...after.slice(0, 3)]) {
      const low = n.toLowerCase();
      if (!safeCorrect(checker, low) && !isJargon(low, lang) && safeCorrect(other, low)) return false;
    }
    return true;
  }

  /**
   * The word is a dictionary word but for its accents (martedi for martedì). `written`: a written word, and only its accents
   * differ (gia for già; not cami for c'ami, whose apostrophe fold drops).
   */
  function accentOnly(word: string, written = false): boolean {
    if (++probes > MAX_SUGGESTED_WORDS) return false;
    const low = fold(word.toLowerCase());
    return cachedSuggest(checker!, word, 3).some((s) => s.toLowerCase() !== word.toLowerCase() && fold(s.toLowerCase()) === low
      && (!written || (!/['’ ]/u.test(s) && isWrittenWord(s))));
  }

  function nearDictionaryWord(word: string, at: number): boolean {
    if (++probes > MAX_SUGGESTED_WORDS) return false;
    const low = word.toLowerCase();
    if (new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(low)}(?![\\p{L}\\p{M}])`, 'u').test(text)) return true;
    // Capitalized again mid-sentence elsewhere in the draft: a name (Nexora … ho visto che Nexora).
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(word)}(?![\\p{L}\\p{M}])`, 'gu'))) {
      if (m.index !== at && !isSentenceStart(text, m.index)) return false;
    }
    const top = cachedSuggest(checker!, word, Math.max(1, max))[0];
    if (top === undefined || top.includes(' ')) return false;
    // The nearest word is itself a proper noun (Priya, Oriya): one name near another, unless it is a calendar word or a nationality.
    const topLow = top.toLowerCase(), topKey = fold(topLow);
    if (UPPER.test(top.charAt(0)) && !safeCorrect(checker, topLow) && !NOT_FIRST_NAMES_EN.has(topKey) && !CAPITALIZED_IT.includes(topKey)) return false;
    const d = typoDistance(fold(low), topKey);
    return d <= 1 || (low.length >= 7 && d <= 2);
  }
}

/**
 * Words always written capitalized that a draft may mistype mid-sentence,
 * where capitalized unknown words are otherwise taken for names: weekdays,
 * months (6+ letters) and nationalities in English; in Italian, weekdays and
 * months that lost their accent or were capitalized (Lunedi, Venerdi).
 */
const CAPITALIZED_EN = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'august', 'september', 'october', 'november', 'december', 'english', 'italian', 'french', 'german',
  'spanish', 'european', 'american', 'british', 'chinese', 'japanese', 'canadian', 'australian',
  'portuguese', 'brazilian', 'mexican', 'swedish', 'turkish', 'russian', 'indian', 'african', 'asian',
];
/** Capitalized-only English words that are no first name: the calendar words and nationalities above, the short months, holidays. */
const NOT_FIRST_NAMES_EN: ReadonlySet<string> = new Set([...CAPITALIZED_EN, 'march', 'april', 'june', 'july', 'christmas', 'easter', 'halloween']);
/** English prepositions after which a capitalized-only word is a place or a date, not a first name (in bristol, at leeds). */
const PLACE_TIME_PREPS_EN: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'since', 'until', 'during', 'outside', 'around']);
const CAPITALIZED_IT = [
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio', 'febbraio',
  'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
].map((w) => fold(w));

/** A quoted title: an opening double quote or guillemet, a capital, two words or more on one line, no comma or sentence mark, the closing mark. */
const QUOTED_TITLE = /["“«]\p{Lu}[^"“”«»\n,;!?]{0,78}?\s[^"“”«»\n,;!?]{0,78}?["”»]/gu;

/** Words after which "apposto" means "a posto" (tutto apposto, è apposto, mettere apposto), not "affixed". */
const APPOSTO_BEFORE = new Set([
  'tutto', 'tutta', 'tutti', 'tutte', 'è', "e'", 'sei', 'sono', 'siamo', 'siete', 'sia', 'sembra', 'messo', 'messa', 'mettere', 'metto',
  'mettiamo', 'rimettere', 'ok', 'okay', 'più', 'non', 'bene', 'apposto',
]);
/**
 * Real words that are a slip after given words: "tutto apposto" (affixed) for "a posto", "restare in contato" (counted) for
 * "in contatto".
 */
const AFTER_SLIPS: Readonly<Record<string, readonly [ReadonlySet<string>, string]>> = {
  apposto: [APPOSTO_BEFORE, 'a posto'],
  contato: [new Set(['in']), 'contatto'],
  // "rete di contati", "i miei contati": the contacts, not "counted" (i giorni sono contati).
  contati: [new Set(['di', 'dei', 'miei', 'tuoi', 'suoi', 'nostri', 'vostri', 'nuovi', 'ai', 'coi', 'tra', 'fra']), 'contatti'],
};
/** Italian imperatives written with an apostrophe for the dropped syllable: right as they are. */
const TRUNCATED_IMPERATIVES: ReadonlySet<string> = new Set(["di'", "fa'", "va'", "sta'", "da'"]);
/**
 * English words so rare outside one phrase that, elsewhere, they are a slip in a draft in either language: "meting" (meting out
 * punishment) for "meeting" (labelled nine times, "great meting you", "il meting di ieri", never once the verb).
 */
const RARE_REAL_WORDS: Readonly<Record<string, readonly [RegExp, string]>> = {
  meting: [/^\s+out\b/iu, 'meeting'],
};
/** Run-together forms of Italian adverbials that are also real words (participles): checked in context. */
const RUN_TOGETHER: Readonly<Record<string, string>> = { avvolte: 'a volte' };
/** Words a participle "avvolte" is followed by: in, nel, da, dal, di, con, dentro, attorno, intorno. */
const PARTICIPLE_NEXT = new Set([
  'in', 'nel', 'nella', 'nelle', 'nei', 'negli', 'nello', 'da', 'dal', 'dalla', 'dalle', 'dai', 'dagli', 'dallo', 'di', 'del', 'della',
  'delle', 'dei', 'degli', 'con', 'dentro', 'attorno', 'intorno', 'tra', 'fra', 'sotto', 'sopra',
]);
/** Words after which the adverbial "a volte" opens a phrase (ma a volte, e a volte, perché a volte, che a volte, anche a volte). */
const ADVERBIAL_BEFORE = new Set([
  'ma', 'e', 'ed', 'o', 'però', 'perché', 'perchè', 'che', 'anche', 'pure', 'quindi', 'poi', 'infatti', 'cioè', 'se', 'solo', 'soltanto',
  'davvero', 'già', 'purtroppo', 'onestamente', 'sinceramente', 'sì', 'no', 'ok', 'beh', 'certo', 'ecco', 'almeno', 'comunque', 'eppure',
  'mentre', 'quando', 'come', 'dove', 'proprio', 'ancora', 'ora', 'oggi', 'io', 'tu', 'noi', 'voi', 'non', 'mi', 'ti', 'ci', 'vi', 'si',
]);
/** After a clitic (te ne anche parlato, se ne anche andato) "ne" is the pronoun: not a slip for neanche. */
const CLITIC_BEFORE_NE = new Set(['ce', 'se', 'me', 'te', 've']);
/** English verbs written where the noun belongs, after a determiner or adjective. */
const EN_NOUN_FOR_VERB: Readonly<Record<string, string>> = { advise: 'advice', devise: 'device' };
const EN_DETERMINERS = new Set([
  'any', 'some', 'your', 'my', 'his', 'her', 'their', 'our', 'good', 'great', 'the', 'no', 'much', 'of', 'for', 'useful', 'helpful',
  'valuable', 'practical', 'honest', 'expert', 'career',
]);

function calendarTypo(word: string, lang: Lang): boolean {
  const w = fold(word.toLowerCase().replace(/['’]s$/u, ''));
  if (lang === 'it') return CAPITALIZED_IT.includes(w);
  if (w.length < 6) return false;
  let v = calendarSeen.get(w);
  if (v === undefined) {
    // Within two letters of length, or no distance can be small enough (names are mostly far from every month).
    v = CAPITALIZED_EN.some((c) => Math.abs(c.length - w.length) <= 2 && typoDistance(w, c) <= (w.length >= 8 && c.length >= 8 ? 2 : 1));
    if (calendarSeen.size > 4096) calendarSeen.clear();
    calendarSeen.set(w, v);
  }
  return v;
}
/** calendarTypo's answers for English words (a draft's names recur while it is typed). */
const calendarSeen = new Map<string, boolean>();

/**
 * (The caller also checks that no typing slip turns the word into a
 * dictionary word: intersting is inter + sting, but first interesting mistyped.)
 * A productive English prefix glued to an English word of 5+ letters:
 * afterparty, reshoring, cobranding, upskill, microlearning. The prefixes
 * are the ones business English glues on; the common run-together typos
 * (alot, infact, everytime, upto, ontop, inspite, offcourse) use none of
 * them or a shorter word, and a misspelled word never splits into two real ones
 * this way (recieving, upcomming, prefered).
 */
const EN_PREFIXED = /^(after|post|pre|co|re|on|up|cross|multi|micro|over|under|out|near|inter|mini|mega|super)(\p{Ll}{5,})$/u;
function isEnglishPrefixed(lower: string, en: WordChecker | undefined): boolean {
  const m = EN_PREFIXED.exec(lower);
  return !!m && safeCorrect(en, m[2]!);
}

const SLIP_LETTERS = 'abcdefghijklmnopqrstuvwxyzàèéìòù';
const ACCENT_OF: Readonly<Record<string, string>> = { a: 'à', e: 'èé', i: 'ì', o: 'ò', u: 'ù', à: 'a', è: 'eé', é: 'eè', ì: 'i', ò: 'o', ù: 'u' };

/**
 * One typing slip away from a word `ok` accepts: a letter left out, one
 * typed too many, two adjacent letters swapped, or an accent dropped or
 * wrong (not a letter replaced by another: bioplastiche is not bioclastiche's typo).
 */
export function oneSlipFromWord(w: string, ok: (w: string) => boolean): boolean {
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && ok(w.slice(0, i) + w.slice(i + 1))) return true;
    for (const c of SLIP_LETTERS) if (ok(w.slice(0, i) + c + w.slice(i))) return true;
    if (i + 1 < w.length && w[i] !== w[i + 1] && ok(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2))) return true;
    for (const c of ACCENT_OF[w[i] ?? ''] ?? '') if (ok(w.slice(0, i) + c + w.slice(i + 1))) return true;
  }
  return false;
}

/** One letter of `w` replaced by another gives a word `ok` accepts. */
function oneLetterReplaced(w: string, ok: (w: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++) {
    for (const c of SLIP_LETTERS) if (c !== w[i] && ok(w.slice(0, i) + c + w.slice(i + 1))) return true;
  }
  return false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lowercase without accents and apostrophes, for comparing a word with its suggestion. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f'’]/g, '');
}

/** Optimal-string-alignment distance (adjacent transpositions count 1). */
export function typoDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

function apoIndex(s: string): number {
  return s.search(/['’]/);
}

function countMatches(s: string, re: RegExp): number {
  let n = 0;
  for (const ch of s) if (re.test(ch)) n++;
  return n;
}
