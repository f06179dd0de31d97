// honest: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Naming a mutual contact or claiming a friendship. */
export const claimsEN = [
  phrase({
    id: 'honest.en.friend',
    note: "Claims a friendship or a mutual contact",
    re: g(alt(
        "\\b(?:a |my )?(?:good |close |old |dear )?friend(?:s)? of (?:mine|yours)\\b",
        "\\bmy (?:good |close |old |dear |best )?friend\\b",
        "\\bmutual (?:friend|contact|connection|acquaintance)s?\\b",
        "\\bwe have \\w+(?: \\w+)? in common\\b",
      )),
    examples: ["Hi Tim, my good friend Sara works with you at Kelp.", "Hi Tim, we have Maria Lopez in common and she suggested I reach out."],
    nearMisses: ["I think we'd have a lot in common.", "it's free and very beginner friendly."],
  }),
  phrase({
    id: 'honest.en.told-to-reach-out',
    note: "Someone suggested reaching out",
    re: g(alt(
        "\\b(?:suggested|recommended|sugg?ested|told me|advised|encouraged me) (?:that )?(?:i|we) (?:should )?(?:reach out|"
        + "get in touch|contact you|connect|write|talk)\\b",
      )),
    examples: ["Hi Sam, LinkedIn suggested I connect with you.", "Hi Tim, we have Maria Lopez in common and she suggested I reach out."],
    nearMisses: ["Are you interested?", "Interested? Reply YES and I'll set you up."],
  }),
  phrase({
    id: 'honest.en.knows-you',
    note: "Says the person knows them well, is their friend, is connected",
    re: g(alt(
        "\\b(?:says|said) you(?:'re| are) (?:his|her|their|a|my) (?:friend|buddy|pal)\\b",
        "\\bknows? you (?:well|personally)\\b",
        "\\bon \\w+'s (?:recommendation|suggestion)\\b",
        "\\byou(?:'re| are) connected (?:with|to)\\b",
        "\\bsince you know\\b",
        "\\bi know (?:\\w+ ){0,2}well\\b",
      )),
    examples: ["Hi Jon, I noticed you are connected with the CTO of Vantara.", "Hi Leah, I see you're connected to the VP of Engineering at Stratus."],
    nearMisses: ["Let's stay connected.", "Let's stay connected!"],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  claims: claimsEN,
};
