// The rule registry, in report order (RULE_IDS). Add a rule: write
// lib/rules/<id>.ts exporting `rule`, add its id to RULE_IDS and list it here.
import type { RuleId } from '../types';
import { rule as aboutThem } from './about-them';
import { rule as followUp } from './follow-up';
import { rule as givesFirst } from './gives-first';
import { rule as honest } from './honest';
import { rule as howMet } from './how-met';
import { rule as length } from './length';
import { rule as noEarlyAsk } from './no-early-ask';
import { rule as noPitch } from './no-pitch';
import { rule as personalized } from './personalized';
import { rule as spelling } from './spelling';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  personalized, howMet, noEarlyAsk, spelling, givesFirst, aboutThem, length, noPitch, followUp, honest,
];

export const RULES_BY_ID: Readonly<Record<RuleId, Rule>> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<RuleId, Rule>;

export type { Rule, RuleInput, RuleOutcome } from './types';
