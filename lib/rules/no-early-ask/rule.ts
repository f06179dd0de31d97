// no-early-ask: on first contact the draft asks for nothing (job help, favours,
// introductions, CV reviews, sales, demos, a stranger's time). Once connected,
// small asks are only a tip and oversized ones (job, sale, an executive) a warning.
import { t } from '../../i18n';
import { overruled } from '../../model';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('no-early-ask'),
  check({ ui, facts, ctx }) {
    const asks = facts.asks;
    const spans = asks.map(({ start, end }) => ({ start, end }));
    // Mechanism learned-model, on first contact (what it learned from): the trained reading overrules the asks found or
    // missed when it is sure, and points at the words that weighed most.
    const learned = ctx.firstContact ? overruled(facts.learned, 'earlyAsk', asks.length > 0) : null;
    if (learned === true) {
      return { pass: false, severity: 'error', spans: facts.learned!.because('earlyAsk', true), message: t(ui, 'rule_no_early_ask_learned'), fix: t(ui, 'rule_no_early_ask_fix') };
    }
    if (asks.length === 0 || learned === false) {
      return { pass: true, spans: [], message: t(ui, ctx.firstContact ? 'rule_no_early_ask_pass' : 'rule_no_early_ask_pass_later'), fix: '' };
    }
    const kinds = [...new Set(asks.map((a) => t(ui, `rule_ask_kind_${a.kind}`)))].join(', ');
    if (ctx.firstContact) {
      return { pass: false, severity: 'error', spans, message: t(ui, 'rule_no_early_ask_fail', kinds), fix: t(ui, 'rule_no_early_ask_fix') };
    }
    if (asks.some((a) => a.oversized)) {
      return { pass: false, severity: 'warning', spans, message: t(ui, 'rule_no_early_ask_oversized', kinds), fix: t(ui, 'rule_no_early_ask_oversized_fix') };
    }
    // A small ask between people who know each other: fine, keep it light. Costs nothing in the score.
    return { pass: false, severity: 'tip', credit: 1, spans, message: t(ui, 'rule_no_early_ask_small', kinds), fix: t(ui, 'rule_no_early_ask_small_fix') };
  },
};
