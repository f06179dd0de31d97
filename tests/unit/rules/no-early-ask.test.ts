// no-early-ask: asks on first contact fail (error); offers, thanks and
// proposals with context pass; negations do not hide a real ask.
import { describe, expect, it } from 'vitest';
import { check, spanTexts, type Case } from './helpers';

const asks: Case[] = [
  // Italian
  { to: 'Marta Neri', why: 'indirect favour to forward a CV', text: 'Ciao Marta, mi faresti un favore a girare il mio CV al vostro ufficio personale?' },
  { to: 'Marta Neri', why: 'negated ask followed by a real one', text: 'Ciao Marta, non ti chiedo nulla, però se riuscissi a inoltrare la mia candidatura al tuo responsabile te ne sarei grato.' },
  { to: 'Marta Neri', why: 'job search statement', text: 'Ciao Marta, da qualche mese sono in cerca di una nuova occupazione nel settore logistico e vorrei entrare nella tua rete.' },
  { to: 'Marta Neri', why: 'referral to a third person', text: 'Buongiorno Marta, ho visto che conosci il direttore commerciale di Altea: mi presenteresti a lui?' },
  { to: 'Marta Neri', why: 'sales demo as an offer', text: 'Ciao Marta, ti regalo volentieri una demo gratuita del nostro gestionale, basta prenotare una call.' },
  { to: 'Marta Neri', why: 'asking for a recommendation', text: 'Ciao Marta, lavoriamo nello stesso ambito: ti andrebbe di lasciarmi una raccomandazione sul profilo?' },
  { to: 'Marta Neri', why: 'time demanded from a stranger', text: 'Ciao Marta, hai dieci minuti domani per una chiamata veloce?' },
  { to: 'Marta Neri', why: 'any help appreciated', text: 'Ciao Marta, sto cambiando lavoro: qualunque consiglio sarà prezioso.' },
  { to: 'Marta Neri', why: 'quote solicitation', text: 'Ciao Marta, se vi serve un sito nuovo contattami per un preventivo senza impegno.' },
  { to: 'Marta Neri', why: 'the offer made known after "your network" and "and"', text: 'Ciao Marta, mi piacerebbe entrare nella tua rete e farti conoscere le nostre soluzioni per la famiglia.' },
  { to: 'Marta Neri', why: 'a free consultation given "to your family": the article opens the sale, not theirs', text: 'Gentile Marta, sono consulente assicurativa e sarei lieta di regalare alla Sua famiglia una prima consulenza gratuita.' },
  // English
  { to: 'Tom Hale', why: 'would you mind passing my CV', text: 'Hi Tom, would you mind passing my CV to whoever handles hiring on your team?' },
  { to: 'Tom Hale', why: 'sales disguised as an offer', text: "Hi Tom, happy to give you access if you hop on a demo call with me this week." },
  { to: 'Tom Hale', why: 'negated ask then a real one', text: "Hi Tom, I'm not asking for much, but could you introduce me to your head of sales?" },
  { to: 'Tom Hale', why: 'job hunt and leads', text: "Hi Tom, I'm currently searching for a product role in Berlin. If you know anyone hiring, let me know!" },
  { to: 'Tom Hale', why: 'review request', text: 'Hi Tom, it would be amazing if you could review my pitch deck before Friday.' },
  { to: 'Tom Hale', why: 'calendar link', text: 'Hi Tom, grab 20 minutes on my calendar so I can walk you through our platform: calendly.com/x/intro' },
  { to: 'Tom Hale', why: 'offering oneself for paid work', text: "Hi Tom, loved your talk at QCon. If you ever need a freelance copywriter, I'm your guy." },
  { to: 'Marta Neri', why: 'feedback asked despite an offer', text: 'Ciao Marta, ti va se ti mando due righe sul nostro progetto e mi dici cosa ne pensi?' },
  { to: 'Tom Hale', why: 'survey', text: 'Hi Tom, could you fill out a short survey about your hiring process?' },
  { to: 'Marta Neri', why: 'subjunctive request', text: 'Ciao Marta, mi piacerebbe che mi presentassi alla tua responsabile acquisti.' },
  { to: 'Marta Neri', why: 'fundraising', text: 'Ciao Marta, stiamo raccogliendo fondi per la nostra startup: ti interesserebbe investire?' },
  { to: 'Marta Neri', why: 'asking about openings', text: 'Ciao Marta, volevo sapere se nella tua azienda ci sono opportunità per un neolaureato.' },
  { to: 'Tom Hale', why: 'hoping you can point me', text: "Hi Tom, I'm hoping you can point me to the right person in procurement." },
  { to: 'Tom Hale', why: 'help with my job search', text: "Hi Tom, I'd love your help with my job search." },
  { to: 'Tom Hale', why: 'inviting a stranger to speak', text: "Hi Tom, I'm the organizer of Postgres Meetup Madrid. We'd be honored if you gave a talk at one of our next events." },
  { to: 'Tom Hale', why: 'recommendation', text: 'Hi Tom, I wonder if you could write me a short recommendation for my profile.' },
  { to: 'Marta Neri', why: 'a stranger\'s contact details', text: 'Buongiorno Marta, siamo installatori di pompe di calore: mi lascerebbe il suo numero per un preventivo?' },
  { to: 'Marta Neri', why: 'a detail to look up for me', text: 'Ciao Marta, al convegno di Rimini hai citato uno studio sui rifiuti tessili: ti ricordi il nome della fonte?' },
  { to: 'Marta Neri', why: 'work to pass me', text: 'Ciao Marta, sono una grafica freelance: se hai progetti da girarmi, sono pronta.' },
  { to: 'Marta Neri', why: 'a free check-up with an adjective in between', text: 'Ciao Marta, stiamo proponendo un audit energetico completamente gratuito alle aziende di Brescia: quando passiamo?' },
  { to: 'Tom Hale', why: 'work sent my way', text: "Hi Tom, I'm a freelance illustrator. If anything comes up, please throw a project or two my way!" },
  { to: 'Tom Hale', why: 'setting up an intro', text: 'Hi Tom, could you set up an intro with your head of marketing?' },
  { to: 'Tom Hale', why: 'our rate card', text: "Hi Tom, we build Shopify stores 40% cheaper than agencies. Reply here and I'll send our rate card." },
  { to: 'Tom Hale', why: 'booking their free demo', text: 'Hi Tom, book your free demo of Ledgerly today.' },
  { to: 'Marta Neri', why: 'arranging a meeting with their manager', text: 'Ciao Marta, potresti organizzare un incontro con la vostra responsabile marketing?' },
  { to: 'Marta Neri', why: 'price comparison with a call to action', text: 'Ciao Marta, stampiamo cataloghi il 25% in meno della media: scrivimi e ti giro i prezzi.' },
  { to: 'Tom Hale', why: '"we\'re offering" a free check', text: "Hi Tom, we're offering cafés a free hygiene inspection this month - reply and I'll book you in." },
  { to: 'Tom Hale', why: 'a detail to look up, as a question', text: 'Hi Tom, great chatting at the Kent food fair. Any chance you still remember the name of that label printer?' },
  { to: 'Marta Neri', why: 'an offer the call is asked to test is the sale, not value given', text: 'Ciao Marta, sono Valentina di Fatturo, la piattaforma per la fatturazione delle PMI. Ti andrebbe di fare una call di 15 minuti questa settimana per capire se possiamo aiutarti?' },
  { to: 'Tom Hale', why: 'a chat to see whether we can help is the sale', text: "Hi Tom, I'm Lena from Ledgerly, the invoicing platform for agencies. Fancy a 15-minute call next week to see if we can help?" },
];

