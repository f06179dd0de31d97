// gives-first: the draft offers something (a contact, an article, help, an idea).
// A bonus in the score: it raises it when present and costs nothing when absent.
import { t } from '../../i18n';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('gives-first'),
  check({ ui, facts, doc }) {
    const applies = doc.text.trim().length > 0;
    if (facts.offers.length > 0) return { pass: true, applies, spans: facts.offers, message: t(ui, 'rule_gives_first_pass'), fix: '' };
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    return { pass: false, applies, spans: [], message: t(ui, 'rule_gives_first_fail'), fix: t(ui, 'rule_gives_first_fix', who) };
  },
};
