// follow-up: the first message after someone accepts should thank them, recall
// how you met, and propose one concrete next step.
import { t } from '../../i18n';
import { mergeSpans } from '../../lang/text';
import { ruleMeta, type Rule } from '../types';

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|it|org|net|io|eu)\/\S*/g;

export const rule: Rule = {
  meta: ruleMeta('follow-up'),
  check({ ui, draft, ctx, doc, facts }) {
    const applies = draft.kind === 'message' && ctx.justAccepted;
    if (!applies) return { pass: true, applies: false, spans: [], message: t(ui, 'rule_follow_up_na'), fix: '' };
    const thanks = doc.findAll((l) => l.thanks);
    const context = facts.met.said ? facts.met.spans : [];
    const next = [...facts.offers, ...doc.find([LINK]), ...doc.findAll((l) => l.timeAsks)];
    const missing: string[] = [];
    if (thanks.length === 0) missing.push(t(ui, 'rule_follow_up_part_thanks'));
    if (context.length === 0) missing.push(t(ui, 'rule_follow_up_part_context'));
    if (next.length === 0) missing.push(t(ui, 'rule_follow_up_part_next'));
    if (missing.length === 0) {
      return { pass: true, spans: mergeSpans([...thanks, ...context, ...next]), message: t(ui, 'rule_follow_up_pass'), fix: '' };
    }
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    return {
      pass: false, spans: mergeSpans([...thanks, ...context, ...next]),
      credit: (3 - missing.length) / 3,
      message: t(ui, 'rule_follow_up_fail', missing.join(', ')), fix: t(ui, 'rule_follow_up_fix', who),
    };
  },
};
