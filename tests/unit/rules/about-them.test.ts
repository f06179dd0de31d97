// about-them: more second-person than first-person words.
import { describe, expect, it } from 'vitest';
import { check, type Case } from './helpers';

const them: Case[] = [
  { to: 'Bea Conti', why: 'about her (IT)', text: 'Ciao Bea, il tuo lavoro sulla tua città e i tuoi scatti mi hanno colpito: ti seguo da tempo.' },
  { to: 'Raj Patel', why: 'about him (EN)', text: 'Hi Raj, your thread on your team rituals made me rethink how you run retros; thanks for sharing it.' },
];
const me: Case[] = [
  { to: 'Bea Conti', why: 'all about the sender (IT)', text: 'Ciao Bea, io sono un consulente e mi occupo di marketing: il mio studio, i miei clienti e la mia esperienza mi permettono di aiutarmi a crescere.' },
  { to: 'Raj Patel', why: 'all about the sender (EN)', text: "Hi Raj, I'm a designer and I love my craft. I built my portfolio myself and I think my work speaks for me." },
];

describe('about-them', () => {
  it.each(them)('passes: $why', (c) => { expect(check(c, 'about-them').pass).toBe(true); });
  it.each(me)('warns: $why', (c) => {
    const r = check(c, 'about-them');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('warning');
    expect(r.spans.length).toBeGreaterThan(2);
  });
});
