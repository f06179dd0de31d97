// how-met: says how you met or came to the person (event, talk, meeting,
// mutual contact, their post or article, a group, a school, a platform).
import { t } from '../../i18n';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('how-met'),
  check({ ui, facts, ctx, doc, draft }) {
    const applies = doc.text.trim().length > 0 && (draft.kind === 'invite' || ctx.firstContact || ctx.justAccepted);
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    if (facts.howMet.length > 0) {
      return { pass: true, applies, spans: facts.howMet, message: t(ui, 'rule_how_met_pass'), fix: '' };
    }
    return { pass: false, applies, spans: [], message: t(ui, 'rule_how_met_fail', who), fix: t(ui, 'rule_how_met_fix', who) };
  },
};
