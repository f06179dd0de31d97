// The one place that says which rules are core, what each weighs in the score and how severe a
// failure is. Rules (lib/rules/<id>/rule.ts) read their meta from here; the analyzer, the types
// (CORE_RULE_IDS) and the options read it too. Weights: the regular rules share 100 minus the bonus
// weights in proportion to theirs; a bonus rule adds its weight when it passes.
import type { RuleId, Severity } from '../types';

export interface RuleTableRow {
  /** Core rules cannot be switched off and must pass for a `ready` verdict. */
  core: boolean;
  weight: number;
  /** Default severity of a failure (a rule may raise or lower it for one draft). */
  severity: Severity;
  /** Adds its weight when it passes, costs nothing when it fails. */
  bonus?: boolean;
}

export const RULE_TABLE: Readonly<Record<RuleId, RuleTableRow>> = {
  personalized: { core: true, weight: 25, severity: 'warning' },
  'how-met': { core: true, weight: 20, severity: 'warning' },
  'no-early-ask': { core: true, weight: 25, severity: 'error' },
  spelling: { core: true, weight: 15, severity: 'warning' },
  'gives-first': { core: false, weight: 8, severity: 'tip', bonus: true },
  'about-them': { core: false, weight: 4, severity: 'warning' },
  length: { core: false, weight: 4, severity: 'warning' },
  'no-pitch': { core: false, weight: 6, severity: 'warning' },
  'follow-up': { core: false, weight: 5, severity: 'warning' },
  honest: { core: false, weight: 0, severity: 'tip' },
  register: { core: false, weight: 0, severity: 'warning' },
};

/** The core rules, in report order (the table lists the rules in report order). */
export const CORE_RULE_IDS: readonly RuleId[] = /*#__PURE__*/ (Object.keys(RULE_TABLE) as RuleId[]).filter((id) => RULE_TABLE[id].core);

export function isCore(id: RuleId): boolean {
  return RULE_TABLE[id]?.core === true;
}
