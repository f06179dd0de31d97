// follow-up: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { phrase } from '../../lang/phrase';

/** Thanks. */
export const thanksIT = phrase({
  id: 'follow-up.it.thanks',
  note: "Thanks: grazie, ti ringrazio",
  re: g("\\b(?:grazie|ti ringrazio|vi ringrazio|la ringrazio|ringraziarti|ringraziarla|grat[oa] per)\\b"),
  examples: ["Grazie e a presto!", "Grazie in anticipo!"],
  nearMisses: ["Ti offro una consulenza gratuita sui social:"],
});

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  thanks: thanksIT,
};
