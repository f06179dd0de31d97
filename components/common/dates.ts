// Dates as Garbo shows them, the same in the popup, the options and the panel
// on LinkedIn. No catalog import: the content script uses it too.
import type { Lang } from '../../lib/types';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Shown for a value that is not a date (never thrown: one bad record must not blank a list). */
export const NO_DATE = '—';
/** Locale-formatted day (and time when asked); NO_DATE for anything that is not a valid date. */
export function formatDate(lang: Lang, ms: unknown, withTime = false): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return NO_DATE;
  const key = `${lang}:${withTime}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })));
  try {
    return f.format(ms);
  } catch {
    return NO_DATE;
  }
}
