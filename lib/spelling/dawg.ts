// Runtime of Garbo's compiled dictionaries (see scripts/build-dicts.mjs for
// the format). Pure TypeScript, no dependencies, no DOM or browser API: the
// bytes come from fs in Node and from fetch() of the packaged file in the
// extension background:
//
//   const bytes = await (await fetch(browser.runtime.getURL('/dict/it.bin'))).arrayBuffer();
//   const it = loadDictionary(bytes, 'it');
//
// Loading only wraps the bytes in typed arrays and parses a small JSON header.
import type { Lang, WordChecker } from '../types';

interface Header {
  lang: string;
  alphabet: string;
  root: number;
  rootFinal: boolean;
  edges: number;
  elisions: Array<[number, string, string, string]>;
  markers: { elisionBase: number; noSuggest: number; onlyUpcase: number };
}

interface ElisionRule {
  cls: number;
  strip: string;
  add: string;
  /** add lowercased, to match ALLCAPS / Initcap inputs quickly. */
  cond: RegExp | null;
}

const MAX_WORD = 64;
/** Words whose verdict is remembered (about 0.5 MB at most); the cache starts over when full. */
const VERDICT_CACHE_MAX = 8192;

/** A compiled dictionary: membership with Hunspell's case rules, and ranked suggestions. */
export interface Dictionary extends WordChecker {
  readonly lang: Lang;
  /** Exact membership of one form, no case folding. */
  has(form: string): boolean;
  /** Number of automaton edges (for the bench/tests). */
  readonly size: number;
  /** A word of the automaton picked by a random walk (tests: sampling forms to compare with Hunspell). */
  randomWord(random: () => number): string;
}

function conditionRegex(cond: string): RegExp | null {
  if (!cond || cond === '.') return null;
  let src = '';
  for (let i = 0; i < cond.length; i++) {
    const c = cond.charAt(i);
    if (c === '[') {
      const j = cond.indexOf(']', i);
      if (j < 0) return null;
      src += cond.slice(i, j + 1).replace(/\\/g, '\\\\');
      i = j;
    } else if (c === '.') src += '.';
    else src += c.replace(/[\\^$*+?()|{}/-]/g, '\\$&');
  }
  try {
    return new RegExp(`^(?:${src})`, 'u');
  } catch {
    return null;
  }
}

type Cap = 'none' | 'init' | 'all' | 'huhinit' | 'huh';

function capType(w: string): Cap {
  let ncap = 0;
  let nneutral = 0;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue; // a-z
    if (c >= 65 && c <= 90) {
      ncap++;
      continue;
    }
    if (c === 39) {
      nneutral++;
      continue;
    }
    const ch = w.charAt(i);
    const lo = ch.toLowerCase();
    if (ch !== lo) ncap++;
    else if (lo === ch.toUpperCase()) nneutral++;
  }
  if (ncap === 0) return 'none';
  const first = w.charAt(0);
  const firstCap = first !== first.toLowerCase();
  if (ncap === 1 && firstCap) return 'init';
  if (ncap === n || ncap + nneutral === n) return 'all';
  if (ncap > 1 && firstCap) return 'huhinit';
  return 'huh';
}

