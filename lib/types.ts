// Shared analyzer contract. Pure TypeScript: used by the background, the
// content script, the popup, the CLI and the tests alike.
import type { SHIPPED_LANGS } from './lang/codes';

export type DraftKind = 'invite' | 'message';
/** A shipped language (lib/lang/codes.ts). */
export type Lang = (typeof SHIPPED_LANGS)[number];

/** Personalized invite notes a free LinkedIn account may send a month (research/linkedin-dom.md). */
export const FREE_NOTES_PER_MONTH = 5;

/**
 * What happened after a send. Invites: sent (pending) → accepted / no-answer
 * (ignored) / withdrawn, or not-pending (left LinkedIn's sent list without
 * being seen accepted: the user decides which). Anyone: replied once they wrote back.
 */
export const STATUSES = ['sent', 'accepted', 'replied', 'no-answer', 'withdrawn', 'not-pending'] as const;
export type Status = (typeof STATUSES)[number];
export type Severity = 'error' | 'warning' | 'tip';
export type Verdict = 'ready' | 'improve' | 'stop';

export const RULE_IDS = [
  'personalized',
  'how-met',
  'no-early-ask',
  'spelling',
  'gives-first',
  'about-them',
  'length',
  'no-pitch',
  'follow-up',
  'honest',
  'register',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** The core rules, as lib/rules/table.ts says (re-exported: nothing here repeats the table). */
export { CORE_RULE_IDS } from './rules/table';

export interface Draft {
  text: string;
  kind: DraftKind;
  /** InMail / new-message subject, when LinkedIn shows one. */
  subject?: string;
}

export interface AnalysisContext {
  /** Full name of the recipient as read from LinkedIn (or typed in the checker). */
  recipientName?: string;
  /** The user's own name, when known. */
  senderName?: string;
  /** No earlier invite or message to this person in the history. Default true. */
  firstContact?: boolean;
  /** The invite was accepted and nothing else was sent yet (follow-up rule). */
  justAccepted?: boolean;
  /** Connection-note limit: 200 (free) or 300 (Premium). Default 300. */
  noteLimit?: number;
  /** Words the user added to their personal dictionary. */
  userDictionary?: readonly string[];
  /** Texts recently sent to *other* people (template re-use check). */
  previousTexts?: readonly string[];
  /** Language of the messages/fixes. Default: the draft's language. */
  uiLang?: Lang;
  /** Rule ids the user switched off in the options (core rules cannot be switched off). */
  disabledRules?: readonly RuleId[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Misspelling extends Span {
  word: string;
  suggestions: string[];
  /** 'dictionary' = unknown word; 'slip' = a known Italian slip (qual'è, perchè, …). */
  reason?: 'dictionary' | 'slip';
}

export interface CheckResult {
  id: RuleId;
  pass: boolean;
  severity: Severity;
  /** Short message in the UI language. */
  message: string;
  /** Concrete fix in the UI language (empty when the check passes). */
  fix: string;
  spans: Span[];
  /** false when the rule does not apply to this draft (e.g. follow-up on an invite). */
  applies: boolean;
}

export interface Report {
  score: number;
  verdict: Verdict;
  lang: Lang;
  checks: CheckResult[];
  misspelled: Misspelling[];
  /** Characters as LinkedIn counts them, and the limit used (invites). */
  length: { chars: number; limit?: number };
  /**
   * The draft is in a language Garbo does not read (French, Spanish, German,
   * Portuguese): only what does not depend on the language was judged.
   */
  foreign?: 'fr' | 'es' | 'de' | 'pt';
}

/** One language's word list: exact-form membership plus ranked suggestions. */
export interface WordChecker {
  correct(word: string): boolean;
  suggest(word: string, max?: number): string[];
}

/** The dictionaries the analyzer may use, by language; absent ones are simply not consulted. */
export type Speller = { [L in Lang]?: WordChecker };
