import { t } from '../../lib/i18n';
import type { Lang, Verdict } from '../../lib/types';

export { formatDate, NO_DATE } from '../common/dates';

/** `yyyy-mm-dd` in local time, for <input type="date">. */
export function toDateInput(ms: number | null): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** Local 9:00 of a `yyyy-mm-dd` day, or null for an empty field. */
export function fromDateInput(v: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9).getTime();
  // A year the field allows but no record can hold (0001, 9999) is refused by the background; NaN never leaves here.
  return Number.isNaN(t) ? null : t;
}

/** Score with its verdict in words: the colour is never the only signal. */
export function ScoreBadge({ lang, score, verdict }: { lang: Lang; score: number; verdict: Verdict }) {
  return (
    <span class={`badge ${verdict}`} data-testid="score-badge">
      <b>{Math.round(score)}</b> {t(lang, `report_verdict_${verdict}`)}
    </span>
  );
}

/** A background error in the UI language when we know it (a full disk), else as sent. */
export function errorText(lang: Lang, message: string): string {
  if (/^storage full/.test(message)) return t(lang, 'popup_storage_full');
  return t(lang, 'popup_error', message);
}
