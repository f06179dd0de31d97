// personalized, issue #11 item 3: unfilled placeholders in every common syntax are an error whose span
// is the placeholder; LinkedIn's default invitation texts and automation tools' stock notes fail with
// the message that they are the default text people refuse. Both languages.
import { describe, expect, it } from 'vitest';
import { check, spanTexts, type Case } from './helpers';

const placeholders: Array<Case & { ph: string }> = [
  { why: 'double braces', to: 'Sam Lee', text: 'Hi {{first_name}}, loved your post on pricing.', ph: '{{first_name}}' },
  { why: 'dollar braces', to: 'Sam Lee', text: 'Hi ${n}, great to meet you at the Leeds fair.', ph: '${n}' },
  { why: 'square brackets', to: 'Ugo Neri', text: 'Ciao [Nome], ho letto il tuo articolo sul riciclo.', ph: '[Nome]' },
  { why: 'single braces, Italian', to: 'Ugo Neri', text: 'Ciao {nome}, ci siamo visti al convegno di Parma.', ph: '{nome}' },
  { why: 'angle brackets', to: 'Sam Lee', text: 'Hi <name>, your talk at <event> was great.', ph: '<name>' },
  { why: 'xxx stand-in', to: 'Ugo Neri', text: 'Ciao xxx, ci siamo conosciuti alla fiera di Bari.', ph: 'xxx' },
  { why: 'YYY stand-in', to: 'Sam Lee', text: 'Hi Sam, your team at YYY is doing great work.', ph: 'YYY' },
  { why: 'printf slot', to: 'Sam Lee', text: 'Hi Sam, we met at %s last week.', ph: '%s' },
  { why: 'numbered slot', to: 'Sam Lee', text: 'Hi {0}, thanks for the intro.', ph: '{0}' },
];

const defaults: Case[] = [
  { why: 'classic English default', to: 'Sam Lee', text: "I'd like to add you to my professional network on LinkedIn." },
  { why: 'English default with a name', to: 'Sam Lee', text: "Hi Sam, I'd like to join your LinkedIn network." },
  { why: 'tool template (en)', to: 'Sam Lee', text: 'Hi Sam, I came across your profile and thought it would be great to connect.' },
  { why: 'classic Italian default', to: 'Ugo Neri', text: 'Vorrei aggiungerti alla mia rete professionale su LinkedIn.' },
  { why: 'Italian default, formal', to: 'Ugo Neri', text: 'Buongiorno Ugo, vorrei aggiungerla alla mia rete professionale.' },
  { why: 'tool template (it)', to: 'Ugo Neri', text: 'Ciao Ugo, ho visto il tuo profilo e ho pensato che sarebbe bello collegarci.' },
];

const personal: Case[] = [
  { why: 'default line plus a real detail', to: 'Sam Lee', text: "Hi Sam, I'd like to add you to my professional network: your talk on caching at the Leeds meetup was superb." },
  { why: 'braces that are not a slot', to: 'Ugo Neri', text: 'Ciao Ugo, ho letto il tuo articolo sul riciclo del vetro: chiarissimo. Ci siamo visti a Parma.' },
];

describe('personalized: unfilled placeholders', () => {
  for (const c of placeholders) {
    it(`is an error on ${c.why}, pointing at the placeholder`, () => {
      const r = check(c, 'personalized');
      expect(r.pass).toBe(false);
      expect(r.severity).toBe('error');
      expect(spanTexts(c.text, r)).toContain(c.ph);
      expect(r.message).toContain(c.ph);
    });
  }
});

describe("personalized: LinkedIn's default texts and tool templates", () => {
  for (const c of defaults) {
    it(`fails on ${c.why}, saying it is the default text people refuse`, () => {
      const r = check(c, 'personalized');
      expect(r.pass).toBe(false);
      expect(r.message).toMatch(/default|predefinito/i);
      expect(r.spans.length).toBeGreaterThan(0);
    });
  }
  for (const c of personal) {
    it(`does not call ${c.why} a default text`, () => {
      expect(check(c, 'personalized').message).not.toMatch(/default|predefinito/i);
    });
  }
});
