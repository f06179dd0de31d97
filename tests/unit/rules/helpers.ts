// Helpers for the per-rule table tests.
import { analyze } from '../../../lib/analyzer';
import type { AnalysisContext, CheckResult, DraftKind, Report, RuleId, Speller } from '../../../lib/types';

export interface Case {
  text: string;
  kind?: DraftKind;
  to?: string;
  ctx?: AnalysisContext;
  /** Why this case is here (shown in the test name). */
  why: string;
}

export function report(c: Case, speller?: Speller): Report {
  return analyze({ text: c.text, kind: c.kind ?? 'invite' }, { recipientName: c.to, ...c.ctx }, speller);
}

export function check(c: Case, id: RuleId, speller?: Speller): CheckResult {
  const r = report(c, speller);
  const found = r.checks.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id} check in the report`);
  return found;
}

/** The text under each span of a check (to assert what is highlighted). */
export function spanTexts(text: string, res: CheckResult): string[] {
  return res.spans.map((s) => text.slice(s.start, s.end));
}
