// Each generalization mechanism (lib/rules/mechanisms.ts) changes the verdict it is meant to change,
// and only with its switch on. The drafts are our own; see NOTES-scorer.md for the measured effect of
// each switch on the labelled sets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { MECHANISMS, mechanismDefault, setMechanisms, type Mechanism } from '../../../lib/rules/mechanisms';
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
// Each hand-made mechanism is measured on its own: the learned reading, which may overrule any of them, is off here
// (its own tests are in tests/unit/model/ and at the end of this file).
beforeEach(() => setMechanisms({ 'learned-model': false }));
afterEach(() => setMechanisms(Object.fromEntries(MECHANISMS.map((m) => [m, mechanismDefault(m)]))));

describe('mechanisms', () => {
  it('titled-greeting: "sig.ra Bassi" greets Bassi, so another recipient is a wrong name', () => {
    const text = 'Buongiorno sig.ra Bassi, ci siamo conosciute alla fiera di Cesena e il suo banco di formaggi era il più bello.';
    const [on, off] = both('titled-greeting', () => check(text, 'Anna Neri', 'personalized').severity);
    expect(on).toBe('error');
    expect(off).not.toBe('error');
  });

  it('structural-detail: a possessive bound to a number or a proper noun is a detail; a compliment is not', () => {
    const detail = 'Ciao Chiara, i tuoi 3 punti vendita a Brescia sono un caso di studio. Ci siamo conosciute in fiera.';
    expect(both('structural-detail', () => check(detail, 'Chiara Villa', 'personalized').pass)).toEqual([true, false]);
    const generic = 'Hi Liam, your experience is impressive and your profile stands out. We met at a meetup.';
    expect(both('structural-detail', () => check(generic, 'Liam Shaw', 'personalized').pass)).toEqual([false, false]);
  });

  it('structural-detail: the sender\'s phone number next to "your" is no number of theirs', () => {
    const phone = 'buongiorno sig bonetti siamo una ditta di pulizie e vi proponiamo un sopralluogo per il vostro capannone contattateci al 030 1234567';
    expect(check(phone, 'Angelo Bonetti', 'personalized').pass).toBe(false);
    const theirs = 'buongiorno sig bonetti ho visto che il vostro capannone di 1200 metri a brescia è nuovo';
    expect(check(theirs, 'Angelo Bonetti', 'personalized').pass).toBe(true);
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
    // The statistic in words: a length of time lost, with no digit.
    const inWords = 'Hi Jess, out of curiosity, how are you handling rota changes at the moment? Most kitchens lose around five hours a week on them.';
    expect(both('pitch-without-cta', () => check(inWords, 'Jess Moore', 'no-early-ask').pass)).toEqual([false, true]);
    const curious = 'Hi Eva, how are you handling the move to Leeds? We met at the Orbit meetup.';
    expect(both('pitch-without-cta', () => check(curious, 'Eva Long', 'no-early-ask').pass)).toEqual([true, true]);
    // The promised result in the sentence after the business presents itself.
    const agency = "Buongiorno Sig. Ferri, siamo un'agenzia di Bari specializzata in siti per studi legali. Rifacciamo il sito in tre settimane.";
    expect(both('pitch-without-cta', () => check(agency, 'Aldo Ferri', 'no-early-ask').pass)).toEqual([false, true]);
    const family = "Ciao Aldo, siamo una famiglia di viticoltori in Gallura. Ci siamo visti al Vinitaly, restiamo in contatto.";
    expect(both('pitch-without-cta', () => check(family, 'Aldo Ferri', 'no-early-ask').pass)).toEqual([true, true]);
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

  it('disclaimer-evidence: "not a pitch" next to "our sensors" or a result for others is a sale; alone it is not', () => {
    const en = "Hi Noor, this isn't a sales pitch. Our leak sensors have helped hotels like yours cut water bills.";
    expect(both('disclaimer-evidence', () => check(en, 'Noor Aziz', 'no-early-ask').pass)).toEqual([false, true]);
    const it = 'Ciao Pia, non voglio venderti nulla. Il nostro gestionale per forni fa risparmiare ore ogni settimana.';
    expect(both('disclaimer-evidence', () => check(it, 'Pia Costa', 'no-early-ask').pass)).toEqual([false, true]);
    const alone = "Hi Noor, I'm not selling anything, I just loved your talk on water reuse at the Leeds summit.";
    expect(both('disclaimer-evidence', () => check(alone, 'Noor Aziz', 'no-early-ask').pass)).toEqual([true, true]);
  });

  it('hedged-meeting: a meeting the sender only guesses at is no how-met; a real one still is', () => {
    const guess = 'Hi Tara, we may have crossed paths at a summit in Oslo years ago? Either way, happy to connect.';
    expect(both('hedged-meeting', () => check(guess, 'Tara Lund', 'how-met').pass)).toEqual([false, true]);
    const real = 'Hi Tara, we met at the Oslo summit last week and talked about heat pumps.';
    expect(both('hedged-meeting', () => check(real, 'Tara Lund', 'how-met').pass)).toEqual([true, true]);
  });

  it('prior-contact: an earlier call is how you met', () => {
    const en = 'Hi Omar, following our phone call on Monday, here is the draft budget for the pilot.';
    expect(both('prior-contact', () => check(en, 'Omar Haddad', 'how-met').pass)).toEqual([true, false]);
    const it = 'Ciao Bea, come ti avevo detto al telefono, il bando chiude a fine mese.';
    setMechanisms({ 'told-me': false }); // "ti avevo detto" alone is read by told-me
    expect(both('prior-contact', () => check(it, 'Bea Galli', 'how-met').pass)).toEqual([true, false]);
  });

  it('job-asks: hiring asks without a request form are job asks', () => {
    const cv = 'Hi Ivan, one of my clients is hiring in Leeds. Happy to share more once I have your salary expectations.';
    expect(both('job-asks', () => check(cv, 'Ivan Petrov', 'no-early-ask').pass)).toEqual([false, true]);
    const it = 'ciao Gino volevo chiederti se da voi cercano saldatori ho dieci anni di esperienza';
    expect(both('job-asks', () => check(it, 'Gino Rossi', 'no-early-ask').pass)).toEqual([false, true]);
  });

  it('cue-guards: a verb, a connection count or an ordinal week is not how you met', () => {
    const verb = 'Hi Rosa, your CV really shows a passion for design. Happy to connect.';
    expect(both('cue-guards', () => check(verb, 'Rosa Diaz', 'how-met').pass)).toEqual([false, true]);
    const count = 'Ciao Ada, abbiamo 31 collegamenti in comune, colleghiamoci!';
    expect(both('cue-guards', () => check(count, 'Ada Neri', 'how-met').pass)).toEqual([false, true]);
    const friend = 'Ciao Ada, abbiamo un amico in comune, Paolo Riva, che mi ha parlato di te.';
    expect(both('cue-guards', () => check(friend, 'Ada Neri', 'how-met').pass)).toEqual([true, true]);
    // A meeting proposed in a request has not happened; their talk named in a request has.
    const proposed = 'Ciao Ada, cerco una data engineer per un cliente. Ti andrebbe una quick call giovedì per parlarne?';
    expect(both('cue-guards', () => check(proposed, 'Ada Neri', 'how-met').pass)).toEqual([false, true]);
    const theirTalk = 'Hi Ruby, would you mind sharing the slides from your session at the Bath Digital Festival?';
    expect(both('cue-guards', () => check(theirTalk, 'Ruby Lane', 'how-met').pass)).toEqual([true, true]);
    // A meeting told in the past stays inside a request (word list pastMarkers); without the past word it is proposed.
    const pastIt = 'Ciao Ada, dopo il workshop di ieri ti andrebbe un caffè per parlarne?';
    expect(both('cue-guards', () => check(pastIt, 'Ada Neri', 'how-met').pass)).toEqual([true, true]);
    expect(both('cue-guards', () => check(pastIt.replace('ieri', 'giovedì'), 'Ada Neri', 'how-met').pass)).toEqual([false, true]);
    const pastEn = 'Hi Ruby, loved the workshop at Brighton Photo Fringe last week, would you be up for a call?';
    expect(both('cue-guards', () => check(pastEn, 'Ruby Lane', 'how-met').pass)).toEqual([true, true]);
    expect(both('cue-guards', () => check(pastEn.replace(' last week', ''), 'Ruby Lane', 'how-met').pass)).toEqual([false, true]);
  });

  it('shared-path: a shared course, a contact named by role, thanks for past help say how you met', () => {
    setMechanisms({ 'shared-past': false }); // it reads the course named below on its own
    const course = "Ciao Elia, anch'io ho frequentato il corso ITS di Biella, due anni dopo di te.";
    expect(both('shared-path', () => check(course, 'Elia Fontana', 'how-met').pass)).toEqual([true, false]);
    const role = 'Hi June, my former manager at Fenwick (the two of you ran the audit) mentioned you when I said I was moving to Leeds.';
    expect(both('shared-path', () => check(role, 'June Park', 'how-met').pass)).toEqual([true, false]);
    const help = 'Ciao Leo, grazie per avermi dato una mano con il banco prima della gara: restiamo in contatto!';
    expect(both('shared-path', () => check(help, 'Leo Sala', 'how-met').pass)).toEqual([true, false]);
  });

  it('commerce-cues: an order pushed, a free audit, a paid service offered are sales; an offer of help is not', () => {
    const order = 'Hi Rick, here are our rates for the spring. Place your order by Monday for free delivery.';
    expect(both('commerce-cues', () => check(order, 'Rick Hale', 'no-early-ask').pass)).toEqual([false, true]);
    const trade = 'Ciao Ugo, vedo che lavori in edilizia a Lecco: se ti serve un idraulico per i cantieri, chiamami!';
    expect(both('commerce-cues', () => check(trade, 'Ugo Riva', 'no-early-ask').pass)).toEqual([false, true]);
    const help = 'Ciao Ugo, ci siamo visti alla fiera di Lecco: se ti serve una mano col bando, scrivimi.';
    expect(both('commerce-cues', () => check(help, 'Ugo Riva', 'no-early-ask').pass)).toEqual([true, true]);
  });

  it('concrete-detail: their thing in the draft own words is a detail; praise, sales talk and who they know are not', () => {
    setMechanisms({ 'chat-forms': false }); // its "ur" examples are read by chat-forms on their own
    setMechanisms({ 'met-detail': false }); // a named meeting in the same draft would count on its own
    const on = (text: string, to: string) => both('concrete-detail', () => check(text, to, 'personalized').pass);
    // A noun phrase of theirs tied to a topic, two content words, a subject bound to a name, a number as a word.
    expect(on('Hey Carlotta! Il tuo esempio sul feature flagging è stato il più chiaro della giornata.', 'Carlotta Neri')).toEqual([true, false]);
    expect(on('Hi Eleanor, your hand-dyed linen colours were gorgeous.', 'Eleanor Hill')).toEqual([true, false]);
    expect(on('Hi Ruth, I gather that you lead the data science team at Castleton Insurance.', 'Ruth Cole')).toEqual([true, false]);
    expect(on('Ciao Roberta, come va nei vostri tre ristoranti?', 'Roberta Sala')[1]).toBe(false);
    expect(on('Ciao Roberta, ho mangiato nei vostri tre ristoranti e il servizio è sempre rapido.', 'Roberta Sala')).toEqual([true, false]);
    // Lowercase drafts: a word no dictionary knows stands for the proper noun.
    expect(on('hi jonas saw ur talk at berlin buzzwords on vector search, lets connect', 'Jonas Berg')).toEqual([true, false]);
    // Near-misses: compliments, sales talk, the people they know (set-up for an ask), a pain question.
    expect(on('Hi Liam, your amazing background and your impressive career speak for themselves.', 'Liam Shaw')).toEqual([false, false]);
    expect(on('Ciao Marco, il tuo percorso professionale è davvero stimolante.', 'Marco Riva')).toEqual([false, false]);
    expect(on('Hi Sam, we can cut your cloud bill in half.', 'Sam Lee')).toEqual([false, false]);
    expect(on('Hi Pat, since you know the CTO at Lumera, could you introduce me?', 'Pat Kerr')).toEqual([false, false]);
    expect(on('Hi Dana, how do you handle evidence for Attestly audits today?', 'Dana Fox')).toEqual([false, false]);
    // "come la Sua" stands for "yours": nothing of theirs is named.
    expect(on('Buongiorno Roberto, molte aziende come la Sua stanno rivedendo i contratti di fornitura.', 'Roberto Galli')).toEqual([false, false]);
    // The formal Lei: "ieri è venuto a parlare al nostro corso di Supply Chain" addresses the reader.
    expect(on('Buongiorno dott. Lombardi, ieri è venuto a parlare al nostro corso di Supply Chain e il caso dei magazzini mi ha colpito.', 'Paolo Lombardi'))
      .toEqual([true, false]);
    expect(on('Buongiorno dott. Lombardi, la collega ieri è venuta a trovarmi.', 'Paolo Lombardi')).toEqual([false, false]);
    // News about their company, heard by the sender, is a detail; a name that does nothing is not. ("saw Greenfield Foods just opened …"
    // is also read by the phrase personalized.en.noticed-named.)
    expect(on('Hi Laura, heard Greenfield Foods just opened a second warehouse in Leeds, congrats!', 'Laura Sims')).toEqual([true, false]);
    expect(on('Hi Laura, saw Greenfield Foods on the list, congrats!', 'Laura Sims')).toEqual([false, false]);
    // Whom they know is no detail, even through a stock phrase.
    expect(on("Dear Dr. Hughes, I noticed you're connected with Professor Adeyemi at Barts.", 'Fiona Hughes')).toEqual([false, true]);
    // "you're"/"you've" doing something, "you" before an adverb, the reader of a Lei draft a few words after "che".
    expect(on("Hi Raj, noticed you're researching cover crops and soil moisture at Iowa State.", 'Raj Patel')).toEqual([true, false]);
    expect(on('Hi Daniel, I saw you also moved from teaching to analytics at Ocado.', 'Daniel Moss')).toEqual([true, false]);
    expect(on('Dear Ms Hughes, I understand you lead the arbitration group at Pryce Whitfield.', 'Ann Hughes')).toEqual([true, false]);
    expect(on('Buongiorno dott.ssa Lorusso, Le scrivo perché ho visto che in Exprivia coordina il programma graduate della sede di Bari.', 'Anna Lorusso'))
      .toEqual([true, false]);
    // A generic noun of theirs tied by a topic word to a name: their post on something named.
    expect(on('hey tom saw ur post about the warehouse automation pilot at DHL, super interesting', 'Tom Hale')).toEqual([true, false]);
    expect(on('hey tom saw ur profile on LinkedIn, super interesting', 'Tom Hale')).toEqual([false, false]);
    // Near-misses: "you're" before praise, a third party's deed in a Lei draft.
    expect(on("Hi Nick, I noticed you're a Ruby expert.", 'Nick Hale')).toEqual([false, false]);
    expect(on("Hi Owen, I'm writing because you're one of the top engineers in the Bristol area.", 'Owen Reed')).toEqual([false, false]);
    expect(on('Buongiorno dott.ssa Lorusso, Le scrivo perché ho visto che Marco coordina il programma graduate della sede di Bari.', 'Anna Lorusso'))
      .toEqual([false, false]);
  });

  it('anchored-in-sale: in a sentence that sells, their thing named by a proper noun stays a detail; their needs do not', () => {
    const on = (text: string, to: string) => both('anchored-in-sale', () => check(text, to, 'personalized').pass);
    expect(on("Hi Kevin, this isn't a sales pitch! I noticed your team at Lufthansa Technik has been hiring planners, and our tool CrewPilot cut "
      + 'planning time by 40% for two similar shops. Open to a 15-minute demo?', 'Kevin Ross')).toEqual([true, false]);
    expect(on('Buongiorno Ing. Colombo, la nostra azienda produce caschi certificati, ideali per le vostre squadre in cantiere.', 'Luca Colombo'))
      .toEqual([false, false]);
  });

  it('met-detail: a meeting told with a name or a number is common ground; an unnamed one, or one used to ask, is not', () => {
    const on = (text: string, to: string) => both('met-detail', () => check(text, to, 'personalized').pass);
    expect(on('Chris, great chatting by the coffee urn in the exam hall before the CFA Level II paper. Let\'s stay in touch!', 'Chris Dale'))
      .toEqual([true, false]);
    expect(on('Buongiorno ing. Colombo, ci siamo conosciuti allo stand di Rexroth a SPS Italia, a Parma. Le chiedo il collegamento.', 'Marco Colombo'))
      .toEqual([true, false]);
    expect(on('Hi Chris, great to meet you the other night! Let\'s stay in touch.', 'Chris Dale')).toEqual([false, false]);
    expect(on('Hi Chris, great to meet you at the BNI breakfast. If you know anyone buying a home, please send them my way!', 'Chris Dale'))
      .toEqual([false, false]);
  });

  it('thanks-for-then: thanks for something in the recent past is how you met; thanks for accepting is not', () => {
    const on = (text: string, to: string) => both('thanks-for-then', () => check(text, to, 'how-met').pass);
    expect(on('Hi Daniel, thank you for taking the time to speak with me yesterday about the analyst role.', 'Daniel Hart')).toEqual([true, false]);
    expect(on('Ciao Roberta, grazie per il giro in cantina di ieri, mi ha dato parecchie idee.', 'Roberta Galli')).toEqual([true, false]);
    expect(on("Ciao Nadia, grazie per l'aiuto in farmacia sabato con la ricetta di mio padre.", 'Nadia Russo')).toEqual([true, false]);
    expect(on('Hi Daniel, thanks for accepting my request yesterday!', 'Daniel Hart')).toEqual([false, false]);
    expect(on('Ciao Roberta, grazie per il tuo tempo, a presto.', 'Roberta Galli')).toEqual([false, false]);
  });

  it('seen-there: the reader seen or heard somewhere is how you met; seen on a platform is not', () => {
    const on = (text: string, to: string) => both('seen-there', () => check(text, to, 'how-met').pass);
    expect(on('hey, saw you at the crossfit box on king st this morning! great energy', 'Leo Hart')).toEqual([true, false]);
    expect(on("Ciao Ciro! Ieri t'ho vista dal fornaio di via Roma, che coincidenza.", 'Cira Esposito')).toEqual([true, false]);
    expect(on('Ciao Roberto, ti ho sentito a Radio24 parlare di irrigazione di precisione.', 'Roberto Galli')).toEqual([true, false]);
    expect(on('Hi Leo, saw you on LinkedIn and wanted to connect.', 'Leo Hart')).toEqual([false, false]);
    expect(on('Ciao Marco, ho visto il tuo profilo su LinkedIn.', 'Marco Riva')).toEqual([false, false]);
    // Seen doing something, then when or where; not what they do for a living.
    expect(on('Ciao, ti ho visto arbitrare domenica la partita dei nostri under 15.', 'Luca Neri')).toEqual([true, false]);
    expect(on('Hi Ama, saw you busking yesterday by the station, what a voice.', 'Ama Boateng')).toEqual([true, false]);
    expect(on('hey mate, saw you run a plumbing crew on the Gold Coast.', 'Dan Reid')).toEqual([false, false]);
  });

  it('their-content: following, watching, reading or listening to a thing of theirs is how you met; their profile or "your content" is not', () => {
    setMechanisms({ 'chat-forms': false }); // its "ur" examples are read by chat-forms on their own
    const on = (text: string, to: string) => both('their-content', () => check(text, to, 'how-met').pass);
    expect(on('hey marcus, been watching ur procreate brush tutorials for a year now, thanks!', 'Marcus Bell')).toEqual([true, false]);
    expect(on('Ciao! Ti seguo da un po\' e adoro le tue stories dal backstage della Fashion Week.', 'Giada Neri')).toEqual([true, false]);
    expect(on('Ciao Lucia, ti seguo da tempo e apprezzo molto i tuoi contenuti.', 'Lucia Bassi')).toEqual([false, false]);
    expect(on("Hi Kim, I've been following your career with interest.", 'Kim Park')).toEqual([false, false]);
    // The reader as the one who would follow, or a thing of the sender's followed: no content of theirs taken in.
    setMechanisms({ 'chat-forms': true });
    expect(on('hey!! Im launching my soy candle business, would mean the world if u followed my page & shared it with ur friends', 'Sam Cole'))
      .toEqual([false, false]);
    expect(on('Ciao Sara, se segui la mia pagina e la giri ai tuoi colleghi mi fai un regalo.', 'Sara Riva')).toEqual([false, false]);
  });

  it('co-presence: "we" in the past, together somewhere, is how you met; the present is common ground', () => {
    const on = (text: string, to: string) => both('co-presence', () => check(text, to, 'how-met').pass);
    expect(on("Hi Ben, we queued together for an hour at the Barbican box office. Let's stay in touch!", 'Ben Cole')).toEqual([true, false]);
    expect(on("Gentile arch. Ferraresi, eravamo entrambi all'inaugurazione del padiglione alla Biennale.", 'Anna Ferraresi')).toEqual([true, false]);
    expect(on("Ciao Marco, siamo stati sullo stesso cantiere a Perth l'anno scorso.", 'Marco Neri')).toEqual([true, false]);
    expect(on('Hi Ben, we share a love of warehouse robots, would be good to connect.', 'Ben Cole')).toEqual([false, false]);
    expect(on('Ciao Sara, siamo entrambi appassionati di vela, restiamo in contatto.', 'Sara Riva')).toEqual([false, false]);
  });

  it('shared-past: the sender at the same named place in the past is shared ground and how they know of each other', () => {
    const met = (text: string, to: string) => both('shared-past', () => check(text, to, 'how-met').pass);
    const own = (text: string, to: string) => both('shared-past', () => check(text, to, 'personalized').pass);
    const it1 = "Ciao Piero, anch'io ho lavorato in Brembo a Curno, qualche anno prima di te. Ora faccio il formatore.";
    expect(met(it1, 'Piero Galli')).toEqual([true, false]);
    expect(own(it1, 'Piero Galli')).toEqual([true, false]);
    const en1 = 'Hi Dana, looks like you were at Ocado in Hatfield around the same time as me. Hope the new role is going well!';
    expect(met(en1, 'Dana Wells')).toEqual([true, false]);
    // No place named, or no "me too": nothing shared.
    expect(met("Ciao Piero, anch'io ho lavorato tanto quest'anno, che fatica.", 'Piero Galli')).toEqual([false, false]);
    expect(met('Hi Dana, I worked at Ocado for years and now sell warehouse software.', 'Dana Wells')).toEqual([false, false]);
  });

  it('content-named: a piece of theirs named with something concrete is a detail, without "your"; a bare "the post" is not', () => {
    // met-detail off: told at this length, the meeting with its content is a scene that met-detail reads as a detail as well.
    setMechanisms({ 'met-detail': false });
    const own = (text: string, to: string) => both('content-named', () => check(text, to, 'personalized').pass);
    expect(own("Hi Nora, loved the post on pricing pilots at Fernway, the table by cohort especially. We sell pricing software and I'd love to give you a demo.", 'Nora Finch'))
      .toEqual([true, false]);
    expect(own("Buongiorno Paolo, ho ascoltato la puntata di Radio Impresa in cui parlava del magazzino nuovo. Noi facciamo scaffalature: le allego il listino.", 'Paolo Rota'))
      .toEqual([true, false]);
    expect(own('Hi Nora, loved the post, so true. Would be great to connect.', 'Nora Finch')).toEqual([false, false]);
  });

  it('met-detail: in a draft that asks, a meeting told with two names or numbers, or as a scene, is a detail; a bare one, or one in the asking sentence, is not', () => {
    const on = (text: string, to: string) => both('met-detail', () => check(text, to, 'personalized').pass);
    expect(on("Gentile Dott.ssa Moretti, ci siamo incontrate al Salone dello Studente di Roma, allo stand di Roma Tre. Mi farebbe piacere un po' del Suo tempo.",
      'Anna Moretti')).toEqual([true, false]);
    expect(on("Buongiorno sig. Neri, ci siamo visti al cantiere di via Emilia martedì mentre discuteva col capocantiere. Se vi serve un elettricista per "
      + 'le villette sono disponibile, preventivo gratuito.', 'Mario Neri')).toEqual([true, false]);
    expect(on("Ciao Irene, ci siamo parlate alla fiera di Vicenza. Dai un'occhiata al mio negozio online quando puoi.", 'Irene Sala')).toEqual([false, false]);
    expect(on('Hi Gavin, since we met at the BNI Phoenix breakfast in Leeds, could you send buyers my way?', 'Gavin Holt')).toEqual([false, false]);
    // With no name or number, a long scene in a draft that asks nothing; a short one is no detail.
    expect(on('ciao luca ci siamo visti sabato al mercato contadino tu avevi il banco dei formaggi di capra e io quello del miele a presto',
      'Luca Sala')).toEqual([true, false]);
    expect(on('ciao luca ci siamo visti sabato al mercato, a presto', 'Luca Sala')).toEqual([false, false]);
  });

  it('absent-at-event: an event the sender missed, or asks whether they will attend, is no meeting; their content in another sentence still is', () => {
    const on = (text: string, to: string) => both('absent-at-event', () => check(text, to, 'how-met').pass);
    expect(on('Dear Mr Hale, I was sorry to miss your panel on reshoring at the Birmingham engineering show.', 'Tom Hale')).toEqual([false, true]);
    expect(on('Ciao Ottavio, purtroppo non sono riuscita a venire a Lucca per la presentazione del tuo libro.', 'Ottavio Neri')).toEqual([false, true]);
    expect(on("Egregio ing. Rocchi, a novembre sarò anch'io al congresso nazionale di Bologna: ci sarà anche Lei?", 'Paolo Rocchi'))
      .toEqual([false, true]);
    expect(on('Ciao Beppe, ho letto il tuo articolo sulle uscite in montagna del gruppo. Purtroppo sabato non potrò esserci.', 'Beppe Villa'))
      .toEqual([true, true]);
    expect(on('Hi Gareth, sorry I missed saying bye after the transition meeting at Oakfield yesterday!', 'Gareth Lee')).toEqual([true, true]);
    expect(on('Hi Jack, gutted I missed Fintech Growth Night in Edinburgh where you spoke about embedded lending.', 'Jack Reid'))
      .toEqual([false, true]);
    expect(on('Hi Mei, fellow Durham Geography grad here! I heard you spoke at the alumni careers evening, sorry I missed it.', 'Mei Chen'))
      .toEqual([true, true]);
    // Their work taken in after the absence, in the same sentence, counts again; hearsay after a "but" does not.
    expect(on('Hi Grace, I missed your session at DocOps Days because my flight was delayed, but I just read your slides on docs-as-code.', 'Grace Kim'))
      .toEqual([true, true]);
    expect(on('Gentile dott. Colombo, non sono riuscita a venire al convegno di Firenze, ma ho recuperato la registrazione del Suo intervento.',
      'Piero Colombo')).toEqual([true, true]);
    // Hearsay of their panel is no panel heard (cue guard), and the summit missed is no meeting.
    expect(on('Hi Laura, I missed the EV Charging Summit in Manchester but heard your panel was the highlight.', 'Laura Pike')).toEqual([false, false]);
  });

  it('a reunion says how they met but is no scene of theirs: personalized needs more than "long time no see"', () => {
    const met = (text: string, to: string) => check(text, to, 'how-met').pass;
    const personal = (text: string, to: string) => check(text, to, 'personalized').pass;
    const bare = 'hey kev long time no see hope all is well with you and the family would be great to reconnect here';
    expect(met(bare, 'Kevin Doyle')).toBe(true);
    expect(personal(bare, 'Kevin Doyle')).toBe(false);
    expect(met('Ciao Luca! Quanto tempo! Ho visto che adesso coordini la formazione in Brennero Trasporti.', 'Luca Neri')).toBe(true);
    expect(met('Quanto tempo perde ogni settimana il vostro magazzino? Ciao Luca.', 'Luca Neri')).toBe(false);
  });

  it('served-them: work the sender did for the reader says they have met; a claim to others or a profile visited does not', () => {
    const on = (text: string, to: string) => both('served-them', () => check(text, to, 'how-met').pass);
    expect(on('Buongiorno sig. Conti, a novembre le abbiamo installato la caldaia nel condominio.', 'Piero Conti')).toEqual([true, false]);
    expect(on('Buongiorno sig. Bassi, sono il tecnico che è venuto la settimana scorsa per la lavatrice.', 'Gino Bassi')).toEqual([true, false]);
    expect(on("Hi Dan, we fitted the new boiler at your house in March, hope it's behaving.", 'Dan Shaw')).toEqual([true, false]);
    expect(on('Buongiorno Marco, abbiamo installato oltre 300 impianti in Lombardia.', 'Marco Riva')).toEqual([false, false]);
    expect(on('Hi Sam, I came accross your profile and would like to connect.', 'Sam Fox')).toEqual([false, false]);
  });

  it('told-me: what the reader told or gave the sender, or was promised, says they have spoken; a question or a condition does not', () => {
    const on = (text: string, to: string) => both('told-me', () => check(text, to, 'how-met').pass);
    expect(on('Hi Rhys, you mentioned the darts league at the Crown is short of a captain. My brother might be up for it.', 'Rhys Evans'))
      .toEqual([true, false]);
    expect(on("ciao vale, mi raccontavi del forno che avete rilevato in centro: ci passo sabato!", 'Valeria Conti')).toEqual([true, false]);
    expect(on('Gentile dott.ssa Neri, Le avevo promesso i dati sulle tariffe: li trova qui sotto.', 'Carla Neri')).toEqual([true, false]);
    expect(on('Hi Rhys, if you told me which league you play in, I could come and watch.', 'Rhys Evans')).toEqual([false, false]);
    expect(on('Ciao Marco, LinkedIn mi ha suggerito il tuo profilo.', 'Marco Riva')).toEqual([false, false]);
  });

  it('visited: a visit to their place or theirs to the sender is how they met; a website or a profile is not', () => {
    const on = (text: string, to: string) => both('visited', () => check(text, to, 'how-met').pass);
    expect(on('Buongiorno sig. Fabbri, sono passato martedì nella sua falegnameria di via Emilia per un preventivo.', 'Ugo Fabbri')).toEqual([true, false]);
    expect(on('Hi Ava, you came by our booth on the last afternoon and asked about the solar kiln.', 'Ava Kent')).toEqual([true, false]);
    expect(on('Ciao Ugo, sono passato sul vostro sito e mi piace molto.', 'Ugo Fabbri')).toEqual([false, false]);
    expect(on('Hi Ava, I came across your impressive profile today.', 'Ava Kent')).toEqual([false, false]);
  });

  it('concrete-detail: "you were right about …" tells what they did; "you\'d love Tallyo" only guesses', () => {
    const on = (text: string, to: string) => both('concrete-detail', () => check(text, to, 'personalized').pass);
    expect(on('Tom, you were right about the cider barn on Skye, we booked it for May.', 'Tom Baird')).toEqual([true, false]);
    expect(on("Hi Sophie, just thought you'd love Fernpay, the expense app we built.", 'Sophie Hale')).toEqual([false, false]);
    // "Your seat" is what a sale offers, not a thing of theirs.
    setMechanisms({ 'learned-model': false });
    expect(on('Hi Ryan, the Growth Leaders Summit is on 9 July and early-bird tickets close Friday. Grab your seat at growthleaders.ie before they go!',
      'Ryan Doyle')).toEqual([false, false]);
  });

  it('a lower-case word the dictionaries know after "hey" is the message starting, not a name', () => {
    const pass = (text: string) => check(text, 'Lena Ortiz', 'personalized');
    const r = pass('hey great meeting you at the pottery meetup in walthamstow last night, the kiln story was gold');
    expect(r.pass).toBe(false);
    expect(r.message).toMatch(/name|nome/i);
    expect(pass('hey lena great meeting you at the pottery meetup in walthamstow last night').pass).toBe(true);
  });

  it('someday: between people who know each other, "one day we should grab a coffee" asks nothing now; time asked of them still does', () => {
    const on = (text: string, to: string) => both('someday', () => check(text, to, 'no-early-ask').pass);
    expect(on('Ciao Bruna, anche io ho lavorato in Ducati a Borgo Panigale negli stessi anni! Magari un giorno ci prendiamo un caffè.', 'Bruna Sala'))
      .toEqual([true, false]);
    // A typo in the same sentence ("caffe" read again on the corrected copy) does not bring the ask back.
    expect(on('Ciao Bruna, anche io ho lavorato in Ducati a Borgo Panigale negli stessi anni! Magari un giorno ci prendiamo un caffe insieme, che ridere.', 'Bruna Sala'))
      .toEqual([true, false]);
    expect(on('Hi Rob, Jonas Weber mentioned you. If you could spare 15 minutes sometime, I would value your view on our move.', 'Rob Hale'))
      .toEqual([false, false]);
    expect(on('Ciao Bruna, magari un giorno ci prendiamo un caffè?', 'Bruna Sala')).toEqual([false, false]);
  });

  it('minimizer-ask: a promise to ask nothing drops the asks after it in its sentence; after a "but" the pitch stays', () => {
    const on = (text: string, to: string) => both('minimizer-ask', () => check(text, to, 'no-early-ask').pass);
    expect(on("Hi Natalie, I'm not going to try to sell you anything or ask you for a call, promise. Your EMCC talk was the most honest of the two days.",
      'Natalie Ward')).toEqual([true, false]);
    expect(on("Ciao Marco! Non voglio venderti niente, ma se ti servisse un'interprete di giapponese per fiere e contratti, io sono qui. Tariffe su richiesta!",
      'Marco Neri')).toEqual([false, false]);
  });

  it('paying for the coffee one asks for is no value that makes a meeting ask fine; a checklist brought along is', () => {
    const pass = (text: string) => check(text, 'Elena Riva', 'no-early-ask').pass;
    expect(pass("ciao ele! mi ha dato il tuo contatto la prof Rossi del corso di UX. ti va un caffè in settimana per capire come entrare in un'agenzia? offro io"))
      .toBe(false);
    expect(pass('Ciao Elena, ci siamo conosciute sabato al corso della Camera di Commercio. Ho una checklist di 12 clausole: te la giro volentieri. '
      + 'Se ti va di confrontarci davanti a un caffè quando passi da Padova, offro io.')).toBe(true);
  });

  it('requested-thing: a request form before a thing one asks for is an ask; carrying on a chat already started is not', () => {
    const on = (text: string, to: string) => both('requested-thing', () => check(text, to, 'no-early-ask').pass);
    expect(on('Buongiorno Dott.ssa Fabbri, ho visto il suo profilo. Sarebbe possibile un colloquio conoscitivo per un eventuale tirocinio nel suo studio?', 'Anna Fabbri'))
      .toEqual([false, true]);
    expect(on('Hi Dana, I study nursing at Keele. Would you have an internship on your ward next summer?', 'Dana Moss')).toEqual([false, true]);
    expect(on('Ciao Federico, ci siamo visti alla festa di Satispay. Ti va di continuare qui la chiacchierata sul pricing?', 'Federico Neri'))
      .toEqual([true, true]);
  });

  it('concrete-detail: what they did, in a clause of its own before an ask, is about them; before an introduction ask it is whom they know', () => {
    const on = (text: string, to: string) => both('concrete-detail', () => check(text, to, 'personalized').pass);
    expect(on('Ciao Irene, visto che guidi il team video di Vice Italia, mi daresti qualche dritta su come entrare in redazione?', 'Irene Sala'))
      .toEqual([true, false]);
    expect(on('Hey Kieran, thanks for accepting. Since you used to work with the CEO of Brightfield, could you introduce me?', 'Kieran Doyle'))
      .toEqual([false, false]);
  });

  it('concrete-detail: a code right after "your" names a thing of theirs ("your U16s"); a code further on in an ask does not', () => {
    const on = (text: string, to: string) => both('concrete-detail', () => check(text, to, 'personalized').pass);
    expect(on('Jamie, I took some photos of your U16s for the club page. Happy to send them over.', 'Jamie Scott')).toEqual([true, false]);
    expect(on('Buongiorno Prof. Rinaldi, se nel Suo istituto servissero supplenti per la A022, mi farebbe piacere essere presa in considerazione.', 'Marco Rinaldi'))
      .toEqual([false, false]);
  });

  it('concrete-detail: news about their organisation after "I see" / "so che", and what their team did for a name, are details', () => {
    const on = (text: string, to: string) => both('concrete-detail', () => check(text, to, 'personalized').pass);
    expect(on("Hi Rachel, I'm a newly qualified nurse and I see St Anne's is recruiting for the stroke unit. Could you put in a word for me?", 'Rachel Moss'))
      .toEqual([true, false]);
    expect(on('Buongiorno dott.ssa Villa, so che il Comune di Roccabruna sta preparando la gara per il nido. Le giro il nostro capitolato.', 'Anna Villa'))
      .toEqual([true, false]);
    expect(on("Ciao Davide, il rebranding che il tuo studio ha fatto per il Birrificio Lupara è splendido. Cerco uno stage da giugno.", 'Davide Neri'))
      .toEqual([true, false]);
    expect(on('Ciao Davide, il tuo studio ha fatto tanto per tutti. Cerco uno stage da giugno.', 'Davide Neri')).toEqual([false, false]);
  });

  it('chat-forms: "ur post", "u ran", "x la promozione" read as the words they stand for; an "x" in "3 x 4" does not', () => {
    const met = (text: string, to: string) => both('chat-forms', () => check(text, to, 'how-met').pass);
    const ask = (text: string, to: string) => both('chat-forms', () => check(text, to, 'no-early-ask').pass);
    expect(met('Ellie! Sam Reyes told me u ran the Lisbon half in under two hours, respect', 'Ellie Ward')).toEqual([true, false]);
    expect(ask('hey, we met at the fintech breakfast this morning. could u intro me to ur head of partnerships? tnx', 'Ana Cruz')).toEqual([false, true]);
    expect(met('Grace, the room was 3 x 4 metres and I booked it for the team', 'Grace Lin')).toEqual([false, false]);
  });

  it('an anchor must name something: a capitalized Lei pronoun or "20 minutes" binds no detail', () => {
    const pass = (text: string, to: string) => check(text, to, 'personalized').pass;
    expect(pass('Gentile dott. Neri, ho apprezzato molto il Suo profilo e la Sua brillante carriera. Sarebbe un onore collegarmi.', 'Ugo Neri')).toBe(false);
    expect(pass("Hi Rosa, I'm raising a round for my startup and would love to pick your brain for 20 minutes.", 'Rosa Lane')).toBe(false);
    expect(pass('Gentile dott. Neri, i Suoi 12 punti vendita in Umbria sono un modello.', 'Ugo Neri')).toBe(true);
  });

  it('minimizer-ask: "I\'m not asking much, just 15 minutes …" asks for the time it names', () => {
    const t = 'Ciao Paolo, sono il fondatore di PagaPoi. Non ti chiedo molto, solo 15 minuti per raccontarti cosa facciamo.';
    expect(both('minimizer-ask', () => check(t, 'Paolo Riva', 'no-early-ask').pass)).toEqual([false, true]);
  });

  it('requested-thing: an internship offered "per te" is not asked for; the same internship with no one it is for is', () => {
    const offered = "Ciao Vale, giovedì facciamo un workshop aperto a chiunque: se ti va di venire c'è uno stage anche per te.";
    expect(both('requested-thing', () => check(offered, 'Valentina Neri', 'no-early-ask').pass)).toEqual([true, true]);
    const asked = "Ciao Vale, giovedì facciamo un workshop aperto a chiunque: se ti va di venire c'è uno stage?";
    expect(both('requested-thing', () => check(asked, 'Valentina Neri', 'no-early-ask').pass)).toEqual([false, true]);
  });

  it('agreed-earlier: a quote sent as agreed on the phone is no ask; the same quote sent cold is', () => {
    const agreed = 'Ciao Giorgia, come ti dicevo al telefono ti aggiungo qui, così ti mando il preventivo per la cena del 25.';
    expect(both('agreed-earlier', () => check(agreed, 'Giorgia Sala', 'no-early-ask').pass)).toEqual([true, false]);
    const cold = 'Ciao Giorgia, ti aggiungo qui, così ti mando il preventivo per la cena del 25.';
    expect(both('agreed-earlier', () => check(cold, 'Giorgia Sala', 'no-early-ask').pass)).toEqual([false, false]);
    const asked = "Hi Tom, as you asked at the stand, I'll send over a one-pager with our prices tomorrow.";
    expect(both('agreed-earlier', () => check(asked, 'Tom Reid', 'no-early-ask').pass)).toEqual([true, false]);
  });

  it('disclaimer-evidence: the sender\'s product next to a promised fit, or a freelancer next to "not a pitch", is a sale', () => {
    const fit = 'Ciao Massimo, il nostro gestionale TurnoFacile è pensato per la vostra cucina.';
    expect(both('disclaimer-evidence', () => check(fit, 'Massimo Leone', 'no-early-ask').pass)).toEqual([false, true]);
    const freelancer = "Hi Jo, this isn't a sales pitch, but I'm a freelance web developer and your site loads slowly.";
    expect(both('disclaimer-evidence', () => check(freelancer, 'Jo Lee', 'no-early-ask').pass)).toEqual([false, true]);
  });

  it('someday: a coffee proposed between people who met, hedged as a question, with "se ti va" or after "no agenda", asks nothing', () => {
    const on = (text: string, to: string) => both('someday', () => check(text, to, 'no-early-ask').pass);
    // A question mark no longer makes the hedged proposal an ask; a bare "se ti va" before it is a courtesy.
    expect(on('Ciao Ale! Che bello rivederti al kick-off di gennaio a Milano. Se ti va, un caffè la prossima volta che passi in sede?', 'Alessia Neri'))
      .toEqual([true, false]);
    // "Nessuna agenda" said in the draft hedges a proposal for next week as a someday word would.
    expect(on('Ciao Federico, piacere di averti conosciuto al pitch night di giovedì. Se ti va la prossima settimana prendiamo un caffè, '
      + 'sono a Torino martedì. Nessuna agenda, solo per fare due chiacchiere.', 'Federico Neri')).toEqual([true, false]);
    // Minutes counted ("a 15-minute call") or the sender's purpose ("so I could ask you") keep the ask, hedge or not.
    expect(on('Hi Dr Shaw, I watched your webinar on CRISPR screening last month. Could we hop on a 15-minute call sometime?', 'Sara Shaw'))
      .toEqual([false, false]);
    expect(on('Hi Dr Shaw, we met at the Genetics Society dinner. Could we hop on a call sometime so I could ask you about your PhD?', 'Sara Shaw'))
      .toEqual([false, false]);
    // The formal courtesy too; minutes without a figure still count.
    expect(on('Gentile dott.ssa Neri, è stato un piacere conoscerla al convegno di Bari. Se le va, un caffè la prossima volta che passa a Lecce?',
      'Anna Neri')).toEqual([true, false]);
    expect(on('Hi Sara, we met at the Genetics Society dinner. Could you spare a few minutes sometime for a call?', 'Sara Shaw')).toEqual([false, false]);
    // Without "no agenda", a proposal for next week stays an ask.
    expect(on('Ciao Federico, piacere di averti conosciuto al pitch night di giovedì. Se ti va la prossima settimana prendiamo un caffè.', 'Federico Neri'))
      .toEqual([false, false]);
  });

  it('someday: "se un giorno ti va di …" is a wish, though a request form follows the hedge', () => {
    const t = 'Ciao Valentina, ho letto il tuo post sui turni notturni. Se un giorno ti va di scambiare due parole sul tema, sono qui.';
    expect(both('someday', () => check(t, 'Valentina Neri', 'no-early-ask').pass)).toEqual([true, false]);
  });

  it('typo-cues: how you met is read on the spelling-corrected copy too ("reccomended I reach out")', () => {
    const t = 'Hi Amara, Dan Whitley reccomended I reach out. Would love to be connected.';
    expect(both('typo-cues', () => check(t, 'Amara Obi', 'how-met').pass)).toEqual([true, false]);
  });

  it('typo-guards: a how-met cue next to a misspelled word must hold once the word is corrected ("came across your profle")', () => {
    const t = 'hey dan came across your profle, we run a scaffolding yard in hull and do trade prices.';
    expect(both('typo-guards', () => check(t, 'Dan Holt', 'how-met').pass)).toEqual([false, true]);
    // A cue the correction leaves standing stays: "we met at the confrence" is still a meeting.
    const met = 'Hi Dan, we met at the confrence in Hull last week, good chat about scaffolding.';
    expect(both('typo-guards', () => check(met, 'Dan Holt', 'how-met').pass)).toEqual([true, true]);
  });

  it('content-told: an explicit subject with several words that name things tells a detail; praise and a seller\'s research do not', () => {
    // met-detail off: the referral told at this length is a scene that met-detail reads as a detail as well.
    setMechanisms({ 'met-detail': false });
    const lei = 'Buongiorno dott.ssa Ferri, ho saputo da una collega che Lei segue diversi allevatori per le pratiche del benessere animale. '
      + 'Le scrivo per ringraziarLa delle schede che ci ha lasciato.';
    expect(both('content-told', () => check(lei, 'Marta Ferri', 'personalized').pass)).toEqual([true, false]);
    const you = 'Hi Sam, my neighbour said you run the climbing wall at the leisure centre on weekends. Good to connect.';
    expect(both('content-told', () => check(you, 'Sam Reed', 'personalized').pass)).toEqual([true, false]);
    const praise = 'Hi Sam, you have an amazing profile and a great career. Happy to connect.';
    expect(both('content-told', () => check(praise, 'Sam Reed', 'personalized').pass)).toEqual([false, false]);
    const research = 'Hi Sam, I noticed you follow many climbing wall owners. We make booking software and would love to show you a demo.';
    expect(both('content-told', () => check(research, 'Sam Reed', 'personalized').pass)).toEqual([false, false]);
  });

  it('structural-detail: the person an introduction is asked to is the ask\'s target, not a detail, unless a name places it', () => {
    const target = 'Buongiorno Sig.ra Colombo, la contatto su consiglio di Marco Rossi per chiederle una introduzione al vostro responsabile acquisti: '
      + 'vorrei presentargli i nostri imballaggi in cartone riciclato.';
    expect(check(target, 'Anna Colombo', 'personalized').pass).toBe(false);
    const placed = "Hi Jasmine, thanks for the connection. I'd be really grateful if you could recommend me to your hiring team at Spotify.";
    expect(check(placed, 'Jasmine Lee', 'personalized').pass).toBe(true);
  });

  it('named-work: praise of a piece of work tied to a name is a detail, without "your"; work sought or the sender\'s own is not', () => {
    const en = "Hi Emma, I've been following Greenfold's work on returns logistics for a while.";
    expect(both('named-work', () => check(en, 'Emma Hart', 'personalized').pass)).toEqual([true, false]);
    const it_ = 'Ciao Valentina, il rebranding di Lattea è geniale.';
    expect(both('named-work', () => check(it_, 'Valentina Neri', 'personalized').pass)).toEqual([true, false]);
    expect(both('named-work', () => check('hi Jess, loved the Pixelfern rebrand.', 'Jess Moore', 'personalized').pass)).toEqual([true, false]);
    expect(check("Hi Emma, I'm looking for work round the Malton area, thanks.", 'Emma Hart', 'personalized').pass).toBe(false);
    expect(check('Hi Emma, we loved our relaunch at Acme.', 'Emma Hart', 'personalized').pass).toBe(false);
  });

  it('learned-model: sure of the other answer, the learned reading overrules the hand-made one and points at its words', () => {
    const rows = new Map([...loadRows(join(__dirname, '../../fixtures/blind/2026-12-fr.jsonl')), ...loadRows(join(__dirname, '../../fixtures/blind/2026-12-fo.jsonl'))]
      .map((r) => [r.id, r]));
    const run = (id: string, rule: RuleId) => {
      const r = rows.get(id)!;
      const c = analyze({ text: r.text, kind: r.kind }, { recipientName: r.recipient, senderName: r.sender, firstContact: true }, speller).checks.find((x) => x.id === rule)!;
      return { pass: c.pass, words: c.spans.map((sp) => r.text.slice(sp.start, sp.end)), text: r.text };
    };
    // A job seeker's note with no request form: an ask, labelled so; the hand-made reading finds none.
    const [onAsk, offAsk] = both('learned-model', () => run('bfr-026', 'no-early-ask')) as Array<ReturnType<typeof run>>;
    expect([onAsk.pass, offAsk.pass]).toEqual([false, true]);
    expect(onAsk.words.length).toBeGreaterThan(0);
    // The patient the reader operated on: how they met, labelled so.
    const [onMet, offMet] = both('learned-model', () => run('bfr-035', 'how-met').pass);
    expect([onMet, offMet]).toEqual([true, false]);
    // A sales pitch whose "detail" is what the product does for companies like theirs: not personalized, labelled so.
    const [onPers, offPers] = both('learned-model', () => run('bfo-012', 'personalized').pass);
    expect([onPers, offPers]).toEqual([false, true]);
  });

  it('learned-model: the follow-up rule reads how they met as the how-met rule does, overruled or not', () => {
    const r = loadRows(join(__dirname, '../../fixtures/blind/2026-12-fr.jsonl')).find((x) => x.id === 'bfr-035')!;
    const read = () => {
      const rep = analyze({ text: r.text, kind: 'message' }, { recipientName: r.recipient, senderName: r.sender, justAccepted: true, uiLang: 'en' }, speller);
      const met = rep.checks.find((c) => c.id === 'how-met')!;
      const followUp = rep.checks.find((c) => c.id === 'follow-up')!;
      return [met.pass, followUp.message.includes('where you met')];
    };
    // The patient the reader operated on: the learned reading says they met; switched off, neither rule finds it.
    expect(both('learned-model', read)).toEqual([[true, false], [false, true]]);
  });

  it('the tuned-on family drafts stay at their measured agreement (a regression guard, not a blind figure)', () => {
    const res = evaluate(loadRows(join(__dirname, 'families.jsonl')), speller);
    const pct = Object.fromEntries(res.map((a) => [a.label, a.agree / a.total]));
    expect(pct['personalized']).toBeGreaterThanOrEqual(31 / 35);
    expect(pct['how-met']).toBeGreaterThanOrEqual(35 / 35);
    expect(pct['no-early-ask']).toBeGreaterThanOrEqual(35 / 35);
  });
});
