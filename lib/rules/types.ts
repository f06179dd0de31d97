// The rule contract (ESLint-like): one module per rule in lib/rules/<id>.ts,
// each exporting a `rule` object; lib/rules/index.ts is the registry.
import type { Draft, Lang, Misspelling, RuleId, Severity, Span, Speller } from '../types';
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

export interface Rule {
  id: RuleId;
  /** Default severity when the rule fails. */
  severity: Severity;
  /** Languages the rule knows (all rules cover both). */
  languages: readonly Lang[];
  /** Weight in the score (see lib/score.ts). */
  weight: number;
  /** Core rules cannot be switched off. */
  core: boolean;
  /** A bonus rule adds its weight when it passes and costs nothing when it fails. */
  bonus?: boolean;
  check(input: RuleInput): RuleOutcome;
}
