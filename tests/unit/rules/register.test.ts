// register (issue #11 item 3): an Italian draft keeps one register. Mixed tu/Lei, or a greeting of the
// other register, is a warning whose spans are the forms of both registers; one register passes;
// English drafts and drafts with no address at all are not judged.
import { describe, expect, it } from 'vitest';
import { check, report, spanTexts, type Case } from './helpers';

const mixed: Array<Case & { spans: string[] }> = [
  { why: 'Lei verb then tu', to: 'Elena Rinaldi', text: 'Gentile prof.ssa Rinaldi, la ringrazio per la lezione al Politecnico. Ti mando il materiale di cui parlavamo.', spans: ['la ringrazio', 'Ti'] },
  { why: 'capital Sua then tu clitic', to: 'Marco Colombo', text: 'Buongiorno Marco, il Suo intervento a Lodi mi è piaciuto molto e vorrei conoscerti meglio.', spans: ['Suo', 'conoscerti'] },
  { why: 'Ciao with Lei', to: 'Anna Bassi', text: 'Ciao Anna, le scrivo dopo la fiera di Cesena per il formaggio di fossa.', spans: ['Ciao', 'le scrivo'] },
  { why: 'Egregio with tu', to: 'Paolo Valli', text: 'Egregio dott. Valli, ti scrivo dopo il convegno di Pisa sulla logistica.', spans: ['Egregio', 'ti'] },
];

const consistent: Case[] = [
  { why: 'all Lei', to: 'Elena Rinaldi', text: 'Gentile prof.ssa Rinaldi, la ringrazio per la lezione al Politecnico e le invio il materiale. Cordiali saluti.' },
  { why: 'all tu', to: 'Marco Colombo', text: 'Ciao Marco, ti scrivo dopo il convegno di Lodi: il tuo intervento mi è piaciuto. A presto!' },
  { why: '"Gentile" with tu, common in business', to: 'Marco Colombo', text: 'Gentile Marco, ti ringrazio per il confronto al convegno di Lodi.' },
  { why: 'lower-case "la" as an article', to: 'Marco Colombo', text: 'Ciao Marco, ti mando la presentazione e la lista dei relatori.' },
];

describe('register', () => {
  for (const c of mixed) {
    it(`warns on ${c.why}, with the spans of both registers`, () => {
      const r = check(c, 'register');
      expect(r.applies).toBe(true);
      expect(r.pass).toBe(false);
      expect(r.severity).toBe('warning');
      const got = spanTexts(c.text, r);
      for (const s of c.spans) expect(got.some((g) => g.includes(s)), `${s} in ${JSON.stringify(got)}`).toBe(true);
    });
  }
  for (const c of consistent) {
    it(`passes ${c.why}`, () => {
      expect(check(c, 'register').pass).toBe(true);
    });
  }
  it('does not judge English drafts or drafts that address no one', () => {
    expect(check({ why: 'en', to: 'Sam Lee', text: 'Hi Sam, we met at the Leeds meetup; loved your talk.' }, 'register').applies).toBe(false);
    expect(check({ why: 'none', to: 'Sam Lee', text: 'Bella giornata al convegno di Bari.' }, 'register').applies).toBe(false);
  });
  it('never moves the score (weight 0): the same score with the check switched off', () => {
    for (const c of mixed) {
      const on = report(c), off = report({ ...c, ctx: { disabledRules: ['register'] } });
      expect(on.checks.find((x) => x.id === 'register')!.pass).toBe(false);
      expect(off.checks.find((x) => x.id === 'register')!.applies).toBe(false);
      expect(on.score).toBe(off.score);
    }
  });
});
