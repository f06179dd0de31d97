// personalized: the right name, nothing left unfilled, not a template, and one
// detail that is about the recipient (their post, talk, company, shared history).
import { t } from '../../i18n';
import { mergeSpans } from '../../lang/text';
import { overruled } from '../../model';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('personalized'),
  check({ ui, facts, ctx, doc, draft }) {
    const who = facts.recipientFirst ?? t(ui, 'rule_recipient_fallback');
    // Every invite and first messages (a first contact, or the first message after acceptance).
    const applies = doc.text.trim().length > 0 && (draft.kind === 'invite' || ctx.firstContact || ctx.justAccepted);
    if (facts.placeholders.length > 0) {
      const first = facts.placeholders[0]!;
      const ph = doc.text.slice(first.start, first.end);
      return {
        pass: false, applies, severity: 'error', spans: facts.placeholders,
        message: t(ui, 'rule_personalized_placeholder', ph),
        fix: t(ui, 'rule_personalized_placeholder_fix', ph, who),
      };
    }
    const wrong = facts.wrongName;
    if (wrong) {
      return {
        pass: false, applies, severity: 'error', spans: [{ start: wrong.start, end: wrong.end }],
        message: t(ui, 'rule_personalized_wrong_name', wrong.text, who),
        fix: t(ui, 'rule_personalized_wrong_name_fix', wrong.text, who),
      };
    }
    const reuse = facts.reuse;
    if (reuse) {
      return {
        pass: false, applies, spans: [{ start: 0, end: doc.text.length }],
        message: t(ui, 'rule_personalized_reused', Math.round(reuse.similarity * 100)),
        fix: t(ui, 'rule_personalized_reused_fix', who),
      };
    }
    // LinkedIn's own default text, or a tool's stock note, with nothing about them: the note people refuse.
    if (facts.linkedinDefault.length > 0 && facts.specific.length === 0) {
      return {
        pass: false, applies, spans: facts.linkedinDefault,
        message: t(ui, 'rule_personalized_default_text'),
        fix: t(ui, 'rule_personalized_generic_fix', who),
      };
    }
    const named = facts.recipientParts.length === 0 || facts.nameMentions.length > 0 || facts.greetedName;
    const specific = facts.specific.length > 0;
    // Mechanism learned-model: with the name there, the learned reading overrules the detail found or missed when it is sure.
    const learned = named ? overruled(facts.learned, 'personalized', specific) : null;
    if (learned === false) {
      return {
        pass: false, applies, spans: facts.learned!.because('personalized', false),
        message: t(ui, 'rule_personalized_learned_generic', who),
        fix: t(ui, 'rule_personalized_generic_fix', who),
      };
    }
    if (learned === true) {
      return { pass: true, applies, spans: mergeSpans([...facts.nameMentions, ...facts.learned!.because('personalized', true)]), message: t(ui, 'rule_personalized_pass'), fix: '' };
    }
    if (named && specific) {
      return { pass: true, applies, spans: mergeSpans([...facts.nameMentions, ...facts.specific]), message: t(ui, 'rule_personalized_pass'), fix: '' };
    }
    if (!named) {
      return {
        pass: false, applies, spans: facts.generic,
        message: t(ui, 'rule_personalized_no_name', who),
        fix: t(ui, specific ? 'rule_personalized_no_name_fix' : 'rule_personalized_generic_fix', who),
      };
    }
    return {
      pass: false, applies, spans: facts.generic,
      message: t(ui, facts.generic.length > 0 ? 'rule_personalized_template' : 'rule_personalized_generic', who),
      fix: t(ui, 'rule_personalized_generic_fix', who),
    };
  },
};
