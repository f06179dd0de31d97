// no-pitch: no commercial or aggressive tone — prices, discounts, "buy", booking
// links, "limited time", all-caps shouting, stacks of exclamation marks.
import { t } from '../../i18n';
import { mergeSpans } from '../../lang/text';
import type { Span } from '../../types';
import { ruleMeta, type Rule } from '../types';

const CAPS_RUN = /\p{Lu}{2,}/gu;
const LETTER = /[\p{L}\p{N}]/u;

/** Shouting: two or more all-caps words in a row (8+ characters together), or one all-caps word of 8+ letters. */
function shouting(text: string): Span[] {
  const words: Span[] = [];
  CAPS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_RUN.exec(text)) !== null) {
    const s = m.index, e = s + m[0].length;
    if (LETTER.test(text[s - 1] ?? '') || LETTER.test(text[e] ?? '')) continue;
    words.push({ start: s, end: e });
  }
  const out: Span[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && /^[ \t]+$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const span = { start: words[i]!.start, end: words[j]!.end };
    if ((j > i || span.end - span.start >= 8) && span.end - span.start >= 8) out.push(span);
    i = j + 1;
  }
  return out;
}
const BANGS = /[!¡]{2,}|[!?]{3,}/g;

export const rule: Rule = {
  meta: ruleMeta('no-pitch'),
  check({ ui, doc, facts }) {
    const spans: Span[] = [];
    for (const c of doc.clauses) {
      for (const s of doc.findAll((l) => l.pitch, c)) if (!doc.negated(s, c)) spans.push(s);
    }
    const text = doc.text;
    const placeholders = facts.placeholders;
    for (const s of shouting(text)) {
      if (!placeholders.some((p) => p.start <= s.start && p.end >= s.end)) spans.push(s);
    }
    BANGS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BANGS.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
    if (spans.length === 0) return { pass: true, spans: [], message: t(ui, 'rule_no_pitch_pass'), fix: '' };
    return { pass: false, spans: mergeSpans(spans), message: t(ui, 'rule_no_pitch_fail'), fix: t(ui, 'rule_no_pitch_fix') };
  },
};
