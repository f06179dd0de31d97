// The content script's cut of the _locales catalogs, made at build time (and
// in the unit tests) by the Vite plugin below, which wxt.config.ts and
// vitest.config.ts both use: `en/messages.json?content-keys` is the English
// catalog's keys with one of PREFIXES, `<lang>/messages.json?content-strings`
// that catalog's bare messages for those keys, in the same order (null where
// it lacks one). lib/content/strings.ts reads them; the keys are listed once.
import { readFileSync } from 'node:fs';
import { PREFIXES } from '../lib/content/string-prefixes';

type Catalog = Record<string, { message: string }>;

/** The content script's keys: the English catalog's keys with one of PREFIXES, in its order. */
export const contentKeys = (en: object): string[] => Object.keys(en).filter((key) => PREFIXES.some((p) => key.startsWith(p)));

/** What `?content-keys` (kind 'keys') or `?content-strings` (kind 'strings') of `catalog` is. */
export function contentCut(kind: 'keys' | 'strings', catalog: Catalog, en: Catalog): Array<string | null> {
  const keys = contentKeys(en);
  return kind === 'keys' ? keys : keys.map((key) => catalog[key]?.message ?? null);
}

/** The Vite plugin: `…/_locales/<lang>/messages.json?content-keys|strings` as the JSON of contentCut. */
export const contentCatalogs = {
  name: 'garbo-content-catalogs',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    const m = /^(.*[\\/]_locales[\\/])[\w-]+[\\/]messages\.json\?content-(strings|keys)$/.exec(id);
    if (!m) return null;
    const en = JSON.parse(readFileSync(`${m[1]}en/messages.json`, 'utf8')) as Catalog;
    return { code: JSON.stringify(contentCut(m[2] as 'keys' | 'strings', JSON.parse(code) as Catalog, en)), map: null };
  },
};
