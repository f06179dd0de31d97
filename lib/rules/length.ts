// length: an invite note must fit LinkedIn's limit (UTF-16 code units, as the
// textarea's maxlength counts); a first message should stay short.
import { t } from '../i18n';
import { ruleMeta, type Rule } from './types';

/** Characters above which a first-contact message is long. */
export const FIRST_MESSAGE_MAX = 600;

export const rule: Rule = {
  meta: ruleMeta('length'),
  check({ ui, draft, text, ctx }) {
    const chars = text.length;
    if (draft.kind === 'invite') {
      const limit = ctx.noteLimit;
      if (chars > limit) {
        return {
          pass: false, severity: 'error', spans: [{ start: limit, end: chars }],
          message: t(ui, 'rule_length_over', chars, limit), fix: t(ui, 'rule_length_over_fix', chars - limit),
        };
      }
      return { pass: true, spans: [], message: t(ui, 'rule_length_pass', chars, limit), fix: '' };
    }
    const applies = ctx.firstContact || ctx.justAccepted;
    if (chars > FIRST_MESSAGE_MAX) {
      return {
        pass: false, applies, spans: [{ start: FIRST_MESSAGE_MAX, end: chars }],
        message: t(ui, 'rule_length_long', chars), fix: t(ui, 'rule_length_long_fix', FIRST_MESSAGE_MAX),
      };
    }
    return { pass: true, applies, spans: [], message: t(ui, 'rule_length_message_pass'), fix: '' };
  },
};
