// The send gate's decisions, as pure functions of the latest report. The DOM
// side (capturing LinkedIn's Send click / Enter) lives in components/panel.
import type { CheckResult, Report, RuleId } from '../types';

/** Failed checks that apply to this draft, errors first, then warnings, then tips. */
export function failedChecks(report: Report): CheckResult[] {
  const rank = { error: 0, warning: 1, tip: 2 } as const;
  return report.checks
    .filter((c) => c.applies && !c.pass)
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The problems that stop a send: failed, applicable, error-level checks only. */
export function blockingChecks(report: Report | undefined): CheckResult[] {
  if (!report) return [];
  return failedChecks(report).filter((c) => c.severity === 'error');
}

export type GateDecision =
  /** Let LinkedIn's send go through untouched. */
  | { action: 'allow' }
  /** The report is older than the text: hold the send, analyse, then decide again. */
  | { action: 'refresh' }
  /** Hold the send and ask the user, naming these problems. */
  | { action: 'ask'; problems: CheckResult[] };

export interface GateInput {
  /** settings.sendGate */
  enabled: boolean;
  /** The user chose "Send anyway": the next send passes once. */
  bypass: boolean;
  text: string;
  /** Text the latest report was computed for (undefined: no report yet). */
  reportedText: string | undefined;
  report: Report | undefined;
  /** A fresh analysis was already awaited for this very text (do not loop). */
  refreshed?: boolean;
}

export function decideGate(i: GateInput): GateDecision {
  if (!i.enabled || i.bypass) return { action: 'allow' };
  if (!i.text.trim()) return { action: 'allow' };
  if (i.reportedText !== i.text || !i.report) {
    // No fresh report and we already tried: never block on a missing analysis
    // (the background may be unavailable); the user keeps control.
    return i.refreshed ? { action: 'allow' } : { action: 'refresh' };
  }
  const problems = blockingChecks(i.report);
  return problems.length ? { action: 'ask', problems } : { action: 'allow' };
}

export function failedIds(report: Report | undefined): RuleId[] {
  return report ? failedChecks(report).map((c) => c.id) : [];
}