const fine: Case[] = [
  { to: 'Marta Neri', why: 'offer phrased as a question', text: 'Ciao Marta, ho letto il tuo post sulla logistica del freddo: posso presentarti a chi gestisce i magazzini di Fresco Sud?' },
  { to: 'Marta Neri', why: 'negated ask and nothing asked', text: 'Ciao Marta, non ti chiedo niente: volevo solo dirti che il tuo intervento al convegno di Rimini mi è stato utile.' },
  { to: 'Marta Neri', why: 'offer to connect someone', text: 'Ciao Marta, ci siamo visti al meetup di Torino; se ti serve un contatto in Comune di Torino, vuoi che ti presenti la persona giusta?' },
  { to: 'Marta Neri', why: 'proposal to meet with context and an offer', text: 'Ciao Marta, dopo il panel di ieri al Salone del Libro ho pensato a un editore che cerca proprio autori come te. Se ti va prendiamo un caffè e ti racconto, ti porto anche il suo catalogo.' },
  { to: 'Marta Neri', why: 'thanks only', text: 'Ciao Marta, grazie per il webinar di ieri sul diritto del lavoro: chiarissimo.' },
  { to: 'Tom Hale', why: 'offer as a question', text: 'Hi Tom, saw your post about hiring data engineers. Would it help if I introduced you to two people from my old team?' },
  { to: 'Tom Hale', why: 'negated ask and nothing asked', text: "Hi Tom, not asking for anything, just wanted to say your keynote at Web Summit was the best of the day." },
  { to: 'Tom Hale', why: 'offer to share', text: "Hi Tom, we met at the Product Camp dinner. I'd be happy to share the survey results I mentioned." },
  { to: 'Tom Hale', why: 'proposal with context and offer', text: 'Hi Tom, great meeting you at DevConf this morning. I can send you the benchmark we discussed; would you be up for a coffee next week to compare notes?' },
  { to: 'Tom Hale', why: 'availability offer, not a request', text: 'Hi Tom, we met at the Dublin AI breakfast. Feel free to send me any questions about our dataset, happy to help.' },
  { to: 'Marta Neri', why: 'offering oneself for free help', text: 'Ciao Marta, Sara mi ha parlato del tuo lavoro sull\'accessibilità. Se un giorno ti servisse un tester, scrivimi pure: lo faccio volentieri.' },
  { to: 'Tom Hale', why: 'their demo is not our sale', text: 'Hi Tom, we crossed paths at KubeCon where you gave that great demo of Argo rollouts.' },
  { to: 'Marta Neri', why: 'advice they gave, not advice asked', text: 'Ciao Marta, ogni consiglio che hai dato nel talk di ieri al Codemotion era oro.' },
  { to: 'Marta Neri', why: 'a favour they did', text: 'Ciao Marta, mi hai fatto un grande favore con il tuo articolo sulla SEO locale!' },
  { to: 'Tom Hale', why: 'help they gave', text: 'Hi Tom, any advice you gave in your PyCon talk was gold, especially on fixtures.' },
  { to: 'Marta Neri', why: 'half an hour in the past is not a time ask', text: "Ciao Marta, alla presentazione del libro di Carofiglio a Bari eravamo sedute vicine e abbiamo parlato di gialli per mezz'ora." },
  { to: 'Marta Neri', why: 'joining a network is not a job ask', text: 'Ciao Marta, ho visto il tuo profilo e vorrei entrare nella tua rete di contatti.' },
  { to: 'Marta Neri', why: 'a price word as a topic', text: 'Ciao Marta, ci siamo visti alla festa di Satispay. Ti va di continuare qui la chiacchierata sul pricing?' },
  { to: 'Tom Hale', why: 'mentions pricing as a topic, not a sale', text: 'Hi Tom, your talk at SaaS Days on pricing pages was brilliant. Keep it up!' },
  { to: 'Marta Neri', why: 'proposal to meet, offer without a clitic (porto, ho qualche idea)', text: 'Ciao Marta, ci siamo conosciute alla fiera di Verona: ho qualche idea per la vetrina del tuo negozio. Prendiamo un caffè? Porto io un paio di bozzetti.' },
  { to: 'Tom Hale', why: 'proposal to meet, offer to bring something', text: "Hi Tom, we met at the Bristol makers' fair. I have a few ideas for your stall layout; coffee next week? I'll bring some sketches." },
  { to: 'Tom Hale', why: '"give me a shout" offers help, asks nothing', text: "Hi Tom, it's Paddy, we did the gutters on your office in Naas in November. If anything's leaking, give me a shout and I'll come out, no charge." },
];

