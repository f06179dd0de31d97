// Pattern helpers for the language data modules.

const shared = new Map<string, RegExp>();

/** End of the group opening at `i` (index after its ")"), skipping escapes and character classes; -1 if unbalanced. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') { k++; continue; }
    if (c === '[') {
      for (k++; k < src.length && src[k] !== ']'; k++) if (src[k] === '\\') k++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/**
 * The same pattern with a word boundary that follows its leading lookbehinds moved in front of them
 * ("(?<!were on )\\bgrab" → "\\b(?<!were on )grab"). Two zero-width tests at one position mean the same in
 * either order, but the engine tries the first at every position of the draft: a boundary fails at most of
 * them at once, a lookbehind first reads back a few characters. Anything else is returned as it is.
 */
export function hoistBoundary(src: string): string {
  let i = 0;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    const e = groupEnd(src, i);
    if (e < 0) return src;
    i = e;
  }
  return i > 0 && src.startsWith('\\b', i) ? '\\b' + src.slice(0, i) + src.slice(i + 2) : src;
}

/**
 * A global pattern over folded text. The same source gives the same object, so a cue listed under
 * several facts (a shared school is both a detail and how you met) is matched once per draft:
 * Doc caches matches by pattern object, and resets `lastIndex` around every use.
 */
export const g = (src: string): RegExp => {
  let re = shared.get(src);
  if (!re) shared.set(src, (re = new RegExp(hoistBoundary(src), 'g')));
  return re;
};
/**
 * Same, with match indices: needed by patterns with a `cap` group (a letter that must be upper-case in the
 * user's text). The group takes lower-case letters only, so Doc.matches can hide a rejected letter by
 * upper-casing it and look for a longer reading from the same start.
 */
export const gd = (src: string): RegExp => new RegExp(hoistBoundary(src.replaceAll('(?<cap>\\w)', '(?<cap>[^\\WA-Z])')), 'gd');

/** Patterns that only count when one of the two words right before the match is capitalized (a person's name). */
export const NAME_BEFORE = new WeakSet<RegExp>();

/** A global pattern that needs a capitalized name just before it ("Elisa Fabbri| mi ha parlato di te"). */
export function nameBefore(src: string): RegExp {
  const re = new RegExp(hoistBoundary(src), 'g'); // never shared: the name check belongs to this object
  NAME_BEFORE.add(re);
  return re;
}

/**
 * Literal strings of which at least one must occur in any text the pattern matches, or null when no
 * such set can be read from the source. A cheap pre-filter: when none occurs in the folded draft,
 * the pattern cannot match and the regex engine (which would try every position) is skipped.
 * Conservative by construction: only unquantified literal runs of 3+ characters outside classes,
 * lookarounds and optional groups count; a group gives one literal set only when every alternative
 * has one. Cached per pattern object.
 */
export function requiredLiterals(re: RegExp): Literals | null {
  let v = literalCache.get(re);
  if (v === undefined) {
    const lits = re.flags.includes('i') ? null : readLiterals(re.source);
    v = lits && literalsOf(lits);
    literalCache.set(re, v);
  }
  return v;
}

/**
 * A finer pre-filter than `requiredLiterals`: per top-level alternative of the pattern, every literal set
 * that alternative needs (an unquantified run, or a group whose every alternative has one). The pattern can
 * match a text only if, for some alternative, each of its sets has a literal in the text. On a long draft
 * most single literals ("would", " send") are present somewhere, while the whole of an alternative is not;
 * this skips about two in three of the regex passes that would find nothing. Null when some alternative
 * has no literal (or the pattern is case-insensitive). Cached per pattern object.
 */
export function literalFilter(re: RegExp): LiteralFilter | null {
  let v = filterCache.get(re);
  if (v === undefined) {
    const alts = re.flags.includes('i') ? null : readFilter(re.source);
    v = alts && { alts: alts.map((clauses) => clauses.map(literalsOf)) };
    filterCache.set(re, v);
  }
  return v;
}

/** For each top-level alternative, the literal sets it needs (each set: at least one of its literals). */
export interface LiteralFilter {
  alts: ReadonlyArray<readonly Literals[]>;
}

