// no-pitch: no commercial or aggressive tone — prices, discounts, "buy", booking
// links, "limited time", all-caps shouting, stacks of exclamation marks.
import { t } from '../i18n';
import { mergeSpans } from '../lang/text';
import type { Span } from '../types';
import type { Rule } from './types';

/** Two or more all-caps words in a row (8+ letters together), or one of 8+ letters. */
const SHOUT = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{8,}(?![\p{L}\p{N}])/gu;
const BANGS = /[!¡]{2,}|[!?]{3,}/g;

export const rule: Rule = {
  id: 'no-pitch',
  severity: 'warning',
  languages: ['it', 'en'],
  weight: 6,
  core: false,
  check({ ui, doc, facts }) {
    const spans: Span[] = [];
    for (const c of doc.clauses) {
      for (const s of doc.findAll((l) => l.pitch, c)) if (!doc.negated(s, c)) spans.push(s);
    }
    const text = doc.text;
    const placeholders = facts.placeholders;
    for (const re of [SHOUT, BANGS]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const s = { start: m.index, end: m.index + m[0].length };
        if (re === SHOUT && (s.end - s.start < 8 || placeholders.some((p) => p.start <= s.start && p.end >= s.end))) continue;
        spans.push(s);
      }
    }
    if (spans.length === 0) return { pass: true, spans: [], message: t(ui, 'rule_no_pitch_pass'), fix: '' };
    return { pass: false, spans: mergeSpans(spans), message: t(ui, 'rule_no_pitch_fail'), fix: t(ui, 'rule_no_pitch_fix') };
  },
};
export const { id, severity, languages, weight, check } = rule;
