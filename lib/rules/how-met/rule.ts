// how-met: says how you met or came to the person (event, talk, meeting,
// mutual contact, their post or article, a group, a school, a platform).
import { t } from '../../i18n';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('how-met'),
  check({ ui, facts, ctx, doc, draft }) {
    const applies = doc.text.trim().length > 0 && (draft.kind === 'invite' || ctx.firstContact || ctx.justAccepted);
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    // The cues found, or the learned reading's words where it overrules them (Facts.met, mechanism learned-model).
    const met = facts.met;
    if (met.said) return { pass: true, applies, spans: met.spans, message: t(ui, 'rule_how_met_pass'), fix: '' };
    const message = met.learned ? t(ui, 'rule_how_met_learned_fail', who) : t(ui, 'rule_how_met_fail', who);
    return { pass: false, applies, spans: met.spans, message, fix: t(ui, 'rule_how_met_fix', who) };
  },
};