/** Can a text (with its trigram bit set and per-text answers) hold a match, by the filter? */
export function passesFilter(text: string, bits: Uint32Array, f: LiteralFilter, seen?: Uint8Array): boolean {
  next: for (const clauses of f.alts) {
    for (const c of clauses) if (!containsAnyLiteral(text, bits, c, seen)) continue next;
    return true;
  }
  return false;
}

const filterCache = new WeakMap<RegExp, LiteralFilter | null>();
const literalsOf = (lits: readonly string[]): Literals => ({
  lits,
  first: Uint16Array.from(lits, (l) => trigramHash(l, 0)),
  mid: Uint16Array.from(lits, (l) => trigramHash(l, (l.length - 3) >> 1)),
  last: Uint16Array.from(lits, (l) => trigramHash(l, l.length - 3)),
  ids: Uint32Array.from(lits, literalId),
});

function readFilter(src: string): string[][][] | null {
  const alts = topAlternatives(src);
  return !alts || alts.some((a) => a.length === 0) ? null : alts.map((a) => a.map((c) => [...new Set(c)]));
}

/** A pattern's required literals with the hashes of their first, middle and last three characters, and their ids. */
export interface Literals {
  lits: readonly string[];
  first: Uint16Array;
  mid: Uint16Array;
  last: Uint16Array;
  /** One number per distinct literal across all patterns (patterns share many), to index a per-text answer. */
  ids: Uint32Array;
}

const literalIds = new Map<string, number>();
/** Every trigram hash of each literal, by id: all must be in a text's bit set before a substring search. */
const literalTrigrams: Uint16Array[] = [];
function literalId(lit: string): number {
  let id = literalIds.get(lit);
  if (id === undefined) {
    literalIds.set(lit, (id = literalIds.size));
    literalTrigrams.push(Uint16Array.from({ length: lit.length - 2 }, (_, i) => trigramHash(lit, i)));
  }
  return id;
}
const hasAll = (bits: Uint32Array, hashes: Uint16Array): boolean => {
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
};
/** How many distinct literals the patterns read so far have (the size of a per-text answer table). */
export const literalCount = (): number => literalIds.size;

/** 16-bit hash of the three characters of `s` from `at` (collisions only cost a substring search). */
export function trigramHash(s: string, at: number): number {
  return ((s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) * 40503) >>> 16 & 0xffff;
}

