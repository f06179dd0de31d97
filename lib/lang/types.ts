// The shape of one language's knowledge. Every pattern runs on *folded* text
// (see lib/lang/text.ts: lower-case, accents stripped, straight apostrophes),
// so sources are written in plain lower-case ASCII. A named group `cap` in a
// pattern means "this character must be upper-case in the user's text"
// (a proper noun: a company, an event, a person).
import type { Lang } from '../types';

export type AskKind = 'job' | 'intro' | 'favour' | 'sales' | 'time';

export interface AskPattern {
  re: RegExp;
  kind: AskKind;
  /** An offer in the same clause does not cancel it ("ti mando due righe e mi dici cosa ne pensi?"). */
  firm?: boolean;
}

export interface LangData {
  lang: Lang;
  /** Frequent function words, for language detection. */
  stopwords: readonly string[];
  /** Greeting words that open a note (the next word is the addressee). */
  greetings: readonly string[];
  /** Words that may follow a greeting without being a name (ciao a tutti, hi there). */
  notNames: readonly string[];
  /** Titles skipped between the greeting and the name (Dott., Mr.). */
  titles: readonly string[];
  /** Phrases of known generic templates. */
  generic: readonly RegExp[];
  /** Something specific to the recipient: their post, talk, company, shared history. */
  specific: readonly RegExp[];
  /** How you met or came to the person: event, talk, meeting, mutual contact, content, group, school, platform. */
  howMet: readonly RegExp[];
  /** Second-person request forms (could you, potresti, ti andrebbe di …): an ask when the clause also has a first-person beneficiary or a request verb. */
  requestForms: readonly RegExp[];
  /** First-person beneficiary in a clause (me, my, mi, -armi …). */
  beneficiary: RegExp;
  /** Verbs asked of the recipient on someone's behalf (forward, refer, introduce …). */
  requestVerbs: RegExp;
  /** Asks that stand on their own (job search, any help appreciated, attached CV …). */
  directAsks: readonly AskPattern[];
  /** Asking for the recipient's time (a call, 15 minutes, a coffee). Fine with context and an offer. */
  timeAsks: readonly RegExp[];
  /** Sales objects (demo, quote, discount, our platform): an ask even when dressed as an offer. */
  sales: readonly RegExp[];
  /** Commercial words (price, quote, our platform) that make an ask only next to a call to action: a question, a request, a proposal. */
  salesWeak: readonly RegExp[];
  /** Offers: the sender gives (posso presentarti, happy to share, would it help if I …). */
  offers: readonly RegExp[];
  /** Negation words (a match right after one is void). */
  negators: readonly string[];
  /** Oversized targets of an introduction (CEO, head of purchasing …). */
  oversized: RegExp;
  /** Commercial or aggressive wording (no-pitch). */
  pitch: readonly RegExp[];
  /** Thanks (follow-up). */
  thanks: RegExp;
  /** Naming a mutual contact or claiming a friendship (honest). */
  claims: readonly RegExp[];
  /** Pronouns for the about-them ratio (folded tokens), plus clitic endings. */
  secondPerson: readonly string[];
  firstPerson: readonly string[];
  secondSuffix?: RegExp;
  firstSuffix?: RegExp;
}
