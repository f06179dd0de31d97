// Personalized readings that are structures rather than phrases (lib/rules/mechanisms.ts names each one). Each takes the
// parsed draft and returns the spans it found; Facts switches them on. Word lists come from the registered languages.
import type { Span } from '../../types';
import { wordSet } from '../../lang';
import type { Token } from '../../lang/text';
import type { Doc } from '../doc';

/**
 * Mechanism named-work: a piece of work (a relaunch, a rebrand, a project, a collection; word list `workNouns`) tied to a proper
 * noun ("the Tidewater Coffee relaunch", "Greenfold's work on …", "il rebranding di Lattea", "il fotovoltaico del camping di
 * Bibione"), in a sentence that praises or follows it (`praiseWords`, `evaluatives`, `consumeVerbs`). The span runs from the
 * name to the work. Not a piece of the sender's ("our relaunch", "il nostro progetto").
 */
export function namedWork(doc: Doc, isAnchor: (t: Token) => boolean): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const works = wordSet('workNouns');
  if (works.size === 0) return out;
  const praise = wordSet('praiseWords'), evals = wordSet('evaluatives'), consume = wordSet('consumeVerbs'), ours = wordSet('ourPossessives');
  const sought = wordSet('workSought');
  const praised = new Map<number, boolean>();
  const inPraise = (t: Token): boolean => {
    const s = doc.sentenceOf(t.start);
    if (!s) return false;
    let v = praised.get(s.start);
    if (v === undefined) {
      v = toks.slice(doc.tokenIndexAt(s.start), doc.tokenIndexAt(s.end)).some((x) => praise.has(x.norm) || evals.has(x.norm) || consume.has(x.norm));
      praised.set(s.start, v);
    }
    return v;
  };
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    if (!works.has(w.norm)) continue;
    if ((i > 0 && ours.has(toks[i - 1]!.norm)) || (i > 1 && ours.has(toks[i - 2]!.norm))) continue;
    // "looking for work round the Malton area": work sought, not a work of theirs.
    if (i > 0 && sought.has(toks[i - 1]!.norm)) continue;
    // The name just before the work ("the Pixelfern rebrand", "Greenfold's work") or up to four words after it ("il rebranding di Lattea").
    let name: Token | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (isAnchor(toks[k]!) && doc.sentenceOf(toks[k]!.start) === doc.sentenceOf(w.start)) { name = toks[k]; break; }
    if (!name) {
      for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
        if (doc.sentenceOf(toks[k]!.start) !== doc.sentenceOf(w.start)) break;
        if (isAnchor(toks[k]!)) { name = toks[k]; break; }
      }
    }
    if (name && inPraise(w)) out.push({ start: Math.min(name.start, w.start), end: Math.max(name.end, w.end) });
  }
  return out;
}