/** Bit set of the trigram hashes of a text: a literal whose end trigrams are missing is not in it. */
export function trigramBits(s: string): Uint32Array {
  const bits = new Uint32Array(2048);
  for (let i = 0; i + 3 <= s.length; i++) {
    const h = trigramHash(s, i);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/**
 * Does `text` (with its trigram bit set) contain one of the literals? `seen`, indexed by literal id, keeps
 * the answers for this text (0 not yet looked for, 1 in it, 2 not in it): each substring search is done
 * once per text however many patterns share the literal.
 */
export function containsAnyLiteral(text: string, bits: Uint32Array, l: Literals, seen?: Uint8Array): boolean {
  const { lits, first, mid, last, ids } = l;
  for (let k = 0; k < lits.length; k++) {
    const a = first[k]!, b = last[k]!, c = mid[k]!;
    if ((bits[a >>> 5]! & (1 << (a & 31))) === 0 || (bits[b >>> 5]! & (1 << (b & 31))) === 0 || (bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    const id = ids[k]!;
    const known = seen !== undefined && id < seen.length ? seen[id]! : 0;
    if (known === 1) return true;
    if (known === 2) continue;
    const hit = hasAll(bits, literalTrigrams[id]!) && text.includes(lits[k]!);
    if (seen !== undefined && id < seen.length) seen[id] = hit ? 1 : 2;
    if (hit) return true;
  }
  return false;
}

const literalCache = new WeakMap<RegExp, Literals | null>();
const MIN_LITERAL = 3;
type Clause = string[];

function readLiterals(src: string): string[] | null {
  const alts = topAlternatives(src);
  return alts && unionOf(alts);
}

/** The literal clauses of each top-level alternative of a pattern source, or null when it cannot be read. */
function topAlternatives(src: string): Clause[][] | null {
  try {
    const p = { s: src, i: 0 };
    const alts = parseAlternatives(p);
    return p.i < src.length ? null : alts; // unbalanced ")": give up
  } catch {
    return null;
  }
}

/** One literal set covering a group: each alternative contributes its most selective clause. */
function unionOf(alts: Clause[][]): string[] | null {
  const out = new Set<string>();
  for (const clauses of alts) {
    if (clauses.length === 0) return null;
    let best = clauses[0]!;
    const score = (c: Clause) => Math.min(...c.map((l) => l.length)) * 1000 - c.length;
    for (const c of clauses) if (score(c) > score(best)) best = c;
    for (const l of best) out.add(l);
  }
  return out.size > 0 ? [...out] : null;
}

/** Quantifier at p.i: consumed; returns whether it allows zero repetitions (null when there is none). */
function quantifier(p: { s: string; i: number }): boolean | null {
  const c = p.s[p.i];
  let optional: boolean | null = null;
  if (c === '?' || c === '*') { optional = true; p.i++; }
  else if (c === '+') { optional = false; p.i++; }
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.s.slice(p.i));
    if (!m) return null;
    optional = Number(m[1]) === 0;
    p.i += m[0].length;
  }
  if (optional !== null && p.s[p.i] === '?') p.i++; // lazy
  return optional;
}

function parseAlternatives(p: { s: string; i: number }): Clause[][] {
  const alts: Clause[][] = [];
  let cur: Clause[] = [];
  let run = '';
  const flush = () => { if (run.length >= MIN_LITERAL) cur.push([run]); run = ''; };
  const s = p.s;
  while (p.i < s.length) {
    const c = s[p.i]!;
    if (c === '|') { flush(); alts.push(cur); cur = []; p.i++; continue; }
    if (c === ')') { flush(); alts.push(cur); return alts; }
    if (c === '(') {
      flush();
      let look = false;
      if (s.startsWith('(?:', p.i)) p.i += 3;
      else if (s.startsWith('(?=', p.i) || s.startsWith('(?!', p.i)) { p.i += 3; look = true; }
      else if (s.startsWith('(?<=', p.i) || s.startsWith('(?<!', p.i)) { p.i += 4; look = true; }
      else if (s.startsWith('(?<', p.i)) { const e = s.indexOf('>', p.i); if (e < 0) throw new Error('group'); p.i = e + 1; }
      else if (s.startsWith('(?', p.i)) throw new Error('group syntax'); // modifiers: not read
      else p.i += 1;
      const inner = parseAlternatives(p);
      if (s[p.i] !== ')') throw new Error('unclosed');
      p.i++;
      const optional = quantifier(p);
      if (!look && optional !== true) { const u = unionOf(inner); if (u) cur.push(u); }
      continue;
    }
    if (c === '[') {
      flush();
      p.i++;
      if (s[p.i] === '^') p.i++;
      if (s[p.i] === ']') p.i++;
      while (p.i < s.length && s[p.i] !== ']') p.i += s[p.i] === '\\' ? 2 : 1;
      if (s[p.i] !== ']') throw new Error('class');
      p.i++;
      quantifier(p);
      continue;
    }
    let lit: string | null = null;
    if (c === '\\') {
      const n = s[p.i + 1];
      if (n === undefined) throw new Error('escape');
      if (/[A-Za-z0-9]/.test(n)) {
        // Classes, boundaries, back-references, \p{…}, \u…, \x…, \k<…>: not a literal character.
        flush();
        p.i += 2;
        if ((n === 'p' || n === 'P' || n === 'u') && s[p.i] === '{') { const e = s.indexOf('}', p.i); p.i = e < 0 ? s.length : e + 1; }
        else if (n === 'k' && s[p.i] === '<') { const e = s.indexOf('>', p.i); p.i = e < 0 ? s.length : e + 1; }
        quantifier(p);
        continue;
      }
      lit = n;
      p.i += 2;
    } else if (c === '.' || c === '^' || c === '$') {
      flush();
      p.i++;
      quantifier(p);
      continue;
    } else {
      lit = c;
      p.i++;
    }
    const q = quantifier(p);
    if (q === null) run += lit;
    else flush(); // a repeated or optional character ends the run without joining it
  }
  flush();
  alts.push(cur);
  return alts;
}
