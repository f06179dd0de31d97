// follow-up: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { phrase } from '../../lang/phrase';

/** Thanks. */
export const thanksEN = phrase({
  id: 'follow-up.en.thanks',
  note: "Thanks: thanks, thank you, grateful",
  re: g("\\b(?:thanks|thank you|thx|many thanks|grateful|appreciate (?:it|you|the))\\b"),
  examples: ["Hi Ned, thanks!", "No ask, just thanks!"],
  nearMisses: ["Would really appreciate a name.", "I'd really appreciate a pointer."],
});

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  thanks: thanksEN,
};