/** a and b differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function initCap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function normalizeWord(word: string): string {
  let w = word;
  // NFC only when needed (combining marks present): keeps ASCII lookups fast.
  if (/[\u0300-\u036f]/.test(w)) w = w.normalize('NFC');
  if (w.indexOf('’') >= 0 || w.indexOf('ʼ') >= 0) w = w.replace(/[’ʼ]/g, "'");
  return w;
}

// ---- suggestion costs ---------------------------------------------------------------

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ADJACENT = new Set<string>();
for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
  const row = KEYBOARD_ROWS[r]!;
  for (let i = 0; i < row.length; i++) {
    const pairs: string[] = [];
    if (i > 0) pairs.push(row[i - 1]!);
    if (i + 1 < row.length) pairs.push(row[i + 1]!);
    // Row below/above, staggered layout: same index and index-1 / index+1.
    const below = KEYBOARD_ROWS[r + 1];
    if (below) {
      if (below[i]) pairs.push(below[i]!);
      if (i > 0 && below[i - 1]) pairs.push(below[i - 1]!);
    }
    const above = KEYBOARD_ROWS[r - 1];
    if (above) {
      if (above[i]) pairs.push(above[i]!);
      if (above[i + 1]) pairs.push(above[i + 1]!);
    }
    for (const p of pairs) {
      ADJACENT.add(row[i]! + p);
      ADJACENT.add(p + row[i]!);
    }
  }
}

function baseLetter(c: string): string {
  return c.normalize('NFD').charAt(0).toLowerCase();
}

// Costs of the weighted edit distance (1 = an ordinary edit). Cheaper edits
// are the usual slips: accents, doubled letters, a neighbouring key, a missing
// vowel, two letters swapped, Italian c/g + i.
const COST_CASE = 0.25;
const COST_ACCENT = 0.3;
const COST_DOUBLE = 0.45;
const COST_APOSTROPHE = 0.5;
const COST_IT_I = 0.5;
const COST_TRANSPOSE = 0.6;
const COST_INS_VOWEL = 0.75;
const COST_INS = 0.85;
const COST_ADJACENT = 0.9;
const COST_DEL = 0.95;
const COST_SUB = 1.1;
const COST_SPLIT = 1.3;
const COST_ELISION_FIX = 0.45;
const FIRST_LETTER_EXTRA = 0.2;
const ELISION_JOIN = 0.5;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'à', 'è', 'é', 'ì', 'ò', 'ù']);

function subCost(qj: string, c: string, first: boolean): number {
  if (qj === c) return 0;
  const lc = c.toLowerCase();
  const lq = qj.toLowerCase();
  const caseExtra = (lc === c) === (lq === qj) ? 0 : COST_CASE;
  if (lc === lq) return COST_CASE;
  if (baseLetter(lc) === baseLetter(lq)) return COST_ACCENT + caseExtra;
  const extra = (first ? FIRST_LETTER_EXTRA : 0) + caseExtra;
  if (ADJACENT.has(lq + lc)) return COST_ADJACENT + extra;
  return COST_SUB + extra;
}

/**
 * Wraps compiled dictionary bytes. Throws when the bytes are not a Garbo
 * dictionary (wrong magic/version or truncated).
 */
export function loadDictionary(bytes: Uint8Array | ArrayBuffer, lang: Lang): Dictionary {
  let u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 12 || u8[0] !== 0x47 || u8[1] !== 0x52 || u8[2] !== 0x42 || u8[3] !== 0x44) {
    throw new Error('not a Garbo dictionary (bad magic)');
  }
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== 1) throw new Error(`unsupported dictionary version ${version}`);
  const jsonLen = dv.getUint32(8, true);
  if (12 + jsonLen > u8.length) throw new Error('truncated dictionary header');
  const header = JSON.parse(new TextDecoder().decode(u8.subarray(12, 12 + jsonLen))) as Header;
  if (
    !header || typeof header.alphabet !== 'string' || !Number.isInteger(header.edges) || header.edges < 1 ||
    !Number.isInteger(header.root) || header.root < 0 || header.root >= header.edges || !Array.isArray(header.elisions) ||
    !header.markers || typeof header.markers.elisionBase !== 'number'
  ) {
    throw new Error('damaged dictionary header');
  }
  if (header.lang !== lang) throw new Error(`dictionary is for '${header.lang}', not '${lang}'`);
  const off = 12 + jsonLen + ((4 - ((12 + jsonLen) % 4)) % 4);
  const edges = header.edges;
  if (off + edges * 5 > u8.length) throw new Error('truncated dictionary');
  if ((u8.byteOffset + off) % 4 !== 0) {
    // Uint32Array views need 4-byte alignment: copy once (rare: pooled Buffers).
    u8 = u8.slice();
  }
  const links = new Uint32Array(u8.buffer, u8.byteOffset + off, edges);
  const syms = u8.subarray(off + edges * 4, off + edges * 5);
  return new DawgDictionary(lang, header, links, syms);
}

