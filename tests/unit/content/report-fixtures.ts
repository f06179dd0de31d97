// Hand-made reports for the UI tests (the real analyzer is tested elsewhere).
import type { CheckResult, Misspelling, Report } from '../../../lib/types';

export function check(id: CheckResult['id'], severity: CheckResult['severity'], pass: boolean, spans: CheckResult['spans'] = [], applies = true): CheckResult {
  return { id, severity, pass, applies, spans, message: pass ? '' : `msg:${id}`, fix: pass ? '' : `fix:${id}` };
}

export function miss(text: string, word: string, suggestions: string[], reason: Misspelling['reason'] = 'dictionary'): Misspelling {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { start, end: start + word.length, word, suggestions, reason };
}

export function report(over: Partial<Report> = {}): Report {
  return {
    score: 80, verdict: 'ready', lang: 'en',
    checks: [check('personalized', 'error', true), check('how-met', 'warning', true), check('no-early-ask', 'error', true), check('spelling', 'warning', true)],
    misspelled: [], length: { chars: 0, limit: 300 },
    ...over,
  };
}
