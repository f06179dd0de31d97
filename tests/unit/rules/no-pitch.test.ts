// no-pitch: prices, discounts, booking links, shouting, !!! stacks.
import { describe, expect, it } from 'vitest';
import { check, spanTexts, type Case } from './helpers';

const pitch: Case[] = [
  { to: 'Ugo Sarti', why: 'discount and deadline (IT)', text: 'Ciao Ugo, solo per questa settimana 20% di sconto sui nostri corsi!!!' },
  { to: 'Ugo Sarti', why: 'price (IT)', text: 'Ciao Ugo, siti web a partire da 390 €, chiamami.' },
  { to: 'Amy Cole', why: 'shouting (EN)', text: 'Hi Amy, BIGGEST SALE EVER on our courses.' },
  { to: 'Amy Cole', why: 'booking link (EN)', text: 'Hi Amy, book your slot at calendly.com/sam/demo today only.' },
];
const calm: Case[] = [
  { to: 'Ugo Sarti', why: 'negated sale (IT)', text: 'Ciao Ugo, nessuna vendita: volevo solo complimentarmi per il tuo podcast.' },
  { to: 'Amy Cole', why: 'acronyms are not shouting (EN)', text: 'Hi Amy, your AWS and GCP cost talk at SRECon was great.' },
  { to: 'Amy Cole', why: 'feel free is not free (EN)', text: 'Hi Amy, feel free to ignore this, just loved your talk.' },
];

describe('no-pitch', () => {
  it.each(pitch)('warns: $why', (c) => {
    const r = check(c, 'no-pitch');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('warning');
    expect(spanTexts(c.text, r).length).toBeGreaterThan(0);
  });
  it.each(calm)('passes: $why', (c) => { expect(check(c, 'no-pitch').pass).toBe(true); });
});
