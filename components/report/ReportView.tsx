// The report of one draft: score + verdict, each failed check with its message
// and fix, and the misspellings with their suggestions as buttons. Shared by
// the panel on LinkedIn and the popup's draft checker. Text only: every string
// is rendered as a text node by Preact.
import { tc as t } from '../../lib/content/strings';
import { failedChecks } from '../../lib/content/gate';
import type { CheckResult, Lang, Misspelling, Report, Verdict } from '../../lib/types';

export interface ReportViewProps {
  report: Report | undefined;
  lang: Lang;
  /** A new analysis is on its way (the shown report is for an older text). */
  busy?: boolean;
  /** Analysis failed: shown instead of a report. */
  error?: string;
  /** Replace a misspelled word with a suggestion. */
  onSuggestion?(m: Misspelling, suggestion: string): void;
  /** Add a flagged word to the personal dictionary. */
  onAddWord?(word: string): void;
  /** Show the check / word in the text (focus its highlight). */
  onShow?(span: { start: number; end: number }): void;
}

export const verdictKey = (v: Verdict) => `report_verdict_${v}`;
/** The score as shown: none for a draft in another language, which Garbo did not judge. */
export const scoreText = (r: Report): string => (r.foreign ? '–' : String(r.score));
/** The verdict in words, or "not judged" for a draft in another language. */
export const verdictText = (lang: Lang, r: Report): string => t(lang, r.foreign ? 'report_foreign_title' : verdictKey(r.verdict));

export function ScoreBadge({ report, lang }: { report: Report; lang: Lang }) {
  return (
    <span class={`g-score g-${report.verdict}`} title={t(lang, verdictKey(report.verdict))}>
      {scoreText(report)}
    </span>
  );
}

/** A check's severity, message and fix: the body of a report item and of the panel's word popover. */
export function CheckBody({ check, lang }: { check: CheckResult; lang: Lang }) {
  return (
    <>
      <span class="g-sev">{t(lang, `report_severity_${check.severity}`)}</span>{' '}
      <span class="g-msg">{check.message}</span>
      {check.fix ? <p class="g-fix"><span class="g-fix-label">{t(lang, 'report_fix')}</span> {check.fix}</p> : null}
    </>
  );
}

function CheckItem({ check, lang, onShow }: { check: CheckResult; lang: Lang; onShow?: ReportViewProps['onShow'] }) {
  const first = check.spans[0];
  return (
    <li class={`g-check g-${check.severity}`} data-check={check.id}>
      <CheckBody check={check} lang={lang} />
      {first && onShow ? (
        <button type="button" class="g-link" onClick={() => onShow(first)}>{t(lang, 'report_show_in_text')}</button>
      ) : null}
    </li>
  );
}

export function MisspellingItem({ m, lang, onSuggestion, onAddWord }: {
  m: Misspelling; lang: Lang; onSuggestion?: ReportViewProps['onSuggestion']; onAddWord?: ReportViewProps['onAddWord'];
}) {
  const sugg = m.suggestions.slice(0, 5);
  return (
    <li class="g-miss" data-word={m.word}>
      <span class="g-word">{m.word}</span>{' '}
      <span class="g-reason">{t(lang, m.reason === 'slip' ? 'report_reason_slip' : 'report_reason_dictionary')}</span>
      <div class="g-suggestions" role="group" aria-label={t(lang, 'report_suggestions_for', m.word)}>
        {sugg.length === 0 ? <span class="g-muted">{t(lang, 'report_no_suggestions')}</span> : null}
        {sugg.map((s) => (
          <button type="button" class="g-sugg" disabled={!onSuggestion}
            aria-label={t(lang, 'report_replace_with', m.word, s)}
            onClick={() => onSuggestion?.(m, s)}>{s}</button>
        ))}
        {onAddWord && m.reason !== 'slip' ? (
          <button type="button" class="g-add" onClick={() => onAddWord(m.word)}>{t(lang, 'report_add_word')}</button>
        ) : null}
      </div>
    </li>
  );
}

export function ReportView({ report, lang, busy, error, onSuggestion, onAddWord, onShow }: ReportViewProps) {
  if (error) return <div class="g-report"><p class="g-error-text" role="alert">{error}</p></div>;
  if (!report) return <div class="g-report"><p class="g-muted">{t(lang, busy ? 'report_checking' : 'report_empty')}</p></div>;
  const failed = failedChecks(report).filter((c) => c.id !== 'spelling' || report.misspelled.length === 0);
  return (
    <div class="g-report" aria-busy={busy ? 'true' : 'false'}>
      <div class="g-head">
        <ScoreBadge report={report} lang={lang} />
        <div>
          <div class="g-verdict">{verdictText(lang, report)}</div>
          {report.foreign ? null : <div class="g-muted g-small">{t(lang, 'report_score_of', report.score)}</div>}
        </div>
      </div>
      {report.foreign ? <p class="g-muted" data-testid="report-foreign">{t(lang, 'report_foreign', t(lang, `report_lang_${report.foreign}`))}</p> : null}
      {failed.length === 0 && report.misspelled.length === 0 && !report.foreign ? <p class="g-ok">{t(lang, 'report_all_good')}</p> : null}
      {failed.length ? <ul class="g-checks">{failed.map((c) => <CheckItem key={c.id} check={c} lang={lang} onShow={onShow} />)}</ul> : null}
      {report.misspelled.length ? (
        <section class="g-spelling">
          <h3>{t(lang, 'report_spelling_title')}</h3>
          <ul>{report.misspelled.map((m) => <MisspellingItem key={`${m.start}:${m.word}`} m={m} lang={lang} onSuggestion={onSuggestion} onAddWord={onAddWord} />)}</ul>
        </section>
      ) : null}
    </div>
  );
}
