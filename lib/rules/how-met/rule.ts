// how-met: says how you met or came to the person (event, talk, meeting,
// mutual contact, their post or article, a group, a school, a platform).
import { t } from '../../i18n';
import { LEARNED_FLIP, LEARNED_FLIP_FOUND } from '../../model';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('how-met'),
  check({ ui, facts, ctx, doc, draft }) {
    const applies = doc.text.trim().length > 0 && (draft.kind === 'invite' || ctx.firstContact || ctx.justAccepted);
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    // Mechanism learned-model: the trained reading overrules the cues found or missed when it is sure, and points at its words.
    const learned = facts.learned;
    if (facts.howMet.length > 0) {
      if (learned !== null && learned.p.howMet <= 1 - LEARNED_FLIP_FOUND) {
        return { pass: false, applies, spans: learned.because('howMet', false), message: t(ui, 'rule_how_met_learned_fail', who), fix: t(ui, 'rule_how_met_fix', who) };
      }
      return { pass: true, applies, spans: facts.howMet, message: t(ui, 'rule_how_met_pass'), fix: '' };
    }
    if (learned !== null && learned.p.howMet >= LEARNED_FLIP) {
      return { pass: true, applies, spans: learned.because('howMet', true), message: t(ui, 'rule_how_met_pass'), fix: '' };
    }
    return { pass: false, applies, spans: [], message: t(ui, 'rule_how_met_fail', who), fix: t(ui, 'rule_how_met_fix', who) };
  },
};
