// about-them: more about the recipient than about the sender — second-person
// words against first-person ones.
import { t } from '../i18n';
import type { Span } from '../types';
import { ruleMeta, type Rule } from './types';

export const rule: Rule = {
  meta: ruleMeta('about-them'),
  check({ ui, doc, facts }) {
    const data = doc.langs[0]!;
    const second = new Set(data.secondPerson), first = new Set(data.firstPerson);
    let you = 0, me = 0;
    const mine: Span[] = [];
    for (const tok of doc.tokens) {
      const w = tok.norm;
      if (second.has(w) || data.secondSuffix?.test(w)) you++;
      else if (first.has(w) || data.firstSuffix?.test(w)) {
        me++;
        mine.push({ start: tok.start, end: tok.end });
      }
    }
    const applies = doc.tokens.length >= 5;
    if (me <= 2 || me <= 2 * you) {
      return { pass: true, applies, spans: [], message: t(ui, 'rule_about_them_pass'), fix: '' };
    }
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    return { pass: false, applies, spans: mine, message: t(ui, 'rule_about_them_fail', me, you), fix: t(ui, 'rule_about_them_fix', who) };
  },
};
