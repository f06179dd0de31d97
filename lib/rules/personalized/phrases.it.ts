// personalized: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g, gd } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';
import { BUSINESS_HEADS, EVENTS, PP, SAME_GROUP, SHARED_SCHOOL, THEIR_THINGS } from '../../lang/fragments.it';

/** Phrases of stock templates: a note that could go to anyone. */
export const genericIT = [
  phrase({
    id: 'personalized.it.viewed-profile',
    note: "\"Ho visto il tuo profilo\": the stock opener that says nothing about them",
    re: g("\\bho (?:visto|notato|trovato|guardato) (?:il )?(?:tuo|suo) profilo\\b"),
    examples: ["Ciao Giulia, ho visto il tuo profilo.", "Ciao Carla, ho visto il tuo profilo e vorrei collegarmi."],
    nearMisses: ["Ciao Irene, complimenti per il tuo profilo!", "Ciao Elena, LinkedIn mi ha suggerito il tuo profilo."],
  }),
  phrase({
    id: 'personalized.it.add-to-network',
    note: "Wants to add them to \"my network/contacts\": the default reason to connect",
    re: g(alt(
        "\\b(?:vorrei|mi piacerebbe|desidero|mi farebbe piacere|volevo) (?:\\w+ )?(?:aggiungerti|inserirti|averti|entrare|far parte|"
        + "collegarmi|connettermi)\\b[^.?!]{0,30}\\b(?:rete|contatti|collegamenti|network)\\b",
      )),
    examples: ["Mi piacerebbe entrare nella tua rete di contatti.", "Ciao Giovanni, mi piacerebbe aggiungerti ai miei contatti."],
    nearMisses: ["Volevo dirti grazie.", "Volevo solo ringraziarti."],
  }),
  phrase({
    id: 'personalized.it.grow-my-network',
    note: "\"Ampliare la mia rete\": networking for its own sake",
    re: g(alt(
        "\\b(?:ampliare|ampliando|allargare|allargando|espandere|espandendo|estendere|estendendo) (?:la mia|il mio) (?:rete|network|"
        + "cerchia)\\b",
      )),
    examples: ["Ciao Irene, operiamo nello stesso settore e mi piacerebbe ampliare la mia rete.", "Ciao Elisa, mi piacerebbe collegarmi con te per ampliare la mia rete nel turismo."],
    nearMisses: ["Stiamo ampliando il laboratorio di Trento."],
  }),
  phrase({
    id: 'personalized.it.same-industry',
    note: "\"Lavoriamo nello stesso settore\": true of thousands of people",
    re: g("\\b(?:lavoriamo|operiamo|siamo) nello stesso (?:settore|ambito|campo)\\b|\\bstesso settore\\b"),
    examples: ["Ciao Marta, lavoriamo nello stesso ambito:", "Ciao Elena, lavoriamo nello stesso campo e credo potremmo collaborare."],
    nearMisses: [
      "Ciao Giada, siamo state nello stesso gruppo di lavoro all'hackathon di H-Farm lo scorso weekend.",
      "eravamo nello stesso ufficio in Ferrovie Nord nel 2018, tu seguivi gli orari del servizio festivo.",
    ],
  }),
  phrase({
    id: 'personalized.it.professionals-like-you',
    note: "\"Professionisti come te / del tuo settore\": addresses a category, not a person",
    re: g("\\bprofessionisti (?:come te|del (?:tuo|suo|mio) settore)\\b"),
    examples: ["Cerco sempre di conoscere professionisti come te."],
    nearMisses: ["Ho parlato con tre professionisti della logistica a Verona.", "Io mi occupo di assicurazioni per professionisti:"],
  }),
  phrase({
    id: 'personalized.it.contacting-several',
    note: "Admits the note goes to several professionals",
    re: g("\\b(?:sto contattando|contatto|scrivo a) (?:alcuni|diversi|vari) professionisti\\b"),
    examples: ["Sto contattando alcuni professionisti della zona."],
    nearMisses: ["Conosco diversi professionisti bravi a Lecce.", "Io mi occupo di assicurazioni per professionisti:"],
  }),
  phrase({
    id: 'personalized.it.hope-you-are-well',
    note: "\"Spero tu stia bene\": filler opener",
    re: g("\\bspero (?:tu stia|che tu stia|stia) bene\\b"),
    examples: ["Ciao Teresa, spero tu stia bene!"],
    nearMisses: ["Spero che la fiera sia andata bene.", "La tua idea del chatbot per i turisti era fortissima, spero che la portiate avanti!"],
  }),
  phrase({
    id: 'personalized.it.join-your-network',
    note: "\"Entrare nella tua rete\": asks to be in their network, no reason given",
    re: g("\\b(?:entrare|restare) (?:nella tua|nella sua) rete\\b"),
    examples: ["Sarei felice di entrare nella tua rete.", "Mi piacerebbe entrare nella tua rete di contatti."],
    nearMisses: ["Se nella tua azienda servono lavori di ristrutturazione, pensa a noi!", "nella tua esperienza in Luxottica, quanto conta la certificazione PMP?"],
  }),
  phrase({
    id: 'personalized.it.interesting-profile',
    note: "\"Il tuo profilo è interessante\": a compliment that fits anyone",
    re: g("\\bil tuo profilo (?:e|mi sembra) (?:molto )?interessante\\b"),
    examples: ["Il tuo profilo è molto interessante."],
    nearMisses: ["Il tuo profilo mi ha ricordato che ci siamo visti a Pisa.", "Ciao Giulia, ho visto il tuo profilo."],
  }),
];

