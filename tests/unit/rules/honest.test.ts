// honest: naming a mutual contact or claiming a friendship is a tip, never an error.
import { describe, expect, it } from 'vitest';
import { check, report, type Case } from './helpers';

const claims: Case[] = [
  { to: 'Pia Serra', why: 'friend claim (IT)', text: 'Ciao Pia, un mio caro amico lavora nel tuo team e mi ha parlato bene di te.' },
  { to: 'Pia Serra', why: 'mutual contact (IT)', text: 'Ciao Pia, Davide Longo mi ha detto di scriverti.' },
  { to: 'Tim Bell', why: 'friend claim (EN)', text: 'Hi Tim, my good friend Sara works with you at Kelp.' },
  { to: 'Tim Bell', why: 'mutual connection (EN)', text: 'Hi Tim, we have Maria Lopez in common and she suggested I reach out.' },
];
describe('honest', () => {
  it.each(claims)('is a tip: $why', (c) => {
    const r = check(c, 'honest');
    expect(r.applies).toBe(true);
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('tip');
  });
  it('does not apply without a claim, and never changes the verdict on its own', () => {
    expect(check({ to: 'Tim Bell', why: '', text: 'Hi Tim, loved your talk at PyCon on typing.' }, 'honest').applies).toBe(false);
    const r = report({ to: 'Pia Serra', why: '', text: 'Ciao Pia, Davide Longo mi ha parlato del tuo progetto sulle biblioteche di quartiere. Posso girarti il bando che cita?' });
    expect(r.checks.filter((c) => c.severity === 'error' && !c.pass)).toEqual([]);
  });
});
