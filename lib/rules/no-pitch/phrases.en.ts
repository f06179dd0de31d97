// no-pitch: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Commercial or aggressive wording. */
export const pitchEN = [
  phrase({
    id: 'no-pitch.en.sales-words',
    note: "Sales words: discount, buy now, free trial, demo",
    re: g(alt(
        "\\b(?:discount|special offer|limited time|offer ends|act now|buy now|buy(?!-| you (?:a|an|some) )|purchase|free trial|for free|demo|calendly|"
        + "sign up|order now|guaranteed|risk-free|exclusive offer|lead generation|book your|don't miss|last chance|only \\w+ left|"
        + "this week only|today only|coupon|promo code|price list)\\b",
        "\\bfree (?:trial|demo|call|consultation|quote|access|month|session|audit|discovery|estimate|offer|shipping)\\b",
      )),
    examples: ["Hi Tom, BUY NOW!!!", "calendly.com/x/intro"],
    nearMisses: ["Hi Helen, I sell educational robotics kits at discounted prices for clubs.", "I'm building a marketplace for freelance translators and we're raising our pre-seed."],
  }),
  phrase({
    id: 'no-pitch.en.prices',
    note: "Percentages off and prices",
    re: g("(?<!\\d)\\d+ ?% off\\b|(?<!\\d)\\d+ ?%|[$£€] ?\\d+|\\b\\d+ ?(?:\\$|usd|eur|gbp)\\b"),
    examples: ["Our packages start at $299/month.", "Hi Sam, we help SaaS teams cut churn by 20%."],
    nearMisses: ["See you at 6 in room 3."],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  pitch: pitchEN,
};
