// spelling: every word spelled right in the draft's language (dictionary-it /
// dictionary-en through the Speller), names, mentions, URLs … never flagged.
import { t } from '../i18n';
import { findMisspellings } from '../spelling/check';
import { ruleMeta, type Rule } from './types';

export const rule: Rule = {
  meta: ruleMeta('spelling'),
  check({ ui, lang, text, ctx, speller, misspellings }) {
    if (!speller || !speller[lang]) {
      return { pass: true, applies: false, spans: [], misspelled: [], message: t(ui, 'rule_spelling_unavailable'), fix: '' };
    }
    const names = [ctx.recipientName, ctx.senderName].filter((n): n is string => typeof n === 'string');
    const misspelled = misspellings ?? findMisspellings(text, lang, speller, { names, userDictionary: ctx.userDictionary, maxSuggestions: 5 });
    if (misspelled.length === 0) {
      return { pass: true, spans: [], misspelled, message: t(ui, 'rule_spelling_pass'), fix: '' };
    }
    const list = misspelled.slice(0, 5).map((m) => (m.suggestions[0] ? `${m.word} → ${m.suggestions[0]}` : m.word)).join(', ');
    return {
      pass: false,
      spans: misspelled.map(({ start, end }) => ({ start, end })),
      misspelled,
      credit: Math.max(0, 1 - misspelled.length / 3),
      message: misspelled.length === 1 ? t(ui, 'rule_spelling_fail_one', misspelled[0]!.word) : t(ui, 'rule_spelling_fail_many', misspelled.length),
      fix: t(ui, 'rule_spelling_fix', list),
    };
  },
};
