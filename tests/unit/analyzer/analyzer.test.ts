// analyze(): score, verdict, language detection, UI language, disabled rules.
import { describe, expect, it } from 'vitest';
import { analyze, BLOCKER_CAP, detectLanguage, READY_THRESHOLD, verdictLabel } from '../../../lib/analyzer';
import { RULES } from '../../../lib/rules';
import { CORE_RULE_IDS, RULE_IDS } from '../../../lib/types';
import { RULE_TABLE } from '../../../lib/rules/table';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpellerSync } from '../../../lib/spelling/node';

const good = 'Ciao Giulia, ci siamo conosciute ieri al convegno di Bologna sulla mobilità dolce. Ti giro volentieri la mappa delle ciclabili di cui parlavamo.';
const ctx = { recipientName: 'Giulia Ferri' };

describe('analyze', () => {
  it('rates a personal, contextual, giving note as ready', () => {
    const r = analyze({ text: good, kind: 'invite' }, ctx);
    expect(r.lang).toBe('it');
    expect(r.verdict).toBe('ready');
    expect(r.score).toBeGreaterThanOrEqual(READY_THRESHOLD);
    expect(r.checks.map((c) => c.id)).toEqual([...RULE_IDS]);
  });

  it('caps every blocker below ready: ask, placeholder, wrong name, over-limit invite', () => {
    const blockers = [
      `${good} Potresti girare il mio CV al tuo responsabile?`,
      good.replace('Giulia', '{firstName}'),
      good.replace('Giulia', 'Silvia'),
      `${good} ${'Ancora grazie per la bella giornata. '.repeat(6)}`.trim(),
    ];
    for (const text of blockers) {
      const r = analyze({ text, kind: 'invite' }, ctx);
      expect(r.verdict, text).toBe('stop');
      expect(r.score, text).toBeLessThanOrEqual(BLOCKER_CAP);
      expect(r.checks.some((c) => !c.pass && c.severity === 'error'), text).toBe(true);
    }
  });

  it('is improve, not ready, when a core rule fails without a blocker', () => {
    const r = analyze({ text: 'Ciao Giulia, ho letto il tuo articolo sulla mobilità dolce: molto chiaro.', kind: 'invite' }, ctx);
    expect(r.checks.find((c) => c.id === 'how-met')!.pass).toBe(true);
    const noHowMet = analyze({ text: 'Ciao Giulia, complimenti per la promozione in Trenord!', kind: 'invite' }, ctx);
    expect(noHowMet.checks.find((c) => c.id === 'how-met')!.pass).toBe(false);
    expect(noHowMet.verdict).toBe('improve');
  });

  it('scores an empty draft 0 and stops', () => {
    const r = analyze({ text: '', kind: 'invite' }, ctx);
    expect(r.score).toBe(0);
    expect(r.verdict).toBe('stop');
  });

  it('detects the language of short and mixed drafts', () => {
    expect(detectLanguage('Ciao, grazie!')).toBe('it');
    expect(detectLanguage('Thanks, talk soon!')).toBe('en');
    expect(detectLanguage('Ciao Marco, il meeting con il team di marketing è andato bene, ti mando il recap della call.')).toBe('it');
    expect(detectLanguage('Hi Marco, the networking aperitivo in Milano was great, thanks for the invite!')).toBe('en');
    expect(detectLanguage('🙂', 'it')).toBe('it');
  });

  it('writes messages and fixes in the UI language, defaulting to the draft language', () => {
    const it = analyze({ text: 'Ciao Giulia, ho visto il tuo profilo.', kind: 'invite' }, ctx);
    const en = analyze({ text: 'Ciao Giulia, ho visto il tuo profilo.', kind: 'invite' }, { ...ctx, uiLang: 'en' });
    const p = (r: typeof it) => r.checks.find((c) => c.id === 'personalized')!;
    expect(p(it).fix).toMatch(/Saluta Giulia/);
    expect(p(en).fix).toMatch(/Greet Giulia/);
    expect(verdictLabel('ready', 'it')).toBe('Pronto da inviare');
  });

  it('reports disabled further rules as not applying, and ignores attempts to disable core rules', () => {
    const r = analyze({ text: 'Hi Tom, BUY NOW!!! our course', kind: 'invite' }, { recipientName: 'Tom Lee', disabledRules: ['no-pitch', 'personalized'] });
    const pitch = r.checks.find((c) => c.id === 'no-pitch')!;
    expect(pitch.applies).toBe(false);
    expect(pitch.pass).toBe(true);
    expect(r.checks.find((c) => c.id === 'personalized')!.applies).toBe(true);
  });

  it('skips detection when told the language', () => {
    expect(analyze({ text: 'Hi Tom', kind: 'invite' }, {}, undefined, { lang: 'it' }).lang).toBe('it');
  });

  it('every registered rule declares its contract, read from the one rule table', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
    for (const r of RULES) {
      expect(r.meta.languages).toBe('*');
      expect(['error', 'warning', 'tip']).toContain(r.meta.severity);
      expect(r.meta.weight).toBeGreaterThanOrEqual(0);
      expect(r.meta.docs.description.length).toBeGreaterThan(10);
      const { id: _id, languages: _l, docs: _d, ...row } = r.meta;
      expect(row).toEqual(RULE_TABLE[r.meta.id]);
    }
    expect(RULES.filter((r) => r.meta.core).map((r) => r.meta.id)).toEqual(['personalized', 'how-met', 'no-early-ask', 'spelling']);
    expect([...CORE_RULE_IDS]).toEqual(['personalized', 'how-met', 'no-early-ask', 'spelling']);
  });

  it('takes core, weights and severities from nowhere but lib/rules/table.ts', () => {
    const dir = join(__dirname, '../../../lib');
    const offenders: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) { walk(p); continue; }
        if (!/\.tsx?$/.test(f) || p.endsWith('table.ts')) continue;
        const src = readFileSync(p, 'utf8');
        if (/\bcore: (?:true|false)|\bweight: \d|'personalized', 'how-met'|=== 'how-met'/.test(src)) offenders.push(p);
      }
    };
    walk(dir);
    expect(offenders).toEqual([]);
  });
  it('judges a draft in another language only on what does not depend on it, and never calls it ready', () => {
    const speller = loadSpellerSync();
    const fr = "Bonjour Claire, nous nous sommes rencontrés au salon VivaTech la semaine dernière. J'ai beaucoup aimé votre présentation sur la logistique.";
    const r = analyze({ text: fr, kind: 'invite' }, { recipientName: 'Claire Martin', uiLang: 'en' }, speller);
    expect(r.foreign).toBe('fr');
    expect(r.misspelled).toEqual([]);
    expect(r.verdict).toBe('improve');
    expect(r.checks.filter((c) => c.applies).map((c) => c.id)).toEqual(['length']);
    expect(r.checks.find((c) => c.id === 'spelling')!.message).toBe('Not checked: Garbo reads Italian and English drafts.');
    // Names, placeholders and the limit do not depend on the language: still errors.
    const es = 'Hola María, nos conocimos en el congreso de Madrid la semana pasada. Me gustó mucho tu charla sobre logística, {firstName}.';
    const bad = analyze({ text: es, kind: 'invite' }, { recipientName: 'Lucía García' }, speller);
    expect(bad.foreign).toBe('es');
    expect(bad.verdict).toBe('stop');
    expect(bad.checks.find((c) => c.id === 'personalized')).toMatchObject({ pass: false, severity: 'error', applies: true });
    const long = analyze({ text: `${fr} ${fr}`, kind: 'invite' }, { recipientName: 'Claire Martin', noteLimit: 200 }, speller);
    expect(long.checks.find((c) => c.id === 'length')).toMatchObject({ pass: false, severity: 'error' });
    // Italian and English drafts are never taken for another language (the detector's own test covers 600+ of ours).
    expect(analyze({ text: good, kind: 'invite' }, ctx, speller).foreign).toBeUndefined();
  });
});