class DawgDictionary implements Dictionary {
  readonly size: number;
  private readonly symOf: Int16Array;
  private readonly alphabet: string;
  private readonly root: number;
  private readonly elisions: ElisionRule[];
  /** elision rules indexed by the first UTF-16 unit of their added text, lowercased. */
  private readonly elisionByFirst = new Map<string, ElisionRule[]>();
  private readonly elisionMark: number;
  private readonly noSuggestMark: string;
  private readonly onlyUpcaseMark: string;
  private readonly firstLetterSym: number;
  /** The distinct lowercase elision texts (l', dell', un' …), for fixing a mistyped one. */
  private readonly elisionHeads: string[];
  /** Root edge per symbol (-1: none): the root has one edge per initial letter. */
  private readonly rootEdge: Int32Array;
  /** Per symbol: the cost of inserting it. */
  private readonly insBase: Float64Array;

  constructor(readonly lang: Lang, header: Header, private readonly links: Uint32Array, private readonly syms: Uint8Array) {
    this.size = header.edges;
    this.alphabet = header.alphabet;
    this.root = header.root;
    this.symOf = new Int16Array(65536).fill(-1);
    for (let i = 0; i < header.alphabet.length; i++) this.symOf[header.alphabet.charCodeAt(i)] = i;
    this.elisionMark = header.markers.elisionBase;
    this.noSuggestMark = String.fromCharCode(header.markers.noSuggest);
    this.onlyUpcaseMark = String.fromCharCode(header.markers.onlyUpcase);
    // First symbol that is a real character (markers are control characters and sort first).
    let fl = 0;
    while (fl < header.alphabet.length && header.alphabet.charCodeAt(fl) < 0x20) fl++;
    this.firstLetterSym = fl;
    this.rootEdge = new Int32Array(header.alphabet.length).fill(-1);
    if (this.root !== 0) {
      for (let e = this.root; e < header.edges; e++) {
        if (syms[e]! < header.alphabet.length) this.rootEdge[syms[e]!] = e;
        if ((links[e]! & 1) !== 0) break;
      }
    }
    this.insBase = new Float64Array(header.alphabet.length);
    for (let i = 0; i < header.alphabet.length; i++) {
      const c = header.alphabet.charAt(i);
      const lc = c.toLowerCase();
      this.insBase[i] = (c === "'" || c === '-' ? COST_APOSTROPHE : VOWELS.has(lc) ? COST_INS_VOWEL : COST_INS) + (lc !== c ? COST_CASE : 0);
    }
    this.elisions = header.elisions.map(([cls, strip, add, cond]) => ({ cls, strip, add, cond: conditionRegex(cond) }));
    this.elisionHeads = [...new Set(this.elisions.filter((r) => !r.strip && r.add.endsWith("'") && r.add === r.add.toLowerCase()).map((r) => r.add))];
    for (const r of this.elisions) {
      if (!r.add) continue;
      const k = r.add.charAt(0);
      let list = this.elisionByFirst.get(k);
      if (!list) this.elisionByFirst.set(k, (list = []));
      list.push(r);
    }
  }

  // ---- membership -------------------------------------------------------------------

