// gives-first: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Offers: the sender gives something. */
export const offersEN = [
  phrase({
    id: 'gives-first.en.walk-you-through',
    note: "\"Happy to walk you through\", \"happy to hop on a call\"",
    re: g(alt(
        "\\b(?:happy|glad|i can|i could|i'll|let me|i'd be happy)\\b[^.?!;]{0,30}?\\bwalk you through\\b",
        "\\b(?:happy|glad) to (?:hop|jump|get) on a (?:\\w+ )?call\\b",
      )),
    examples: ["happy to walk you through it.", "Happy to jump on a call if you want to dig into any of it."],
    nearMisses: ["Hi Tom, happy to give you access if you hop on a demo call with me this week."],
  }),
  phrase({
    id: 'gives-first.en.accept-a-patch',
    note: "\"Would you accept a pull request?\": an offer as a question",
    re: g(alt(
        "\\b(?:would|do) you (?:accept|welcome|want|like|take) (?:a|an|my|our|some) (?:pull request|pr|patch|fix|contribution|"
        + "translation|hand|help|bug report)s?\\b",
      )),
    examples: ["Would you accept a pull request adding table support?"],
    nearMisses: ["Are you up for it?"],
  }),
  phrase({
    id: 'gives-first.en.i-can-give',
    note: "\"I can introduce you / send you…\", \"happy to share\"",
    re: g(alt(
        "(?<!how )\\b(?:i can|i could|i'd be (?:happy|glad|delighted)|i would be (?:happy|glad|delighted)|i'm (?:happy|glad)|"
        + "i am (?:happy|glad)|happy to|glad to|i'd love to|would love to|let me|i'll|i will|i'm able to|feel free to (?:ask|reach|"
        + "ping|send|contact|message|email|write))\\s+(?:\\w+\\s+){0,2}?(?:send|share|introduce|connect you|help|walk you|pass|forward|"
        + "intro|make an intro|put you in touch|offer|give|show|lend|point you|recommend you|review your|swap|trade|contribute|"
        + "pitch in|proofread|test|host you|cover|bring)\\b",
        "\\b(?:happy|glad|delighted) to (?:set up|arrange|organi[sz]e|schedule) (?:a |the )?(?:date|time|slot|visit)\\b",
        "\\bi (?:have|'ve got) (?:a few|some|a couple of|two|three|several) (?:\\w+ )?(?:ideas|thoughts|suggestions|examples|"
        + "data points|numbers) (?:on|for|about|that (?:could|might) help)\\b",
      )),
    examples: ["happy to send more.", "I'll bring some sketches."],
    nearMisses: ["Let me know!", "Just let me know."],
  }),
  phrase({
    id: 'gives-first.en.want-me-to',
    note: "\"Would it help if I…\", \"want me to…\"",
    re: g(alt(
        "\\bwould it help if i\\b",
        "\\b(?:would|do) you (?:like|want) me to\\b",
        "\\bif you'?d like me to\\b",
        "\\bme introduc\\w+ you\\b",
        "\\bme to introduce you\\b",
        "\\bwant me to\\b",
        "\\b(?:should|shall|can|may) i (?:introduce|connect|send|share|put)\\b",
        "\\b(?:could|can|may) i (?:help|lend a hand|volunteer|pitch in)\\b",
        "\\bwould you mind if i (?:passed|pass|shared|share|sent|send|recommended|recommend|introduced|introduce)\\b",
        "\\bwould you like (?:our|my|a copy of (?:our|my)) [\\w-]+(?: [\\w-]+)?(?: in return)?\\?",
        "\\bhere(?:'s| is) (?:the|a|our)\\b",
        "\\bas promised\\b|\\b(?:the|a|that) [\\w-]+(?: [\\w-]+)? (?:i|we) promised you\\b",
        "\\bif (?:it|that) helps\\b",
        "\\bif (?:it's )?useful\\b",
        "\\bif you'?re curious\\b",
        "\\blet me know if (?:you'?d like|you want|it helps|that helps|you need|i can)\\b",
        "\\bhappy to help\\b",
        "\\bif you ever need\\b",
        "\\b(?:i owe you (?:a|one)|it's on me|my treat|coffee's on me|first round is on me)\\b",
        "\\b(?:i'll|i will|i'd|i could|could|happy to|let me|can) buy you (?:a|an) (?:coffee|drink|pint|beer|lunch|tea|breakfast|bite)\\b",
        "\\bdon'?t hesitate to (?:reach|ask|contact|ping|write)\\b",
        "\\bfeel free to (?:\\w+ )?(?:send|ask|reach|ping|contact|message|call|drop|email|write|grab)\\b",
      )),
    examples: ["I'm a qualified paramedic and live nearby, could I help on the day?", "Would you mind if I passed your name to my clients?",
      "Would you like our runbook in return?", "Here's the repo:", "here's the link:", "I'm in Bristol on the 23rd and could buy you a coffee near your site."],
    nearMisses: ["Really useful, thanks!", "Great to put a name to the voice!"],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  offers: offersEN,
};
