// register: an Italian draft keeps one register. Mixing tu and Lei ("La ringrazio … ti mando"), or a
// greeting or sign-off of the other register ("Ciao" with Lei, "Egregio" with tu), is a warning whose
// spans are the forms of both registers. Weight 0: it never moves the score. Applies only when the
// draft's language has register phrases and the draft addresses the reader in some register.
import { t } from '../../i18n';
import { mergeSpans } from '../../lang/text';
import type { Span } from '../../types';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('register'),
  check({ ui, doc, facts }) {
    if (doc.langs[0]!.registerFormal.length === 0) return { pass: true, applies: false, spans: [], message: t(ui, 'rule_register_na'), fix: '' };
    const { formal, informal, formalGreeting: formalGreet, informalGreeting: informalGreet } = facts.register;
    if (formal.length + informal.length + formalGreet.length + informalGreet.length === 0) {
      return { pass: true, applies: false, spans: [], message: t(ui, 'rule_register_na'), fix: '' };
    }
    let spans: Span[] = [];
    let key = '';
    if (formal.length > 0 && informal.length > 0) { spans = [...formal, ...informal]; key = 'rule_register_mixed'; }
    else if (formal.length > 0 && informalGreet.length > 0) { spans = [...informalGreet, ...formal]; key = 'rule_register_greeting_informal'; }
    else if (informal.length > 0 && formalGreet.length > 0) { spans = [...formalGreet, ...informal]; key = 'rule_register_greeting_formal'; }
    if (!key) return { pass: true, spans: [], message: t(ui, 'rule_register_pass'), fix: '' };
    return { pass: false, spans: mergeSpans(spans), message: t(ui, key), fix: t(ui, 'rule_register_fix') };
  },
};
