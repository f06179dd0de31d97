// how-met: an event, a talk, a meeting, a mutual contact, their content, a
// group, a school or a platform; seeing a profile is not how you met.
import { describe, expect, it } from 'vitest';
import { check, type Case } from './helpers';

const met: Case[] = [
  { to: 'Elena Riva', why: 'event (IT)', text: 'Ciao Elena, ci siamo incontrate alla fiera del mobile di Milano, allo stand dei tessuti.' },
  { to: 'Elena Riva', why: 'her talk (IT)', text: 'Ciao Elena, ti ho ascoltata ieri al festival del giornalismo di Perugia.' },
  { to: 'Elena Riva', why: 'mutual contact (IT)', text: 'Ciao Elena, Giacomo Testa mi ha suggerito di scriverti per il progetto sulle biblioteche.' },
  { to: 'Elena Riva', why: 'her article (IT)', text: 'Ciao Elena, ho letto il tuo articolo su Internazionale a proposito delle città a 15 minuti.' },
  { to: 'Elena Riva', why: 'a group (IT)', text: 'Ciao Elena, seguo i tuoi interventi nel gruppo Donne in Tech Veneto da mesi.' },
  { to: 'Elena Riva', why: 'school (IT)', text: 'Ciao Elena, eravamo compagne di corso al master in comunicazione della Cattolica.' },
  { to: 'Elena Riva', why: 'platform (IT)', text: 'Ciao Elena, ci seguiamo da tempo su Instagram e ho adorato la tua serie sui mercati rionali.' },
  { to: 'Sam Fox', why: 'event (EN)', text: 'Hi Sam, we met briefly at the Climate Week reception in New York.' },
  { to: 'Sam Fox', why: 'mutual contact (EN)', text: 'Hi Sam, Laura Diaz recommended I get in touch about your research on soil carbon.' },
  { to: 'Sam Fox', why: 'their podcast (EN)', text: 'Hi Sam, I listened to your podcast episode on rural broadband and took pages of notes.' },
  { to: 'Sam Fox', why: 'a community (EN)', text: 'Hi Sam, I keep seeing your answers in the dbt community Slack and they always help.' },
  { to: 'Elena Riva', why: 'same gym (IT)', text: 'Ciao Elena, frequentiamo la stessa palestra in via Tortona!' },
  { to: 'Elena Riva', why: 'speaker list (IT)', text: 'Ciao Elena, ho trovato il tuo nome tra i relatori del TEDx Bologna.' },
  { to: 'Sam Fox', why: 'a club (EN)', text: 'Hi Sam, Tom from our book club said you were the person to ask about kayaks.' },
  { to: 'Sam Fox', why: 'event name with a future-looking word (EN)', text: 'Hi Sam, I saw your speech at We Make Future on generative AI.' },
  { to: 'Sam Fox', why: 'former colleagues (EN)', text: 'Hi Sam, we worked together at Lexa back in 2019, I was on the billing squad.' },
  { to: 'Elena Riva', why: 'same school said from my side (IT)', text: "Ciao Elena, anch'io mi sono diplomata all'Accademia di Brera, qualche anno dopo di te." },
  { to: 'Elena Riva', why: 'former students (IT)', text: 'Ciao Elena, siamo tutte e due ex allieve del liceo Galvani: che bello vedere dove sei arrivata.' },
  { to: 'Elena Riva', why: 'same group, membership phrasing (IT)', text: 'Ciao Elena, vedo che anche tu fai parte della community Mamme che lavorano.' },
  { to: 'Elena Riva', why: 'a contact gave me your name (IT)', text: 'Ciao Elena, mi hanno passato il tuo nominativo in Camera di Commercio per il bando export.' },
  { to: 'Elena Riva', why: 'a creative platform (IT)', text: 'Ciao Elena, ho scoperto su Dribbble i tuoi mockup per le app bancarie.' },
  { to: 'Sam Fox', why: 'same school said from my side (EN)', text: 'Hi Sam, I also studied at the Glasgow School of Art, a few years after you.' },
  { to: 'Sam Fox', why: 'their LinkedIn article (EN)', text: 'Hi Sam, your LinkedIn newsletter on warehouse robotics is the one I never skip.' },
  { to: 'Sam Fox', why: 'a contact gave me your details (EN)', text: 'Hi Sam, Priya at the Leeds hub passed me your details about the mentoring scheme.' },
];

const notMet: Case[] = [
  { to: 'Elena Riva', why: 'profile view (IT)', text: 'Ciao Elena, ho visto il tuo profilo e mi piacerebbe collegarmi con te.' },
  { to: 'Elena Riva', why: 'same sector (IT)', text: 'Ciao Elena, lavoriamo nello stesso campo e credo potremmo collaborare.' },
  { to: 'Elena Riva', why: 'company only (IT)', text: 'Ciao Elena, so che lavori in Fincantieri: mi piacerebbe conoscerne la cultura.' },
  { to: 'Sam Fox', why: 'profile view (EN)', text: "Hi Sam, I came across your profile and I'd like to connect." },
  { to: 'Sam Fox', why: 'sales opener (EN)', text: 'Hi Sam, we help SaaS teams cut churn by 20%. Worth a chat?' },
  { to: 'Elena Riva', why: 'greeting formula, no meeting (IT)', text: 'Ciao Elena! Ho visto che anche tu sei di Monopoli. Piacere di conoscerti!' },
  { to: 'Sam Fox', why: 'greeting formula, no meeting (EN)', text: 'Hi Sam, I work in logistics too. Nice to meet you!' },
  { to: 'Sam Fox', why: 'same industry (EN)', text: 'Hi Sam, I noticed we are both in the healthcare industry.' },
  { to: 'Elena Riva', why: 'many mutual contacts (IT)', text: 'Ciao Elena, ho notato che abbiamo molti contatti in comune nel settore.' },
  { to: 'Sam Fox', why: 'LinkedIn suggestion (EN)', text: 'Hi Sam, LinkedIn suggested I connect with you.' },
  { to: 'Elena Riva', why: 'LinkedIn suggestion (IT)', text: 'Ciao Elena, LinkedIn mi ha suggerito il tuo profilo.' },
  { to: 'Elena Riva', why: 'an invitation to a future event (IT)', text: 'Ciao Elena, ti invito al nostro evento di giovedì prossimo.' },
  { to: 'Sam Fox', why: 'company only (EN)', text: 'Hi Sam, I see you work at Northgate; I am exploring roles in fintech.' },
];

describe('how-met', () => {
  it.each(met)('passes: $why', (c) => {
    const r = check(c, 'how-met');
    expect(r.pass).toBe(true);
    expect(r.spans.length).toBeGreaterThan(0);
  });
  it.each(notMet)('fails: $why', (c) => {
    const r = check(c, 'how-met');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('warning');
    expect(r.fix.length).toBeGreaterThan(10);
  });
  it('does not apply to a later message in a running conversation', () => {
    const r = check({ to: 'Sam Fox', why: '', kind: 'message', ctx: { firstContact: false }, text: 'Hi Sam, here is the file.' }, 'how-met');
    expect(r.applies).toBe(false);
  });
});
