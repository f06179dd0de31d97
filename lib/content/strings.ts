// UI strings of the panel, the gate and the report: the _locales
// catalogs' keys with PREFIXES. Why not lib/i18n's t(): it imports both whole
// catalogs (every popup, options and rule string), which would push the
// content script past its 40 KB gzipped budget. The `?content-strings` import
// is the catalog cut down to those keys at build time (wxt.config.ts); the
// same cut is made here too, so tests that read the whole file see the same.
// tests/unit/content/strings.test.ts keeps KEYS equal to the catalogs' keys
// with these prefixes and tc() equal to t() on every one of them.
import en from '../../public/_locales/en/messages.json?content-strings';
import it from '../../public/_locales/it/messages.json?content-strings';
import type { Lang } from '../types';
import { PREFIXES } from './string-prefixes';

export { PREFIXES };

type Catalog = Record<string, string>;

/** The prefixed keys and their messages (the build's cut gives bare strings, the whole file { message } entries). */
const own = (c: Record<string, string | { message: string }>): Catalog => Object.fromEntries(Object.entries(c)
  .filter(([k]) => PREFIXES.some((p) => k.startsWith(p))).map(([k, e]) => [k, typeof e === 'string' ? e : e.message]));
const CATALOGS: Record<Lang, Catalog> = { en: own(en), it: own(it) };
export const KEYS: readonly string[] = Object.keys(CATALOGS.en);

/** Same contract as lib/i18n t(): $1..$9 substitutions, English fallback, the key itself when missing. */
export function tc(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const message = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (message === undefined) return key;
  return message.replace(/\$(\d)/g, (m, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? m : String(v);
  }).replace(/\$\$/g, '$');
}
