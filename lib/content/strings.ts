// UI strings of the panel, the gate and the report: the _locales
// catalogs' keys with PREFIXES. Why not lib/i18n's t(): it imports both whole
// catalogs (every popup, options and rule string), which would push the
// content script past its 40 KB gzipped budget. The `?content-keys` and
// `?content-strings` imports are the catalogs cut down to those keys
// (scripts/content-catalogs.ts, a Vite plugin of both the build and the unit
// tests): the keys once, then each catalog's messages in their order.
// tests/unit/content/strings.test.ts keeps KEYS equal to the catalogs' keys
// with these prefixes and tc() equal to t() on every one of them.
import keys from '../../public/_locales/en/messages.json?content-keys';
import en from '../../public/_locales/en/messages.json?content-strings';
import it from '../../public/_locales/it/messages.json?content-strings';
import type { Lang } from '../types';
import { PREFIXES } from './string-prefixes';

export { PREFIXES };

type Catalog = Record<string, string>;

export const KEYS: readonly string[] = keys;
/** Each key's message (a catalog's cut is its messages in KEYS' order, null where it lacks one). */
const own = (messages: ReadonlyArray<string | null>): Catalog => {
  const out: Catalog = {};
  KEYS.forEach((k, i) => { if (messages[i] != null) out[k] = messages[i]!; });
  return out;
};
const CATALOGS: Record<Lang, Catalog> = { en: own(en), it: own(it) };

/** Same contract as lib/i18n t(): $1..$9 substitutions, English fallback, the key itself when missing. */
export function tc(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const message = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (message === undefined) return key;
  return message.replace(/\$(\d)/g, (m, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? m : String(v);
  }).replace(/\$\$/g, '$');
}
