// gives-first: an offer (contact, article, help) passes and raises the score.
import { describe, expect, it } from 'vitest';
import { check, report, type Case } from './helpers';

const gives: Case[] = [
  { to: 'Carla Villa', why: 'offers an introduction (IT)', text: 'Ciao Carla, posso presentarti il referente acquisti di una catena di librerie.' },
  { to: 'Carla Villa', why: 'sends a resource (IT)', text: 'Ciao Carla, ti giro la ricerca sul turismo lento di cui parlavamo.' },
  { to: 'Carla Villa', why: 'offer as a question (IT)', text: 'Ciao Carla, vuoi che ti metta in contatto con la fondazione?' },
  { to: 'Dan Roy', why: 'happy to share (EN)', text: "Hi Dan, happy to share the playbook we used for our migration." },
  { to: 'Dan Roy', why: 'would it help if I (EN)', text: 'Hi Dan, would it help if I introduced you to our former CFO?' },
  { to: 'Carla Villa', why: 'formal availability (IT)', text: 'Buongiorno Carla, non esiti a scrivermi se le serve il materiale del progetto pilota.' },
  { to: 'Dan Roy', why: 'feel free to send questions (EN)', text: 'Hi Dan, feel free to send me any questions about moving to Lisbon.' },
];
const takes: Case[] = [
  { to: 'Carla Villa', why: 'nothing offered (IT)', text: 'Ciao Carla, ho visto il tuo profilo e vorrei collegarmi.' },
  { to: 'Dan Roy', why: 'a demo is not a gift (EN)', text: "Hi Dan, I'd love to offer you a free demo of our CRM." },
  { to: 'Dan Roy', why: 'nothing offered (EN)', text: 'Hi Dan, nice to connect.' },
];

describe('gives-first', () => {
  it.each(gives)('passes: $why', (c) => {
    const r = check(c, 'gives-first');
    expect(r.pass).toBe(true);
    expect(r.spans.length).toBeGreaterThan(0);
  });
  it.each(takes)('is a tip when nothing is offered: $why', (c) => {
    const r = check(c, 'gives-first');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('tip');
  });
  it('raises the score', () => {
    const base = 'Ciao Carla, ci siamo conosciute al convegno di Trento sul turismo lento.';
    const plain = report({ to: 'Carla Villa', why: '', text: base }).score;
    const giving = report({ to: 'Carla Villa', why: '', text: `${base} Ti giro volentieri la ricerca che citavo.` }).score;
    expect(giving).toBeGreaterThan(plain);
  });
});
