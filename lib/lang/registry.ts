// The registry of languages Garbo reads. A language is one LanguageDef object (lib/lang/types.ts):
// registering it is all it takes for detection, greetings, names and every rule's phrases to know it.
// Built-in languages are registered by lib/lang/index.ts; a test may register a stub and remove it.
import type { AskPattern, LangData, LanguageDef } from './types';

const byCode = new Map<string, LangData>();
let version = 0;

/** Compile a definition into the flat view the analyzer reads (each rule's phrases as patterns). */
export function compileLanguage(def: LanguageDef): LangData {
  const p = def.phrases;
  const res = <T extends { re: RegExp }>(xs: readonly T[]): RegExp[] => xs.map((x) => x.re);
  const asks: AskPattern[] = p['no-early-ask'].directAsks.map((a) => ({ re: a.re, kind: a.kind, ...(a.firm ? { firm: true } : {}) }));
  return {
    lang: def.code,
    def,
    stopwords: def.stopwords,
    greetings: def.greetings,
    notNames: def.notNames,
    titles: def.titles,
    generic: res(p.personalized.generic),
    specific: res(p.personalized.specific),
    howMet: res(p['how-met'].howMet),
    requestForms: res(p['no-early-ask'].requestForms),
    beneficiary: p['no-early-ask'].beneficiary.re,
    requestVerbs: p['no-early-ask'].requestVerbs.re,
    directAsks: asks,
    timeAsks: res(p['no-early-ask'].timeAsks),
    sales: res(p['no-early-ask'].sales),
    salesWeak: res(p['no-early-ask'].salesWeak),
    offers: res(p['gives-first'].offers),
    negators: def.negators,
    oversized: p['no-early-ask'].oversized.re,
    pitch: res(p['no-pitch'].pitch),
    thanks: p['follow-up'].thanks.re,
    claims: res(p.honest.claims),
    callToAction: res(p['no-early-ask'].callToAction),
    needCta: res(p['no-early-ask'].needCta),
    future: res(p['how-met'].future),
    linkedinContent: res(p['how-met'].linkedinContent),
    secondPerson: def.secondPerson,
    firstPerson: def.firstPerson,
    ...(def.secondSuffix ? { secondSuffix: def.secondSuffix } : {}),
    ...(def.firstSuffix ? { firstSuffix: def.firstSuffix } : {}),
  };
}

/** Register (or replace) a language. Returns its compiled form. */
export function registerLanguage(def: LanguageDef): LangData {
  if (!/^[a-z]{2,3}$/.test(def.code)) throw new Error(`language code must be 2-3 lower-case letters: ${def.code}`);
  const data = compileLanguage(def);
  byCode.set(def.code, data);
  version++;
  return data;
}

/** Remove a registered language (tests only: built-in languages stay). */
export function unregisterLanguage(code: string): void {
  if (byCode.delete(code)) version++;
}

export function language(code: string): LangData | undefined {
  return byCode.get(code);
}

/** Every registered language, in registration order. */
export function languages(): readonly LangData[] {
  return [...byCode.values()];
}

/** Changes whenever a language is registered or removed (caches keyed on it rebuild). */
export function registryVersion(): number {
  return version;
}
