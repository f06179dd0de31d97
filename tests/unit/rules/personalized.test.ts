// personalized: right name + something specific; placeholders, wrong names,
// generic templates and re-used texts fail.
import { describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { check, spanTexts, type Case } from './helpers';

const good: Case[] = [
  { to: 'Giorgia Sala', why: 'name + her talk', text: 'Ciao Giorgia, il tuo intervento a Smart Retail Expo sui camerini digitali mi ha fatto ripensare il nostro negozio.' },
  { to: 'Giorgia Sala', why: 'name + her company', text: 'Buongiorno Giorgia, ho visto che lavori in Ortofresco da poco: bella scelta, seguo il loro progetto di filiera corta.' },
  { to: 'Nicolò Ferri', why: 'accents and case ignored', text: 'ciao nicolo, complimenti per la tua app sui sentieri delle Dolomiti!' },
  { to: 'Francesca Lodi', why: 'nickname by prefix', text: 'Ciao Fra, il tuo articolo sulle comunità energetiche era chiarissimo.' },
  { to: 'Dott. Paolo Gatti', why: 'formal greeting with title and surname', text: 'Gentile Dott. Gatti, ho letto il suo studio sulle malattie rare pubblicato su Lancet.' },
  { to: 'Nick Evans', why: 'one letter less (Nik)', text: 'Hi Nik, your RailsConf talk on background jobs was excellent.' },
  { to: 'Daniel Walsh', why: 'a pet form in -y (Danny)', text: 'Hi Danny, your talk on apprenticeships at the Leeds skills fair was spot on.' },
  { to: 'Frederick Hale', why: 'a pet form in -ie (Freddie)', text: 'Hi Freddie, your piece on lock keepers in the Canal Times was lovely.' },
  { to: 'Alexander Wood', why: 'nickname Alex', text: 'Hi Alex, congrats on shipping the new Ledgerly mobile app last week!' },
  { to: 'Thomas Reed', why: 'nickname from the list (Tom)', text: 'Hi Tom, congrats on shipping the new Ledgerly mobile app last week!' },
  { to: 'Giuseppe Longo', why: 'nickname from the list (Beppe)', text: 'Ciao Beppe, complimenti per la nuova cantina di Montalcino!' },
  { to: 'Priscilla Owen', why: 'shared history', text: 'Hi Priscilla, we were in the same cohort at the Reforge growth program and I still quote your churn framework.' },
  { to: 'Lucia Santini', why: 'a company named a few words after the role (the longer reading of a cap pattern)', text: 'Ciao Lucia, ho visto che sei presidente di quella di Succiso: bel lavoro.' },
  { to: 'Piero Gallo', why: 'role, then team, then company', text: 'Ciao Piero, so che lavori come project manager per il team di Acme.' },
  { to: 'Omar Haddad', why: 'what they said', text: 'Hello Omar, you mentioned at the panel that Brightline is moving to event sourcing; I went down that road last year.' },
  { to: 'Giorgia Sala', why: 'their company with a plural past (avete inaugurato)', text: 'Ciao Giorgia, ho letto che avete inaugurato la nuova cantina a Montalcino: complimenti!' },
  { to: 'Giorgia Sala', why: 'something seen in a group, then che + present', text: 'Ciao Giorgia, ho letto nel forum Genitori Digitali che organizzi laboratori di coding per bambini.' },
  { to: 'Giorgia Sala', why: 'their demo, not a sale', text: 'Ciao Giorgia, la tua demo al Linux Day sul riconoscimento vocale era chiarissima.' },
  { to: 'Nick Evans', why: 'their agency named in apposition', text: 'Hi Nick, your studio, Halfmoon Works, makes the nicest board-game boxes I have seen.' },
  { to: 'Nick Evans', why: 'a compliment on something new of theirs, named', text: 'Hi Nick, loved the new menu at Fennel & Fig last weekend.' },
  { to: 'Nick Evans', why: 'a shared pursuit (we are both)', text: "Hi Nick, we're both training for the Berlin marathon, and your pacing spreadsheet is brilliant." },
  { to: 'Nick Evans', why: 'thanks for their Q&A', text: 'Hi Nick, thanks for the honest Q&A after the screening at the Watershed.' },
  { to: 'Giorgia Sala', why: 'a named compliment on something new of theirs (IT)', text: 'Ciao Giorgia, bellissima la nuova etichetta di Cantina Sala!' },
  { to: 'Giorgia Sala', why: 'thanks for their session (IT)', text: 'Ciao Giorgia, grazie per la sessione di domande dopo la proiezione al Cinema Lux.' },
  { to: 'Natasha Reed', why: 'the end of the name as a short form (Tasha)', text: 'Hi Tasha, congratulations on leading the new physics department at Harbour Academy!' },
  { to: 'Alessandro Villa', why: 'the end of the name as a short form (Sandro, IT)', text: 'Ciao Sandro, complimenti per il nuovo laboratorio di ceramica a Nove!' },
];

const placeholders: Case[] = [
  { to: 'Lucia Moro', why: '{firstName}', text: 'Ciao {firstName}, ho letto il tuo post sul riciclo della plastica.' },
  { to: 'Lucia Moro', why: '{{nome}}', text: 'Ciao {{nome}}, ho letto il tuo post sul riciclo della plastica.' },
  { to: 'Lucia Moro', why: '[Nome]', text: 'Ciao [Nome], ho letto il tuo post sul riciclo della plastica.' },
  { to: 'Lucia Moro', why: 'NOME in caps', text: 'Ciao NOME, ho letto il tuo post sul riciclo della plastica.' },
  { to: 'Lucia Moro', why: '#firstName#', text: 'Ciao #firstName#, ho letto il tuo post sul riciclo della plastica.' },
  { to: 'Ken Ito', why: '[Name]', text: 'Hi [Name], your article on Rust in embedded systems was great.' },
  { to: 'Ken Ito', why: '<name>', text: 'Hi <name>, your article on Rust in embedded systems was great.' },
  { to: 'Ken Ito', why: '%FIRST_NAME%', text: 'Hi %FIRST_NAME%, your article on Rust in embedded systems was great.' },
  { to: 'Ken Ito', why: 'NAME in caps', text: 'Hi NAME, your article on Rust in embedded systems was great.' },
  { to: 'Ken Ito', why: 'placeholder mid-text', text: 'Hi Ken, I saw that {company} is growing fast; your article on Rust was great.' },
];

const wrongNames: Case[] = [
  { to: 'Sara Colombo', why: 'another woman\'s name', text: 'Ciao Serena, complimenti per il tuo progetto sul verde urbano a Brescia.' },
  { to: 'Giulia Serra', why: 'one letter changed (Giulio for Giulia)', text: 'Ciao Giulio, il tuo post sul Salone del Libro era bellissimo.' },
  { to: 'Kevin Lowe', why: 'similar but different name', text: 'Hi Keith, your post on incident reviews at Stripe was spot on.' },
  { to: 'Natasha Reed', why: 'a name that only ends like theirs (Sha)', text: 'Hi Sha, congratulations on leading the new physics department at Harbour Academy!' },
  { to: 'Gianluca Riva', why: 'a longer name ending like theirs (Pierluca for Gianluca)', text: 'Ciao Pierluca, complimenti per il nuovo laboratorio di ceramica a Nove!' },
  { to: 'Giovanni Longo', why: 'a nickname of another name (Beppe is Giuseppe)', text: 'Ciao Beppe, complimenti per la nuova cantina di Montalcino!' },
  { to: 'Anna Bruni', why: 'greets the sender by mistake', text: 'Ciao Marco, il tuo intervento al Festival dell\'Economia era ottimo.', ctx: { senderName: 'Marco Pini' } },
];

const generic: Case[] = [
  { to: 'Irene Costa', why: 'profile template', text: 'Ciao Irene, ho visto il tuo profilo e vorrei aggiungerti ai miei collegamenti.' },
  { to: 'Irene Costa', why: 'same sector', text: 'Ciao Irene, operiamo nello stesso settore e mi piacerebbe ampliare la mia rete.' },
  { to: 'Jon Park', why: 'like-minded professionals', text: "Hi Jon, I'm always keen to grow my network with like-minded professionals." },
  { to: 'Jon Park', why: 'no name, though specific', text: 'Loved your talk on GraphQL federation at API Days. Let us stay in touch.' },
  { to: 'Irene Costa', why: 'compliments on the profile only', text: 'Ciao Irene, complimenti per il tuo profilo!' },
  { to: 'Irene Costa', why: 'profile seen', text: 'Ciao Irene, ho visto che hai un profilo molto interessante.' },
  { to: 'Jon Park', why: 'congrats on the profile only', text: 'Hi Jon, congrats on your profile!' },
  { to: 'Jon Park', why: '"Hi there," then a lower-case word: no name', text: 'Hi there, great to meet you in Leeds. Your idea of drones for vineyards stuck with me.' },
  { to: 'Jon Park', why: 'only about a third person', text: 'Hi Jon, I noticed you are connected with the CTO of Vantara. Could you put us in touch?' },
  { to: 'Jon Park', why: 'a seller\'s "your free demo"', text: 'Hi Jon, book your free demo of our scheduling app today.' },
  { to: 'Jon Park', why: '"we are both" in the same industry', text: "Hi Jon, we're both in the insurance industry, so let's connect." },
  { to: 'Irene Costa', why: 'a plan, not a shared school', text: 'Ciao Irene, anche io sto pensando di iscrivermi a un master in marketing. Colleghiamoci!' },
];

describe('personalized', () => {
  it.each(good)('passes: $why', (c) => {
    const r = check(c, 'personalized');
    expect(r.pass, r.message).toBe(true);
  });
  it.each(placeholders)('fails with an error on a placeholder: $why', (c) => {
    const r = check(c, 'personalized');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('error');
    expect(spanTexts(c.text, r).join('')).toMatch(/[{[<#%]|NOME|NAME/);
  });
  it.each(wrongNames)('fails with an error on a wrong name: $why', (c) => {
    const r = check(c, 'personalized');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('error');
    expect(r.fix).toContain(c.to!.split(' ')[0]);
  });
  it.each(generic)('fails on generic text: $why', (c) => {
    expect(check(c, 'personalized').pass).toBe(false);
  });
  it('fails a near-verbatim re-use of a text sent to someone else', () => {
    const before = 'Ciao Paolo, ho seguito il tuo intervento al convegno di Bologna sulla mobilità elettrica e mi piacerebbe restare in contatto per scambiarci idee.';
    const now = 'Ciao Giulia, ho seguito il tuo intervento al convegno di Bologna sulla mobilità elettrica e mi piacerebbe molto restare in contatto per scambiarci idee.';
    const r = check({ to: 'Giulia Rota', why: '', text: now, ctx: { previousTexts: [before] } }, 'personalized');
    expect(r.pass).toBe(false);
    const fresh = check({ to: 'Giulia Rota', why: '', text: now, ctx: { previousTexts: ['Hi Tom, great to meet you at the Berlin meetup, let us keep in touch about Kafka.'] } }, 'personalized');
    expect(fresh.pass).toBe(true);
  });
  it('gives the fix in the UI language, naming the recipient', () => {
    const r = check({ to: 'Irene Costa', why: '', text: 'Ciao Irene, ho visto il tuo profilo e vorrei aggiungerti ai miei collegamenti.', ctx: { uiLang: 'en' } }, 'personalized');
    expect(r.fix).toMatch(/Irene/);
    expect(r.message).toMatch(/[A-Za-z]/);
    expect(r.message).not.toMatch(/^rule_/);
  });
});

describe('personalized: names in a draft with no capital letter', () => {
  const speller = loadSpellerSync();
  it('takes a word no dictionary knows after the greeting for a name, and a wrong one fails', () => {
    const wrong = check({ to: 'Kevin Ashford', why: '', text: 'hi kyle loved your drum cover of the new hollow pines single on youtube keep it up' }, 'personalized', speller);
    expect(wrong.pass).toBe(false);
    expect(wrong.severity).toBe('error');
    // A word of the language after the greeting is no name; their own short name is theirs.
    expect(check({ to: 'Kevin Ashford', why: '', text: 'hi there loved your drum cover of the new hollow pines single' }, 'personalized', speller).severity)
      .not.toBe('error');
    const own = check({ to: 'Kevin Ashford', why: '', text: 'hi kev loved your drum cover of the new hollow pines single on youtube' }, 'personalized', speller);
    expect(own.severity).not.toBe('error');
    expect(own.message).not.toMatch(/greet kev/i);
    // Without the dictionaries nothing tells a name from a word: no wrong name is claimed.
    expect(check({ to: 'Kevin Ashford', why: '', text: 'hi there loved your drum cover of the new hollow pines single' }, 'personalized').severity)
      .not.toBe('error');
  });
});

describe('personalized: greetings that are not a person', () => {
  it('does not take a team greeting or a title for a wrong name', () => {
    const team = check({ to: 'Anna Riva', why: '', text: 'Hi Acme team, your launch post on Product Hunt was great.' }, 'personalized');
    expect(team.severity).not.toBe('error');
    const title = check({ to: 'Anna Riva', why: '', text: 'Buongiorno Dott.ssa Riva, ho letto il suo studio sulla sclerosi multipla pubblicato su Brain.' }, 'personalized');
    expect(title.pass).toBe(true);
    // Titles of office and trade greet the surname that follows them, in both languages.
    for (const text of ['Dear Cllr Brennan, I read your piece in the Clonmore Courier on extending the greenway to Kilbrack.',
      'Hi Chef Okafor, I know the Larder has just moved to a seasonal tasting menu with its own kitchen garden.',
      'Cara maestra Brennan, ho visto che la Scuola Manzoni ha vinto il premio regionale di teatro con la 3B.']) {
      const r = check({ to: 'Siobhan Brennan', why: '', text: text.replace('Okafor', 'Brennan') }, 'personalized');
      expect(r.severity, text).not.toBe('error');
      expect(r.pass, text).toBe(true);
    }
  });
});

describe('personalized: when it applies', () => {
  it('applies to invites and first messages, not to later messages in a conversation', () => {
    const text = 'Ciao Anna, ecco il file.';
    expect(check({ to: 'Anna Riva', why: '', text }, 'personalized').applies).toBe(true);
    expect(check({ to: 'Anna Riva', why: '', kind: 'message', text }, 'personalized').applies).toBe(true);
    expect(check({ to: 'Anna Riva', why: '', kind: 'message', text, ctx: { firstContact: false, justAccepted: true } }, 'personalized').applies).toBe(true);
    expect(check({ to: 'Anna Riva', why: '', kind: 'message', text, ctx: { firstContact: false } }, 'personalized').applies).toBe(false);
  });
});
