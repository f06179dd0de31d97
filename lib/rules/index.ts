// The rules, in report order (RULE_IDS). Add a rule: see CONTRIBUTING.md ("Add a rule").
import { rule as aboutThem } from './about-them';
import { rule as followUp } from './follow-up/rule';
import { rule as givesFirst } from './gives-first/rule';
import { rule as honest } from './honest/rule';
import { rule as howMet } from './how-met/rule';
import { rule as length } from './length';
import { rule as noEarlyAsk } from './no-early-ask/rule';
import { rule as noPitch } from './no-pitch/rule';
import { rule as personalized } from './personalized/rule';
import { rule as register } from './register/rule';
import { rule as spelling } from './spelling';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  personalized, howMet, noEarlyAsk, spelling, givesFirst, aboutThem, length, noPitch, followUp, honest, register,
];

export type { Rule, RuleInput, RuleOutcome } from './types';
