// honest: naming a mutual contact or claiming a friendship is a caution — only
// if that person really knows you. Always a tip, never an error; no score weight.
import { t } from '../../i18n';
import { ruleMeta, type Rule } from '../types';

export const rule: Rule = {
  meta: ruleMeta('honest'),
  check({ ui, doc }) {
    const claims = doc.findAll((l) => l.claims);
    if (claims.length === 0) return { pass: true, applies: false, spans: [], message: t(ui, 'rule_honest_na'), fix: '' };
    return { pass: false, spans: claims, message: t(ui, 'rule_honest_fail'), fix: t(ui, 'rule_honest_fix') };
  },
};