  /** Edge index reached by reading `s` from `state` (-1 if none); final flag in bit 1 of the link. */
  private walk(state: number, s: string, from = 0): number {
    const symOf = this.symOf;
    const syms = this.syms;
    const links = this.links;
    const size = this.size;
    let node = state;
    let link = -1;
    for (let i = from; i < s.length; i++) {
      if (node === 0) return -1;
      const sym = symOf[s.charCodeAt(i)]!;
      if (sym < 0) return -1;
      let e: number;
      if (node === this.root) {
        e = this.rootEdge[sym]!;
        if (e < 0) return -1;
      } else {
        e = node;
        for (;;) {
          if (e >= size) return -1; // damaged file: never run off the end
          const es = syms[e]!;
          if (es === sym) break;
          if (es > sym || (links[e]! & 1) !== 0) return -1;
          e++;
        }
      }
      link = links[e]!;
      node = link >>> 2;
    }
    return link;
  }

  has(form: string): boolean {
    if (form.length === 0) return false;
    const link = this.walk(this.root, form);
    return link >= 0 && (link & 2) !== 0;
  }

  /** Hunspell's checkword: the form itself, or an elided form through the prefix table. */
  private check(w: string): boolean {
    if (this.has(w)) return true;
    return this.elided(w);
  }

  private elided(w: string): boolean {
    const apos = w.indexOf("'");
    if (apos <= 0 || apos === w.length - 1) return false;
    const rules = this.elisionByFirst.get(w.charAt(0));
    if (!rules) return false;
    for (const r of rules) {
      if (!w.startsWith(r.add)) continue;
      const rest = r.strip + w.slice(r.add.length);
      if (rest.length === 0 || w.length === r.add.length) continue;
      if (r.cond && !r.cond.test(rest)) continue;
      if (this.has(String.fromCharCode(this.elisionMark + r.cls) + rest)) return true;
    }
    return false;
  }

  /** Verdicts of correct() by word: a draft is re-checked on every keystroke with nearly the same words. */
  private verdicts = new Map<string, boolean>();

  correct(word: string): boolean {
    if (typeof word !== 'string' || word.length === 0 || word.length > MAX_WORD) return false;
    const known = this.verdicts.get(word);
    if (known !== undefined) return known;
    if (this.verdicts.size >= VERDICT_CACHE_MAX) this.verdicts.clear();
    const verdict = this.lookup(word);
    this.verdicts.set(word, verdict);
    return verdict;
  }

  private lookup(word: string): boolean {
    const w = normalizeWord(word);
    const cap = capType(w);
    if (cap === 'none' || cap === 'huh' || cap === 'huhinit') return this.check(w);
    if (cap === 'all') {
      if (this.check(w)) return true;
      const lower = w.toLowerCase();
      const apos = lower.indexOf("'");
      if (apos >= 0 && apos < lower.length - 1) {
        const p1 = lower.slice(0, apos + 1);
        const p2 = initCap(lower.slice(apos + 1));
        if (this.check(p1 + p2)) return true;
        if (this.check(initCap(p1) + p2)) return true;
      }
      const ic = initCap(lower);
      if (this.check(ic) || this.has(this.onlyUpcaseMark + ic)) return true;
      return this.check(lower);
    }
    // Initcap
    const lower = w.toLowerCase();
    if (this.check(initCap(lower))) return true;
    return this.check(lower);
  }