/** Something specific to the recipient: their post, talk, company, shared history. */
export const specificIT = [
  phrase({
    id: 'personalized.it.noticed-named',
    note: 'Una notizia della loro attività, con il nome: "ho visto che l\'Autofficina Bertolini ha appena aperto", "ho notato che Atelier Nuvola non vende lì"',
    // With its article, as a business is named ("l'Autofficina Bertolini", "la Cantina Poggio Alto"), not a person ("che Marco coordina").
    re: gd("\\b(?:ho visto|ho notato|ho letto|vedo|noto|ho saputo)(?: (?:sul|sulla|su|nel|nella|in)(?: [\\w']+){1,4}?)? che (?:l'|il |la |lo |i |le |gli )"
      + "(?!linkedin|google|instagram|facebook)(?<cap>\\w)"),
    examples: ["ho visto che l'Autofficina Bertolini di Cremona ha appena aperto il secondo punto", "ho visto che la Cantina Poggio Alto ha vinto i Tre Calici",
      "ho letto sul Giornale di Lodi che la Bassi Costruzioni si è aggiudicata la ristrutturazione"],
    nearMisses: ["ho visto che il tuo post ha avuto successo", "ho notato che LinkedIn mi suggerisce il tuo profilo", "ho visto che Marco coordina il programma"],
  }),
  phrase({
    id: 'personalized.it.noticed-business-named',
    note: 'Una notizia di un\'attività nominata senza articolo, o di una sua cosa: "ho visto che Officine Rota sta cercando tre saldatori", "il capannone della Marini Legnami"',
    re: gd(alt(
      "\\b(?:ho visto|ho notato|ho letto|vedo|noto|ho saputo)(?: (?:sul|sulla|su|nel|nella|in)(?: [\\w']+){1,4}?)?(?: (?:pero|poi|anche|inoltre|proprio))?"
      + " che (?=(?:" + BUSINESS_HEADS + ") )(?<cap>\\w)",
    )),
    examples: ["Ho visto però che Officine Rota sta cercando tre saldatori.", "ho notato che Pasticceria Bianchi ha aperto a Monza"],
    nearMisses: ["ho visto che studio e lavoro insieme sono difficili", "ho visto che Marco coordina il programma"],
  }),
  phrase({
    id: 'personalized.it.noticed-their-thing-named',
    note: 'Una cosa di un\'attività o di un luogo nominati, notata: "ho notato che il capannone della Marini Legnami a Fano ha una copertura…"',
    re: gd("\\b(?:ho visto|ho notato|vedo|noto)(?: (?:sul|sulla|su|nel|nella|in)(?: [\\w']+){1,4}?)? che (?:il|la|lo|i|le|gli|l') ?[\\w']+ "
      + "(?:(?:del|della|dello|dei|delle) |dell')(?!linkedin|google|instagram|facebook)(?<cap>\\w)"),
    examples: ["Ho notato che il capannone della Marini Legnami a Fano ha un'ampia copertura a falde."],
    nearMisses: ["ho notato che il prezzo del gasolio è salito", "ho visto che il post di ieri è andato bene"],
  }),
  phrase({
    id: 'personalized.it.their-site-named',
    note: 'Il sito o la pagina della loro attività, con il nome: "ho visto il sito del Birrificio Valle Scura", "ho letto sul sito aziendale che Ceramiche Fiorano…"',
    // Specific without being how they met: a site shows their business, not words of theirs (how-met reads THEIR_CONTENT_READ).
    re: gd("\\bho (?:letto|visto|guardato|trovato|scoperto) (?:il|sul|sulla|la|nel|nella) (?:nuovo )?(?:sito|pagina)"
      + "(?: (?:web|internet|aziendale|nuovo|ufficiale|instagram|facebook))? (?:del|della|dello|dell'|dei|delle|di|che) (?:[\\w']+ )?"
      + "(?!linkedin|google|instagram|facebook)(?<cap>\\w)"),
    examples: ["Ho visto il sito del Birrificio Valle Scura e le etichette sono belle.", "ho letto sul sito aziendale che Ceramiche Fiorano cerca un controller",
      "ho visto il sito nuovo del Forno Marchetti"],
    nearMisses: ["ho visto il sito e mi è piaciuto", "ho visto la pagina di LinkedIn della tua azienda", "ho visto sul sito che cercate personale"],
  }),
  phrase({
    id: 'personalized.it.your-business-does',
    note: 'Il lavoro della loro attività, collocato da un nome: "so che il Suo studio amministra diversi condomini in zona San Fruttuoso"',
    re: gd("\\b(?:so|vedo|ho visto|ho saputo|ho letto) che (?:il (?:suo|tuo|vostro)|la (?:sua|tua|vostra)) (?:studio|azienda|impresa|team|negozio|ufficio|agenzia|"
      + "cantina|laboratorio|officina|ristorante|societa|reparto)(?: [\\w']+){1,10}? (?<cap>\\w)"),
    examples: ["So che il Suo studio amministra diversi condomini in zona San Fruttuoso.", "So che il Suo studio sta progettando il nuovo complesso di via per Galbiate a Valmadrera"],
    nearMisses: ["so che il tuo studio è molto impegnato in questo periodo"],
  }),
  phrase({
    id: 'personalized.it.with-named-business',
    note: 'Che cosa fanno con la loro attività nominata: "vedo che con AgroSense si occupa di irrigazione di precisione"',
    re: gd("\\b(?:vedo|ho visto|so) che con (?<cap>\\w)"),
    examples: ["vedo che con AgroSense si occupa di irrigazione di precisione nei vigneti"],
    nearMisses: ["vedo che con il nuovo anno avete cambiato orari"],
  }),
  phrase({
    id: 'personalized.it.congrats-on-named-news',
    note: 'Complimenti per una notizia loro legata a un nome: "complimenti per la nomina a responsabile qualità di Ceramiche Sassuolo"',
    re: gd("\\b(?:complimenti|congratulazioni|felicitazioni|auguri)(?: \\w+)? per (?:la|il|l'|i|le) ?(?:nuov[oa] )?(?:nomina|promozione|incarico|ruolo|premio|riconoscimento|"
      + "vittoria|apertura|inaugurazione|laurea|abilitazione|pubblicazione|certificazione|anniversario)\\b(?: [\\w']+){0,4}? (?:di|in|presso|alla|al|della|del|dello|da) "
      + "(?<cap>\\w)"),
    examples: ["Complimenti Elisa per la nomina a responsabile qualità di Ceramiche Sassuolo Nord!", "Congratulazioni per il premio della Camera di Commercio!"],
    nearMisses: ["Complimenti per il nuovo ruolo!", "Complimenti per la laurea, buona fortuna di cuore."],
  }),
  phrase({
    id: 'personalized.it.done-by-yours',
    note: 'Un lavoro fatto dal loro studio o team: "il recupero della filanda curato dal suo studio"',
    re: g("\\b(?:curat[oaie]|realizzat[oaie]|progettat[oaie]|firmat[oaie]|organizzat[oaie]|restaurat[oaie]|costruit[oaie]|seguit[oaie]|gestit[oaie]) "
      + "(?:dal|dalla) (?:suo|sua|tuo|tua|vostro|vostra) (?:studio|team|azienda|squadra|ufficio|gruppo|agenzia|associazione|reparto|cantiere|laboratorio)\\b"),
    examples: ["Ho seguito il recupero dell'ex filanda Bortolotti curato dal suo studio.", "il giardino realizzato dalla vostra squadra è splendido"],
    nearMisses: ["Ho visitato lo studio curato da un collega.", "Il progetto è seguito dal nostro team."],
  }),
  phrase({
    id: 'personalized.it.you-are-role-at',
    note: 'Il loro ruolo in un posto nominato, letto da qualche parte: "vedo che Lei è CFO di Vetrerie Sannite"',
    re: gd("\\b(?:vedo|ho visto|so|leggo|ho letto|ho saputo) che (?:tu |lei )?(?:sei|e) (?!anche )(?:il |la |l'|lo |un |una |un')?(?:[\\w'-]+ ){1,3}?"
      + "(?:di|da|in|presso|alla|al|della|del|dello|dell') ?(?<cap>\\w)"),
    examples: ["vedo che Lei è CFO di Vetrerie Sannite.", "Ho visto che sei la responsabile acquisti di Fonderia Ghidini."],
    nearMisses: ["vedo che sei anche tu di Monopoli? no", "Ho visto che sei molto attivo in zona."],
  }),
  phrase({
    id: 'personalized.it.thanks-for-their-work',
    note: 'Il grazie per un lavoro loro: "ringraziare del lavoro sul trattore Landini", "grazie per la riparazione della caldaia"',
    re: g("\\b(?:grazie|ringraziar\\w*) (?:ancora )?(?:per|del|della|dei|delle|di) (?:il |la |l'|tutto il )?(?:lavoro|intervento|riparazione|organizzazione|assistenza|cura|cure|"
      + "pazienza|aiuto|supporto) (?:sul|sulla|sui|sugli|sull'|al|alla|per|a|di|del|della|con|che)\\b"),
    examples: ["le scrivo per ringraziare del lavoro sul trattore Landini", "Grazie per la riparazione della caldaia di sabato.",
      "Volevo ringraziarLa per l'aiuto che mi ha dato allo sportello."],
    nearMisses: ["Grazie per il collegamento!", "Grazie per aver accettato."],
  }),
  phrase({
    id: 'personalized.it.you-were-the-one',
    note: "Picks them out in a scene (\"eri quella con…\", \"sedevo accanto a te\")",
    re: g(alt(
        "\\beri (?:quell[oa]|quella ragazza|quel ragazzo|quel signore|quella signora) (?:con|che|del|della|dello|dei|delle)\\b",
        "\\b(?:sedev\\w+|ero sedut\\w|stavo) (?:dietro|accanto|davanti|vicin\\w) (?:a|di) te\\b",
      )),
    examples: [
      "Ero seduta accanto a te al corso di Excel avanzato.",
      "Ciao Arianna, ci siamo viste sabato al corso di public speaking di Toastmasters Bergamo, eri quella che ha parlato del trekking in Patagonia.",
    ],
    nearMisses: ["io ero quello dei serramenti in legno.", "Ciao Lucia, ho visto che sei presidente di quella di Succiso:"],
  }),
  phrase({
    id: 'personalized.it.were-together',
    note: "Something done together, or the same work or study (\"eravamo insieme\", \"anche tu hai studiato\")",
    re: g(alt(
        "\\b(?:eravamo|siamo stat[ie]|stavamo|giocavamo|lavoravamo|studiavamo|andavamo|facevamo) (?:[\\w'-]+ ){0,4}?insieme\\b",
        "\\banche tu (?:hai|eri|sei stat\\w) (?:\\w+ )?(?:lavorato|studiato|frequentato|giocato|militato|collaborato|fatto (?:il|la|lo|"
        + "l'))\\b",
        "\\b(?:tutte|tutti) (?:quell[ie]|quegli) (?:[\\w'-]+ ){0,3}?(?:serat\\w|partit\\w|allenament\\w|corse|uscite|riunion\\w|cene|"
        + "pranzi|colazioni|lezioni|gare|trasferte)\\b",
      )),
    examples: ["È passato tanto da quando eravamo in classe insieme all'ITIS Feltrinelli!", "Mi ha fatto piacere scoprire che anche tu hai lavorato in Fiat negli anni '90."],
    nearMisses: ["Ho visto che anche tu sei di Monopoli.", "Ciao Elena! Ho visto che anche tu sei di Monopoli."],
  }),
  phrase({
    id: 'personalized.it.their-team-is-doing',
    note: "Their organisation doing something now (\"la tua startup sta lanciando…\"), not hiring",
    re: g(alt(
        "\\b(?:tua|vostra|sua) (?:startup|azienda|societa|agenzia|squadra|team|scuola|associazione) (?:sta|"
        + "stanno) (?:\\w+ )?(?!(?:cercando|assumendo|selezionando|reclutando|valutando)\\b)\\w+(?:ando|endo)\\b",
      )),
    examples: ["La tua startup sta aprendo una sede a Bari."],
    nearMisses: ["La tua startup sta cercando sviluppatori?", "quando passiamo?"],
  }),
  phrase({
    id: 'personalized.it.their-thing',
    note: "A thing of theirs named: their post, talk, project, book, research",
    re: g("\\b(?:tu[oa]|tuoi|tue|vostr[oa]|vostri|vostre|su[oa]|suoi)\\s+(?:[\\w']+\\s+)?(?:" + THEIR_THINGS + ")\\b"),
    examples: ["Mi farebbe piacere seguire i tuoi progetti.", "volevo solo complimentarmi per il tuo podcast."],
    nearMisses: ["Buon lavoro!", "Posso mostrartelo?"],
  }),
  phrase({
    id: 'personalized.it.works-at-named',
    note: "They work at a named place (\"lavori in Luxottica\")",
    re: gd(alt(
        "\\b(?:lavori|lavoravi|sei|eri|collabori)\\s+(?:in|presso|per|da|con|alla|al|allo|nel|nella|nello)\\s+(?:(?:il|la|lo|"
        + "l')\\s*)?(?<cap>\\w)",
      )),
    examples: ["Ho visto che lavori in Generali:", "Ciao Elena, so che lavori in Fincantieri:"],
    nearMisses: ["Ho visto che ci lavori da due anni.", "Ciao Marta, lavoriamo nello stesso ambito:"],
  }),
  phrase({
    id: 'personalized.it.you-deal-with',
    note: "What they deal with (\"ti occupi di…\")",
    re: g("(?<!anche tu )\\b(?:ti occupi|ti occupavi|ti sei occupat\\w|ti stai occupando) di\\b"),
    examples: ["Ho visto che ti occupi di nutrizione sportiva:", "Marta mi ha detto che ti occupi di cooperazione internazionale in Kenya:"],
    nearMisses: ["Mi occupo di logistica.", "vedo che anche tu ti occupi di risorse umane nel mondo retail."],
  }),
  phrase({
    id: 'personalized.it.role-at-named',
    note: "Their role at a named place (\"sei la responsabile di Ecoflex\")",
    // The place may come late in a long role ("sei responsabile della sicurezza in un impianto eolico al largo di Rimini").
    re: gd("\\b(?:sei|eri|sei diventat\\w) (?:(?:il|la|l'|lo|un|una|uno) ?)?(?:[\\w'-]+ ){0,3}?(?:di|in|presso|da|per|alla|al|a) (?<cap>\\w)"),
    examples: ["Ho visto che sei CTO di Bitwise:", "Ho visto che anche tu sei di Monopoli."],
    nearMisses: ["Meritatissima.", "Ciao Martina, ti scrivo perché sei una delle poche esperte di moda sostenibile in Campania."],
  }),
  phrase({
    id: 'personalized.it.as-role-at-named',
    note: 'Their role at a named place, said as "in qualità di direttore di Bassi Stampi, Lei…" (the sender\'s own role is followed by io or a first person)',
    re: gd("\\b(?:in qualita di|come) (?:(?:il|la|l'|un|una) ?)?(?:[\\w'-]+ ){1,4}?(?:di|della|del|dello|presso|in|alla|al) (?<cap>\\w)[\\w'&-]*(?: [\\w'&-]+){0,3}?,? "
      + "(?:lei|tu|sua|suo|tua|tuo|le sara|ti sara|avra|avrai|conosce|conosci|sa|sai|puo|puoi)\\b"),
    examples: ["In qualità di responsabile acquisti di Bassi Stampi, Lei conosce bene il problema.",
      "Come direttore di Fontana Immobili, tu sai quanto conta la manutenzione."],
    nearMisses: ["In qualità di responsabile commerciale di Tecnoflex Srl, le scrivo per presentarle i nostri giunti.",
      "Come fondatore di Vinaria, so quanto è difficile.", "come direttore di fontana immobili, tu sai.",
      "Cerco lavoro come impiegata nella zona di Cagliari. Se sa di una posizione aperta, me lo dica."],
  }),
  phrase({
    id: 'personalized.it.long-role-at-named',
    note: 'A role named by its title, with the place late in it: "sei responsabile della sicurezza in un impianto eolico al largo di Rimini"',
    re: gd("\\b(?:sei|eri|sei diventat\\w) (?:(?:il|la|l'|lo|un|una|uno) ?)?(?:responsabile|direttor\\w|coordinator\\w|titolare|fondat\\w+|referente|capo|"
      + "presidente|head|manager) (?:[\\w'-]+ ){0,10}?(?:di|in|presso|da|per|alla|al|a) (?<cap>\\w)"),
    examples: ["Ho visto che adesso sei responsabile della sicurezza in un impianto eolico offshore al largo di Rimini."],
    nearMisses: ["Ciao Martina, ti scrivo perché sei una delle poche esperte di moda sostenibile in Campania.", "Se sei responsabile di un team, questo corso fa per te."],
  }),
  phrase({
    id: 'personalized.it.you-did',
    note: "Something they did (\"hai fondato / pubblicato / vinto…\")",
    re: g(alt(
        "\\bhai (?:appena |da poco |recentemente )?(?:fondato|avviato|lanciato|aperto|creato|scritto|pubblicato|organizzato|moderato|"
        + "presentato|detto|citato|raccontato|spiegato|condiviso|mostrato|vinto|guidato|coordinato|realizzato|ricevuto|cambiato|"
        + "ottenuto|chiuso|completato|parlato)\\b",
      )),
    examples: ["Ho saputo che hai aperto un laboratorio a Como:", "Hai detto che cerchi contatti con amministratori di condominio:"],
    nearMisses: ["Ti avevo parlato della mia officina:", "Ho appena lanciato il mio podcast sul design:"],
  }),
  phrase({
    id: 'personalized.it.you-all-did',
    note: "Something their team did (\"avete aperto / raccolto…\")",
    re: g(alt(
        "\\bavete (?:appena |da poco |recentemente |gia )?(?:fondato|avviato|lanciato|aperto|inaugurato|creato|pubblicato|organizzato|"
        + "presentato|vinto|chiuso|raccolto|ampliato|ottenuto|completato|realizzato|rinnovato|acquisito)\\b",
      )),
    examples: ["Ho visto che avete aperto un nuovo cantiere a Bergamo.", "Ciao Giorgia, ho letto che avete inaugurato la nuova cantina a Montalcino:"],
    nearMisses: [
      "Ciao Marta, ti ho sentita parlare al Salone dei Pagamenti di come avete ridotto le frodi sulle carte prepagate.",
      "Ciao Federico, ieri sera al meetup di React Roma hai mostrato come avete dimezzato i tempi di build del vostro monorepo:",
    ],
  }),
  phrase({
    // Their company named or described in the present ("la tua agenzia, Northlight, lavora con …").
    id: 'personalized.it.their-company-named',
    note: "Their company named right after the noun (\"la tua agenzia, Northlight\")",
    re: gd(alt(
        "\\b(?:tua|vostra|sua|tuo|vostro|suo) (?:startup|azienda|societa|agenzia|studio|negozio|marchio|brand|cooperativa|ditta|"
        + "impresa),? (?!(?:le|la|lei|gli|vi|ci|ti|mi|sua|suo)\\b)(?<cap>\\w)",
      )),
    examples: ["La tua agenzia, Brezza, ha un bel portfolio."],
    nearMisses: ["La tua agenzia ha un bel portfolio.", "Sto cercando una nuova azienda:", "una posizione aperta nella Sua azienda, Le sarei grato"],
  }),
  phrase({
    id: 'personalized.it.their-company-does',
    note: "Their company described by what it does (\"il vostro studio progetta…\")",
    re: g(alt(
        "\\b(?:tua|vostra|sua|tuo|vostro|suo) (?:startup|azienda|societa|agenzia|studio|team|negozio|marchio|brand|cooperativa|"
        + "associazione|laboratorio|ditta|impresa)(?:,? [\\w&'-]+(?: [\\w&'-]+){0,2},)? (?:lavora|collabora|si occupa|segue|produce|"
        + "realizza|opera|progetta|vende|esporta|distribuisce|sviluppa|organizza|gestisce|serve|assiste|forma)\\b",
      )),
    examples: ["Il tuo studio progetta scuole in legno."],
    nearMisses: ["Il mio studio progetta scuole in legno.", "Ciao Alessia, mi serve un aiuto:"],
  }),
  phrase({
    // Their organisation named with a verb addressed to its people ("in Vetreria Murano Arte state cercando …", "da Lumera avete …").
    id: 'personalized.it.org-you-plural',
    note: "Their organisation named with a verb to its people (\"in Lumera avete…\")",
    re: gd(alt(
        "\\b(?:in|presso|da|alla|al|allo|nella|nello|nel) (?<cap>\\w)[\\w'&-]*(?: [\\w'&-]+){0,3}? (?:state|siete|avete|fate|cercate|"
        + "assumete|lavorate|usate|producete|vendete|gestite|seguite|sviluppate|progettate)\\b",
      )),
    examples: ["mi faresti sapere se in Appfactory state assumendo?", "mi basterebbe sapere se in Vetreria Murano Arte state cercando qualcuno in amministrazione."],
    nearMisses: ["Vedo che anche voi lavorate nel settore idraulico:", "Per caso cercate personale per la prossima stagione?"],
  }),
  phrase({
    id: 'personalized.it.shared-school',
    note: "Both went to the same school or course (\"anche io ho studiato alla…\")",
    re: g(SHARED_SCHOOL),
    examples: ["Ciao Elena, siamo tutte e due ex allieve del liceo Galvani:", "Ciao Marco, facciamo parte entrambi dell'associazione Alumni Bocconi Torino:"],
    nearMisses: ["Colleghiamoci!", "Colleghiamoci."],
  }),
  phrase({
    id: 'personalized.it.same-group',
    note: "Both belong to the same group or association (\"fai parte anche tu del gruppo…\")",
    re: g(SAME_GROUP),
    examples: ["Ciao Elena, vedo che anche tu fai parte della community Mamme che lavorano.", "Ciao Marco, facciamo parte entrambi dell'associazione Alumni Bocconi Torino:"],
    nearMisses: ["Sarei felice di far parte della sua rete.", "Io seguo la parte legale per alcune cooperative:"],
  }),
  phrase({
    id: 'personalized.it.their-new-thing-named',
    note: "Praise for something new of theirs, named (\"bella la nuova sede di Carra\")",
    re: gd(alt(
        "\\b(?:bell\\w*|bellissim\\w*|ottim\\w*|splendid\\w*|stupend\\w*|mi (?:e )?piaciut\\w|mi piace|adoro|ho adorato) (?:il|la|lo|l'|"
        + "i|le|gli) ?(?:nuov\\w+|ultim\\w+|recente) (?:[\\w'-]+ ){1,2}?(?:di|del|della|dello|per|da) (?<cap>\\w)",
      )),
    examples: ["Ciao Giorgia, bellissima la nuova etichetta di Cantina Sala!"],
    nearMisses: ["l'ultima sul DSA era illuminante.", "l'ho comprata e usata per il mio ultimo viaggio."],
  }),
  phrase({
    id: 'personalized.it.you-used-to-say',
    note: "What they showed or said, imperfect tense (\"raccontavi\", \"mostravi\")",
    re: g("\\b(?:mostravi|raccontavi|dicevi|parlavi|spiegavi|presentavi|citavi|proponevi|descrivevi)\\b"),
    examples: ["Mi raccontavi che state cercando un fotografo per il nuovo catalogo:", "Ho provato il metodo delle interviste a coppie di cui parlavi e funziona!"],
    nearMisses: ["Ti dico subito di cosa si tratta."],
  }),
  phrase({
    id: 'personalized.it.you-had-done',
    note: "What they had done for or told the sender (\"mi avevi consigliato\")",
    re: g("\\b(?:mi |ci )?avevi (?:\\w+ )?\\w+(?:ato|uto|ito|esto|etto|isto)\\b"),
    examples: [
      "Alla fiera di Rimini mi avevi chiesto un buon tipografo a Bologna:",
      "mi diresti il nome del commercialista che mi avevi consigliato a cena da Fabio, quando raccontavi della tua nuova enoteca a Lucca?",
    ],
    nearMisses: ["Avevo letto qualcosa sul tema."],
  }),
  phrase({
    id: 'personalized.it.their-new-role',
    note: "Their new project, role, job, book (\"il tuo nuovo ruolo\")",
    re: g(alt(
        "\\b(?:il tuo|la tua|il suo|la sua|il|la|del tuo|della tua|del|della|per il|per la|con il|con la) nuov[oa] (?:progetto|ruolo|"
        + "lavoro|incarico|sfida|avventura|posizione|azienda|startup|libro|app|negozio|sede)\\b",
      )),
    examples: ["Ti auguro buon lavoro con il nuovo progetto in Luxottica, ne ho letto sul Sole 24 Ore."],
    nearMisses: ["Sto cercando una nuova azienda:"],
  }),
  phrase({
    id: 'personalized.it.neighbour-of',
    note: "Seat or stand neighbours (\"vicino di stand\")",
    re: g("\\bvicin[oiae] di (?:stand|banco|tavolo|posto|ufficio|scrivania|casa|ombrellone|sedia)\\b"),
    examples: ["Ciao Roberto, siamo vicini di stand alla fiera Made Expo:"],
    nearMisses: ["Mi piacerebbe seguirti da vicino.", "Lavoro anch'io nell'antifrode e mi piacerebbe seguirti da vicino."],
  }),
  phrase({
    id: 'personalized.it.beside-you',
    note: "Next to them, something done together, something the sender told them",
    re: g(alt(
        "\\b(?:accanto|vicino|vicina|vicini|vicine|insieme) a te\\b",
        "\\b(?:avevamo|abbiamo) (?:\\w+ )?(?:provato|fatto|visto|scritto|costruito|organizzato|preparato|studiato) insieme\\b",
        "\\bti ho (?:mostrato|fatto vedere|promesso|detto|consigliato|raccontato|prestato)\\b",
      )),
    examples: ["Ti ho promesso il paper di Bain:", "Ero seduta accanto a te al corso di Excel avanzato."],
    nearMisses: ["Mi piacerebbe seguirti da vicino.", "Ti va se ti giro la circolare di cui ti ho accennato?"],
  }),
  phrase({
    id: 'personalized.it.you-were-the',
    note: "\"Eri il…\", played or worked with/against them",
    re: g(alt(
        "\\beri (?:il|la|lo|l'|un|una|uno) \\w+",
        "\\b(?:giocato|suonato|corso|gareggiato|cantato|lavorato) (?:con|contro) (?:te|la tua|il tuo)\\b",
      )),
    examples: ["Ciao Andrea, ho giocato con la tua squadra al torneo aziendale di calcetto di Assolombarda, eri il portiere!"],
    nearMisses: ["complimenti per il percorso!", "Ciao NOME, complimenti per il tuo percorso!"],
  }),
  phrase({
    id: 'personalized.it.saw-you-speak',
    note: "Saw or heard them speak, present, play (\"ti ho visto moderare\")",
    re: g(alt(
        "\\bti ho (?:vist\\w|sentit\\w|ascoltat\\w) (?:[\\w'-]+ ){0,4}?(?:moderare|parlare|presentare|intervenire|spiegare|raccontare|"
        + "suonare|esibirti|giocare|insegnare|cucinare)\\b",
      )),
    examples: [
      "Ciao Caterina, ti ho vista al TEDx Bergamo parlare di inclusione nelle scuole:",
      "Ciao Marco, ti ho visto moderare il panel sull'intelligenza artificiale in banca al Salone dei Pagamenti.",
    ],
    nearMisses: ["Vi lascio parlare!", "ti ho visto alla cena di Natale ma non siamo riusciti a parlare."],
  }),
  phrase({
    id: 'personalized.it.continue-our-chat',
    note: "Continue a conversation already started (\"riprendere la chiacchierata\")",
    re: g(alt(
        "\\b(?:continuare|riprendere|proseguire) (?:qui )?(?:la|il|la nostra|il nostro) (?:chiacchierata|discorso|conversazione|"
        + "confronto|discussione)\\b",
      )),
    examples: ["Ti va di continuare qui la chiacchierata sul pricing?"],
    nearMisses: ["Vorrei riprendere a correre in primavera."],
  }),
  phrase({
    id: 'personalized.it.how-is-it-going',
    note: "Asks how their thing is going (\"come va il tuo corso?\")",
    re: g(alt(
        "\\bcome (?:va|procede|sta andando|e andat[oa]) (?:con )?(?:il|la|lo|l'|i|le|gli|tuo|tua|tuoi|tue)\\s*\\w+",
        "\\beravamo insieme (?:al|alla|allo|all'|a|in|nello|nella|nel)\\b",
      )),
    examples: ["Come va con l'uliveto biologico?", "Ciao Stefano, eravamo insieme al corso Coldiretti Giovani Impresa di Lecce a marzo."],
    nearMisses: ["Ciao Andrea, come stai?"],
  }),
  phrase({
    id: 'personalized.it.how-you-did',
    note: "A clause about what they did (\"come hai gestito…\", \"che hai scritto\")",
    re: g("\\b(?:che |quando |come )hai (?:\\w+ )?(?!avuto\\b|bisogno\\b)\\w+(?:ato|uto|ito|tto|sto|so)\\b"),
    examples: ["Io sto pensando di fare il salto e mi piacerebbe capire come hai iniziato.", "Ciao Elisa, ho notato che hai scritto una guida sul turismo lento in Cilento:"],
    nearMisses: ["Vedo che ora hai una tua agenzia:"],
  }),
  phrase({
    id: 'personalized.it.learned-that-you',
    note: "Learned something about them (\"ho visto che apri…\")",
    re: g(alt(
        "\\bho (?:visto|letto|notato|saputo|sentito|scoperto) che (?:tu |anche tu |da poco |ora |adesso |presto )?(?!sei\\b|hai\\b|"
        + "conosci\\b|segui\\b|ami\\b|vuoi\\b|puoi\\b|lavori\\b|molti\\b|tanti\\b|alcuni\\b|pochi\\b|tutti\\b|quasi\\b|oggi\\b|questi\\b|"
        + "quelli\\b|diversi\\b|parecchi\\b|altri\\b|vari\\b|certi\\b|gli\\b|lui\\b|lei\\b|noi\\b|voi\\b)\\w+i\\b",
      )),
    examples: ["Ho visto che ci lavori da due anni.", "Ho visto che ti occupi di nutrizione sportiva:"],
    nearMisses: ["vuoi che vi presenti?", "Ho notato che molti studi perdono ore sui rendering."],
  }),
  phrase({
    id: 'personalized.it.heard-that-you',
    note: "Heard or read that they are doing something (\"ho letto che state assumendo…\")",
    re: g("\\b(?:ho (?:visto|letto|notato|saputo|sentito|scoperto)(?: (?:su|sul|sulla|sullo|nel|nella|nello|in|da|"
        + "dal|dalla|dai|tra|fra)(?: [\\w'&-]+){1,5}?)?|so|sapevo|mi hanno detto|mi ha (?:detto|raccontato|"
        + "scritto)) che (?:tu |voi |anche tu |da poco |ora |adesso )?(?:stai|state|cerchi|cercate|(?:hai|"
        + "avete) (?:appena |da poco |gia )?" + PP
        + "|siete|organizzi|organizzate|guidi|gestisci|sei diventat\\w|ti sei|hai aperto|hai lanciato|"
        + "hai pubblicato|hai fondato|insegni|scrivi|curi|coordini|dirigi|hai cambiato)\\b"),
    examples: ["Ho saputo che hai aperto un laboratorio a Como:", "Ho visto che ora guidi il people team di Vetrya:"],
    nearMisses: ["vuoi che vi presenti?"],
  }),
  phrase({
    id: 'personalized.it.their-expertise-in',
    note: "Their experience in a named field (\"la tua esperienza nel design sonoro\")",
    re: g(alt(
        "(?<!(?:dalla|della|sulla|alla) )\\b(?:tua|sua) (?:esperienza|competenza|background) (?:in|nel|nella|nell'|con|sul|"
        + "sulla) ?(?!(?:settore|campo|ambito|mondo|vendite|business|questo|questa|il|la|lo|l'|i|gli|le|un|una)\\b)[\\w-]+",
      )),
    examples: ["nella tua esperienza in Luxottica, quanto conta la certificazione PMP?"],
    nearMisses: ["Posso approfittare della tua esperienza?", "ho 10 anni di esperienza nel customer care."],
  }),
  phrase({
    id: 'personalized.it.path-at-named',
    note: 'Il loro percorso o ruolo in un posto con un nome: "capire qual è stato il tuo percorso in Deloitte"',
    re: gd("\\b(?:tuo|suo) (?:percorso|ruolo|lavoro|periodo|anni|passaggio) (?:come (?:[\\w'-]+ ){1,4}?)?(?:in|presso|da|alla|al|allo|con) (?<cap>\\w)"),
    examples: ["Potrei rubarti 20 minuti per capire il tuo percorso in Deloitte?", "Ho notato il Suo percorso come capo reparto in Fonderie Lanza."],
    nearMisses: ["Complimenti per il tuo percorso in azienda!", "il suo ruolo in questa storia"],
  }),
  phrase({
    id: 'personalized.it.works-as-at-named',
    note: "They work as something at a named place (\"lavori come UX designer in Satispay\")",
    re: gd(alt(
        "\\b(?:lavori|lavoravi|collabori|sei|eri) (?:come|da) (?:[\\w'-]+ ){1,5}?(?:in|presso|per|da|con|alla|al|allo|nel|nella|nello|"
        + "di) (?:(?:il|la|lo|l')\\s*)?(?<cap>\\w)",
      )),
    examples: ["Ciao Piero, so che lavori come project manager per il team di Acme.", "Ciao Simona, mi permetto di scriverti perché lavori come talent acquisition in Zenit Bank."],
    nearMisses: ["Ho visto che lavori in Generali:", "Ho visto che ci lavori da due anni."],
  }),
  phrase({
    id: 'personalized.it.their-team-did',
    note: "Their organisation has done something (\"la tua associazione ha vinto…\")",
    re: g(alt(
        "\\b(?:tua|vostra|sua) (?:startup|azienda|societa|agenzia|squadra|associazione|cooperativa|scuola|universita|community|"
        + "band) (?:ha|hanno|e|sta) (?:appena |da poco |gia |recentemente )?(?:\\w+(?:ato|uto|ito)|chiuso|aperto|vinto|raccolto|"
        + "lanciato|compiuto|superato|assunto|scritto)\\b",
      )),
    examples: ["Ciao Marina, ho letto sul Corriere Innovazione che la vostra startup ha chiuso un round da 3 milioni."],
    nearMisses: ["Sto cercando una nuova azienda:", "Vedo che ora hai una tua agenzia:"],
  }),
  phrase({
    id: 'personalized.it.sat-together',
    note: "Sat at the same table or row",
    re: g("\\bci siamo sedut\\w (?:allo stesso|alla stessa|vicin\\w|accanto|uno accanto|una accanto)\\b|\\b(?:stesso tavolo|stessa fila)\\b"),
    examples: [
      "Ciao Valerio, a Vinitaly eravamo allo stesso tavolo per la degustazione dei rossi siciliani:",
      "Buongiorno Enrico, ci siamo seduti allo stesso tavolo al pranzo di Assolombarda martedì e abbiamo parlato a lungo di incentivi per l'export.",
    ],
    nearMisses: ["Ci siamo sentiti al telefono."],
  }),
  phrase({
    id: 'personalized.it.speaker-list',
    note: "Saw them in a speaker or guest list",
    re: g(alt(
        "\\b(?:elenco|lista|programma|pagina) (?:dei|delle|degli) (?:relatori|relatrici|speaker|ospiti|espositori|vincitori|finalisti|"
        + "docenti|autori)\\b",
      )),
    examples: ["Buonasera Roberta, ho trovato il suo contatto nell'elenco dei relatori del Festival del Lavoro."],
    nearMisses: ["Ciao Elena, ho trovato il tuo nome tra i relatori del TEDx Bologna.", "Gentile Lucia, abbiamo condiviso il tavolo dei relatori al convegno di Assif a Firenze."],
  }),
  phrase({
    id: 'personalized.it.content-you-make',
    note: "The content they make, with its topic (\"i post che scrivi sul…\")",
    re: g(alt(
        "\\b(?:contenuti|post|articoli|video|interventi|podcast|reel|storie|articolo|thread|guide|tutorial) che (?:pubblichi|scrivi|"
        + "condividi|posti|realizzi|giri|registri|fai|hai (?:pubblicato|scritto|condiviso|postato|girato|registrato|"
        + "fatto)) (?:\\w+ )?(?:su|sul|sulla|sullo|sui|sugli|sulle|sull'|a proposito d\\w+|riguardo|di|dedicat\\w+ a)\\b",
      )),
    examples: ["Ciao #firstName#, seguo con interesse i contenuti che pubblichi sulla logistica del freddo."],
    nearMisses: ["vuoi che vi presenti?"],
  }),
  phrase({
    id: 'personalized.it.experience-at-or-talked',
    note: "Their experience at a named place, or a past talk about a topic",
    re: gd(alt(
        "\\b(?:tua|sua) esperienza (?:in|presso|con|da|alla|al|nella|nel) (?<cap>\\w)",
        "\\b(?:ti ho promesso|ti avevo promesso|abbiamo (?:\\w+ )?(?:parlato|discusso|chiacchierato) (?:a lungo |tanto |molto |"
        + "parecchio |brevemente |un po' )?(?:di|del|della|dei|delle|su|sul|sulla))\\b",
      )),
    examples: ["Ti ho promesso il paper di Bain:", "nella tua esperienza in Luxottica, quanto conta la certificazione PMP?"],
    nearMisses: ["Posso approfittare della tua esperienza?", "L'abbiamo adottato nel nostro team, grazie!"],
  }),
  phrase({
    id: 'personalized.it.met-about',
    note: "Met or talked about a topic (\"ci siamo sentiti per il progetto…\")",
    re: g(alt(
        "\\bci siamo \\w+\\b[^.?!;]{0,60}?\\b(?:per (?:il|la|lo|l'|i|le) ?(?:progett\\w*|band\\w*|gar\\w*|lavor\\w*|iniziativ\\w*|"
        + "event\\w*|corso)|sul|sulla|sullo|sui|sugli|sull'|a proposito d\\w+|riguardo)",
      )),
    examples: ["ciao davide, ci siamo sentiti al telefono la settimana scorsa per il progetto di Ikea, ti aggiungo qui così restiamo in contatto"],
    nearMisses: ["Ci siamo parlate alla fiera di Vicenza.", "Ciao Marta, ci siamo visti al meetup di Torino;"],
  }),
  phrase({
    id: 'personalized.it.talked-about',
    note: "Refers to what they talked about (\"di cui parlavamo\", \"come dicevamo\")",
    re: g(alt(
        "\\b(?:di cui (?:ti )?(?:parlavamo|abbiamo parlato|parlavo|ti parlavo|ti ho parlato)|come dicevamo|ne abbiamo parlato|"
        + "ne parlavamo|(?:chiacchierare|chiacchierato|parlare|parlato|confrontarmi|confrontato) con te)\\b",
      )),
    examples: ["Ti lascio il link al bando di cui parlavamo:", "Ciao Carla, ti giro la ricerca sul turismo lento di cui parlavamo."],
    nearMisses: ["Mi piacerebbe collegarmi con te.", "Ciao Simona, vorrei collegarmi con te."],
  }),
  phrase({
    id: 'personalized.it.thanks-for-comment',
    note: "Thanks for their comment, reply, question, mention",
    re: g("\\bgrazie (?:per|di) (?:il|la|i|le|l') ?(?:\\w+ )?(?:commento|commenti|risposta|domanda|condivisione|menzione|repost)\\b"),
    examples: ["Grazie per il commento al mio post!"],
    nearMisses: ["Grazie per l'attenzione.", "Grazie e a presto!"],
  }),
  phrase({
    id: 'personalized.it.thanks-for-their-content',
    note: "Thanks for their reply, talk, post, advice",
    re: g(alt(
        "\\b(?:grazie|ringraziarti|ringraziarla)\\b[^.?!]{0,40}?\\b(?:per|di) (?:il|la|lo|l'|i|gli|le|tuo|tua|tuoi|"
        + "tue)\\s*(?:[\\w']+ ){0,3}?(?:risposta|commento|intervento|post|articolo|consiglio|consigli|dritta|thread|video|podcast|"
        + "presentazione|segnalazione|webinar|talk|corso|lezione|q&a|sessione|keynote|panel|demo|masterclass|seminario|workshop|live|"
        + "diretta|laboratorio)\\b",
      )),
    examples: ["Ciao Davide, grazie per il tuo intervento al Forum PA:", "Ciao Marta, grazie per il webinar di ieri sul diritto del lavoro:"],
    nearMisses: ["Grazie e a presto!", "Grazie in anticipo!"],
  }),
  phrase({
    id: 'personalized.it.that-you-held',
    note: "A relative clause about their work (\"che hai tenuto / scritto\")",
    re: g(alt(
        "\\b(?:che|cui) (?:hai|ha|avete) (?:tenuto|organizzato|scritto|pubblicato|presentato|moderato|curato|condotto|registrato|"
        + "girato|realizzato|guidato|insegnato)\\b",
      )),
    examples: [
      "Ciao Elisa, ho notato che hai scritto una guida sul turismo lento in Cilento:",
      "Ciao Ugo, grazie per la bella recensione che hai scritto sul nostro ristorante per Gambero Rosso!",
    ],
    nearMisses: ["l'ho girato al mio team.", "ho girato le slide a tutto il mio ufficio."],
  }),
  phrase({
    id: 'personalized.it.thanks-for-having-done',
    note: "Thanks for something they did, not for accepting (\"grazie per aver organizzato\")",
    // Also the refusals typed with a slip ("accetato", "colegata").
    re: g("\\bgrazie (?:per|di) (?:aver|avere) (?!(?:ac+et+at|ag+iunt|col+egat|rispost|let+o il mio)\\w*)\\w+(?:ato|uto|ito|tto|so)\\b"),
    examples: ["Ciao Simona, grazie per aver condiviso il report sul volontariato giovanile:"],
    nearMisses: ["Grazie e a presto!", "Grazie in anticipo!", "Ciao Giorgia, grazie per aver accetato la mia richiesta!"],
  }),
  phrase({
    id: 'personalized.it.as-i-said',
    note: "Refers to an earlier exchange (\"come ti dicevo\", \"come promesso\")",
    re: g(alt(
        "\\b(?:come (?:ti )?dicevo|come promesso|di cui ti (?:parlavo|avevo parlato|dicevo|accennavo|ho (?:accennato|parlato|detto))|"
        + "ti avevo (?:detto|parlato|promesso|accennato|anticipato|scritto)|come ti avevo (?:\\w+)|come d'accordo|come concordato|"
        + "come ci eravamo detti)\\b",
      )),
    examples: ["Ti avevo parlato della mia officina:", "Ti va se ti giro la circolare di cui ti ho accennato?"],
    nearMisses: ["Come ti dicono tutti, il corso è ottimo."],
  }),
  phrase({
    id: 'personalized.it.congrats-on',
    note: "Congratulations for something (not their \"profile\" or \"career\")",
    re: g(alt(
        "\\b(?:complimenti|congratulazioni|auguri|bravissim\\w*) (?:per|a|ancora per)\\b(?! (?:il tuo|il suo|la tua|la sua|i tuoi|"
        + "i suoi) (?:[\\w']+ )?(?:profilo|curriculum|percorso|carriera|esperienza|background|successi|competenze)\\b)",
      )),
    examples: ["complimenti per il percorso!", "Complimenti per l'organizzazione, impeccabile."],
    nearMisses: ["complimenti!", "complimenti."],
  }),
  phrase({
    id: 'personalized.it.worked-together',
    note: "Worked or studied together, former colleagues, same school",
    re: g(alt(
        "\\b(?:abbiamo|avevamo) (?:lavorato|studiato|collaborato) insieme\\b",
        "\\b(?:eravamo|siamo stat[ie]) (?:\\w+ )?(?:collegh\\w*|compagn\\w*)\\b",
        "\\bex (?:collegh\\w*|compagn\\w*)\\b",
        "\\bstess\\w (?:universita|scuola|classe|corso|master|facolta|liceo)\\b",
      )),
    examples: ["Ciao Elisa, siamo state colleghe in Alpitour nel 2015, ti ricordi?", "Ciao Elena, eravamo compagne di corso al master in comunicazione della Cattolica."],
    nearMisses: ["Colleghiamoci!", "Colleghiamoci."],
  }),
  phrase({
    id: 'personalized.it.same-panel',
    note: "On the same panel, table, project; \"our exchange\"; \"entrambi\"",
    re: g(alt(
        "\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:nello stesso|nella stessa|allo stesso|alla stessa) (?:panel|tavolo|progetto|evento|"
        + "corso|team|gruppo|ufficio|palco|classe)\\b",
        "\\b(?:il|al|del|nel|dal|sul) nostro (?:scambio|confronto|incontro|dialogo)\\b",
        "\\b(?:la|alla|della|nella|dalla|sulla) nostra (?:chiacchierata|conversazione|discussione)\\b",
        "(?<!(?:lavoriamo|operiamo|siamo) )\\bentrambi\\b(?! (?:nel|nello|nella|in|nei|negli)\\b)",
        "\\btutti e due\\b",
        "\\banche (?:nel nostro team|noi)\\b",
      )),
    examples: ["Ciao Marco, facciamo parte entrambi dell'associazione Alumni Bocconi Torino:", "Buongiorno Alberto, abbiamo frequentato entrambi il master in Supply Chain al MIP."],
    nearMisses: ["Vuoi ricevere il nostro catalogo?", "Posso mandarti il nostro catalogo?"],
  }),
  phrase({
    id: 'personalized.it.event-about',
    note: "At an event about a topic (\"al convegno sulla logistica\")",
    re: g("\\b(?:al|alla|allo|all'|ai|agli|alle|durante|dopo|per il|per la|per lo|per l')\\s*(?!(?:nostr\\w|mi[oa]|"
        + "miei|mie)\\b)(?:[\\w'-]+\\s+){0,5}?(?:" + EVENTS + ")\\b[^.?!;]{0,60}?\\b(?:sul|sulla|sullo|sui|sugli|sulle|sull'|dedicat\\w+ a)"),
    examples: ["Ciao Marta, grazie per il webinar di ieri sul diritto del lavoro:", "Al workshop di Bologna sull'UX writing hai citato un libro sulle microcopy:"],
    nearMisses: ["Potresti darmi un parere sulle mie foto?", "I consigli sulla luce naturale li sto già usando!"],
  }),
];
/**
 * Il testo di invito predefinito di LinkedIn (vecchie e nuove versioni) e le note di serie degli strumenti di
 * automazione: il testo che le persone hanno imparato a rifiutare.
 */
