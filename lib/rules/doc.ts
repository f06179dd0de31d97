// The pre-processed draft the rules share: folded text, tokens, sentences,
// clauses, and the pattern helpers (proper-noun groups, negation scope).
import type { Lang, Span } from '../types';
import { wordSet } from '../lang';
import { language, languages } from '../lang/registry';
import { literalCount, literalFilter, NAME_BEFORE, passesFilter, trigramBits } from '../lang/patterns';
import { clauses, fold, mergeSpans, sentences, tokenize, type Token } from '../lang/text';
import type { LangData } from '../lang/types';


export interface Clause extends Span {
  sentence: number;
}


const WIDE_SPACE = /\s/;
const narrowChecked = new WeakMap<RegExp, boolean>();
/**
 * Can this pattern run on Doc's narrow copy with the same answers? Yes when it has no case-insensitive
 * or Unicode flag and names no character beyond ASCII (no literal, no \u or \x escape): it then sees a
 * wide character only through `.`, `\s`, `\w`, `\b` or a negated class, which answer alike for the stand-in.
 */
function narrowSafe(re: RegExp): boolean {
  let ok = narrowChecked.get(re);
  if (ok === undefined) narrowChecked.set(re, (ok = !/[iuv]/.test(re.flags) && !/[^\x00-\x7f]|\\[ux]/.test(re.source)));
  return ok;
}

export class Doc {
  readonly text: string;
  readonly folded: string;
  readonly tokens: Token[];
  readonly sentences: Span[];
  readonly clauses: Clause[];
  /** The draft's language data first, then the other language (mixed drafts). */
  readonly langs: readonly LangData[];
  readonly lang: Lang;

  constructor(text: string, lang: Lang, tokens?: Token[], folded?: string) {
    this.text = text;
    this.folded = folded ?? fold(text);
    this.tokens = tokens ?? tokenize(text, this.folded);
    this.lang = lang;
    const primary = language(lang);
    this.langs = primary ? [primary, ...languages().filter((l) => l !== primary)] : languages();
    this.sentences = sentences(text);
    const cl: Clause[] = [];
    this.sentences.forEach((s, i) => {
      for (const c of clauses(this.folded, s)) cl.push({ ...c, sentence: i });
    });
    this.clauses = cl;
  }

  private matchCache = new Map<RegExp, Span[]>();
  /** Which required literals the folded text contains, as found so far (patterns share many). */
  private literalHits = new Uint8Array(literalCount() + 256);

