// how-met: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g, gd, nameBefore } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';
import { EVENTS, NOT_A_WIN, NOT_AFTER_A_WIN, THEIR_CONTENT, THEIR_CONTENT_READ } from '../../lang/fragments.it';
import { specificIT } from '../personalized/phrases.it';

/** How you met or came to the person: event, talk, meeting, mutual contact, content, group, school. */
export const howMetIT = [
  phrase({
    id: 'how-met.it.their-work-published-in',
    note: 'Un loro lavoro letto su una testata con un nome: "il Suo progetto della scuola di Rovereto pubblicato su Domus"',
    re: gd("\\b(?:tuo|tua|suo|sua|vostro|vostra|tuoi|tue|suoi|sue|vostri|vostre) [^.?!]{0,80}?\\b(?:pubblicat|uscit)[oaie] (?:su|sul|sulla|in|da) (?<cap>\\w)"),
    examples: ["ho apprezzato il Suo progetto di riqualificazione della scuola media di Rovereto pubblicato su Domus."],
    nearMisses: ["il mio articolo pubblicato su Domus", "la tua intervista è uscita su un blog"],
  }),
  phrase({
    id: 'how-met.it.took-in-their-content',
    note: 'Ha letto, visto o ascoltato qualcosa di loro, con qualunque parola in mezzo: "ho ascoltato la puntata di Gitbar", "ti ascolto ogni lunedì"',
    re: g(alt(
      // "ho seguito per sei anni le relazioni sindacali": the sender's own job, not something of theirs.
      "\\bho (?:letto|visto|ascoltato|seguito|guardato|sentito)\\b(?! che\\b)(?! per (?:\\w+ ){1,2}(?:anni|mesi)\\b)(?: [\\w'.-]+){0,4}? (?:" + THEIR_CONTENT_READ + ")\\b",
      // A report of theirs, read ("ho letto il Suo rapporto per Confimpresa"); "rapporto" alone is also a relationship.
      "\\bho letto (?:il (?:tuo|suo|vostro) |i (?:tuoi|suoi|vostri) )(?:\\w+ )?rapport[oi]\\b",
      "\\bho letto (?:su|sul|sulla|nel|nella|in) [^.?!;\\n]{1,40}?\\b(?:della|del|dei|delle) (?:tua|tuo|tuoi|tue|sua|suo|vostra|vostro)\\b",
      "\\bho (?:comprato|acquistato|ordinato|preso) [^.?!;\\n]{0,40}?\\b(?:nel|dal|al|presso il|sul) (?:vostro|tuo|suo) (?:negozio|shop|banco|stand|laboratorio|sito|e-?shop)\\b",
      "\\b(?:ti|la|vi) (?:ascolto|leggo|guardo) (?:sempre |spesso |ogni |da |su )",
      "\\b(?:gran |bel |bellissim[oa] |ottim[oa] )(?:talk|keynote|intervento|speech|presentazione|workshop|panel)\\b",
      "\\bgreat (?:talk|keynote|presentation|workshop|panel)\\b",
    )),
    examples: ["ho ascoltato la puntata di Gitbar dove parlavi di kubernetes", "ti ascolto ogni lunedì su Radio Tre", "Great talk ieri al Codemotion",
      "ho letto sul Sole 24 Ore della tua startup di packaging", "l'anno scorso ho comprato la cargo bike nel vostro negozio di Bolzano",
      "ho visto online il nuovo sito che hai fatto per la cantina", "ho letto il Suo rapporto per Confimpresa sui piani di welfare"],
    nearMisses: ["ho visto che cercate un sistemista", "Ho seguito per sei anni le relazioni sindacali in un'azienda tessile.", "Il tuo rapporto con i clienti è un punto di forza.",
      "Ho visto che guida il gruppo di ricerca sui materiali.", "ti seguo da un po' e trovo i tuoi contenuti stimolanti",
      "ho visto il sito della tua erboristeria", "ho letto sul sito del Comune che il suo studio ha vinto il bando"],
  }),
  phrase({
    id: 'how-met.it.follows-their-stories',
    note: 'Segue un loro contenuto preciso: "seguo da un po\' le tue stories sulla ristrutturazione", "t\'ho visto al mercatino"',
    re: g(alt(
      "\\bseguo (?:da (?:\\S+ ){1,2})?(?:le tue|i tuoi|il tuo|la tua|le sue|i suoi) (?:stories|storie|video|reel|newsletter|podcast|dirette|live|puntate|vlog)\\b",
      "\\b(?:t'ho|ti ho|l'ho|la ho) (?:vist[oa]|incontrat[oa]|conosciut[oa]) (?:\\w+ )?(?:al|alla|allo|all'|in|a)\\b",
      "\\bclasse (?:19|20)\\d\\d\\b|\\bstesso (?:corso|master|anno di corso)\\b",
    )),
    examples: ["seguo da un po le tue stories sulla ristrutturazione del casale", "Sabato t'ho visto al mercatino di Pozzuoli", "Master in Marketing, classe 2019"],
    nearMisses: ["ti seguo da un po' e trovo i tuoi contenuti stimolanti", "ti ho visto sorridere"],
  }),
  phrase({
    id: 'how-met.it.sat-behind-you',
    note: "Sat near them, or was the intern or newcomer there",
    re: g(alt(
        "\\b(?:sedev\\w+|ero sedut\\w|stavo) (?:dietro|accanto|davanti|vicin\\w) (?:a|di) te\\b",
        "\\b(?:trovarci|ritrovarci|eravamo|siamo capitat[ei]) sedut[ie] (?:vicin[ie]|accanto|allo stesso tavolo)\\b",
        // A supplier or a technician of theirs in the past ("per anni le ho fornito la carta", "ero il geometra che seguiva il cantiere").
        "\\b(?:per anni |a lungo )?(?:le|ti|vi) (?:ho|abbiamo) fornito\\b",
        "\\bho lavorato (?:come [\\w-]+ )?(?:nel|nella|presso il|presso la|per il|per la|da) (?:tuo|tua|suo|sua|vostro|vostra)\\b",
        "\\bero (?:il|la|lo|l') ?[\\w-]+ che (?:seguiva|curava|gestiva) (?:il|la|i|le|lo) (?:[\\w-]+ ){0,3}?(?:della|del|dei|delle) (?:sua|suo|tua|tuo|vostra|vostro)\\b",
        // A stall or stand beside theirs at a market or a fair ("avevo il banco accanto al tuo coi taglieri").
        "\\b(?:avevo|avevamo|abbiamo avuto|ho avuto|eravamo) (?:il|lo|la|l') ?(?:banco|banchetto|bancarella|stand|gazebo|tavolo|postazione|spazio)"
        + " (?:accanto|vicino|di fronte|davanti|dietro|di fianco) (?:al|alla|a) (?:tuo|tua|suo|sua|vostro|vostra|te|lei|voi)\\b",
        "\\bero (?:il|la|lo|l'|uno dei|una dei|una delle) ?(?:stagista|tirocinante|nuov[oa] arrivat[oa]|assistente|collega) (?:che|"
        + "del|della|nel|nella|quando|al|alla|in)\\b",
      )),
    examples: ["Ero seduta accanto a te al corso di Excel avanzato.", "Sono Luisa, avevo il banco accanto al tuo coi taglieri.",
      "che coincidenza trovarci sedute vicine sul Frecciarossa per Napoli", "per anni le ho fornito la carta per la sua tipografia di Cremona",
      "quindici anni fa ero il geometra che seguiva il cantiere della sua clinica veterinaria",
      "ho lavorato come cameriere nel tuo locale nell'estate del 2019"],
    nearMisses: ["Felice di collegarmi.", "piacere di collegarci!", "Mi piacerebbe avere lo stand accanto al tuo l'anno prossimo."],
  }),
  phrase({
    id: 'how-met.it.speaks-well-of-you',
    note: "A named person speaks well of them (\"Elisa parla sempre bene di te\")",
    re: nameBefore(alt(
        "\\b(?:parla|parlava|dice|diceva) (?:sempre |cosi |molto |un gran )?(?:bene|un gran bene|meraviglie) (?:di te|del tuo|"
        + "della tua|dei tuoi|delle tue)\\b",
      )),
    examples: ["Giorgio Sala parla sempre bene di te."],
    nearMisses: ["parla sempre bene di te, dicono.", "Posso approfittare della tua esperienza?"],
  }),
  phrase({
    id: 'how-met.it.introduced-by',
    note: "Introduced by someone (\"grazie alla presentazione di Marco\")",
    re: g(alt(
        "\\b(?:grazie alla|dopo la|tramite la|su) (?:presentazione|segnalazione|indicazione) di (?!(?:un|una|questo|questa|il|la|lo)\\b)\\w+",
      )),
    examples: ["Ti scrivo grazie alla presentazione di Lucia."],
    nearMisses: ["Ti scrivo dopo la presentazione di un libro.", "È stato bello chiacchierare con te alla presentazione del libro di Carofiglio a Bari."],
  }),
  ...specificIT.filter((p) => p.id === 'personalized.it.were-together'),
  phrase({
    id: 'how-met.it.we-met',
    note: "\"Ci siamo conosciuti / visti / sentiti\", not a guess (\"forse ci siamo visti\")",
    re: g(alt(
        "(?<!(?:magari|forse|probabilmente|chissa se|se) )\\bci (?:siamo|eravamo) (?:gia |appena |brevemente |anche |visti e )?(?:conosci\\w*|"
        + "\\w+(?:at[ie]|ut[ie]|it[ie]|st[ie]|tt[ie]))\\b",
        "\\b(?:ritrovarti|rivederti|ribeccarti|reincontrarti)\\b",
      )),
    examples: ["Piacere di ritrovarti!", "Che bello ritrovarti qui!", "Ci eravamo sentiti al telefono a maggio per la pratica di Via Roma."],
    nearMisses: ["Io ci vado da dieci anni, magari ci siamo già incrociati in mare!", "Io ci vado da dieci anni, magari ci siamo già incrociati in mare! Felice di collegarmi."],
  }),
  phrase({
    id: 'how-met.it.meeting-you',
    note: "Having met, heard or seen them somewhere (\"averti conosciuto al…\"), with tu, Lei (-la) or voi (-vi)",
    re: g(alt(
        "\\b(?:aver(?:ti|la|vi) (?:conosciut\\w|incontrat\\w|ascoltat\\w|vist\\w)|riveder(?:ti|la|vi))\\b",
        "\\b(?:conoscer(?:ti|la|vi)\\w*|incontrar(?:ti|la|vi)\\w*|ascoltar(?:ti|la|vi)\\w*)\\b(?=[^.?!]{0,40}\\b(?:al|alla|allo|all'|ai|agli|"
        + "alle|a|in|durante|dopo|ieri|oggi|stamattina|stasera|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|la settimana|lo scorso|"
        + "la scorsa|presso)\\b)",
        "\\b(?:stato|stata) (?:un )?(?:piacere|bello|bellissimo) (?:conoscer(?:ti|la|vi)\\w*|incontrar(?:ti|la|vi)\\w*|ascoltar(?:ti|la|vi)\\w*)",
      )),
    examples: ["Piacere di averti conosciuto!", "Speriamo di rivederti presto a cena.", "È stato un piacere conoscerla al TTG di Rimini."],
    nearMisses: ["Piacere di conoscerti!", "Mi farebbe piacere conoscerti.", "Mi farebbe piacere conoscerla di persona."],
  }),
  phrase({
    id: 'how-met.it.i-heard-you',
    note: "\"Ti ho ascoltato / conosciuto / visto al…\"",
    re: g(alt(
        "\\bti ho (?:ascoltat\\w|conosciut\\w|incontrat\\w|sentit\\w (?:parlare|al|alla|allo|intervenire)|vist\\w (?:al|alla|allo|all'|"
        + "parlare|intervenire|sul palco))",
      )),
    examples: ["ti ho visto alla cena di Natale ma non siamo riusciti a parlare.", "Ciao Elena, ti ho ascoltata ieri al festival del giornalismo di Perugia."],
    nearMisses: ["Ti ho promesso il paper di Bain:", "Ti va se ti giro la circolare di cui ti ho accennato?"],
  }),
  phrase({
    id: 'how-met.it.we-talked',
    note: "Talked, ate, worked together in the past (\"abbiamo chiacchierato\")",
    re: g(alt(
        "\\b(?:abbiamo|avevamo) (?:\\w+ )?(?:parlato|chiacchierato|discusso|pranzato|cenato|lavorato|collaborato|studiato|"
        + "condiviso il palco|fatto due chiacchiere)\\b",
        "\\b(?:come d'accordo|come promesso|come (?:ti )?dicevo|come dicevamo|come ci eravamo detti|come concordato) (?:\\w+ )?(?:al|"
        + "alla|allo|all'|ai|a|durante|dopo|ieri|oggi|stamattina|giovedi|venerdi|lunedi|martedi|mercoledi|sabato|domenica)\\b",
      )),
    examples: ["Come d'accordo al Talent Garden, ti presento Paolo Neri (in copia):", "Come promesso a Vinitaly, ti mando il contatto del produttore di Frappato:"],
    nearMisses: ["L'abbiamo adottato nel nostro team, grazie!", "Ho visto che abbiamo molti collegamenti in comune."],
  }),
  phrase({
    id: 'how-met.it.thanks-for-comment',
    note: "Thanks for their comment, reply, like, message (contact already made)",
    re: g(alt(
        "\\bgrazie (?:per|di) (?:il|la|i|le|l') ?(?:\\w+ )?(?:commento|commenti|risposta|domanda|condivisione|menzione|repost|like|"
        + "feedback|messaggio)\\b",
      )),
    examples: ["Grazie per il like al mio articolo!"],
    nearMisses: ["Grazie per la pazienza.", "Grazie e a presto!"],
  }),
  ...specificIT.filter((p) => p.id === 'personalized.it.thanks-for-their-content'),
  phrase({
    id: 'how-met.it.thanks-for-sharing',
    note: "Thanks for having shared, written, organised something",
    re: g(alt(
        "\\bgrazie (?:per|di) (?:aver|avere) (?:condiviso|scritto|pubblicato|organizzato|presentato|raccontato|spiegato|creato|girato|"
        + "moderato|tenuto|registrato|postato)\\b",
      )),
    examples: ["Ciao Simona, grazie per aver condiviso il report sul volontariato giovanile:"],
    nearMisses: ["Grazie e a presto!", "Grazie in anticipo!"],
  }),
  phrase({
    id: 'how-met.it.got-to-know-you',
    note: "Got to know them, were introduced (\"ci hanno presentati\")",
    re: g(alt(
        "\\b(?:far|fare|fatto) la (?:tua|sua) conoscenza\\b",
        "\\b(?:ci hanno|ci ha) (?:presentat\\w|mess[oiae] in contatto|fatt[oiae] conoscere)",
        "\\b(?:chiacchierare|chiacchierato|parlare|parlato) con te (?:al|alla|allo|all'|ai|durante|dopo|ieri|oggi|stamattina|la settimana)",
      )),
    examples: ["È stato un piacere chiacchierare con te alla cena di Confindustria.", "Ciao Beatrice, ci ha messe in contatto Anna Sala del Comune di Varese:"],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
  phrase({
    id: 'how-met.it.same-place-both',
    note: "Were on the same panel or course; both (\"entrambi\") took part",
    re: g(alt(
        "\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:nello stesso|nella stessa|allo stesso|alla stessa) (?:panel|tavolo|progetto|evento|"
        + "corso|team|gruppo|ufficio|palco|classe)\\b",
        "\\b(?:entrambi|tutti e due) (?:\\w+ )?(?:facciamo parte|siamo (?:soci|membri|volontari|iscritti)|partecipiamo|frequentiamo|"
        + "collaboriamo)",
        "\\bsiamo (?:entrambi |entrambe |tutti e due |tutte e due )?(?:soci|socie|membri|volontari|volontarie|iscritti|iscritte) (?:del|della|dello|dell'|di|dei|delle)\\b",
        // "anche io sono socia di Donne in Logistica", "da socio anche io del Rotary": the same group, said from the sender's side.
        "\\b(?:anch'io|anche io) (?:sono |come |da )?(?:soci[oa]|membro|volontari[oa]|iscritt[oa]|tesserat[oa]) (?:del|della|dello|dell'|di|dei|delle)\\b",
        "\\b(?:da|come) (?:soci[oa]|membro|volontari[oa]|iscritt[oa]|tesserat[oa]) (?:anch'io |anche io )(?:del|della|dello|dell'|di|dei|delle)\\b",
      )),
    examples: [
      "Ciao Valerio, a Vinitaly eravamo allo stesso tavolo per la degustazione dei rossi siciliani:",
      "eravamo nello stesso ufficio in Ferrovie Nord nel 2018, tu seguivi gli orari del servizio festivo.",
      "Ciao Natasha, siamo entrambi soci del Rotary di Varese.", "anche io sono socia di Donne in Logistica", "da socia anche io di Donne in Logistica, volevo scriverti",
    ],
    nearMisses: ["Ciao Marta, lavoriamo nello stesso ambito:", "Lavoriamo entrambi nel fintech, colleghiamoci.", "Ti andrebbe di diventare socio del nostro club?"],
  }),
  phrase({
    id: 'how-met.it.their-content',
    note: "Their post, talk, podcast, course, newsletter …",
    // Not a pitch fitted to it ("una notizia perfetta per la Sua rubrica").
    re: g("(?<!\\b(?:perfett|ideal|adatt|pensat)\\w* per (?:il|la|i|le) )(?<!\\b(?:vist[oaie]|dat[oaie]|considerat[oaie]) (?:il|la|i|le|l') )"
      + "\\b(?:tu[oa]|tuoi|tue|su[oa]|suoi)\\s+(?:[\\w']+\\s+)?(?:" + THEIR_CONTENT + ")\\b"),
    examples: ["Ti seguivo già dal tuo TEDx.", "volevo solo complimentarmi per il tuo podcast."],
    nearMisses: ["Buon lavoro!", "Posso mostrartelo?", "Inauguriamo sabato: una notizia perfetta per la Sua rubrica sul Giorno.",
      "Vista la Sua ricerca sulla didattica digitale, sarebbe un onore averLa tra i relatori."],
  }),
  phrase({
    id: 'how-met.it.at-the-event',
    note: "At, during or after an event (\"al convegno\", \"dopo il webinar\")",
    // Not where they won something ("complimenti per la vittoria del vostro equipaggio alla regata"): that event is theirs, not a meeting.
    // Nor an invitation to the sender's own event ("Ti invito alla nostra masterclass del 7 maggio").
    re: g("(?<!\\b(?:ti|vi|la|le) invit(?:o|iamo|erei|eremmo) )\\b(?:al|alla|allo|all'|ai|agli|alle|durante (?:il|la|lo|l')|dopo (?:il|la|lo|l')|"
        + "per (?:il|la|lo|l')(?! ?(?:vostr|tu|su|nuov)[oaie] )|in occasione d\\w+|nel corso d\\w+)\\b"
        + NOT_AFTER_A_WIN + "\\s*(?!\\d)(?:" + NOT_A_WIN + "[\\w'][\\w'-]*\\s+){0,4}?(?:" + EVENTS + ")\\b"),
    examples: ["Ci siamo parlate alla fiera di Vicenza.", "Ciao Marta, ci siamo visti al meetup di Torino;", "Ci siamo visti all'evento di Confindustria.",
      "Complimenti per la vittoria! Ci siamo visti alla regata di sabato, ero sulla barca giuria."],
    // "per il vostro laboratorio" is what a product is for, not where they met.
    nearMisses: ["Ti invito alla nostra masterclass del 7 maggio a Milano.", "Buona giornata!", "Pagamento a giornata.", "Termociclatori a prezzi scontati, ideali per il vostro laboratorio.",
      "Le allego una breve presentazione della nostra società.", "martedì alle 18 teniamo un webinar gratuito",
      "una raccolta fondi per il nuovo laboratorio di musicoterapia",
      "complimenti per la vittoria del vostro quattro di coppia alla regata d'autunno sull'Adda!", "Complimenti per il premio ricevuto alla fiera di Verona."],
  }),
  phrase({
    id: 'how-met.it.talk-at-named',
    note: "A talk or event at a named place (\"il talk al Codemotion\")",
    re: gd(alt(
        "\\b(?:il|la|lo|l'|un|una)\\s*(?:talk|intervento|panel|webinar|workshop|convegno|evento|meetup|keynote|presentazione) (?:a|al|"
        + "di|del|allo|alla|dello) (?<cap>\\w)",
      )),
    examples: ["Ciao Carla, grazie per il collegamento dopo il meetup di UX Napoli!", "Ciao Simona, grazie per esserti collegata dopo il convegno di Bergamo!"],
    nearMisses: ["ti mando il report del webinar.", "organizziamo workshop su misura."],
  }),
  phrase({
    id: 'how-met.it.at-day-week-night',
    note: "At a named day, week or night (\"al Design Day\")",
    // "al" takes a space after it, so "all week" in an English line is no "al … week".
    re: g("\\b(?:(?:al|alla|allo|durante (?:il|la|lo)|dopo (?:il|la|lo))\\s+|(?:all|durante l|dopo l)')\\s*(?:[\\w'-]+\\s+){0,3}?(?:day|days|week|night)\\b"),
    examples: ["Ti ricordi la chiacchierata al Bike Night?", "È stato un piacere conoscerti al Linux Day di Cagliari."],
    nearMisses: ["Ciao Paolo 👋 ci siamo beccati al bar dello Startup Weekend di Bari, quello del panino enorme!", "the pale has been flying out of the taps all week"],
  }),
  phrase({
    id: 'how-met.it.connected-after-named',
    note: "Connected, met, saw at a named event (\"conosciuto al Salone\")",
    re: gd(alt(
        "\\b(?:collegat\\w*|accettat\\w*|conosciut\\w*|vist\\w*|sentit\\w*|parlat\\w*|scritto|scrivo|"
        + "contatto)\\b[^.?!]{0,25}?\\b(?:dopo|durante|al|allo|alla|all') (?:(?:il|la|lo|l')\\s*)?(?<cap>\\w)",
      )),
    examples: ["ho visto il tuo speech al We Make Future sulla AI generativa nel retail.", "Ciao Veronica, grazie per aver accettato l'invito dopo la Social Media Week."],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
  phrase({
    id: 'how-met.it.named-person-told-me',
    note: "A named person told or suggested (\"Elisa mi ha parlato di te\")",
    re: nameBefore(alt(
        "\\bmi ha (?:\\w+ ){0,2}(?:parlato|raccontato|detto|consigliato|suggerito|segnalato|girato|passato|indicato|"
        + "fatto il (?:tuo )?nome)\\b|\\bmi (?:dice|diceva|racconta|raccontava) che\\b",
      )),
    examples: ["Ciao Pia, Davide Longo mi ha detto di scriverti.", "Ciao Giada, Marta Bianchi mi ha parlato del tuo studio di design:"],
    nearMisses: ["mi hanno fatto riflettere.", "mi hanno fatto riflettere. Restiamo in contatto!"],
  }),
  phrase({
    id: 'how-met.it.told-to-contact-you',
    note: "Someone suggested contacting them (\"mi ha consigliato di scriverti\")",
    re: g(alt(
        "\\bmi (?:ha|hanno) (?:\\w+ ){0,2}(?:consigliato|suggerito|detto|chiesto|proposto) di (?:contattarti|scriverti|sentirti|"
        + "cercarti|conoscerti|contattarla|scriverle)\\b",
      )),
    examples: ["Ciao Pia, Davide Longo mi ha detto di scriverti.", "Ciao Elena, Giacomo Testa mi ha suggerito di scriverti per il progetto sulle biblioteche."],
    nearMisses: ["Piacere di conoscerti!", "Mi farebbe piacere conoscerti.", "Mi farebbe piacere conoscerla di persona."],
  }),
  phrase({
    id: 'how-met.it.mutual-contact',
    note: "A mutual contact, on someone's suggestion",
    re: g(alt(
        "(?<!molti )(?<!tanti )(?<!diversi )(?<!parecchi )(?<!numerosi )(?<!alcuni )(?<!un sacco di )(?<!un mucchio di )(?<!vari )(?<!tantissimi )\\b(?:amic\\w*|conoscent\\w*|contatt\\w*|"
        + "collegament\\w*) in comune\\b",
        "\\bsu (?:suggerimento|consiglio|indicazione|segnalazione) di\\b",
        "\\bmi ha mess[oa] in contatto\\b",
        "\\babbiamo in comune\\b",
        "\\bmi ha (?:parlato|detto) (?:molto )?(?:bene )?(?:di te|del tuo|della tua)\\b",
      )),
    examples: ["Ciao Davide, ti scrivo su consiglio di Paola Rossi:", "Ciao Giada, Marta Bianchi mi ha parlato del tuo studio di design:"],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto.", "Ciao Sofia, abbiamo un sacco di contatti in comune, ti aggiungo."],
  }),
  ...specificIT.filter((p) => p.id === 'personalized.it.that-you-held'),
  phrase({
    id: 'how-met.it.talked-about-it',
    note: "Refers to a talk already had (\"ne abbiamo parlato\", \"il nostro scambio\")",
    re: g(alt(
        "\\b(?:di cui (?:ti )?(?:parlavamo|abbiamo parlato|ti parlavo|ti ho parlato)|come dicevamo|ne abbiamo parlato|ne parlavamo|"
        + "il nostro scambio|la nostra chiacchierata|eravamo insieme)\\b",
      )),
    examples: ["Ti lascio il link al bando di cui parlavamo:", "Ciao Carla, ti giro la ricerca sul turismo lento di cui parlavamo."],
    nearMisses: [
      "Ciao Marco, giovedì al Talent Garden abbiamo parlato di come misurare il NPS nei servizi B2B.",
      "Ciao Marta, alla presentazione del libro di Carofiglio a Bari eravamo sedute vicine e abbiamo parlato di gialli per mezz'ora.",
    ],
  }),
  phrase({
    id: 'how-met.it.our-chat',
    note: "\"Grazie per la chiacchierata\", \"dopo la nostra call\"",
    re: g(alt(
        "\\b(?:grazie (?:ancora |mille |davvero )?(?:per|della|di) (?:la|questa|quella)|(?:dopo|durante|nella|dalla|della|"
        + "alla) nostra|dopo la|la nostra) (?:bella |piacevole |breve |lunga |interessante )?(?:chiacchierata|conversazione|telefonata|"
        + "videochiamata|call)\\b(?! (?:che|di cui) (?:vorrei|ti propongo))",
        "\\b(?:chiacchierata|conversazione|telefonata|videochiamata|call) (?:di )?(?:ieri|stamattina|oggi|stasera|lunedi|martedi|"
        + "mercoledi|giovedi|venerdi|sabato|domenica|la settimana scorsa|dell'altro giorno)\\b",
      )),
    examples: [
      "Ciao Lucia, grazie ancora per la chiacchierata di ieri al Talent Garden sulla vostra app di prenotazioni per palestre!",
      "Dopo la nostra chiacchierata al coworking di via Tortona ti mando l'articolo sui contratti per i freelance di cui parlavamo.",
    ],
    nearMisses: ["Grazie e a presto!", "Grazie in anticipo!"],
  }),
  phrase({
    id: 'how-met.it.was-sitting-near',
    note: "Was sitting near them",
    re: g("\\b(?:ero|eravamo) (?:sedut\\w|sedut\\w vicin\\w|accanto|vicin\\w)\\b"),
    examples: [
      "Ero seduta accanto a te al corso di Excel avanzato.",
      "Ciao Marta, alla presentazione del libro di Carofiglio a Bari eravamo sedute vicine e abbiamo parlato di gialli per mezz'ora.",
    ],
    nearMisses: ["Mi piacerebbe seguirti da vicino.", "Ciao Roberto, siamo vicini di stand alla fiera Made Expo:"],
  }),
  phrase({
    id: 'how-met.it.read-somewhere-that',
    note: "Read on a named outlet that they … (\"ho letto sul Sole che…\")",
    re: g(alt(
        "\\bho (?:letto|visto|sentito|scoperto) (?:sul|sulla|sullo|su|nel|nella|nello|in|da|dal|dalla|a) (?!(?:tuo|suo|vostro) profilo\\b|linkedin\\b)(?:[\\w'-]+ ){1,4}?che (?:tu|"
        + "voi|la tua|la vostra|il tuo|il vostro|la sua|il suo|avete|hai|sei|siete|state|stai|ha|e)\\b",
      )),
    examples: [
      "Ciao Noemi, ho visto nel gruppo Donne in Logistica che stai cercando un magazzino a Piacenza.",
      "Ciao Marina, ho letto sul Corriere Innovazione che la vostra startup ha chiuso un round da 3 milioni.",
    ],
    nearMisses: ["Ho visto che lavori in Generali:", "Ho visto che sei CTO di Bitwise:", "Ho visto sul tuo profilo che hai aperto un coworking."],
  }),
  ...specificIT.filter((p) => p.id === 'personalized.it.speaker-list'),
  ...specificIT.filter((p) => p.id === 'personalized.it.content-you-make'),
  phrase({
    id: 'how-met.it.came-across-your',
    note: "Came across their work (not their profile or number)",
    re: g(alt(
        "\\b(?:mi sono imbattut\\w|ho scoperto) (?:per caso )?(?:il tuo|la tua|i tuoi|le tue|il suo|la sua|i suoi|le sue|il vostro|"
        + "la vostra|nel tuo|nella tua|nei tuoi|nel suo|nella sua) (?!(?:\\w+ )?(?:profilo|contatto|numero|email|mail|nome|azienda|"
        + "societa|attivita|startup|team|marchio|brand|esperienza|percorso)\\b)",
      )),
    examples: ["Mi sono imbattuto nel tuo blog di ceramica."],
    nearMisses: ["Mi sono imbattuto nel tuo profilo.", "Ciao Elena, ho scoperto su Dribbble i tuoi mockup per le app bancarie."],
  }),
  phrase({
    id: 'how-met.it.customer-of-theirs',
    note: "Ate, stayed, bought at their place; read a review of it",
    re: g(alt(
        "\\b(?:mangiato|cenato|pranzato|dormito|soggiornato|stat[oaie]|comprato|acquistato) (?:nel|nella|al|alla|dal|dalla|presso il|"
        + "presso la|in) (?:tuo|tua|vostro|vostra|suo|sua)\\b",
        "\\bho (?:assaggiato|provato|bevuto|gustato|comprato|acquistato) (?:il |la |lo |l'|i |le |gli |un |una )?(?:tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre)\\b",
        "\\b(?:fare|fatto|condiviso|coperto) (?:il|lo stesso|quel) turno (?:di notte |di giorno |del weekend |festivo )?insieme\\b",
        "\\b(?:recensione|articolo|servizio|intervista|puntata|premio|reportage) (?:\\w+ ){0,4}?(?:al tuo|alla tua|sul tuo|sulla tua|"
        + "su di te|sul vostro|sulla vostra)\\b",
      )),
    examples: ["Ciao Daniela, ho mangiato nel tuo ristorante a Trastevere sabato scorso:", "Ciao Daniela, complimenti per la recensione del Gambero Rosso al tuo ristorante!",
      "Ho assaggiato il tuo pane di tumminia al banco della sagra.", "Grazie ancora, è stato bello fare il turno di notte insieme in reparto."],
    nearMisses: ["Avresti tempo per una breve intervista?", "Mi concederesti una breve intervista telefonica?"],
  }),
  phrase({
    id: 'how-met.it.read-about-you',
    note: "Read or heard about them (\"ho sentito parlare di te\")",
    re: g(alt(
        "\\b(?:ne ho letto|ne ho sentito parlare|ho letto di te|ho sentito parlare di te|ho letto (?:del tuo|della tua|dei tuoi) \\w+|"
        + "ho sentito parlare (?:del tuo|della tua))\\b",
      )),
    examples: ["Ti auguro buon lavoro con il nuovo progetto in Luxottica, ne ho letto sul Sole 24 Ore."],
    nearMisses: ["Ciao NOME, ho letto il tuo post sul riciclo della plastica.", "Ciao Giulia, ho letto il tuo articolo sulla mobilità dolce:"],
  }),
  phrase({
    id: 'how-met.it.i-was-judge',
    note: "Was a judge, mentor, speaker at their event",
    re: g(alt(
        "\\bero (?:uno dei|una dei|una delle|tra i|tra le|il|la|l') (?:giudic\\w+|organizzator\\w+|relator\\w+|mentor|volontar\\w+|"
        + "docent\\w+|moderator\\w+|sponsor|giurat\\w+)\\b",
      )),
    examples: ["Ero uno dei giudici della gara di pizza."],
    nearMisses: ["Ero uno spettatore della gara di pizza.", "Vorremmo proporgli una sponsorizzazione."],
  }),
  phrase({
    id: 'how-met.it.neighbour-of',
    note: "Seat or stand neighbours (\"vicino di stand\")",
    re: g("\\bvicin[oiae] di (?:stand|banco|tavolo|posto|ufficio|scrivania|ombrellone|sedia)\\b"),
    examples: ["Ciao Roberto, siamo vicini di stand alla fiera Made Expo:"],
    nearMisses: ["Mi piacerebbe seguirti da vicino.", "Lavoro anch'io nell'antifrode e mi piacerebbe seguirti da vicino."],
  }),
  phrase({
    id: 'how-met.it.in-the-audience',
    note: "In the audience, in the front row",
    // Not an invitation to be there ("sarebbe un piacere vederLa tra il pubblico", "ti aspettiamo in prima fila").
    re: g("(?<!\\b(?:veder|aver|trovar|aspett)\\w{0,5} )(?:\\btra il pubblico\\b|\\bin (?:prima )?fila\\b)"),
    examples: ["Ero tra il pubblico a Lucca."],
    nearMisses: ["Il pubblico era numeroso a Lucca.", "Sarebbe un piacere vederLa tra il pubblico.", "Vi aspettiamo in prima fila!"],
  }),
  phrase({
    id: 'how-met.it.attend-same',
    note: "Attend or attended the same place or course",
    re: g(alt(
        "\\b(?:frequentiamo|frequentavamo|abbiamo frequentato|avevamo frequentato|frequentiamo entrambi) (?:entrambi |tutti e due |"
        + "insieme |anche noi )?(?:la stessa|lo stesso|gli stessi|le stesse|il|la|lo)\\b",
        // Not where one is oneself ("il mio progetto è tra i finalisti", "siamo tra i vincitori").
        "(?<!\\b(?:aver|veder|volert|voler)\\w{0,3} )(?<!\\b(?:e|sono|siamo|saro|saremo|essere) )"
        + "\\btra (?:i|gli|le) (?:relatori|relatrici|speaker|ospiti|autori|autrici|vincitori|vincitrici|premiati|finalisti)\\b",
        "(?<!pagina )(?<!sito )(?<!profilo )(?<!account )\\b(?:nel|nella|del|della|dello|al|alla) (?!(?:mia|mio|tua|tuo|sua|suo|"
        + "vostra|vostro)\\b)(?:\\w+ ){0,2}?(?:club|associazione|circolo|ordine degli|comitato|consiglio direttivo|coro|squadra|"
        + "gruppo di (?!lavoro\\b)\\w+)\\b",
      )),
    examples: ["Ciao Elena, frequentiamo la stessa palestra in via Tortona!", "Ciao Elena, ho trovato il tuo nome tra i relatori del TEDx Bologna."],
    nearMisses: ["mi sembra in linea con il lavoro della tua associazione.", "Ciao Simona, ti contatto perché cerco fondi per la mia associazione.",
      "il mio progetto di orto condiviso è tra i finalisti del premio Città Verde"],
  }),
  phrase({
    id: 'how-met.it.their-group',
    note: "In their group, forum, channel, chat, community",
    re: g(alt(
        // Not their team at work ("se nel Suo gruppo ci sono posizioni aperte").
        "\\b(?:nel|sul) (?:tuo |suo )?(?:gruppo|forum|canale|server)\\b(?! (?:ci sono|c'e|ci sarebbe|ci sarebbero|ci fosse|ci fossero|cercate|cerca|servono|serve)\\b)",
        "\\bnella (?:community|comunita|chat|community di)\\b",
        "\\b(?:ti|te|tuo|tua|tuoi|tue|suo|sua|suoi|sue|conosciut\\w|incontrat\\w|seguo|seguivo|visto|vist\\w|letto|trovato|scopert\\w|"
        // Not the sender's own page there ("dai un'occhiata al mio portfolio su behance").
        + "parlato|scritto|sentit\\w|chattato|beccat\\w|notato|imbattut\\w)\\b[^.?!]{0,60}?(?<!\\b(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre) [\\w']+ )"
        + "\\b(?:su|via) (?:twitter|instagram|facebook|"
        + "slack|discord|reddit|github|youtube|clubhouse|telegram|whatsapp|medium|substack|tiktok|mastodon|bluesky|threads|behance|"
        + "dribbble|vimeo|spotify|soundcloud|twitch|pinterest|flickr|quora|goodreads)\\b(?! (?:ads|campagn\\w*|pubblicita|inserzion\\w*|"
        + "marketing|strategi\\w*))",
      )),
    examples: ["Ho visto il tuo video su YouTube sulla gestione del forfettario.", "Ciao Elena, ho scoperto su Dribbble i tuoi mockup per le app bancarie."],
    nearMisses: ["Se ti serve una mano sono qui, dai un'occhiata al mio portfolio su behance.",
      "Le scrivo per chiederLe se nel Suo gruppo ci sono posizioni aperte per neolaureati.", "github.com/ex/food-ai.", "Sarò lieto di averti nella mia rete."],
  }),
  phrase({
    id: 'how-met.it.did-together',
    note: "Did something together, colleagues, classmates",
    re: g(alt(
        "\\b(?:abbiamo|avevamo) (?:\\w+ )?\\w+(?:ato|uto|ito|orso|atto) insieme\\b",
        "\\b(?:eravamo|siamo stat[ie]) (?:\\w+ )?(?:collegh\\w*|compagn\\w*)\\b",
        "\\bcompagn\\w* di (?:corso|classe|universita|master|studi)\\b",
        "\\bstess\\w (?:universita|scuola|classe|corso|master|facolta|liceo)\\b",
        // "sabato è stato un piacere lavorare con te": a shared activity told in the past, not a wish ("sarebbe bello lavorare con te").
        "\\be stat[oa] (?:un piacere|bello|bellissimo|un onore|divertente|un gusto) (?:lavorare|collaborare|suonare|giocare|cucinare|insegnare|studiare|"
          + "correre|pedalare|cantare|ballare|allenarmi|allenarci) (?:con te|con lei|con voi|insieme)\\b",
        // "è stato bello condividere il corso di aggiornamento", "è stato bello fare il corso di panificazione insieme".
        "\\be stat[oa] (?:un piacere|bello|bellissimo|divertente) (?:condividere|fare|seguire|frequentare) (?:con te |con voi |insieme )?(?:il|la|lo|l'|quel|quella) ?(?:corso|master|workshop|"
          + "viaggio|gara|cammino|ritiro|laboratorio|percorso|progetto|stage|tirocinio|seminario|trekking|turno)\\b",
        "\\b(?:ha|hai|ho|abbiamo) (?:seguito|fatto|frequentato|condiviso) (?:con te|con voi|insieme a te) (?:il|la|lo|l'|quel|quella) ?\\w",
        "\\b(?:ero|eravamo) (?:con te|insieme) (?:a|al|alla|allo|all'|in|nel|nella|dal|dalla)\\b",
      )),
    examples: ["Se ti va, ti giro le formule che avevamo provato insieme.", "Ciao Elisa, siamo state colleghe in Alpitour nel 2015, ti ricordi?",
      "sabato in cascina è stato un piacere lavorare con te", "è stato bello condividere il corso di aggiornamento a Bergamo",
      "sono la collega di matematica che ha seguito con te il corso estivo", "è stato un piacere seguire con te il corso di aggiornamento",
      "Ero con te alla Sirtel Energia di Roma nel 2015, terzo piano."],
    nearMisses: ["Sarebbe bello fare il corso insieme.", "Ciao Marta, lavoriamo nello stesso ambito:", "Ciao Elena, frequentiamo la stessa palestra in via Tortona!", "Sarebbe bello lavorare con te."],
  }),
  phrase({
    // Their writing or talk named in a relative clause ("l'API di cui hai scritto", "il tema su cui avete postato").
    id: 'how-met.it.you-wrote-about',
    note: "Their writing named in a relative clause (\"di cui hai scritto\")",
    re: g(alt(
        "\\b(?:di cui|su cui|del quale|della quale) (?:mi )?(?:hai|avete) (?:\\w+ )?(?:parlato|scritto|postato|raccontato|condiviso|"
        + "twittato|pubblicato)\\b",
      )),
    examples: ["Ho provato la libreria di cui hai scritto."],
    nearMisses: ["Ho provato la libreria di cui ti ho scritto.", "Ti avevo parlato della mia officina:"],
  }),
  phrase({
    // A shared meal told in the past ("mi avevi consigliato a cena da Fabio", "ne abbiamo parlato a pranzo").
    id: 'how-met.it.at-dinner',
    note: "Something said or done at a meal (\"mi avevi consigliato a cena\")",
    re: g(alt(
        "\\b(?!invit)(?:\\w+(?:at[oaie]|ut[oaie]|it[oaie]|avi|evi|ivi|avamo|evamo|ivamo)|detto|scritto|visti|viste|"
        + "promesso) (?:[\\w']+ ){0,3}?a (?:cena|pranzo|colazione|aperitivo|merenda)\\b",
      )),
    examples: ["mi diresti il nome del commercialista che mi avevi consigliato a cena da Fabio, quando raccontavi della tua nuova enoteca a Lucca?"],
    nearMisses: [
      "Buongiorno Enrico, ci siamo seduti allo stesso tavolo al pranzo di Assolombarda martedì e abbiamo parlato a lungo di incentivi per l'export.",
      "Ciao Gaia, eravamo sedute allo stesso tavolo durante il pranzo del Rotary di Lecce e mi hai parlato del tuo laboratorio di restauro di mobili antichi.",
    ],
  }),
  phrase({
    // Sent by a mutual contact ("ti scrivo da parte di Dario Leoni", "da parte della mia collega Anna").
    id: 'how-met.it.on-behalf-of',
    note: "Writes on behalf of a named person or a colleague (\"da parte di Dario\")",
    re: gd(alt(
        "\\b(?:scrivo|contatto|cerco|disturbo|presento|vengo) (?:[\\w']+ ){0,2}?da parte (?:di (?<cap>\\w)|d(?:el|ella) (?:mi[oa]|"
        + "nostr[oa]|tu[oa]) (?:amic|collega|colleghi|soci|cugin|ex|capo|responsabil)\\w*)",
      )),
    examples: ["Ciao Sonia, ti scrivo da parte di Dario Leoni, con cui hai collaborato al restyling del marchio di Oleificio Sabino."],
    nearMisses: ["Da parte mia, nessun problema."],
  }),
  ...specificIT.filter((p) => p.id === 'personalized.it.shared-school'),
  ...specificIT.filter((p) => p.id === 'personalized.it.same-group'),
  phrase({
    id: 'how-met.it.gave-me-your-name',
    note: "Someone passed them their name or contact (\"mi ha dato il tuo contatto\")",
    re: g(alt(
        "\\b(?:mi|ci) (?:ha|hanno) (?:\\w+ )?(?:dato|passato|girato|fornito|fatto avere|segnalato|indicato) (?:il )?(?:tuo|"
        + "suo) (?:nome|contatto|numero|riferimento|nominativo|indirizzo|profilo|mail|e-mail)\\b",
        "\\bho (?:avuto|ricevuto) (?:il )?(?:tuo|suo) (?:nome|contatto|numero|nominativo|riferimento) da\\b",
      "\\b(?:tuo|suo) (?:nome|contatto|numero|nominativo|riferimento) (?:mi|ci) (?:e stato|e stata|l'ha|l'hanno) (?:suggerit|dat|passat|indicat|segnalat|girat)[oa]\\b",
      )),
    examples: [
      "Ciao Elio, mi ha dato il tuo nome Rebecca Sala del coworking Talent Garden.", "Il Suo nominativo ci è stato suggerito dal sig. Paoletti.",
      "Ciao Elena, mi hanno passato il tuo nominativo in Camera di Commercio per il bando export.",
    ],
    nearMisses: ["l'ho girato al mio team.", "ho girato le slide a tutto il mio ufficio."],
  }),
];
/** Future events: "al prossimo meetup" is not how you met (read on the text as written, so names keep their case). */
export const futureIT = [
  phrase({
    id: 'how-met.it.future-event',
    note: 'An event still to come or an invitation to one: not a place where you met',
    re: g("\\b(?:prossim\\w*|futur\\w*|prenota(?:re|rti|rvi|te)?|ti invito|vi invito|invitarti|invitarvi|(?:ti|vi|la|le) aspett(?:o|iamo)|organizziamo|organizzeremo|stiamo organizzando"
      + "|sare(?:i|sti|bbe|mmo|ste|bbero) (?:il |la |i |le )?(?:benvenut[oaie]|liet[oaie] di)|saremo)\\b"),
    examples: ["Ci vediamo al prossimo meetup di Torino?", "Ti invito alla cena del club.", "ti lascio il link per prenotare uno slot allo stand.",
      "Se fosse interessata, sarebbe la benvenuta tra il pubblico.",
      "Saremmo lieti di accoglierLa al nostro stand in occasione di Cibus."],
    nearMisses: ["Ci siamo visti al meetup di Torino.", "Ho aspettato la fine del talk per salutarti."],
  }),
  phrase({
    id: 'how-met.it.will-speak',
    note: 'Parlerà lì, più avanti: "a marzo sarai relatrice al Forum Retail", "presenterai al congresso" (non un luogo dove vi siete visti)',
    re: g("\\b(?:sarai|sarete|lei sara) (?:tra (?:i|le) |uno dei |una delle |anche )?(?:relat(?:ore|rice|ori|rici)|speaker|ospit[ei]|moderat(?:ore|rice))\\b"
      + "|\\b(?:sara|sarai|sarete) present[ei] (?:al|alla|allo|all'|a|in)\\b"
      + "|\\b(?:interverrai|interverrete|parlerai|presenterai|presenterete|terrai)\\b"),
    examples: ["ho visto che a marzo sarai relatrice al Forum Retail di Bologna", "so che presenterai al congresso di Rimini",
      "ho saputo che la vostra cantina sarà presente alla fiera BioAlpe di Bolzano"],
    nearMisses: ["eri relatrice al Forum Retail di Bologna", "Sara è stata relatrice al congresso di Rimini"],
  }),
];

/** Their content on LinkedIn ("il tuo articolo LinkedIn"): how you came to them, unlike "su LinkedIn" alone. */
export const linkedinContentIT = [
  phrase({
    id: 'how-met.it.linkedin-content',
    note: 'A LinkedIn post, article, event or group of theirs counts; "ti ho trovato su LinkedIn" does not',
    re: g("\\blinkedin (?:articolo|evento|gruppo|corso|commento|carosello|post|newsletter|live|video)"),
    examples: ["Ho seguito la tua LinkedIn live sul lavoro ibrido.", "Il tuo LinkedIn post sul riciclo mi ha colpito."],
    nearMisses: ["Ti ho trovato su LinkedIn.", "LinkedIn mi ha suggerito il tuo profilo."],
  }),
];

/** Un incontro solo supposto: nessun contesto vero (mechanism hedged-meeting). */
export const hedgedMeetingIT = [
  phrase({
    id: 'how-met.it.hedged-meeting',
    note: 'Non è sicuro di averla incontrata: "forse ci siamo già incrociati", "non so se ci siamo visti"',
    re: g("\\b(?:forse|mi sembra che|credo che|penso che|magari) ci siamo (?:gia )?(?:incrociati|incrociate|visti|viste|conosciuti|conosciute|incontrati|incontrate)\\b"
      + "|\\bnon so se ci siamo\\b|\\bci siamo (?:gia )?(?:visti|viste|incrociati|incrociate|conosciuti|conosciute) da qualche parte\\b"),
    examples: ["Forse ci siamo già visti a qualche convegno.", "Non so se ci siamo conosciuti a Torino.", "mi sembra che ci siamo già viste da qualche parte, forse a un evento?"],
    nearMisses: ["Ci siamo conosciuti a Torino al convegno.", "Forse ci vediamo a Torino."],
  }),
];

/** Una telefonata o una conversazione già avvenuta tra i due (mechanism prior-contact). */
export const priorContactIT = [
  phrase({
    id: 'how-met.it.already-agreed-or-seen',
    note: 'Si sono già accordati o si vedono spesso, o li lega un cliente comune: "siamo rimasti d\'accordo che ci sentiamo", "ci vediamo ogni mattina", "una cliente in comune"',
    re: g("\\bsiamo rimast[ie] (?:d'accordo|daccordo|in accordo|che)\\b|\\bci vediamo (?:ogni (?!tanto)|tutte le|tutti i|sempre|spesso)\\w*"
      + "|\\b(?:un|una|un') ?(?:cliente|amic[oa]|collega|conoscente|fornitore|fornitrice) in comune\\b"),
    examples: ["siamo rimasti daccordo che ci sentiamo per il bagno della signora", "ci vediamo ogni mattina per il caffè ma non ci siamo mai presentati",
      "una cliente in comune mi ha parlato benissimo del tuo centro estetico"],
    nearMisses: ["ci vediamo ogni tanto?", "Siamo rimasti senza corrente ieri.", "abbiamo molti interessi in comune"],
  }),
  phrase({
    id: 'how-met.it.our-call',
    note: 'Si sono già sentiti: "come ti avevo accennato al telefono", "dopo la nostra telefonata"',
    re: g(alt(
      "\\bcome (?:ti|le|vi) (?:avevo|ho) (?:accennato|detto|anticipato|promesso) (?:al telefono|per telefono|in call)\\b",
      "\\b(?:dopo|in seguito alla|a seguito della|come da) (?:la )?nostra (?:telefonata|chiamata|call|conversazione|chiacchierata)\\b",
    )),
    examples: ["Come ti avevo anticipato al telefono, ti giro il file.", "A seguito della nostra telefonata di ieri, ecco il preventivo."],
    nearMisses: ["Ti va una telefonata venerdì?", "Come ti avevo scritto nella mail, ecco il file."],
  }),
  phrase({
    id: 'how-met.it.thanks-again',
    note: 'Ringrazia di nuovo, o per una visita: si sono già visti ("grazie ancora per il giro in cantina", "grazie per essere passato allo stand")',
    re: g(alt(
      "\\b(?:grazie|ringrazio|ti ringrazio|la ringrazio) (?:ancora|di nuovo|nuovamente) (?:per|di|della|del|dello|dell'|dei|delle)\\b"
        + "(?! (?:aver |avermi )?(?:accettat|collegament|collegat|contatt|richiest|risposta|aggiunt)\\w*)",
      "\\bgrazie (?:per|di) (?:essere (?:passat|venut)[oaie]|la visita|aver visitato|averci visitato|averci fatto visita)\\b",
    )),
    examples: ["Grazie ancora per il giro in cantina di sabato.", "Grazie per essere passata al nostro stand a Cibus!"],
    nearMisses: ["Grazie per il collegamento.", "Grazie ancora, a presto.", "Grazie ancora per aver accettato il collegamento."],
  }),
];

/** Letture che annullano un indizio di conoscenza sovrapposto (mechanism cue-guards). */
export const cueGuardsIT = [
  phrase({
    id: 'how-met.it.own-course',
    note: 'Un corso finito da chi scrive non è un incontro: "mi sono appena diplomata al corso di pasticceria"',
    re: g("\\b(?:mi sono (?:appena |da poco )?(?:diplomat|laureat|iscritt|specializzat)[oa]|sto (?:frequentando|finendo)) (?:al|il|a un|un|nel) (?:corso|master)\\b"),
    examples: ["Mi sono appena diplomata al corso di pasticceria professionale di Cast Alimenti."],
    nearMisses: ["Ci siamo conosciuti al corso di pasticceria di Cast Alimenti."],
  }),
  phrase({
    id: 'how-met.it.share-my-post',
    note: 'Un post da condividere è di chi scrive: "condividere il post della nostra candidatura"',
    re: g("\\b(?:condivider?e?|condividi|condivideresti|rilanciare|mettere (?:un )?like a) (?:il|questo|il mio|il nostro|la mia|la nostra) (?:post|video|reel|link|pagina)\\b"),
    examples: ["Ti chiedo di condividere il post della nostra candidatura."],
    nearMisses: ["Ho letto il tuo post sulla candidatura."],
  }),
  phrase({
    id: 'how-met.it.seen-on-their-page',
    note: 'Ciò che si è visto sul loro profilo o sulla pagina dell\'azienda non è un incontro: "ho visto sul tuo profilo il caso studio"',
    re: g("\\b(?:sul|nel|dal) (?:tuo|suo) profilo\\b[^.?!;\\n]{0,60}|\\bsulla pagina (?:di|del|della|dello|dell')\\b[^.?!;\\n]{0,60}"),
    examples: ["Ho visto sul tuo profilo il caso studio sull'app di Mercato Fresco.", "ho visto sulla pagina dell'Hotel Bellavista che avete rinnovato le camere"],
    nearMisses: ["Ho letto il tuo post sul caso studio di Mercato Fresco."],
  }),
  phrase({
    id: 'how-met.it.read-on-their-profile',
    note: 'Ciò che chi scrive ha letto sul loro profilo non è un incontro: "ho visto sul tuo profilo che sei grafica freelance"',
    re: g("\\b(?:sul|dal|nel) (?:tuo|suo) profilo(?: linkedin)?,? (?:che|come)\\b[^.?!;\\n]{0,60}"),
    examples: ["ho visto sul tuo profilo che sei grafica freelance al primo anno"],
    nearMisses: ["ci siamo visti al convegno di Rimini, ho poi guardato il tuo profilo.", "Il tuo profilo è molto completo."],
  }),
  phrase({
    id: 'how-met.it.connected-with-them',
    note: 'Con chi è collegato su LinkedIn: il resto della frase parla di quella persona, non di come vi siete conosciuti',
    re: g("\\b(?:sei|e|siete) (?:collegat[oaie]|in contatto) (?:con|a)\\b[^.!?\\n]*"),
    examples: ["Vedo che sei collegata con Marta Riva del gruppo Eataly."],
    nearMisses: ["Ci siamo conosciuti alla cena del gruppo Eataly."],
  }),
  phrase({
    id: 'how-met.it.connection-count',
    note: 'Un numero di contatti in comune è un conteggio di LinkedIn, non una persona che vi conosce',
    re: g("\\b\\d+ (?:contatti|collegamenti|amici|conoscenze|connessioni) in comune\\b"),
    examples: ["Vedo 27 collegamenti in comune tra noi."],
    nearMisses: ["Abbiamo un amico in comune, Paolo."],
  }),
];

/** Un percorso in comune, un contatto nominato per ruolo, il loro aiuto, la loro mostra (mechanism shared-path). */
export const sharedPathIT = [
  phrase({
    id: 'how-met.it.same-course-as-you',
    note: 'Lo stesso corso o la stessa scuola di chi legge: "ho fatto il master in marketing alla 24ORE come te"',
    re: g("\\b(?:ho fatto|ho frequentato|ho studiato|ho seguito|ho preso|ho finito) (?:anch'io |anche io )?(?:il|la|lo|l'|un|una|uno|un') ?[^.?!]{0,80}?\\bcome te\\b(?=\\s*(?:[.,;:!?(\\n]|$))"),
    examples: ["ho fatto il master in Digital Marketing alla 24ORE Business School come te (tu edizione 2019)"],
    nearMisses: ["ho fatto un errore come tutti", "ho preso la tua stessa decisione, come te ho cambiato lavoro?"],
  }),
  phrase({
    id: 'how-met.it.care-and-nights-together',
    note: 'Cure date a un familiare, notti passate insieme: "per come ha seguito mia madre", "ricordo ancora le notti di guardia insieme"',
    re: g(alt(
      "\\b(?:ha|hai|avete) (?:seguito|curato|operato|assistito|visitato|aiutato) (?:mia|mio|mie|miei) (?:madre|padre|mamma|papa|figli[oa]|nonn[oa]|marito|moglie|fratello|"
        + "sorella|bambin[oa])\\b",
      "\\bricordo (?:ancora |bene |sempre )?(?:le|il|la|i|gli|l'|quando|quell\\w*) [^.?!]{0,50}?\\binsieme\\b",
    )),
    examples: ["per ringraziarLa di cuore per come ha seguito mia madre durante il ricovero", "Ricordo ancora le notti di guardia insieme a Niguarda."],
    nearMisses: ["Ha seguito il corso anche mia madre.", "Ricordo ancora la prima volta che ho visto il mare."],
  }),
  phrase({
    id: 'how-met.it.content-where-you',
    note: 'Un loro contenuto detto senza "tuo": "l\'intervista in cui racconti l\'apertura", "il video dove spieghi"',
    re: g("\\b(?:l'|la |il |lo |un'|una |un )(?:intervista|articolo|post|puntata|video|podcast|episodio|talk|intervento|reel|thread) (?:in cui|dove|nel quale|nella quale) "
      + "(?:racconti|parli|spieghi|mostri|raccontava|parlava|spiegava|racconta|parla|spiega|raccontavi|parlavi|spiegavi)\\b"),
    examples: ["Ho letto sul giornale di Lecco l'intervista in cui racconti l'apertura della tua officina."],
    nearMisses: ["Ho letto un'intervista in cui un ministro parlava di bici.", "Il video in cui siamo tutti sul palco."],
  }),
  phrase({
    id: 'how-met.it.someone-of-mine-knows-you',
    note: 'Un parente o un vicino di chi scrive li conosce, o chi scrive è loro cliente: "mio cugino Tonino dice che …", "quando vengo al Forno …"',
    re: g(alt(
      "\\b(?:mio|mia) (?:cugin[oa]|fratello|sorella|zi[oa]|cognat[oa]|padre|madre|papa|mamma|marito|moglie|figli[oa]|vicin[oa] di casa|nipote)(?: \\w+){0,2} "
        + "(?:dice|diceva|mi ha detto|mi ha parlato|mi ha consigliato|lavora con (?:te|lei|voi)|ha lavorato con (?:te|lei|voi))\\b",
      "(?<=\\b(?:ogni|tutti i|tutte le) \\w{3,12} )quando (?:vengo|passo) (?:al|alla|allo|all'|dal|dalla|da)\\b",
      "\\bdel (?:gruppo|club|corso|circolo|coro|team|cai) (?:[\\w']+ ){0,3}?mi ha (?:detto|parlato|consigliato|dato)\\b",
      "\\bci (?:hai|ha|avete) (?:visitat[oiae]|fatto visita)\\b",
      "\\b(?:ringraziar\\w*|grazie) (?:ancora )?(?:per|del|della) (?:il |la |l')?(?:lavoro|intervento|riparazione|assistenza) (?:sul|sulla|sui|al|alla|alle|ai)\\b",
    )),
    examples: ["mio cugino Tonino Mura dice che il vostro pecorino è il migliore", "ogni sabato quando vengo al Forno Dal Maso c'è la coda",
      "le scrivo per ringraziare del lavoro sul trattore Landini", "ti scrivo perche giorgio del gruppo trail di lecco mi ha detto che sei tu",
      "ci hai visitati a fine agosto con il tour di Emilia Food Trips"],
    nearMisses: ["Mio cugino lavora a Torino.", "Ogni sabato vado al mercato.", "Grazie per il lavoro che fate per la città."],
  }),
  phrase({
    id: 'how-met.it.lived-or-worked-side-by-side',
    note: 'Una casa, un banco o un progetto condivisi senza una parola di incontro: "siamo stati coinquilini", "il coinquilino di tuo fratello", "ho preso in mano il tuo progetto"',
    re: g(alt(
      "\\bsiamo stat[ieo] (?:coinquilin[ie]|compagn[ie] di (?:stanza|banco|classe|corso|squadra|appartamento)|vicin[ie] di casa|colleghi|colleghe)\\b",
      "\\b(?:coinquilin[oa]|amic[oa]|collega|compagn[oa] di \\w+|vicin[oa] di casa) (?:di|del|della) (?:tuo|tua|suo|sua) (?:fratello|sorella|padre|madre|papa|mamma|"
        + "cugin[oa]|marito|moglie|figli[oa]|compagn[oa]|ragazz[oa]|zi[oa])\\b",
      "\\b(?:ero|sono|eravamo|siamo) (?:nel|nella) (?:team|squadra|gruppo) che ha (?:preso in mano|ereditato|sostituito|rifatto|raccolto)\\b",
      "\\bho (?:preso il (?:tuo|suo) posto|preso in mano (?:il|la) (?:tuo|tua|suo|sua)|ereditato (?:il|la) (?:tuo|tua|suo|sua))\\b",
    )),
    examples: ["Siamo stati coinquilini a Lovanio nel 2011.", "sono andrea il vecchio coinquilino di tuo fratello a londra",
      "ero nel team che ha preso in mano il tuo progetto e-commerce", "Ho preso il suo posto in reparto quando è andata a Pisa."],
    nearMisses: ["Siamo stati bene alla festa.", "Ho parlato con la collega di mio fratello.", "Ho preso in mano la situazione."],
  }),
  phrase({
    id: 'how-met.it.same-course',
    note: 'Lo stesso corso o la stessa scuola: "anch\'io ho fatto il master in …", "abbiamo studiato entrambi"',
    re: g(alt(
      "\\banch(?:e |')io ho (?:fatto|frequentato|seguito|studiato|preso) (?:il|la|lo|l'|al|alla|a|all')\\b|\\babbiamo (?:studiato|frequentato) entrambi\\b",
      "\\b(?:siamo stat[ie]|eravamo|abbiamo lavorato) (?:entramb[ie]|tutti e due|tutte e due|insieme) (?:in|a|al|alla|da|dalla|presso|nello|nella)\\b",
    )),
    examples: ["Anch'io ho frequentato il corso ITS di Biella, qualche anno dopo.", "Abbiamo studiato entrambi a Padova.",
      "siamo stati entrambi in Accenture nella sede di Roma"],
    nearMisses: ["Anch'io ho fatto una pausa dal lavoro.", "Ho frequentato il corso online da sola."],
  }),
  phrase({
    id: 'how-met.it.contact-by-role',
    note: 'Un contatto nominato per ruolo o il loro nome fatto da qualcuno: "il Suo nome mi è stato fatto da", "la collega … mi ha detto"',
    re: g(alt(
      "\\bil (?:tuo|suo) nome mi e stato (?:fatto|dato|suggerito|indicato)\\b",
      "\\b(?:un|una|il|la|mio|mia) (?:ex )?(?:collega|capo|responsabile|professore|professoressa|commercialista)\\b[^.!?]{0,80}?\\bmi ha (?:detto|parlato|consigliato|fatto il tuo nome)\\b",
    )),
    examples: ["Il tuo nome mi è stato dato da Lucia.", "Una collega, che ti conosce dal master, mi ha detto di scriverti."],
    nearMisses: ["Il tuo nome è bellissimo.", "Una collega mi ha chiesto un passaggio."],
  }),
  phrase({
    id: 'how-met.it.followed-since',
    note: 'Li segue da un loro contenuto o ha visitato la loro mostra: "ti seguo da quando hai scritto", "ho visitato la mostra"',
    re: g("\\bti seguo da quando\\b|\\bho visitato (?:la (?:tua |sua )?mostra|il (?:tuo |suo )?stand|l'esposizione|il (?:tuo |suo )?studio)\\b"),
    examples: ["Ti seguo da quando hai raccontato il cantiere di Noto.", "Ho visitato la sua mostra a Bergamo."],
    nearMisses: ["Ti seguo con piacere.", "Ho visitato Bergamo a maggio."],
  }),
  phrase({
    id: 'how-met.it.helped-me',
    note: 'Mi ha già aiutato: "grazie per avermi aiutato con le slide"',
    re: g("\\bgrazie (?:per|di) (?:avermi|avermelo|averci) (?:aiutat[oaie]|dato una mano|dato un consiglio)\\b"
      + "|(?<!\\bse )\\b(?:hai|ha) (?:visitato|curato|seguito|operato|assistito|vaccinato|fatto lezione a) (?:mia|mio|i miei|le mie|nostra|nostro) "
      + "(?:figli[oaie]|madre|padre|mamma|papa|nonn[oa]|moglie|marito|cane|gatto|bambin[oaie]|bimb[oaie])\\b"),
    examples: ["Grazie per avermi dato una mano col trasloco del laboratorio.", "Lunedì in pronto soccorso ha visitato mia figlia Giulia."],
    nearMisses: ["Grazie se potrai aiutarmi.", "Grazie per avermi accettato.", "Se hai visitato mia figlia, dimmelo."],
  }),
  phrase({
    id: 'how-met.it.the-one-from',
    note: 'Chi scrive si fa riconoscere da un posto o da una persona che chi legge conosce: "sono Davide, quello della palestra", "sono la figlia del signor Pace"',
    re: g(alt(
      "\\bsono (?:\\w+,? )?(?:quell[oa]|il ragazzo|la ragazza|il signore|la signora|il papa|la mamma|il figlio|la figlia|il marito|la moglie|il vicino|la vicina|"
        + "il fratello|la sorella|il cugino|la cugina|l'amic[oa]|l'amic[oa] \\w+) (?:del|della|dello|dell'|dei|delle|di|con)\\b",
      // "sono l'autista della Bartolini che vi scarica il martedì", "sono il ragazzo che l'ha aiutata a scegliere la bici", "sono Laura, la tata che ti ha
      // consigliato la signora Parisi", "sono lo chef che domenica al mercato ti ha comprato tutto il pecorino": the one who served them or met them.
      "\\bsono (?:[\\w']+,? )?(?:il|la|lo|l') ?[\\w']+(?: (?:del|della|dello|dell'|dei|delle|di|da) ?[\\w']+)?(?: [\\w']+)? che "
        + "(?:[\\w']+ ){0,8}?(?:ti|vi|le|l'|gli) ?(?:ha |hai |ho |avete |abbiamo |hanno )?(?!scriv|contatt|propon|present|disturb)[a-z]+",
      // "sono uno degli studenti che hanno discusso la tesi con Lei il 15 luglio".
      "\\bsono (?:uno|una) (?:degli|delle|dei) [\\w']+ che (?:[\\w']+ ){1,5}?con (?:te|lei|voi)\\b",
      // "sono la sommelier che sabato ha servito il Sagrantino al vostro tavolo".
      "\\bsono (?:[\\w']+,? )?(?:il|la|lo|l') ?[\\w']+ che (?:[\\w']+ ){0,2}(?:ha|ho) (?!scritt|contattat)[a-z]+[^.?!]{0,50}?\\b(?:vostr|tu|su)[oaie]\\b",
      // The place they always go to, the place where they worked: "la ferramenta di via toledo dove prendi sempre i tasselli",
      // "ho fatto la stagione al Grand Hotel dove lei era la governante".
      "\\b(?:dove|in cui|da cui) (?:prendi|compri|vieni|passi|mangi|prendete|comprate|venite|passate|mangiate|prende|compra|viene|passa|mangia) "
        + "(?:sempre|spesso|di solito|ogni)\\b|\\bdove (?:lei|tu|voi) (?:era|eri|eravate|lavorava|lavoravi|lavoravate)\\b",
    )),
    examples: ["ehi simo sono davide quello della palestra di via tiburtina", "Buonasera, sono la figlia del signor Pace, quello della stanza 12.",
      "ciao marta sono james, l'amico inglese di paolo bassi", "sono l'autista della Bartolini che vi scarica il martedì al magazzino di Carpi",
      "sono il ragazzo che l'ha aiutata a scegliere la bici elettrica", "sono la sommelier che sabato ha servito il Sagrantino al vostro tavolo",
      "il titolare della ferramenta di via toledo dove prendi sempre i tasselli", "ho fatto la stagione al Grand Hotel dove lei era la governante",
      "sono Laura, la tata che ti ha consigliato la signora Parisi", "sono lo chef che domenica al mercato contadino ti ha comprato tutto il pecorino",
      "sono uno degli studenti che hanno discusso la tesi con Lei il 15 luglio"],
    nearMisses: ["Sono Davide, lavoro in banca a Roma.", "Sono quello che ha scritto il report.", "sono il consulente che le scrive per conto di Alfa Srl",
      "dove prendi il caffè di solito?", "sono la responsabile che ha scritto il bando per la vostra zona"],
  }),
  phrase({
    id: 'how-met.it.shared-a-seat',
    note: 'Hanno diviso un tavolo, un taxi, un passaggio; un evento di oggi o di ieri: "abbiamo diviso il taxi", "il panel di oggi"',
    re: g(alt(
      "\\babbiamo (?:diviso|condiviso|preso) (?:il|la|lo|l'|un|una|uno|un') ?(?:\\w+ )?(?:tavolo|taxi|passaggio|scrivania|ufficio|palco|stanza|camera|appartamento|"
        + "pizza|ombrello|stand|banco|treno|volo)\\b",
      "\\b(?:il|la|lo|l') ?(?:panel|talk|convegno|workshop|seminario|webinar|cena|pranzo|aperitivo|evento|serata|giornata|fiera|presentazione|lezione)"
        + " (?:di|del) (?:oggi|ieri|stamattina|stasera|ieri sera|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi)\\b",
      // Days spent together remembered ("ricordo ancora le notti sul progetto della linea 4"), a visit to their place ("ci sono stata a luglio").
      "\\bricordo (?:ancora |bene |sempre |con piacere )?(?:le notti|i giorni|le giornate|le serate|i turni|le riunioni|le trasferte|i tempi|le pause)"
        + " (?:sul|sulla|sullo|sui|in|al|alla|del|della|dei|a|passat[ie]|insieme)\\b",
      "\\bci sono (?:stat[oaie]|passat[oaie]|venut[oaie]|andat[oaie]) (?:anch'io |anche io |io |noi )?(?:a |ad |in |lo scorso |la scorsa |l'anno |quest'|d')",
    )),
    examples: ["Abbiamo diviso il taxi da Fiumicino sotto la pioggia.", "Bellissimo il panel di oggi alla confereza FinTech!",
      "Ricordo ancora le notti sul progetto di automazione della linea 4 nel 2019.", "Ci sono stata a luglio e il missoltino era strepitoso."],
    nearMisses: ["Abbiamo diviso il budget in due.", "Il panel di domani sarà sul credito.", "Ci sono stati dei ritardi a luglio.",
      "Ricordo ancora quando ho iniziato a lavorare."],
  }),
  phrase({
    id: 'how-met.it.from-our-circle',
    note: 'Chi scrive si presenta con un luogo o un gruppo che condividono: "sono Irene della pallavolo del mercoledì", "sono Giulia del terzo piano"; "sei proprio tu?"',
    re: g(alt(
      "\\bsono \\w+,? (?:del|della|dello|dell'|dei|delle|di) (?:\\w+ )?(?:pallavolo|palestra|piscina|corso|squadra|coro|piano|condominio|palazzo|scuola|classe|"
        + "oratorio|parrocchia|calcetto|running|yoga|circolo|associazione|quartiere|liceo|banda|scout|asilo|nido|sezione)\\b",
      "\\b(?:ma )?sei (?:proprio |davvero )?tu\\?",
    )),
    examples: ["Sono Irene della pallavolo amatoriale del mercoledì!", "Ma sei proprio tu? Liceo di Lecco, 5B!"],
    nearMisses: ["Sono Irene di Acme, agenzia di comunicazione.", "Sei tu il responsabile acquisti?"],
  }),
  phrase({
    id: 'how-met.it.remember',
    note: 'Un ricordo comune: "ti ricordi le notti a preparare l\'esame?", "ti ricordi di me?", "il suo nominativo me l\'ha passato Luca"',
    re: g(alt(
      "\\b(?:ti|si) ricord[ai] (?:di me|le|il|la|i|gli|l'|quando|quell[aoei]|quel|che)\\b|\\b(?:ti|le) dice (?:niente|nulla|qualcosa)\\?",
      "\\b(?:il (?:tuo|suo) (?:nome|nominativo|contatto|numero)|i (?:tuoi|suoi) (?:contatti|riferimenti)) me (?:l'ha|li ha|l'hanno) (?:dato|dati|passato|passati|girato|girati|fatto)\\b",
    )),
    examples: ["Ti ricordi le notti a preparare l'esame di Fisica?", "Il suo nominativo me l'ha passato Luca Ferri.",
      "Erasmus a Lisbona 2014, la casa gialla, ti dice niente?"],
    nearMisses: ["Ti ricordo che il bando chiude venerdì.", "Il suo nome è sul sito."],
  }),
  phrase({
    id: 'how-met.it.heard-from-colleague',
    note: 'L\'ha saputo da una persona nominata per ruolo o titolo: "ho saputo dalla collega Dott.ssa Rinaldi che …"',
    re: g("\\b(?:ho saputo|ho sentito|mi hanno detto|mi ha detto) (?:da|dal|dalla|dallo|dall') (?:un |una |un')?(?:mi[oa] |su[oa] |tu[oa] |nostr[oa] |comune )?"
      + "(?:collega|amic[oa]|ex collega|responsabile|capo|professore|professoressa|dott|dottoressa|dott\\.ssa|prof|ing|avv|arch|sig|cugin[oa]|sorella|fratello|"
      + "zi[oa]|vicin[oa]|madre|padre|mamma|papa|moglie|marito|compagn[oa]|conoscente|client[ea]|cognat[oa]|suocer[oa]|nipote|figli[oa]|socio)\\b"
      + "|\\bsu (?:suggerimento|consiglio|indicazione|segnalazione) (?:di|del|della|dello|dell')\\b"),
    examples: ["Ho saputo dalla collega Dott.ssa Rinaldi che il Suo studio cerca una praticante.", "ho saputo da mia cugina Sara che cercate personale",
      "ho saputo da suo cognato giorgio che quest'estate dovete rifare il tetto", "mi permetto di scriverLe su suggerimento del geom. Paolo Cattaneo"],
    nearMisses: ["Ho saputo dal giornale che il Suo studio cerca una praticante."],
  }),
  phrase({
    id: 'how-met.it.heard-from-named',
    note: 'L\'ha saputo da una persona nominata ("ho saputo da Walter Pirovano che …", "ho saputo da Sua figlia Carla"), non da un sito',
    re: gd("\\b(?:ho saputo|ho sentito parlare di (?:te|lei|voi)|ho avuto il (?:tuo|suo|vostro) (?:nome|contatto|numero)|mi (?:e|hanno) (?:stato )?dett[oi]) "
      + "da (?!linkedin|google|instagram|facebook|internet|whatsapp|tiktok|youtube)(?<cap>\\w)"),
    examples: ["Ho saputo da Walter Pirovano che gestisce diversi stabili in zona.", "ho saputo da Sua figlia Carla che Lei organizza il mercatino."],
    nearMisses: ["Ho saputo da LinkedIn che hai cambiato lavoro.", "ho saputo da poco che cercate personale"],
  }),
  phrase({
    id: 'how-met.it.since-the-days',
    note: 'Un passato comune richiamato: "dai tempi dell\'ufficio acquisti in Ferrotecnica", "dai tempi del liceo"',
    re: g("\\b(?:dai|ai) (?:tempi|giorni) (?:d(?:i|el|ella|ello|ell'|ei|egli|elle))\\b"),
    examples: ["Dai tempi dell'ufficio acquisti in Ferrotecnica ne è passata di acqua!", "non ci sentiamo dai tempi del liceo",
      "Quanto tempo dai giorni dell'open space di via Tortona in Agenzia Lume"],
    nearMisses: ["ai tempi d'oro del vinile", "di questi tempi è difficile"],
  }),
  phrase({
    id: 'how-met.it.ate-there',
    note: 'Chi scrive è stato loro cliente: "sabato ho cenato all\'Osteria del Ponte", "abbiamo dormito da voi ad agosto"',
    re: gd("\\b(?:ho|abbiamo) (?:cenato|pranzato|mangiato|dormito|soggiornato|alloggiato|fatto colazione)(?: [\\w']+){0,5}? "
      + "(?:da voi|da te|da lei|nel vostro|nella vostra|nel suo|nella sua|nel tuo|nella tua|(?:all'|alla|allo|al|presso) ?(?<cap>\\w))"),
    examples: ["sabato sera ho cenato all'Osteria del Ponte con la mia famiglia", "abbiamo dormito da voi ad agosto",
      "venerdì scorso ho cenato con la mia famiglia all'Osteria del Ponte"],
    nearMisses: ["ho cenato al ristorante sotto casa", "ho mangiato troppo a Natale"],
  }),
  phrase({
    id: 'how-met.it.was-there-your-talk',
    note: 'Chi scrive era all\'evento e ricorda il suo intervento: "ieri sera ero al Founders Friday e il tuo pitch mi è piaciuto"',
    re: g("\\b(?:ero|eravamo|sono stat[oa]|ho partecipato) (?:anch'io |anche io |ieri |sabato |)?(?:al|alla|allo|all'|ai|agli|alle|a|in) ?[^.?!\\n]{3,60}?"
      + "\\b(?:il tuo|la tua|il suo|la sua|i tuoi|le tue) (?:pitch|intervento|talk|presentazion\\w+|keynote|discorso|panel|relazione|lezione|speech|demo)\\b"),
    examples: ["ieri sera ero al Founders Friday di Torino e il tuo pitch sulla logistica mi è piaciuto"],
    nearMisses: ["ero al telefono e ho pensato al tuo progetto", "Sarò al convegno: aspetto il tuo intervento!"],
  }),
  phrase({
    id: 'how-met.it.client-of-then',
    note: 'Chi scrive si fa riconoscere come cliente o paziente di un giorno: "sono la cliente di ieri pomeriggio, quella del caschetto"',
    re: g("\\bsono (?:\\w+,? )?(?:il|la) (?:cliente|paziente|ragazz[oa]|signor[ae]?|signore|mamma|papa|vicin[oa]) (?:di|del|della|dello|dell') ?"
      + "(?:ieri|stamattina|stamani|stasera|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|oggi|l'altro giorno|settimana scorsa|"
      + "mese scorso|tavolo|ombrellone|stand|banco)\\b"),
    examples: ["Ciao Sara 😊 sono la cliente di ieri pomeriggio, quella del caschetto!", "Buongiorno, sono il signore del tavolo 4 di sabato sera."],
    nearMisses: ["Sono la cliente più affezionata del quartiere.", "Sono il papà di Tommaso."],
  }),
  phrase({
    id: 'how-met.it.lovely-that-event',
    note: 'Un evento vissuto insieme, detto con un giudizio e un giorno passato: "bello il torneo di padel sabato a rimini", "è stato bellissimo il corso di sabato"',
    re: g("(?<!\\b(?:sara|sarebbe|sarebbero|saranno) )\\b(?:bell[oa]|bellissim[oa]|fantastic[oa]|divertente|grande|stupend[oa]) (?:il|la|lo|l') ?"
      + "(?:corso|torneo|gara|serata|cena|evento|workshop|partita|festa|viaggio|"
      + "concerto|pranzo|aperitivo|corsa|uscita|giro|laboratorio|degustazione)(?: [\\w']+){0,5}? (?:sabato|domenica|ieri|lunedi|martedi|mercoledi|giovedi|venerdi|"
      + "scorso|scorsa|stamattina|stasera)\\b"),
    examples: ["ciao fede bello il torneo di padel sabato a rimini", "è stato bellissimo il corso di pasta fresca di sabato"],
    nearMisses: ["Sarà bello il torneo di sabato prossimo?", "Bello il corso di pasta fresca: lo consiglio a tutti."],
  }),
  phrase({
    id: 'how-met.it.you-are-the-one',
    note: 'Chi scrive riconosce chi legge: "sei tu quella della 5b del liceo", "eri tu con la pompa che ha svuotato la strada"',
    re: g("\\b(?:sei|eri) tu (?:quell[oa] (?:che|del|della|dello|dell'|dei|delle|con)|con (?:il|la|lo|l'|i|le|gli))\\b|\\beri tu che\\b"),
    examples: ["ciao fede ma sei tu quella della 5b del liceo artistico di varese?", "sabato 3 maggio in via dei Mulini eri tu con la pompa che ha svuotato mezza strada"],
    nearMisses: ["Sei tu che decidi, ovviamente.", "Eri tu il responsabile acquisti?"],
  }),
  phrase({
    id: 'how-met.it.im-the-one',
    note: 'Chi scrive si fa riconoscere: "sono quella del corso di yoga", "sono quello che ogni mattina prende il cornetto da voi"',
    re: g("\\bsono (?:(?!proprio|davvero|solo|esattamente|anche|ancora|sempre|tutti|tutte)[\\w']+,? ){0,5}?quell[oa] (?:che|del|della|dello|dell'|dei|delle|dal|dalla|con)\\b"),
    examples: ["ciao sara sono andrea quello che ogni mattina prende il cornetto da voi", "Ciao Giulia, sono quella del corso di ceramica!",
      "sono Antonio dell'impresa Esposito Impianti, quello che la settimana scorsa è venuto a sistemare la caldaia"],
    nearMisses: ["Sono quelli che preferisco.", "Sono proprio quello che cercavo."],
  }),
  phrase({
    id: 'how-met.it.was-yours',
    note: 'Chi scrive era suo allievo, paziente, cliente, o nella sua classe: "ero nella sua classe di italiano", "ero una sua paziente"',
    re: g(alt(
      "\\b(?:ero|sono stat[oa]) (?:nella|nel|in) (?:sua|tua|vostra) (?:classe|corso|squadra|reparto|gruppo|turno|team)\\b",
      "\\bsono (?:[\\w']+,? ){0,3}?(?:suo|sua|tuo|tua) (?:ex )?(?:studente|studentessa|allievo|allieva|alunno|alunna|paziente|tirocinante|stagista)\\b",
      // "sono Marta, la paziente che ha operato al ginocchio", "il paziente operato al menisco che ha seguito a marzo".
      "\\bsono (?:\\w+,? )?(?:il|la) (?:paziente|cliente|allievo|allieva|studente|studentessa|alunno|alunna) (?:[\\w']+ ){0,4}?che (?:ha|hai|avete) "
        + "(?:operat|seguit|visitat|curat|assistit|format|allenat|ricoverat)\\w*",
      "\\b(?:ero|sono stat[oa]) (?:un|una|uno|un') ?(?:sua|tua|suo|tuo|vostro|vostra) (?:studente|studentessa|paziente|cliente|allievo|allieva|alunno|alunna|stagista|tirocinante)\\b",
    )),
    examples: ["Gentile prof.ssa Galli, sono Andrea Neri, Suo studente di chimica al liceo di Erba fino al 2019.",
      "Buongiorno dott. Ferri, sono Marta, la paziente che ha operato al ginocchio a ottobre.", "ero nella sua classe di italiano al CPIA nel 2022", "Sono stata una sua paziente a Careggi."],
    nearMisses: ["Sono la paziente che aspetta da due ore in sala.", "Ero nella mia classe a studiare.", "Sono stato un cliente difficile."],
  }),
];

/** Chi scrive non c'era, o ci andrà: l'evento di quella frase non è un incontro (mechanism absent-at-event). */
export const absentIT = [
  phrase({
    id: 'how-met.it.missed-event',
    note: 'Non c\'era: "non sono riuscita a venire alla presentazione", "purtroppo non potrò esserci", "non ho avuto il piacere di incontrarla"',
    re: g("\\bnon (?:sono riuscit[oa]|siamo riuscit[ie]|riusciro|riusciremo|ho potuto|abbiamo potuto|sono potut[oa]|siamo potut[ie]|potro|potremo|potevo)(?: a)? "
      + "(?:venire|partecipare|esserci|essere present[ei]|intervenire|assistere|passare|andarci|andare)\\b"
      + "|\\bnon (?:ho|abbiamo) avuto (?:il piacere|modo|l'occasione|occasione) di (?:incontrar|conoscer|salutar)\\w*"
      + "|\\b(?:mi (?:sono pers[oa]|e sfuggit[oa])|essermi pers[oa])\\b|\\bpeccato non (?:esserci|esserti|poterci)\\b"
      + "|\\bnon ci sar(?:o|emo)\\b|\\bnon ci siamo (?:ancora |mai )+(?:incontrat|conosciut|vist)[ie]\\b"),
    examples: ["purtroppo non sono riuscita a venire a Lucca per la presentazione", "Purtroppo non potrò esserci, ma volevo scriverLe.",
      "purtroppo non potrò assistere al Suo intervento al congresso di Rimini", "io non sono potuto esserci, ma mia sorella mi ha detto che è stata bella",
      "non ho avuto il piacere di incontrarla alla serata dell'Associazione",
      "ho visto che sarai tra i relatori al Salone dell'Editoria: purtroppo quest'anno non ci sarò",
      "purtroppo quest'anno non sono riuscita a passare al Salone del Mobile"],
    nearMisses: ["Ci sarò anch'io al Salone dell'Editoria!", "sono riuscita a venire a Lucca per la presentazione", "Ci siamo conosciuti alla serata dell'Associazione.",
      "non sono riuscita a salutarti dopo il talk"],
  }),
  phrase({
    id: 'how-met.it.still-to-go',
    note: 'Ci andranno, e chi scrive chiede se ci saranno: "sarò al congresso: ci sarà anche Lei?", "ho visto che parteciperai al festival"',
    re: g("\\bparteciperai\\b|\\bci sara(?:i)? anche (?:tu|lei)\\b|\\b(?:ci )?saro anch'io\\b|\\banche tu sarai\\b|\\bci saro (?:sicuramente|di sicuro)\\b"
      + "|\\bpass(?:o|ero|eremo|iamo) (?:volentieri |sicuramente |di sicuro |anche )?(?:al|dal) (?:vostro|tuo|suo) stand\\b|\\bsar(?:o|emo) (?:allo|al nostro|al mio) stand\\b"
      + "|\\bsar(?:o|emo) present[ei] (?:al|alla|allo|all'|a|in)\\b"),
    examples: ["A novembre sarò anch'io al congresso nazionale di Bologna: ci sarà anche Lei?", "ho visto che parteciperai al Web Marketing Festival di Rimini",
      "sarò anch'io alla Fiera delle Rinnovabili di Vicenza a marzo", "Passo volentieri al vostro stand per farvi vedere i nostri vasi.",
      "sarò presente al Suo intervento sui contratti di apprendistato alla fiera di Padova"],
    nearMisses: ["ero anch'io al congresso nazionale di Bologna", "ho visto che hai partecipato al Web Marketing Festival"],
  }),
];

/** Si conoscevano già, detto senza dove (vale come come vi siete conosciuti; metDetails non ne trae una scena). */
export const reunionIT = [
  phrase({
    id: 'how-met.it.quanto-tempo',
    note: 'Si ritrovano: "Quanto tempo!", "ma quanto tempo è passato dall\'ultima volta …" (non "quanto tempo perdete …?")',
    re: g("\\bquanto tempo(?= ?!| e passato\\b| (?:dall'ultima|senza sentirci|senza vederci)\\b)"),
    examples: ["Ciao Luca! Quanto tempo! Ho visto che adesso coordini la formazione.", "ma quanto tempo è passato dall'ultima volta che ci siamo viste?"],
    nearMisses: ["Quanto tempo perde ogni settimana il vostro magazzino?", "Quanto tempo ti serve per il preventivo?"],
  }),
];

/** Dopo averlo perso, chi scrive l'ha letto o visto lo stesso: da lì gli indizi contano di nuovo (mechanism absent-at-event). */
export const absentTurnIT = [
  phrase({
    id: 'how-met.it.recuperato-lo-stesso',
    note: 'Chi scrive l\'ha poi letto, visto o ascoltato: "…, ma ho letto le slide", "ma ho recuperato la registrazione"',
    re: g("\\b(?:ho|abbiamo) (?:poi |gia |subito |comunque )?(?:letto|guardato|visto|ascoltato|recuperato)\\b(?! (?:che|il programma)\\b)"),
    examples: ["Non sono riuscita a venire al convegno di Firenze, ma ho recuperato la registrazione del Suo intervento."],
    nearMisses: ["non sono riuscita a venire al congresso, ma i colleghi mi hanno raccontato del Suo intervento",
      "non sono riuscito a venire alla degustazione, ma ne ho sentito parlare benissimo"],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  howMet: howMetIT, future: futureIT, linkedinContent: linkedinContentIT, hedgedMeeting: hedgedMeetingIT,
  priorContact: priorContactIT, cueGuards: cueGuardsIT, sharedPath: sharedPathIT, absent: absentIT, absentTurn: absentTurnIT, reunion: reunionIT,
};
