// UI strings come from public/_locales/<lang>/messages.json (the files the
// browser uses for the manifest). We import both catalogs so the UI can follow
// the user's "UI language" option, which browser.i18n cannot switch at runtime.
// Pure: no `browser` import; callers pass the browser's UI language.
import en from '../public/_locales/en/messages.json';
import it from '../public/_locales/it/messages.json';
import type { Lang } from './types';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<Lang, Catalog> = { en: en as Catalog, it: it as Catalog };

/** 'auto' follows the browser: Italian for any it-* locale, English otherwise. */
export { resolveUiLang } from './ui-lang';

/**
 * Look up `key` in the catalog of `lang` (falling back to English, then to the
 * key itself so a missing string is visible rather than blank). Substitutions
 * follow the _locales convention: $1..$9, or named placeholders whose content is $n.
 */
export function t(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let msg = entry.message;
  if (entry.placeholders) {
    for (const [name, ph] of Object.entries(entry.placeholders)) {
      msg = msg.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
    }
  }
  return msg.replace(/\$(\d)/g, (m, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? m : String(v);
  }).replace(/\$\$/g, '$');
}

/** Keys present in one catalog but not the other (tests keep the two in step). */
export function missingKeys(): { en: string[]; it: string[] } {
  const ke = Object.keys(CATALOGS.en), ki = Object.keys(CATALOGS.it);
  return { en: ki.filter((k) => !ke.includes(k)), it: ke.filter((k) => !ki.includes(k)) };
}