  randomWord(random: () => number): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      let node = this.root;
      let s = '';
      while (node !== 0 && s.length < MAX_WORD) {
        let n = 0;
        if (node >= this.size) return '';
        while (node + n < this.size - 1 && (this.links[node + n]! & 1) === 0) n++;
        n++;
        const e = node + Math.floor(random() * n);
        if (s.length === 0 && this.syms[e]! < this.firstLetterSym) break;
        s += this.alphabet.charAt(this.syms[e]!);
        const link = this.links[e]!;
        node = link >>> 2;
        // Stop at a final state with a probability that favours ordinary lengths.
        if ((link & 2) !== 0 && (node === 0 || random() < 0.3)) return s;
      }
    }
    return '';
  }

  // ---- suggestions ------------------------------------------------------------------

  suggest(word: string, max = 5): string[] {
    if (typeof word !== 'string' || max <= 0) return [];
    const w = normalizeWord(word);
    if (w.length === 0 || w.length > 40) return [];
    const cap = capType(w);
    const q = cap === 'init' || cap === 'all' ? w.toLowerCase() : w;
    const found = new Map<string, number>();
    const add = (cand: string, cost: number) => {
      const prev = found.get(cand);
      if (prev === undefined || cost < prev) found.set(cand, cost);
    };

    this.search(q, add);
    const apos = q.indexOf("'");
    if (apos > 0 && apos < q.length - 1) {
      // Elided input: search the word after a known elision, keep the elision.
      const head = q.slice(0, apos + 1);
      const tail = q.slice(apos + 1);
      if (this.elisionByFirst.get(head.charAt(0))?.some((r) => r.add === head)) {
        this.search(tail, (cand, cost) => {
          if (this.check(head + cand)) add(head + cand, cost);
        });
      }
      // A mistyped elision (del'evento → dell'evento, nel'ambito → nell'ambito).
      for (const fixed of this.elisionHeads) {
        if (fixed !== head && withinOneEdit(fixed, head) && this.check(fixed + tail)) add(fixed + tail, COST_ELISION_FIX);
      }
      // Two good words joined by a wrong apostrophe (qual'è → qual è).
      const h = q.slice(0, apos);
      if (this.has(h) && this.has(tail)) add(`${h} ${tail}`, ELISION_JOIN);
    } else {
      // A missing elision apostrophe (daccordo → d'accordo, lamico → l'amico).
      const rules = this.elisionByFirst.get(q.charAt(0));
      if (rules) {
        for (const r of rules) {
          const head = r.add.slice(0, -1);
          if (r.strip || !r.add.endsWith("'") || !q.startsWith(head) || q.length <= head.length + 1) continue;
          const cand = `${r.add}${q.slice(head.length)}`;
          if (this.check(cand)) add(cand, ELISION_JOIN);
        }
      }
      if (this.has(q.slice(0, 1) + "'" + q.slice(1))) add(q.slice(0, 1) + "'" + q.slice(1), ELISION_JOIN);
    }
    // Two words run together (alot → a lot): only when both halves are real words.
    if (apos < 0 && q.length >= 4) {
      for (let i = 1; i < q.length; i++) {
        const a = q.slice(0, i);
        const b = q.slice(i);
        if ((a.length >= 2 || a === 'a' || a === 'e' || a === 'o') && b.length >= 2 && this.has(a) && this.has(b)) add(`${a} ${b}`, COST_SPLIT);
      }
    }

    const ranked = [...found.entries()]
      .filter(([c]) => c !== q && !this.has(this.noSuggestMark + c))
      .sort((x, y) => x[1] - y[1] || Math.abs(x[0].length - q.length) - Math.abs(y[0].length - q.length) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const out: string[] = [];
    for (const [cand] of ranked) {
      let s = cand;
      if (cap === 'all') s = cand.toUpperCase();
      else if (cap === 'init') s = initCap(cand);
      if (s === w || out.includes(s)) continue;
      out.push(s);
      if (out.length >= max) break;
    }
    return out;
  }

  /** Weighted Damerau-Levenshtein search of the automaton around `q` (DFS, rows pruned at the limit). */
  private search(q: string, add: (cand: string, cost: number) => void): void {
    const m = q.length;
    if (m === 0) return;
    const limit = m <= 2 ? 1 : m <= 4 ? 1.35 : m <= 7 ? 1.8 : 2.1;
    const maxDepth = m + 3;
    const width = m + 1;
    const A = this.alphabet.length;
    const italian = this.lang === 'it';
    const syms = this.syms;
    const links = this.links;
    const alphabet = this.alphabet;

    // Query tables.
    const qSym = new Int16Array(m);
    for (let j = 0; j < m; j++) qSym[j] = this.symOf[q.charCodeAt(j)]!;
    const del = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const ch = q.charAt(j);
      const prev = j > 0 ? q.charAt(j - 1) : '';
      const next = j + 1 < m ? q.charAt(j + 1) : '';
      if (ch === "'" || ch === '-') del[j] = COST_APOSTROPHE;
      else if (ch === prev || ch === next) del[j] = COST_DOUBLE;
      else if (italian && ch === 'i' && VOWELS.has(next) && (prev === 'c' || prev === 'g' || (prev === 'n' && j > 1 && q.charAt(j - 2) === 'g'))) del[j] = COST_IT_I;
      else del[j] = COST_DEL;
    }
    // Substitution costs per (symbol, query position), computed lazily per symbol.
    const sub = new Float64Array(A * m).fill(-1);
    const subAt = (sym: number, j: number): number => {
      const k = sym * m + j;
      let v = sub[k]!;
      if (v < 0) {
        v = subCost(q.charAt(j), alphabet.charAt(sym), j === 0);
        sub[k] = v;
      }
      return v;
    };
    const insBase = this.insBase;
    const iSym = this.symOf[0x69]!; // 'i'
    const cSym = this.symOf[0x63]!;
    const gSym = this.symOf[0x67]!;

    const rows = new Float64Array((maxDepth + 2) * width);
    const path = new Int16Array(maxDepth + 2);
    rows[0] = 0;
    for (let j = 1; j <= m; j++) rows[j] = rows[j - 1]! + del[j - 1]!;
    // Only cells within BAND of the diagonal can stay under the limit (every
    // insertion or deletion costs at least COST_DOUBLE): Ukkonen's cut-off.
    const BAND = Math.ceil(limit / COST_DOUBLE);
    let budget = 2_000_000; // DP cells: bounds the worst case on long or odd inputs

    const visit = (node: number, depth: number): void => {
      if (node === 0 || depth >= maxDepth) return;
      const prevRow = depth * width;
      const row = prevRow + width;
      const prevSym = depth > 0 ? path[depth - 1]! : -1;
      const lo = Math.max(1, depth + 1 - BAND);
      const hi = Math.min(m, depth + 1 + BAND);
      for (let e = node; e < this.size; e++) {
        budget -= hi - lo + 2;
        if (budget < 0) return;
        const sym = syms[e]!;
        const link = links[e]!;
        const last = (link & 1) !== 0;
        if (sym < this.firstLetterSym) {
          if (last) break;
          continue;
        }
        path[depth] = sym;
        let ins = insBase[sym]!;
        if (sym === prevSym) ins = COST_DOUBLE;
        else if (italian && sym === iSym && (prevSym === cSym || prevSym === gSym)) ins = COST_IT_I;
        let v = lo === 1 ? rows[prevRow]! + ins : Infinity;
        rows[row] = v;
        if (lo > 1) rows[row + lo - 1] = Infinity;
        let rowMin = v;
        for (let j = lo; j <= hi; j++) {
          const qs = qSym[j - 1]!;
          v = rows[prevRow + j - 1]! + (qs === sym ? 0 : subAt(sym, j - 1));
          const vi = rows[prevRow + j]! + ins;
          if (vi < v) v = vi;
          const vd = rows[row + j - 1]! + del[j - 1]!;
          if (vd < v) v = vd;
          if (j > 1 && depth > 0 && qs === prevSym && qSym[j - 2] === sym && qs !== sym) {
            const vt = rows[prevRow - width + j - 2]! + COST_TRANSPOSE;
            if (vt < v) v = vt;
          }
          rows[row + j] = v;
          if (v < rowMin) rowMin = v;
        }
        if (hi < m) {
          rows[row + hi + 1] = Infinity;
          rows[row + m] = Infinity;
        }
        if ((link & 2) !== 0 && rows[row + m]! <= limit) {
          let s = '';
          for (let d = 0; d <= depth; d++) s += alphabet.charAt(path[d]!);
          add(s, rows[row + m]!);
        }
        if (rowMin <= limit) visit(link >>> 2, depth + 1);
        if (last) break;
      }
    };
    visit(this.root, 0);
  }
}
