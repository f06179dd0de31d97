// The rule contract (ESLint-like): one module per rule, lib/rules/<id>/rule.ts (or lib/rules/<id>.ts
// for a rule with no phrases of its own), each exporting a `rule` object; lib/rules/index.ts lists them.
import type { Draft, Lang, Misspelling, RuleId, Severity, Span, Speller } from '../types';
import { RULE_TABLE, type RuleTableRow } from './table';
import type { Doc } from './doc';
import type { Facts, ResolvedContext } from './facts';

export interface RuleInput {
  draft: Draft;
  /** The draft text (always a string; the analyzer sanitizes). */
  text: string;
  /** Detected language of the draft. */
  lang: Lang;
  /** Language of messages and fixes. */
  ui: Lang;
  ctx: ResolvedContext;
  /** Folded text, tokens, sentences, clauses and pattern helpers. */
  doc: Doc;
  /** Shared, memoized analyses (greeting, asks, offers, how-met cues …). */
  facts: Facts;
  speller?: Speller;
  /** The draft's misspellings, when the analyzer already looked them up (the spelling rule reuses them). */
  misspellings?: Misspelling[];
}

export interface RuleOutcome {
  pass: boolean;
  /** Default true. */
  applies?: boolean;
  /** Overrides the rule's default severity for this draft (e.g. error on first contact). */
  severity?: Severity;
  message: string;
  fix?: string;
  spans: Span[];
  /** Spelling only: the misspelled words. */
  misspelled?: Misspelling[];
  /** Partial credit 0..1 for the score (default: 1 when passing, 0 when failing). */
  credit?: number;
}

/** ESLint-style description of a rule. Core, weight and severity come from lib/rules/table.ts. */
export interface RuleMeta extends RuleTableRow {
  id: RuleId;
  /** Which languages it reads: '*' = every registered language that gives it phrases. */
  languages: '*';
  /** What it checks and why, and where it is documented. */
  docs: { description: string; url: string };
}

export interface Rule {
  meta: RuleMeta;
  /** Judge one draft. */
  check(input: RuleInput): RuleOutcome;
}

const DESCRIPTIONS: Record<RuleId, string> = {
  personalized: 'The right name and one detail about the recipient; no template, no placeholder, no re-used text.',
  'how-met': 'Says where you met or how you found them.',
  'no-early-ask': 'On first contact, asks for nothing (job, favour, introduction, sale, time).',
  spelling: 'Every word spelled right in the draft\'s language.',
  'gives-first': 'Offers something: a contact, an article, an idea, help.',
  'about-them': 'More about them than about you.',
  length: 'Fits LinkedIn\'s note limit; a first message stays short.',
  'no-pitch': 'No prices, discounts, booking links, shouting.',
  'follow-up': 'After they accept: thanks, how you met, one concrete next step.',
  honest: 'A tip when you name a mutual contact or claim a friendship.',
  register: 'Italian drafts keep one register: tu or Lei, with a greeting and sign-off to match.',
};

/** A rule's meta: its row of the rule table plus its description. */
export function ruleMeta(id: RuleId): RuleMeta {
  return { id, ...RULE_TABLE[id], languages: '*', docs: { description: DESCRIPTIONS[id], url: 'README.md#how-garbo-judges-a-draft' } };
}