export const linkedinDefaultIT = [
  phrase({
    id: 'personalized.it.linkedin-default-add',
    note: 'Il predefinito storico di LinkedIn: "Vorrei aggiungerti alla mia rete professionale su LinkedIn"',
    re: g("\\b(?:vorrei|desidero) aggiunger(?:ti|la|vi) alla mia rete professionale(?: su linkedin)?\\b"),
    examples: ["Vorrei aggiungerti alla mia rete professionale su LinkedIn.", "Buongiorno, vorrei aggiungerla alla mia rete professionale."],
    nearMisses: ["Vorrei aggiungerti al gruppo della fiera.", "Ti aggiungo alla lista dei relatori."],
  }),
  phrase({
    id: 'personalized.it.linkedin-default-join',
    note: 'I predefiniti più recenti: "Vorrei entrare a far parte della tua rete su LinkedIn", "Collegati con me su LinkedIn"',
    re: g(alt(
      "\\bvorrei (?:entrare a far parte della|unirmi alla) (?:tua|sua) rete(?: professionale)?(?: su linkedin)?\\b",
      "\\bvorrei collegarmi con (?:te|lei) su linkedin\\b",
    )),
    examples: ["Vorrei entrare a far parte della tua rete su LinkedIn.", "Vorrei collegarmi con te su LinkedIn."],
    nearMisses: ["Vorrei entrare a far parte del tuo coro.", "Ci siamo collegati su LinkedIn dopo la fiera."],
  }),
  phrase({
    id: 'personalized.it.tool-template',
    note: 'Note di serie degli strumenti di automazione: "ho visto il tuo profilo e ho pensato di collegarmi"',
    re: g(alt(
      "\\bho (?:visto|trovato) il (?:tuo|suo) profilo e ho pensato\\b",
      "\\bsempre (?:alla ricerca|felice|interessat\\w) di (?:ampliare|allargare) la mia rete\\b",
    )),
    examples: ["Ho visto il tuo profilo e ho pensato che sarebbe bello collegarci.", "Sono sempre alla ricerca di ampliare la mia rete."],
    nearMisses: ["Ho visto il tuo post sul riciclo e ho pensato a te.", "Sono sempre felice di una birra dopo il lavoro."],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  generic: genericIT, specific: specificIT, linkedinDefault: linkedinDefaultIT,
};
