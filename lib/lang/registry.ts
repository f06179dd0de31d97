// The registry of languages Garbo reads. A language is one LanguageDef object (lib/lang/types.ts):
// registering it is all it takes for detection, greetings, names and every rule's phrases to know it.
// Built-in languages are registered by lib/lang/index.ts; a test may register a stub and remove it.
import type { AskPattern, LangData, LanguageDef } from './types';

const byCode = new Map<string, LangData>();
/** A pattern that never matches: the stand-in for a single-pattern field a language leaves out. */
const NEVER = /(?!)/g;
let version = 0;

/** Compile a definition into the flat view the analyzer reads (each rule's phrases as patterns). */
export function compileLanguage(def: LanguageDef): LangData {
  const p = def.phrases;
  const res = <T extends { re: RegExp }>(xs: readonly T[] | undefined): RegExp[] => (xs ?? []).map((x) => x.re);
  const one = (x: { re: RegExp } | undefined): RegExp => x?.re ?? NEVER;
  const ask = p['no-early-ask'] ?? {};
  const asks: AskPattern[] = (ask.directAsks ?? []).map((a) => ({ re: a.re, kind: a.kind, ...(a.firm ? { firm: true } : {}) }));
  return {
    lang: def.code,
    def,
    stopwords: def.stopwords,
    greetings: def.greetings,
    notNames: def.notNames,
    titles: def.titles,
    generic: res(p.personalized?.generic),
    specific: res(p.personalized?.specific),
    linkedinDefault: res(p.personalized?.linkedinDefault),
    registerFormal: res(p.register?.formal),
    registerInformal: res(p.register?.informal),
    registerFormalGreeting: res(p.register?.formalGreeting),
    registerInformalGreeting: res(p.register?.informalGreeting),
    howMet: res(p['how-met']?.howMet),
    requestForms: res(ask.requestForms),
    beneficiary: one(ask.beneficiary),
    requestVerbs: one(ask.requestVerbs),
    directAsks: asks,
    timeAsks: res(ask.timeAsks),
    sales: res(ask.sales),
    salesWeak: res(ask.salesWeak),
    offers: res(p['gives-first']?.offers),
    negators: def.negators,
    oversized: one(ask.oversized),
    pitch: res(p['no-pitch']?.pitch),
    thanks: one(p['follow-up']?.thanks),
    claims: res(p.honest?.claims),
    callToAction: res(ask.callToAction),
    needCta: res(ask.needCta),
    future: res(p['how-met']?.future),
    linkedinContent: res(p['how-met']?.linkedinContent),
    bookVerbs: ask.bookVerbs?.words ?? [],
    askDisclaimer: res(ask.askDisclaimer),
    noAskPromise: res(ask.noAskPromise),
    agreedEarlier: res(ask.agreedEarlier),
    pitchDisclaimer: res(ask.pitchDisclaimer),
    productClaim: res(ask.productClaim),
    outcomeClaim: res(ask.outcomeClaim),
    painQuestion: res(ask.painQuestion),
    senderEvidence: res(ask.senderEvidence),
    jobAsks: res(ask.jobAsks),
    commerceCues: res(ask.commerceCues),
    hedgedMeeting: res(p['how-met']?.hedgedMeeting),
    priorContact: res(p['how-met']?.priorContact),
    cueGuards: res(p['how-met']?.cueGuards),
    sharedPath: res(p['how-met']?.sharedPath),
    absent: res(p['how-met']?.absent),
    absentTurn: res(p['how-met']?.absentTurn),
    reunion: res(p['how-met']?.reunion),
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
