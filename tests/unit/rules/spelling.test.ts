// spelling: the analyzer reports the spelling engine's findings as spans and
// report.misspelled, in the draft's language, never flagging names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import type { Speller } from '../../../lib/types';
import { check, report, type Case } from './helpers';

let speller: Speller;
beforeAll(() => { speller = loadSpellerSync(); });

const wrong: Array<Case & { words: string[] }> = [
  { to: 'Rita Lanza', why: 'Italian typos', words: ['ricerdo', 'pò'], text: 'Ciao Rita, ricerdo bene il tuo intervento, mi è servito un pò.' },
  { to: 'Rita Lanza', why: 'accent slip', words: ['perchè'], text: 'Ciao Rita, ti scrivo perchè il tuo post sul riuso mi ha colpito.' },
  { to: 'Will Hart', why: 'English typos', words: ['recieved', 'adress'], text: 'Hi Will, I recieved your note and the adress of the venue.' },
];
const right: Case[] = [
  { to: 'Rita Lanza', why: 'Italian with jargon and names', text: 'Ciao Rita, il meeting con il team di Brembo è andato bene: ti mando il report del webinar.' },
  { to: 'Will Hart', why: 'English with mention, URL and acronym', text: 'Hi Will, @janedoe shared your AWS write-up at https://example.com/post and it helped our SRE team.' },
];

describe('spelling', () => {
  it.each(wrong)('flags: $why', (c) => {
    const r = check(c, 'spelling', speller);
    expect(r.pass).toBe(false);
    const rep = report(c, speller);
    expect(rep.misspelled.map((m) => m.word)).toEqual(c.words);
    for (const m of rep.misspelled) expect(c.text.slice(m.start, m.end)).toBe(m.word);
    expect(r.spans).toEqual(rep.misspelled.map(({ start, end }) => ({ start, end })));
  });
  it.each(right)('passes: $why', (c) => {
    const r = check(c, 'spelling', speller);
    expect(r.pass, JSON.stringify(report(c, speller).misspelled)).toBe(true);
  });
  it('offers suggestions, best first', () => {
    const rep = report({ to: 'Will Hart', why: '', text: 'Hi Will, I recieved your note.' }, speller);
    expect(rep.misspelled[0]!.suggestions[0]).toBe('received');
  });
  it('never flags words from the user dictionary', () => {
    const c: Case = { to: 'Will Hart', why: '', text: 'Hi Will, our Zorbex tooling is ready.', ctx: { userDictionary: ['zorbex'] } };
    expect(report(c, speller).misspelled).toEqual([]);
  });
  it('does not apply without dictionaries', () => {
    expect(check({ to: 'Will Hart', why: '', text: 'Hi Will, I recieved it.' }, 'spelling').applies).toBe(false);
  });
});
