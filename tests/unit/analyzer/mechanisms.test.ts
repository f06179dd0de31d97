// Each generalization mechanism (lib/rules/mechanisms.ts) changes the verdict it is meant to change,
// and only with its switch on. The drafts are our own; see NOTES-scorer.md for the measured effect of
// each switch on the labelled sets.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { mechanismDefault, setMechanisms, type Mechanism } from '../../../lib/rules/mechanisms';
import { loadSpellerSync } from '../../../lib/spelling/node';
import type { RuleId } from '../../../lib/types';
import { evaluate, loadRows } from './corpus-eval';
import { join } from 'node:path';

const speller = loadSpellerSync();
const check = (text: string, to: string, id: RuleId) =>
  analyze({ text, kind: 'invite' }, { recipientName: to, firstContact: true }, speller).checks.find((c) => c.id === id)!;
function both(m: Mechanism, f: () => unknown): [unknown, unknown] {
  setMechanisms({ [m]: true });
  const on = f();
  setMechanisms({ [m]: false });
  const off = f();
  return [on, off];
}
afterEach(() => setMechanisms({
  'titled-greeting': mechanismDefault('titled-greeting'), 'structural-detail': mechanismDefault('structural-detail'),
  'minimizer-ask': mechanismDefault('minimizer-ask'), 'pitch-without-cta': mechanismDefault('pitch-without-cta'), 'typo-cues': mechanismDefault('typo-cues'),
}));

describe('mechanisms', () => {
  it('titled-greeting: "sig.ra Bassi" greets Bassi, so another recipient is a wrong name', () => {
    const text = 'Buongiorno sig.ra Bassi, ci siamo conosciute alla fiera di Cesena e il suo banco di formaggi era il più bello.';
    const [on, off] = both('titled-greeting', () => check(text, 'Anna Neri', 'personalized').severity);
    expect(on).toBe('error');
    expect(off).not.toBe('error');
  });

  it('structural-detail: a possessive bound to a number or a proper noun is a detail; a compliment is not', () => {
    const detail = 'Ciao Chiara, i tuoi 3 punti vendita a Brescia sono un caso di studio. Ci siamo conosciute alla fiera di Verona.';
    expect(both('structural-detail', () => check(detail, 'Chiara Villa', 'personalized').pass)).toEqual([true, false]);
    const generic = 'Hi Liam, your experience is impressive and your profile stands out. We met at the Leeds meetup.';
    expect(both('structural-detail', () => check(generic, 'Liam Shaw', 'personalized').pass)).toEqual([false, false]);
  });

  it('minimizer-ask: "not asking much, just …" is an ask', () => {
    const text = 'Ciao Marta, non ti chiedo molto, solo di presentarmi al vostro direttore commerciale.';
    expect(both('minimizer-ask', () => check(text, 'Marta Sala', 'no-early-ask').pass)).toEqual([false, true]);
    const nothing = 'Ciao Marta, non ti chiedo nulla, volevo solo complimentarmi per il tuo stand alla fiera.';
    expect(both('minimizer-ask', () => check(nothing, 'Marta Sala', 'no-early-ask').pass)).toEqual([true, true]);
  });

  it('pitch-without-cta: a product with a promised result, or behind a "not a pitch", is a sale', () => {
    const claim = 'Hi Carl, our platform cuts warehouse picking errors by 40% for teams like yours.';
    expect(both('pitch-without-cta', () => check(claim, 'Carl Webb', 'no-early-ask').pass)).toEqual([false, true]);
    const disclaimer = 'Ciao Luca, non è una vendita, promesso: abbiamo solo un software che fa i turni da solo.';
    expect(both('pitch-without-cta', () => check(disclaimer, 'Luca Bruni', 'no-early-ask').pass)).toEqual([false, true]);
    const pain = 'Hi Eva, how are you handling late payments at Orbit right now? Most agencies lose 10% of revenue to them.';
    expect(both('pitch-without-cta', () => check(pain, 'Eva Long', 'no-early-ask').pass)).toEqual([false, true]);
    const curious = 'Hi Eva, how are you handling the move to Leeds? We met at the Orbit meetup.';
    expect(both('pitch-without-cta', () => check(curious, 'Eva Long', 'no-early-ask').pass)).toEqual([true, true]);
    const offer = 'Hi Amy, would it help if I sent you the checklist from the Leeds meetup you organised?';
    expect(both('pitch-without-cta', () => check(offer, 'Amy Ford', 'no-early-ask').pass)).toEqual([true, true]);
  });

  it('typo-cues: an ask whose key words are misspelled is still an ask, and its span is in the draft', () => {
    const text = 'Ciao Rita, sto cercanco lavoro come magazziniere, mi segnali se avete posizoni?';
    const [on, off] = both('typo-cues', () => check(text, 'Rita Gallo', 'no-early-ask'));
    expect((on as { pass: boolean }).pass).toBe(false);
    expect((off as { pass: boolean }).pass).toBe(true);
    for (const s of (on as { spans: Array<{ start: number; end: number }> }).spans) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('the tuned-on family drafts stay at their measured agreement (a regression guard, not a blind figure)', () => {
    const res = evaluate(loadRows(join(__dirname, 'families.jsonl')), speller);
    const pct = Object.fromEntries(res.map((a) => [a.label, a.agree / a.total]));
    expect(pct['personalized']).toBeGreaterThanOrEqual(29 / 35);
    expect(pct['how-met']).toBeGreaterThanOrEqual(35 / 35);
    expect(pct['no-early-ask']).toBeGreaterThanOrEqual(35 / 35);
  });
});