  /** Every match of one pattern over the whole text, computed once per draft (honours `cap` groups). */
  matches(re: RegExp): Span[] {
    const hit = this.matchCache.get(re);
    if (hit) return hit;
    const out: Span[] = [];
    // No alternative of the pattern has all the literals it needs in the draft: no match, no regex pass.
    const filter = literalFilter(re);
    if (filter && !passesFilter(this.folded, this.trigrams, filter, this.literalHits)) {
      this.matchCache.set(re, out);
      return out;
    }
    let src = narrowSafe(re) ? this.narrow : this.folded;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    let hidden = 0;
    const nameBefore = NAME_BEFORE.has(re);
    while ((m = re.exec(src)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (++guard > 5000) break;
      const capIdx = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups?.cap;
      if (capIdx) {
        const at = capIdx[0];
        const c = this.text[at];
        if (c === undefined || c === c.toLowerCase()) {
          if (hidden < 12 && at > m.index && /[a-z]/.test(src[at]!)) {
            // Not a proper noun here, but a longer reading from the same start may reach one
            // ("sei presidente di quella di Succiso"): upper-case this letter in the folded copy,
            // which the lower-case-only `cap` class (see gd) can no longer take, and retry.
            src = src.slice(0, at) + src[at]!.toUpperCase() + src.slice(at + 1);
            hidden++;
            re.lastIndex = m.index;
            continue;
          }
          // Retry one character later (a later start may still match).
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      if (nameBefore && !this.capitalizedBefore(m.index)) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
    re.lastIndex = 0;
    this.matchCache.set(re, out);
    return out;
  }

  private narrowCopy?: string;
  /**
   * The folded text with every code unit above U+00FF replaced by a Latin-1 stand-in that no pattern
   * tells apart from it (whitespace by U+00A0, anything else by U+0080), or the folded text itself when
   * it has none. One emoji turns a string into two-byte storage, and V8 then runs every pattern
   * about half again slower (measured: the drafts with an emoji were the whole tail of the 2,000-character
   * bench). Same length, so spans are unchanged; a line separator (U+2028/9) keeps the folded text.
   */
  private get narrow(): string {
    if (this.narrowCopy !== undefined) return this.narrowCopy;
    const f = this.folded;
    let wide = false;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 0x2028 || c === 0x2029) return (this.narrowCopy = f);
      if (c > 0xff) wide = true;
    }
    if (!wide) return (this.narrowCopy = f);
    let out = '';
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      out += c <= 0xff ? f[i]! : WIDE_SPACE.test(f[i]!) ? '\u00a0' : '\u0080';
    }
    return (this.narrowCopy = out);
  }

  private trigramSet?: Uint32Array;
  private get trigrams(): Uint32Array {
    return (this.trigramSet ??= trigramBits(this.folded));
  }

  /**
   * Is one of the two words right before `pos` (same sentence) capitalized? A name
   * may also stand a few words back when a short apposition follows it
   * ("Martina Zanella del nostro gruppo di corsa mi ha detto", "Tom from the meetup told me").
   */
  private capitalizedBefore(pos: number): boolean {
    const idx = this.tokenIndexAt(pos);
    for (let k = idx - 1; k >= 0 && k >= idx - 8; k--) {
      const t = this.tokens[k]!;
      if (/[.!?;:\n]/.test(this.text.slice(t.end, k === idx - 1 ? pos : this.tokens[k + 1]!.start))) return false;
      if (/^\p{Lu}/u.test(t.text)) {
        if (wordSet('platforms').has(t.norm)) return false;
        if (k >= idx - 2) return true;
        const next = this.tokens[k + 1]!;
        if (wordSet('apposition').has(next.norm) && !/[,(]/.test(this.text.slice(t.end, next.start))) return true;
        // A capital inside the apposition ("Jonah Weiss from the Bristol climate-tech circle told me"): look further back.
      }
    }
    return false;
  }

  /** Matches of `res` starting inside `within` (default: the whole text). */
  find(res: readonly RegExp[], within?: Span): Span[] {
    const out: Span[] = [];
    for (const re of res) {
      const all = this.matches(re);
      if (!within) { out.push(...all); continue; }
      // Matches come in text order: binary-search the first one starting inside.
      let lo = 0, hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid]!.start < within.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < all.length && all[i]!.start < within.end; i++) out.push(all[i]!);
    }
    return out;
  }

  /** Matches of the patterns picked from every language (primary first). */
  findAll(pick: (l: LangData) => readonly RegExp[] | RegExp, within?: Span): Span[] {
    const out: Span[] = [];
    for (const l of this.langs) {
      const p = pick(l);
      out.push(...this.find(Array.isArray(p) ? p : [p as RegExp], within));
    }
    return mergeSpans(out);
  }

  /** Is the match at `span` negated by a negator among the 4 words before it, in the same clause? */
  negated(span: Span, clause?: Span): boolean {
    const lo = clause?.start ?? 0;
    const idx = this.tokenIndexAt(span.start);
    for (let k = idx - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
      const t = this.tokens[k]!;
      if (t.start < lo) break;
      if (this.isNegator(t.norm)) {
        const next = this.tokens[k + 1];
        if (next && wordSet('notNegatingNext').has(next.norm)) return false;
        return true;
      }
    }
    return false;
  }

  private isNegator(w: string): boolean {
    if (w.endsWith("n't")) return true;
    for (const l of this.langs) if (l.negators.includes(w)) return true;
    return false;
  }

  /** Index of the first token starting at or after `pos`. */
  tokenIndexAt(pos: number): number {
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the sentence holding `pos` (binary search), or -1 between sentences. */
  sentenceIndexOf(pos: number): number {
    return spanIndexAt(this.sentences, pos);
  }

  /** The index of the clause holding `pos` (binary search), or -1 between clauses. */
  clauseIndexOf(pos: number): number {
    return spanIndexAt(this.clauses, pos);
  }

  /** The sentence holding `pos`, if any. */
  sentenceOf(pos: number): Span | undefined {
    return this.sentences[this.sentenceIndexOf(pos)];
  }

  clauseOf(pos: number): Clause | undefined {
    return this.clauses[this.clauseIndexOf(pos)];
  }
}

/** The index of the span holding `pos` among sorted, disjoint spans (binary search), or -1 when none does. */
function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