describe('no-early-ask', () => {
  it.each(asks)('fails on first contact: $why', (c) => {
    const r = check(c, 'no-early-ask');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('error');
    expect(r.spans.length).toBeGreaterThan(0);
  });
  it.each(fine)('passes: $why', (c) => {
    const r = check(c, 'no-early-ask');
    expect(r.pass, JSON.stringify(r)).toBe(true);
  });
  it('highlights the ask itself', () => {
    const c: Case = { to: 'Tom Hale', why: '', text: 'Hi Tom, loved your talk at QCon. Could you refer me for the SRE opening?' };
    expect(spanTexts(c.text, check(c, 'no-early-ask')).join(' ')).toMatch(/Could you refer me/);
  });
  it('once connected, a small ask is only a tip and an oversized one a warning', () => {
    const small = check({ to: 'Tom Hale', why: '', kind: 'message', ctx: { firstContact: false }, text: 'Hi Tom, could you send me the link to the slides from your talk?' }, 'no-early-ask');
    expect(small.pass).toBe(false);
    expect(small.severity).toBe('tip');
    const big = check({ to: 'Tom Hale', why: '', kind: 'message', ctx: { firstContact: false }, text: 'Hi Tom, could you introduce me to your CEO? I would like to pitch our platform.' }, 'no-early-ask');
    expect(big.pass).toBe(false);
    expect(big.severity).toBe('warning');
  });
});
