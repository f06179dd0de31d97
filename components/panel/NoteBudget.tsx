// Issue 14 item 4: the note budget on free accounts, in the panel next to the
// quota line. When few personalized notes are left this month and the draft
// scores low, say that a bare invite may do better than a weak note; when the
// user's own history shows notes do better (enough cases on both sides), say
// so with the numbers. Nothing is shown on Premium (no monthly budget known).
import type { Signal } from '../../lib/content/signals';
import { tc as t } from '../../lib/content/strings';
import { FREE_NOTES_PER_MONTH, type NoteQuota } from '../../lib/linkedin/types';
import type { Lang, Report } from '../../lib/types';
import './track-signals';

export type { NoteRates, Rate } from '../../lib/domain';
import type { NoteRates, Rate } from '../../lib/domain';

/** Few notes left: at most this many. */
export const FEW_NOTES = 2;
/** A weak note: below this score (or any error). */
export const WEAK_SCORE = 60;
/** Both sides need this many invites with an outcome before the history is quoted. */
export const MIN_CASES = 10;

export type Advice =
  | { kind: 'weak'; left: number; score: number }
  | { kind: 'history'; note: Rate; bare: Rate; notesBetter: boolean };

/** Notes left this month: LinkedIn's own line, else (free plan) the allowance minus the notes the history saw go out. */
export function notesLeft(quota: NoteQuota | undefined, limit: number | undefined, usedThisMonth: number | undefined): number | undefined {
  if (quota) return quota.left;
  if (limit === 200 && usedThisMonth !== undefined) return Math.max(0, FREE_NOTES_PER_MONTH - usedThisMonth);
  return undefined;
}

/** What to say, pure: [] when the budget is not tight. */
export function noteAdvice(a: { left: number | undefined; report: Pick<Report, 'score' | 'verdict'> | undefined; rates?: NoteRates }): Advice[] {
  if (a.left === undefined || a.left > FEW_NOTES || !a.report) return [];
  const out: Advice[] = [];
  if (a.report.score < WEAK_SCORE || a.report.verdict === 'stop') out.push({ kind: 'weak', left: a.left, score: Math.round(a.report.score) });
  const r = a.rates;
  if (r && r.note.of >= MIN_CASES && r.bare.of >= MIN_CASES) {
    const pn = r.note.n / r.note.of, pb = r.bare.n / r.bare.of;
    if (Math.abs(pn - pb) >= 0.05) out.push({ kind: 'history', note: r.note, bare: r.bare, notesBetter: pn > pb });
  }
  return out;
}

const pct = (r: Rate) => Math.round((r.n / r.of) * 100);

export function NoteBudget({ lang, kind, quota, limit, used, report, rates }: {
  lang: Lang; kind: string; quota: Signal<NoteQuota | undefined>; limit: Signal<number | undefined>; used: Signal<number | undefined>;
  report: Signal<Pick<Report, 'score' | 'verdict'> | undefined>; rates?: NoteRates;
}) {
  if (kind !== 'invite') return null;
  const advice = noteAdvice({ left: notesLeft(quota.value, limit.value, used.value), report: report.value, rates });
  if (!advice.length) return null;
  return (
    <div class="g-budget" data-testid="garbo-note-budget">
      {advice.map((a) => (a.kind === 'weak'
        ? <p class="g-advice">{t(lang, 'panel_budget_weak', a.left, a.score)}</p>
        : <p class="g-advice">{t(lang, a.notesBetter ? 'panel_budget_notes_better' : 'panel_budget_notes_not_better',
          a.note.n, a.note.of, pct(a.note), a.bare.n, a.bare.of, pct(a.bare))}</p>))}
    </div>
  );
}
