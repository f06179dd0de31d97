// Dates as Garbo shows them, the same in the popup, the options and the panel
// on LinkedIn. No catalog import: the content script uses it too.
import type { Lang } from '../../lib/types';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Locale-formatted day (and time when asked). */
export function formatDate(lang: Lang, ms: number, withTime = false): string {
  const key = `${lang}:${withTime}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })));
  return f.format(ms);
}
