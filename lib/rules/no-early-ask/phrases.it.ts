// no-early-ask: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, askPhrase, phrase, wordList } from '../../lang/phrase';

/** Receiving something of the sender's business ("ricevere il nostro catalogo"), not free material ("ricevere le slide"). */
const RECEIVE_SALE = "ricevere (?:il nostro|la nostra|i nostri|le nostre|un preventivo|un'offerta|una proposta|maggiori informazioni|informazioni|"
  + "il catalogo|il listino|la brochure|il programma)";

/** Second-person request forms: an ask when the clause also has a first-person beneficiary or a request verb. */
export const requestFormsIT = [
  phrase({
    id: 'no-early-ask.it.could-you',
    note: "Second-person request forms: potresti, ti andrebbe di, volevo chiederti …",
    // Not a relative clause about a thing ("qualche dato che potrebbe sostenerla").
    re: g(alt(
        "(?<!\\b(?:che|cui) )\\b(?:ti volevo chiedere|ti vorrei chiedere|le volevo chiedere|le vorrei chiedere|vi volevo chiedere|volevo chiederle|"
        + "se potevi|se poteva|se potesse|se potreste|potreste|potresti|potrebbe|puoi|potete|riusciresti|riuscireste|riesci|"
        + "ti andrebbe|vi andrebbe|le andrebbe|ti va|vi va|ti dispiacerebbe|ti dispiace|le dispiacerebbe|ti spiace|"
        + "ti chiedo(?: gentilmente| cortesemente)? (?:di|se)|vi chiedo (?:di|se)|le chiedo (?:di|se)|ti chiederei|le chiederei|vi chiederei|vorrei chiederti|vorrei chiederle|"
        + "volevo chiederti|posso chiederti|ti scrivo per chiederti|se potessi|se poteste|se puoi|se potete|se riesci|se riuscissi|"
        + "sarebbe possibile|sarei grat\\w+ se|ti sarei grat\\w+ se|(?:sarei|saremmo) (?:onorat\\w|felic\\w|liet\\w|grat\\w) se|"
        + "ci farebbe (?:molto )?piacere se|mi faresti|mi fareste|mi farebbe (?:un favore|la cortesia|una cortesia)|faresti|(?:mi|ci) daresti|(?:mi|ci) dareste|"
        + "avresti modo|hai modo|vorrei sapere se|volevo sapere se|mi chiedevo se|mi domandavo se|sapresti|sapreste|"
        + "sarest[ie] dispost\\w*|sarebbe dispost\\w*|(?:ti|le|vi) scrivo per chieder\\w*|chiederti (?:se|di)|chiederle (?:se|di)|"
        + "chiedervi (?:se|di)|(?:sarebbe|saresti|sareste) (?:cosi |tanto )?gentile da|(?:avrebbe|avresti|avreste) la (?:cortesia|gentilezza) di|"
        + "(?:la|ti|vi) prego di|avrei (?:molto )?piacere di (?:un|una) (?:suo|sua|tuo|tua|vostro|vostra))\\b"
        // Asked only to connect: "Le andrebbe di entrare nella mia rete?", "ti va di collegarci?".
        + "(?! di (?:entrare (?:nella mia rete|tra i miei contatti)|collegarci|connetterci|aggiungerci))",
      )),
    examples: ["ti andrebbe di sentirci?", "sapresti a chi rivolgermi?", "Sarebbe così gentile da presentarmi al dirigente?",
      "se la trova utile La prego di condividerla con i Suoi contatti", "avrei piacere di un Suo consiglio su quali aziende puntare"],
    nearMisses: ["Ti chiedo un favore:", "Ti chiedo un piccolo aiuto:", "Le andrebbe di entrare nella mia rete?"],
  }),
];

/** First-person beneficiary in a clause. */
export const beneficiaryIT = phrase({
  id: 'no-early-ask.it.for-me',
  note: "First-person beneficiary: mi, me, mio, -armi",
  re: g("\\b(?:mi|me|mio|mia|miei|mie)\\b|\\b\\w+(?:armi|ermi|irmi|armelo|ermelo|irmelo|armela|ermela|irmela)\\b"),
  examples: ["Mi aiuteresti?", "Ti ricordi di me?"],
  nearMisses: ["Tu e il tuo team siete bravissimi."],
});

/** Verbs asked of the recipient on the sender's behalf. */
export const requestVerbsIT = phrase({
  id: 'no-early-ask.it.request-verbs',
  note: "Verbs asked on the sender's behalf: inoltrare, segnalare, consigliare …",
  re: g(alt(
        "\\b(?:indic\\w+|condivider\\w*|diffonder\\w*|sostener\\w*|votar\\w*|firmar\\w*|inviar\\w+|mandar\\w+|gir\\w+|inoltr\\w+|"
        + "segnal\\w+|raccomand\\w+|referenz\\w+|consigli\\w*|aiut\\w+|dare un'occhiata|dar\\w* un'occhiata|scriv\\w+ una (?:referenza|"
        + "raccomandazione|recensione)|metter\\w* una buona parola|passa(?:re|rlo|rla|rli) (?:il|la|a)|assum\\w+|candid\\w+|fissare|"
        + "investire|finanziare|comprare|acquistare|provare|recensire|condividere il (?:mio|nostro)|organizzar\\w* (?:un|una|"
        + "un') ?(?:incontro|appuntamento|call|chiamata|presentazione|riunione)|metter\\w* in contatto)\\b",
      )),
  examples: ["Mi aiuteresti?", "Sto per candidarmi."],
  nearMisses: ["Ciao Martina, vedo che sei passata da Zara a Patagonia:", "Ciao Martina, vedo che sei passata da Zara a Patagonia: che cambio!"],
});

/** Asks that stand on their own (job search, any help appreciated, attached CV …). */
export const directAsksIT = [
  askPhrase({
    id: 'no-early-ask.it.have-you-as',
    note: 'Un ruolo chiesto a chi legge: "ci piacerebbe averla come relatrice", "vorremmo averti tra i giurati"',
    kind: 'favour',
    re: g("\\b(?:ci|mi) (?:piacerebbe|farebbe piacere) (?:molto |tanto )?aver(?:la|ti|vi|lo) (?:come|tra i|fra i|tra le|fra le) (?:relat|ospit|speaker|mentor|giurat|testimonial|"
      + "madrin|padrin|volontar)\\w*"),
    examples: ["Ci piacerebbe molto averla come relatrice all'incontro pubblico del 12 dicembre."],
    nearMisses: ["Ci è piaciuto averla come relatrice l'anno scorso."],
  }),
  askPhrase({
    id: 'no-early-ask.it.possible-to-do',
    note: 'Un favore chiesto come possibilità o come domanda da fare: "sarebbe possibile inserirlo nel gruppo", "posso chiederti qual è la strada migliore"',
    kind: 'favour',
    re: g("\\bsarebbe possibile (?:per (?:te|lei|voi) )?[\\w']+(?:are|ere|ire|(?:ar|er|ir)(?:l[oaie]|gli|mi|ci|ti|si|ne|vi))\\b"
      + "|\\b(?:posso|potrei) chieder(?:ti|le|vi) (?:qual|quale|quali|come|cosa|che cosa|dove|un consiglio|un parere|se)\\b(?! (?:stai|sta|va|state)\\b)"),
    examples: ["Volevo chiederle se sarebbe possibile inserirlo anche nel gruppo avanzato di settembre.",
      "Posso chiederti qual'è la strada migliore per entrare in uno studio?"],
    nearMisses: ["Sarebbe possibile una pioggia leggera, dice il meteo.", "Posso chiederti come stai?"],
  }),
  askPhrase({
    id: 'no-early-ask.it.make-me-a-price',
    note: 'Un prezzo o un preventivo chiesto a chi legge: "se hai una data libera mi fai un prezzo", "ci farebbe un preventivo?"',
    kind: 'favour',
    re: g("\\b(?:mi|ci) (?:fai|faresti|fa|farebbe|fate|fareste|potresti fare|potrebbe fare) (?:un |il )?(?:prezzo|preventivo|sconto)\\b"
      + "|\\b(?:farmi|farci) (?:un |il )?(?:prezzo|preventivo)\\b"
      + "|\\b(?:vorrei|volevo|vorremmo|volevamo) sapere (?:[\\w']+ ){0,2}?quanto "
      + "(?:costa|costano|costerebbe|costerebbero|verrebbe|verrebbero|mi costa|mi costerebbe|chiedi|chiedete|prendi|prendete)\\b"),
    examples: ["se hai una data libera a settembre mi fai un prezzo anche per la festa", "Ci farebbe un preventivo per il tetto?",
      "vorrei sapere sopratutto quanto verrebbe a costare un impianto sul tetto"],
    nearMisses: ["Il prezzo che mi hai fatto era onesto, grazie.", "ti faccio un preventivo entro venerdì"],
  }),
  askPhrase({
    id: 'no-early-ask.it.wish-to-know-how',
    note: 'Una richiesta detta come desiderio di sapere come fanno: "sarebbe interessante capire come state gestendo …"',
    kind: 'favour',
    re: g("\\bsarebbe (?:molto |davvero |proprio )?(?:interessante|bello|utile|prezioso|fantastico|bellissimo) "
      + "(?:capire|sapere|sentire|conoscere|scoprire) (?:come|cosa|perche) (?:state|stai|sta|hai|ha|avete|sei|siete|gestite|gestisci|vi|ti|le)\\b"
      + "|\\bmi piacerebbe (?:molto |tanto |davvero )?(?:sapere|capire|sentire) come (?:hai|ha|avete|sei|e|siete) (?:fatto|iniziato|trovato|gestito|ottenuto|avuto)\\b"),
    examples: ["Sarebbe molto interessante capire come state gestendo oggi la raccolta dei dati.", "Mi piacerebbe sapere come hai fatto a entrare in Ferrari."],
    nearMisses: ["Sarebbe bello rivederci alla prossima fiera.", "Ho capito come hai fatto il video: bravissima!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.advice-question',
    note: 'Il suo parere chiesto su una scelta di chi scrive: "qual è secondo te il materiale migliore …?", "te lo chiedo perché …"',
    kind: 'favour',
    re: g("\\b(?:secondo te|secondo lei|a tuo parere|a suo parere|tu cosa|lei cosa)\\b[^.?!]{0,80}?\\b(?:miglior\\w*|conviene|converrebbe|"
      + "consigli\\w*|dovrei|devo|sceglieresti|faresti|vale la pena)\\b[^.?!]{0,60}\\?"
      + "|\\b(?:te|glielo|ve) lo chiedo perch[eé]\\b|\\b(?:le|ti|vi) chiedo (?:un |il (?:tuo|suo|vostro) )?(?:parere|consiglio)\\b"),
    examples: ["Qual è secondo te il materiale migliore per un condominio?", "Te lo chiedo perché stiamo valutando un intervento.",
      "Le chiedo un parere sul preventivo."],
    nearMisses: ["Secondo te è stata una bella edizione? Per me sì!", "Mi chiedo perché non ci abbiano pensato prima."],
  }),
  askPhrase({
    id: 'no-early-ask.it.a-trial-offered',
    note: 'Una prova di lavoro proposta da chi cerca: "sarei felice di fare una prova quando vuole"',
    kind: 'job',
    re: g("\\b(?:sarei|sono) (?:felice|content[oa]|disponibile|pront[oa]) (?:di|a) (?:fare|venire a fare|svolgere) (?:una|un) (?:giornata di )?(?:prova|stage|tirocinio|colloquio)\\b"),
    examples: ["Sarei felice di fare una prova quando vuole."],
    nearMisses: ["Sono felice di fare una pausa.", "Sarei felice di farti provare il nostro pane."],
  }),
  askPhrase({
    id: 'no-early-ask.it.a-number-asked',
    note: 'Un numero o un listino chiesti: "qual è il numero dell\'ufficio commercio?", "mi manda il listino?"',
    kind: 'favour',
    re: g("\\bqual(?: e|'e|e) il (?:numero|contatto|riferimento|telefono)\\b|\\bmi (?:da|dai|daresti|darebbe|passa|passi|passeresti|passerebbe|manda|mandi|"
      + "manderesti|manderebbe) (?:il|un) (?:numero|contatto|riferimento|listino|catalogo)\\b"),
    examples: ["Qual'è il numero dell'ufficio commercio del comune?", "Mi manda il listino e mi dice se fate consegne?"],
    nearMisses: ["Il numero dell'ufficio è sul sito.", "Ti mando il listino domani."],
  }),
  askPhrase({
    id: 'no-early-ask.it.how-to-apply',
    note: 'Come candidarsi, chiesto a chi legge: "se c\'è ancora posto mi dici come fare?", "mi spieghi come candidarmi"',
    kind: 'job',
    re: g("\\b(?:mi dici|mi spieghi|mi diresti|mi spiegheresti) come (?:fare|candidarmi|posso candidarmi|mi candido|fare domanda)\\b"),
    examples: ["se c'è ancora posto mi dici come fare?", "Mi spieghi come candidarmi per il turno estivo?"],
    nearMisses: ["Mi dici come è andata la fiera?", "Mi hai spiegato come fare il lievito madre, grazie!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.look-at-my-work',
    note: 'Chiede di guardare o giudicare qualcosa di chi scrive: "se dessi un\'occhiata al mio portfolio", "per un suo parere"',
    kind: 'favour', firm: true,
    re: g("\\b(?:dessi|desse|dare|dai|dia) un'occhiata (?:al|alla|ai|alle) (?:mio|mia|miei|mie|nostro|nostra)\\b"
      + "|\\b(?:dessi|desse|dare|dai|dia) un'occhiata (?:al|alla|ai|alle) (?:\\w+ ){1,5}?che (?:abbiamo|ho) (?:sviluppato|creato|realizzato|scritto|lanciato)\\b"
      + "|\\bper un (?:suo|tuo|vostro) (?:parere|giudizio|feedback)\\b"),
    examples: ["mi piacerebbe tantissimo se dessi un'occhiata al mio portfolio", "potrei inviarle l'indice per un suo parere?",
      "che qualcuno come te desse un'occhiata alla piattaforma di buoni pasto che abbiamo sviluppato"],
    nearMisses: ["Ho dato un'occhiata al tuo portfolio.", "Grazie per il tuo parere di ieri."],
  }),
  askPhrase({
    id: 'no-early-ask.it.vote-for-me',
    note: 'Un voto, un like o una condivisione chiesti per chi scrive ("voteresti il mio progetto?")',
    kind: 'favour', firm: true,
    re: g("\\b(?:voteresti|votare|votate|votereste|votarmi|votarci|vota) (?:il mio|la mia|il nostro|la nostra|per me|per noi)\\b|"
      + "\\b(?:conto|contiamo|confido|confidiamo|spero|speriamo) (?:anche |molto )?(?:sul|nel) (?:tuo|suo|vostro) (?:voto|sostegno|appoggio|supporto|like)\\b|"
      + "\\b(?:condivideresti|condividere|mettere un like a) (?:il mio|la mia) (?:post|video|progetto)\\b"),
    examples: ["P.S. se ti va, voteresti il mio progetto al contest?", "A maggio conto anche sul tuo voto: insieme possiamo rilanciare il centro!"],
    nearMisses: ["Ho votato il tuo progetto al contest.", "Grazie per aver condiviso il tuo post."],
  }),
  askPhrase({
    id: 'no-early-ask.it.ask-some-advice',
    note: 'Chiedere consigli a uno sconosciuto: "mi piacerebbe chiederle qualche consiglio"',
    kind: 'favour', firm: true,
    re: g("\\bchieder(?:e|le|ti|vi) (?:qualche|un|dei|alcuni|un paio di) (?:consigli\\w*|parer\\w*|suggeriment\\w*|dritt\\w*)\\b"),
    examples: ["mi piacerebbe chiederle qualche consiglio su come orientarmi"],
    nearMisses: ["Se ti serve un consiglio, chiedimi pure.", "Non voglio chiederti niente."],
  }),
  askPhrase({
    id: 'no-early-ask.it.reference-letter',
    note: 'A reference or recommendation letter asked of them ("Le chiederei una lettera di referenze")',
    kind: 'favour',
    re: g(alt(
      "\\b(?:chiederei|chiederle|chiederti|chiedervi|potrebbe|potresti|sarebbe possibile|avrei bisogno di|mi servirebbe|scriverebbe|scriveresti)"
      + "\\b[^.?!]{0,60}?\\blettera di (?:referenze|raccomandazione|presentazione|referenza)\\b",
      "\\blettera di (?:referenze|raccomandazione|presentazione|referenza)\\b[^.?!]{0,60}?\\b(?:sarebbe possibile|potrebbe|potresti|se (?:le|ti) va)\\b",
    )),
    examples: ["Le chiederei gentilmente una lettera di referenze.", "avrei bisogno di una lettera di raccomandazione per il master, sarebbe possibile?"],
    nearMisses: ["Ho ricevuto la lettera di raccomandazione del mio relatore.", "La lettera di presentazione è allegata."],
  }),
  askPhrase({
    id: 'no-early-ask.it.want-your-opinion',
    note: "Wants their opinion or advice (\"mi piacerebbe avere il tuo parere\")",
    kind: 'favour',
    re: g(alt(
        "\\b(?:mi piacerebbe|vorrei|mi farebbe piacere) (?:molto |tanto |tantissimo |davvero )?(?:(?:sentire|avere|conoscere|ascoltare|ricevere) )?(?:il tuo|la tua|"
        + "un tuo|una tua|il suo|la sua|un suo|una sua) (?:parere|opinione|punto di vista|consiglio|feedback|giudizio|riscontro)\\b",
      )),
    examples: ["Mi piacerebbe avere il tuo parere sul progetto.", "mi piacerebbe tantissimo un tuo feedback sul prototipo. Te lo mando?"],
    nearMisses: ["Mi piacerebbe avere più tempo libero.", "Mi farebbe piacere seguirti."],
  }),
  askPhrase({
    id: 'no-early-ask.it.looking-for-work',
    note: "The sender is looking for a job (\"sto cercando lavoro\")",
    kind: 'job',
    re: g(alt(
        "\\b(?:sto cercando|stiamo cercando|cerco|cerchiamo|stavo cercando|sono alla ricerca di|siamo alla ricerca di|sono in cerca di|mi trovo alla ricerca di|sono a caccia di|"
        + "vorrei trovare|sono (?:un|una|uno|un') ?(?:[\\w']+ ){0,3}?in cerca di)\\b[^.?!;]{0,40}?\\b(?:lavor\\w*|impieg\\w*|occupazion\\w*|opportunit\\w*|oppurtunit\\w*|oportunit\\w*|stage|"
        + "tirocini\\w*|posizion\\w*|ruol\\w*|incaric\\w*|clienti|committent\\w*|commesse|investitor\\w*|finanziator\\w*|sponsor|"
        + "colloqui\\w*|post[oi] (?:di lavoro|da|come|in|nel|nella|presso)|assunzion\\w*|contratt\\w*)\\b",
      )),
    examples: ["Io sono chef e cerco lavoro:", "sto cercando un impiego come educatrice.", "salve sono un giovane geometra in cerca di lavoro nella zona di bergamo"],
    nearMisses: ["Lo cerco da giorni.", "Sto cercando una nuova azienda:"],
  }),
  askPhrase({
    id: 'no-early-ask.it.want-to-work-there',
    note: "Wants to work or be hired at their place",
    kind: 'job',
    re: g(alt(
        "\\b(?:mi piacerebbe (?:tanto |molto |tantissimo |davvero |un sacco )?|vorrei (?:tanto |molto )?|sarebbe un sogno |il mio sogno e |sogno di |spero di |ambisco a |"
        + "punto a )(?:poter )?(?:lavorare|entrare|essere assunt\\w*|fare (?:uno )?stage|fare (?:un )?tirocinio|unirmi) (?:con te|"
        + "con voi|nel tuo|nella tua|nel vostro|nella vostra|per te|per voi|da voi|nel suo|nella sua|in (?:\\w+ ){0,2}(?:vostr\\w|"
        + "tu\\w)|in (?:un|una) (?:posto|realta|azienda|squadra|cucina|team) (?:cosi|come))(?! (?:rete|cerchia|network|contatti|collegamenti|lista))",
      )),
    examples: ["Il mio sogno è lavorare nel tuo studio!", "Mi piacerebbe molto lavorare nel vostro ufficio stile.",
      "mi piacerebbe tantissimo lavorare in un posto cosi", "Sarebbe un sogno poter lavorare in una realtà come la vostra."],
    nearMisses: ["Mi piacerebbe saperne di più!", "Vorrei proporle una campagna."],
  }),
  askPhrase({
    id: 'no-early-ask.it.my-cv',
    note: "Their CV or application, openings",
    kind: 'job',
    re: g(alt(
        "\\b(?:il mio|mio|la mia|nostro) (?:cv|curriculum|candidatura)\\b",
        "\\b(?:posso|potrei) (?:mandarti|inviarti|girarti|mandarle|inviarle|girarle|lasciarti|lasciarle) (?:il |un )?(?:cv|curriculum)\\b",
        "\\beventuali (?:posizioni|opportunita|aperture|ricerche di personale)\\b",
        "\\bposizioni (?:nel|nella) (?:tuo|tua|suo|sua|vostro|vostra)\\b",
      )),
    examples: ["Ti mando il mio CV nel caso.", "Mi daresti qualche dritta su come far notare la mia candidatura?", "sarei molto interessato, posso mandarti il cv?"],
    nearMisses: ["Ti lascio il mio numero:", "Ti allego il mio portfolio:"],
  }),
  askPhrase({
    id: 'no-early-ask.it.attached-cv',
    note: "Attaches or sends the CV",
    kind: 'job',
    re: g(alt(
        "\\b(?:ti |vi |le )?(?:allego|invio|mando|giro|inoltro|lascio|condivido) (?:qui )?(?:il |la )?(?:(?:mio |mia )(?:cv|"
        + "curriculum|portfolio)|cv\\b|curriculum)",
        "\\bin allegato (?:trovi |trova )?(?:il )?(?:mio )?(?:cv|curriculum)\\b",
      )),
    examples: ["Ti allego il mio portfolio:", "Ti mando il mio CV nel caso."],
    nearMisses: ["Vi lascio parlare!", "Ti allego il portfolio."],
  }),
  askPhrase({
    id: 'no-early-ask.it.open-positions',
    note: "Open positions, \"state assumendo\", \"se sai di qualche posizione\"",
    kind: 'job',
    re: g(alt(
        "\\bposizion\\w* (?:apert\\w*|disponibil\\w*|vacant\\w*|libere)\\b",
        // Asked, not told ("ci sono ancora posti liberi per il corso di sabato" offers a seat).
        "\\b(?:ci sono|c'e|avete|avreste|hai|ha) (?:dei |qualche |ancora )?post[oi] (?:liber[oi]|disponibil[ei]|vacant[ei])\\b(?=[^.?!\\n]{0,40}\\?)",
        // Offering oneself for a place they said is open ("mi ha detto che cercate una cameriera, se c'è ancora posto io sarei disponibile").
        "\\bse (?:c'e|ce) ancora (?:posto|un posto|la posizione|bisogno)\\b[^.?!\\n]{0,30}?\\b(?:sarei|sono) disponibile\\b",
        "\\b(?:state|stanno) assumendo\\b",
        // A job sought for a relative or a friend ("mio cugino cerca lavoro da un pezzo").
        "\\b(?:mio|mia) (?:cugin[oa]|figli[oa]|fratello|sorella|nipote|marito|moglie|compagn[oa]|amic[oa]|figlioccio)(?: \\w+)? (?:cerca|sta cercando|e in cerca di|e alla ricerca di)"
        + " (?:un |uno )?(?:lavoro|impiego|stage|tirocinio|posto)\\b",
        "\\bassumete\\b",
        "\\bse (?:sai|sapessi|senti|sentissi) di (?:qualche|una|qualsiasi) (?:posizione|opportunita|offerta|apertura)\\b",
        // Not to a course or a master's next edition ("ho deciso di candidarmi per la prossima edizione").
        "\\b(?:mi candiderei|vorrei candidarmi|(?<!coraggio (?:di|per) )candidarmi)\\b"
        + "(?! (?:al|alla|per il|per la|per il prossimo|per la prossima) (?:prossim[oa] )?(?:master|corso|edizione|bando|borsa)\\b)",
        "\\ba chi (?:scrivere|mandare|inviare) (?:il )?(?:mio )?(?:cv|curriculum|candidatura)?\\b",
      )),
    examples: ["Sto per candidarmi.", "Mi faresti sapere se ci sono posizioni aperte?", "ci sono posti liberi in magazzino? mio cugino cerca lavoro da un pezzo",
      "mi ha detto che cercate ancora una cameriera / se c'è ancora posto io sarei disponibile anche nei weekend"],
    nearMisses: ["Hai mai pensato di scrivere un libro?", "Ho una posizione che potrebbe interessarti:", "Mio cugino cerca casa a Bergamo.",
      "Ci sono ancora posti liberi per il corso di sabato, se ti interessa.", "Volevo solo ringraziarla: ho deciso di candidarmi per la prossima edizione."],
  }),
  askPhrase({
    id: 'no-early-ask.it.be-referred',
    note: "Wants to be referred, introduced, hired",
    kind: 'intro',
    re: g(alt(
        "\\b(?:essere|venire|farmi|farsi) (?:segnalat\\w*|presentat\\w*|raccomandat\\w*|introdott\\w*|assunt\\w*|presentare|segnalare|"
        + "raccomandare|introdurre|conoscere da)\\b",
        "\\b(?:chiederti|chiederle|chiedervi|chiedere|chiedo|chiederei) (?:se possibile )?(?:un'|una |la (?:tua|sua|vostra) )?(?:introduzione|presentazione|segnalazione|"
        + "referenza|raccomandazione) (?:a|al|alla|allo|all'|ai|agli|alle|presso|per|con)\\b",
      )),
    examples: ["Spero di essere segnalato al vostro ufficio HR.", "La contatto per chiederle una introduzione al vostro responsabile acquisti."],
    nearMisses: ["Ho segnalato il bug al vostro ufficio.", "Ciao Giulia, complimenti per la collezione di lampade presentata al Salone."],
  }),
  askPhrase({
    id: 'no-early-ask.it.do-you-know-someone',
    note: "\"Conosci qualcuno in…?\"",
    kind: 'intro',
    re: g("\\bconosci (?:per caso )?(?:qualcuno|qualcuna|nessuno|persone|chi) (?:in|a|da|che|presso|nel|nella|all')\\b"),
    examples: ["Conosci qualcuno in Barilla?"],
    nearMisses: ["Conosci bene Parma?", "Piacere di averti conosciuto!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.may-i-ask',
    note: "\"Posso chiederti / rubarti…\" a question, minutes, a favour",
    kind: 'favour',
    re: g(alt(
        "\\b(?:posso|potrei|potremmo|possiamo) (?:farti|farle|farvi|chiederti|chiederle|chiedervi|rubarti|rubarle|"
        + "rubarvi) (?:\\w+ ){0,3}?(?:domand\\w*|minut\\w*|tempo|favore|mezz'ora|un'ora|ora|quarto d'ora|consigli\\w*|parer\\w*|un'intervista|intervista|contatt\\w*|numer\\w*|"
        + "riferiment\\w*|(?:indirizzo )?(?:e-?)?mail|nominativ\\w*)\\b",
      )),
    examples: ["Posso farle qualche domanda?", "Potrei farti qualche domanda per la mia tesi?", "Potrei rubarti mezz'ora per qualche consiglio?"],
    nearMisses: ["possiamo sentirci?", "Posso mostrartelo?"],
  }),
  askPhrase({
    id: 'no-early-ask.it.if-you-know-anyone',
    note: "\"Se conosci qualcuno\", \"presentami\"",
    kind: 'intro',
    re: g(alt(
        "\\bse conosci (?:qualcuno|qualche|persone|chi|aziende|clienti)\\b",
        "\\bse (?:sai|senti) di qualcuno\\b",
        // Their customers sent the sender's way ("se hai coppie che cercano un fotografo").
        "\\bse (?:hai|ha|avete|ti capita(?:no)?|le capita(?:no)?) (?:dei |delle |degli )?(?:clienti|coppie|amici|contatti|conoscenti|colleghi|pazienti|ospiti|famiglie|aziende)"
        // Someone to hire (an indefinite role, "un fotografo"), not a thing the sender then gives ("che vogliono il preventivo in inglese, ti presto il modello").
        + " (?:che|a cui) (?:cercano|cerca|cercassero|hanno bisogno di|ha bisogno di|serve|servirebbe|potrebbe servire) (?:un|una|un')(?=\\s|\\w)",
        "\\b(?:presentami|segnalami|raccomandami|introducimi|mettimi in contatto)\\b",
        "\\bmi (?:puoi|potresti|può|potrebbe|potete|potreste) (?:presentare|segnalare|raccomandare|mettere in contatto|introdurre)\\b",
      )),
    examples: ["Se conosci qualche attività che ne ha bisogno, mi fai un fischio?", "mi puoi presentare al tuo responsabile acquisti?",
      "se hai coppie che cercano un fotografo, posso mandarti il mio listino?"],
    nearMisses: [
      "Per caso hai il contatto di qualcuno in Barilla che si occupa di packaging?",
      "Ciao Giorgio, grazie per il collegamento! Per caso hai il contatto di qualcuno in Barilla che si occupa di packaging?",
      "Se hai figli che vanno a scuola a Monza, conosci di sicuro la Pascoli.",
      "Se hai clienti che vogliono il preventivo in inglese, ti presto volentieri il mio modello.",
    ],
  }),
  askPhrase({
    id: 'no-early-ask.it.join-our-board',
    note: "Asks them to join the sender's board, team, project",
    kind: 'time',
    re: g(alt(
        "\\b(?:entrare|entrassi) (?:nel|nella|a far parte del|a far parte della) (?:nostro|nostra|mio|mia) (?:advisory board|board|"
        + "team|comitato|consiglio|progetto|startup|community|giuria)\\b",
        "\\bfar parte del (?:nostro|mio) (?:advisory board|board|comitato|consiglio|team)\\b",
        "\\b(?:cerchiamo|stiamo cercando|cerco) (?:un|una) (?:advisor|mentor|investitor\\w*|ambassador|testimonial)\\b",
      )),
    examples: ["Ti andrebbe di entrare nel nostro advisory board?", "Stiamo cercando un advisor per la nostra startup fintech e ho pensato subito a te."],
    nearMisses: ["Mi piacerebbe entrare in contatto.", "Sarei lieto di entrare in contatto."],
  }),
  askPhrase({
    id: 'no-early-ask.it.exchange',
    note: "A trade (\"facciamo uno scambio\", \"in cambio di…\")",
    kind: 'favour', firm: true,
    re: g("\\btu mi \\w+[ie]\\b|\\b(?:ti propongo|facciamo) (?:uno )?scambio\\b|\\bin cambio (?:tu|mi|di)\\b|\\bin cambio di (?:un|una)\\b"),
    examples: ["Ciao Caterina, ti propongo uno scambio:", "io ti faccio il sito web gratis e tu mi segnali ai tuoi clienti."],
    nearMisses: ["Ciao Marco, facciamo parte entrambi dell'associazione Alumni Bocconi Torino:", "Ti propongo il nostro software di gestione prenotazioni a un prezzo speciale:"],
  }),
  askPhrase({
    id: 'no-early-ask.it.would-you',
    note: "Conditional or subjunctive asked of them (\"mi faresti\", \"se mi dessi\")",
    kind: 'favour',
    re: g("\\bmi \\w+(?:resti|reste)\\b|\\b(?:se|che) (?:tu )?mi \\w+(?:assi|essi|issi)\\b"),
    examples: ["Mi aiuteresti?", "mi presenteresti a lui?"],
    nearMisses: ["Saresti disponibile?", "Restiamo in contatto!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.fundraising',
    note: "Raising funds, invites to invest",
    kind: 'sales',
    re: g(alt(
        "\\b(?:sto|stiamo) raccogliendo (?:fondi|capitali|investimenti|\\d+(?:[.,]\\d+)? ?(?:k|mila|milioni|mln|m|€))\\b",
        "\\b(?:alla|per la|sostenere la|contribuire alla) (?:mia|nostra) raccolta fondi\\b",
        "\\b(?:ti|vi|le) interesserebbe (?:sapere come|scoprire come|capire come|saperne di piu|investire|acquistare|comprare|provare|"
        + RECEIVE_SALE + "|una demo|un preventivo|conoscere|partecipare|sostenere|abbonarti|iscriverti)\\b",
        "\\b(?:ti|vi|le) interessa (?:investire|provare|" + RECEIVE_SALE + "|acquistare|una demo|un preventivo|conoscere il nostro|"
        + "conoscere la nostra)\\b",
      )),
    examples: ["ti interesserebbe investire?", "Ti interesserebbe sapere come?", "Le interessa ricevere il nostro catalogo?"],
    nearMisses: ["ti interesserebbe?", "Molto interessante!", "Le interessa ricevere le slide complete? Posso inviargliele qui."],
  }),
  askPhrase({
    id: 'no-early-ask.it.are-you-hiring',
    note: "\"Cercate personale?\", \"state cercando…?\" as a question",
    kind: 'job',
    re: g(alt(
        "\\b(?:cercate|cerchi|state cercando|stai cercando|assumete|assumi) (?:\\w+ ){0,2}?(?:personale|collaborator\\w*|stagional\\w*|"
        + "dipendent\\w*|qualcuno|figure|profili|camerier\\w*|sviluppator\\w*)\\b[^.!]{0,40}\\?",
      )),
    examples: ["Per caso cercate personale per la prossima stagione?"],
    nearMisses: ["se mai cercate un copywriter freelance, io ci sono 😉", "Mi ha detto che cerchi uno stampatore per i cataloghi:"],
  }),
  askPhrase({
    // The same question asked indirectly ("mi basterebbe sapere se in Vetreria state cercando qualcuno", "dimmi se assumete").
    id: 'no-early-ask.it.tell-me-if-hiring',
    note: "The same question asked indirectly (\"dimmi se assumete\")",
    kind: 'job',
    re: g(alt(
        "\\b(?:sapere|dirmi|dimmi|chiederti|chiederle|chiedervi|capire|farmi sapere|"
        + "fammi sapere) se (?:per caso )?(?:[\\w'&-]+ ){0,5}?(?:(?:state|stai|sta|stanno) (?:cercando|assumendo|"
        + "selezionando) (?:\\w+ ){0,2}?(?:personale|collaborator\\w*|dipendent\\w*|qualcuno|figure|profili|candidat\\w*|"
        + "sviluppator\\w*|stagist\\w*)|(?:cercate|cerchi|assumete|assumi) (?:\\w+ ){0,2}?(?:personale|collaborator\\w*|dipendent\\w*|"
        + "qualcuno|figure|profili|sviluppator\\w*|stagist\\w*)|(?:ci sono|avete|ci sarebbero) (?:\\w+ ){0,2}?(?:posizioni|opportunita|"
        + "aperture))\\b",
      )),
    examples: ["Mi faresti sapere se ci sono posizioni aperte?", "Ciao Marta, volevo sapere se nella tua azienda ci sono opportunità per un neolaureato."],
    nearMisses: ["sai se stanno cercando attuari?", "Sto cercando una nuova azienda:"],
  }),
  askPhrase({
    id: 'no-early-ask.it.any-openings',
    note: "\"Ci sono posizioni / opportunità…\"",
    kind: 'job',
    re: g(alt(
        "\\b(?:ci sono|ci fossero|ci sarebbero|avete|avreste) (?:\\w+ ){0,2}?(?:posizioni|opportunita|aperture|"
        + "possibilita di (?:lavoro|inserimento|stage|collaborazione))\\b",
      )),
    examples: ["Mi faresti sapere se ci sono posizioni aperte?", "Ciao Marta, volevo sapere se nella tua azienda ci sono opportunità per un neolaureato."],
    nearMisses: ["Colleghiamoci per scambiarci idee e opportunità!", "Ciao Roberto, lavoriamo nello stesso settore, colleghiamoci per future opportunità!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.tell-me-what-you-think',
    note: "\"Dimmi cosa ne pensi\", \"un tuo parere\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:mi dici|dimmi|mi diresti|fammi sapere|mi fai sapere|mi dai) (?:\\w+ )?(?:cosa ne pensi|che ne pensi|un tuo parere|"
        + "il tuo parere|la tua opinione|un feedback|un riscontro)\\b",
      )),
    examples: ["se ti va, ascolta la prima puntata e fammi sapere cosa ne pensi.", "Ti va se ti mando due righe sul nostro progetto e mi dici cosa ne pensi?"],
    nearMisses: ["Ti andrebbe di provarla e darmi un feedback?", "Ciao Stefano, sto lanciando un'app per agricoltori e cerco beta tester. Ti andrebbe di provarla e darmi un feedback?"],
  }),
  askPhrase({
    id: 'no-early-ask.it.if-you-need-im-here',
    note: "\"Se ti serve…, ci sono io\": a sales pitch",
    kind: 'sales', firm: true,
    re: g(alt(
        "\\bse (?:mai |per caso |un giorno |in futuro )?(?:cerc(?:hi|ate)|(?:hai|avete|avessi|aveste) bisogno di|(?:ti|vi) serv(?:e|"
        + "ono|isse))\\b(?:(?!volontari|gratis|gratuit|pro bono)[^.?!]){0,60}?\\b(?:io ci sono|ci sono io|ci sono\\b|io sono qui|pensami|pensate a me|"
        + "sono disponibile|eccomi|sai dove trovarmi|sapete dove trovarmi)(?![^.?!]{0,60}\\b(?:per passione|volontari|gratis|gratuit|pro bono))",
      )),
    examples: ["se vi serve una mano io ci sono.", "se ti serve un meccanico per gli eventi, ci sono!"],
    // Not help given for free: "se ti servisse una mano volontaria per il progetto, ci sono".
    nearMisses: ["se ti capita qualcuno, pensami!", "Mi faresti sapere se ci sono posizioni aperte?",
      "Se ti servisse una mano volontaria per il progetto, ci sono volentieri!", "se vi servono mentor volontarie ci sono!",
      "Se vi serve una mano per la festa io ci sono, faccio il fotografo per passione."],
  }),
  askPhrase({
    id: 'no-early-ask.it.would-be-grateful',
    note: "\"Ti sarei grato\", \"parlare bene di me\", \"mettere una buona parola\"",
    kind: 'favour',
    re: g(alt(
        "\\b(?:te ne|ve ne|gliene|le|ti|vi) sarei (?:davvero |molto |infinitamente |estremamente )?grat[oa]\\b",
        "\\b(?:parlare|parlargli|parlarle) (?:bene )?di me\\b",
        "\\bmettere (?:una )?buona parola\\b",
      )),
    examples: ["Le sarei grato se potesse inoltrare il mio CV all'ufficio del personale.", "Non voglio disturbarla, ma le sarei grata se potesse indicarmi uno studio dove fare pratica."],
    nearMisses: ["Vi lascio parlare!", "Sarei lieto di entrare in contatto."],
  }),
  askPhrase({
    id: 'no-early-ask.it.answer-survey',
    note: "Answer or fill in a survey or questionnaire",
    kind: 'favour',
    re: g(alt(
        "\\b(?:rispondere|risponderesti|rispondi) a (?:un|una|alcune|qualche|poche|\\d+) (?:breve |veloce |piccolo |"
        + "piccola )?(?:questionario|sondaggio|domande|intervista)\\b",
        "\\bcompilare (?:un|il|questo|il nostro|un breve) (?:\\w+ )?(?:questionario|sondaggio|form|modulo)\\b",
      )),
    examples: ["Hai un minuto per rispondere a un breve questionario sulla tua esperienza con i software gestionali?"],
    nearMisses: ["Ti rispondo a breve."],
  }),
  askPhrase({
    id: 'no-early-ask.it.i-need',
    note: "\"Mi servirebbe / ho bisogno di\" contacts, help, work, an opinion, or anything of theirs (tu, Lei, voi)",
    kind: 'favour',
    re: g(alt(
        "\\b(?:mi serve|mi servirebbe|mi servono|ho bisogno|avrei bisogno|mi occorre|mi farebbe (?:davvero |molto |proprio )?comodo)\\b[^.?!;]{0,30}?\\b(?:contatt\\w*|aiut\\w*|"
        + "lavoro|referenz\\w*|consigli\\w*|una mano|presentazion\\w*|introduzion\\w*|segnalazion\\w*|clienti|sponsor|finanziament\\w*|investitor\\w*|te|"
        + "tuo|tua|suo|sua|vostro|vostra|parere|opinione|riscontro|\\d+ minuti|\\w+ minuti)\\b",
      )),
    examples: ["Ciao Alessia, mi serve un aiuto:", "Ciao Andrea, ti scrivo perché mi serve un contatto in Cerbero:",
      "Sto chiudendo la tesi e mi servirebbe un Suo parere, anche solo due righe.", "mi farebbe davvero comodo un'introduzione al partner"],
    nearMisses: ["Ciao Marco, ho bisogno di un favore:", "Ciao Vittorio, ho bisogno di un favore:"],
  }),
  askPhrase({
    id: 'no-early-ask.it.send-me-contact',
    note: "\"Mi lasci / mandi il tuo numero, contatto, email\"",
    kind: 'favour',
    re: g(alt(
        "\\b(?:mi|ci) (?:lasci|lascia|lasciate|lasceresti|lascerebbe|dai|da|dareste|daresti|darebbe|mandi|manda|mandate|invii|invia|"
        + "scrivi|scriva|passi|passa|giri|gira) (?:per caso |gentilmente |cortesemente )?(?:(?:il|un|il tuo|il suo|un tuo|un suo|"
        + "i tuoi|i suoi|tuo|suo|un suo|qualche) )?(?:recapit\\w|numero|contatto|riferimento|indirizzo|mail|e-mail|email|disponibilita)\\b",
        "\\b(?:avere|ricevere|chiederti|chiederle) (?:il|un) (?:contatto|numero|recapito|riferimento|indirizzo email|email) (?:del|della|dello|di un|di una) (?:tuo|tua|suo|sua|vostro|vostra)\\b",
      )),
    examples: ["mi lascerebbe il suo numero per un preventivo?", "mi lascia un recapito per fissare il sopralluogo?",
      "mi piacerebbe avere il contatto del tuo responsabile per proporgli il nostro corso"],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
  askPhrase({
    id: 'no-early-ask.it.do-you-remember-title',
    note: "Asks them to look something up (\"sai dirmi il titolo…?\")",
    kind: 'favour',
    re: g(alt(
        "\\b(?:ti ricordi|ricordi|ricorderesti|sai|sapresti|mi sai|mi sapresti|conosci) (?:per caso |mica |ancora )?(?:dirmi |"
        + "indicarmi )?(?:il|la|lo|l'|i|le|gli) ?(?:titolo|nome|link|autor\\w+|riferiment\\w+|fonte|sito|indirizzo|numero|"
        + "editore)\\b(?=[^.!]*\\?)",
        "\\bqual (?:era|e) (?:il|la|l') ?(?:titolo|nome|link|fonte|autor\\w+|editore)\\b(?=[^.!]*\\?)",
      )),
    examples: ["ti ricordi il titolo?", "ti ricordi il nome della fonte?"],
    nearMisses: ["Ti lascio il mio numero:", "Ogni numero è una scoperta!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.send-me-projects',
    note: "Projects or clients to pass on to the sender",
    kind: 'job',
    re: g(alt(
        "\\b(?:progett\\w*|lavor\\w*|client\\w*|commess\\w*|incarich\\w*) (?:da|che (?:potresti|puoi|potreste|potete|"
        + "potrebbe)) (?:girarmi|passarmi|affidarmi|mandarmi|segnalarmi|girarci|passarci|affidarci|mandarci|segnalarci)\\b",
      )),
    examples: ["se hai progetti da girarmi, sono pronta."],
    nearMisses: ["Potresti segnalarmi a qualcuno che conosci?", "Potresti raccomandarmi su LinkedIn per le competenze di progettazione strutturale?"],
  }),
  askPhrase({
    id: 'no-early-ask.it.any-help',
    note: "\"Qualsiasi aiuto / consiglio\": open-ended help",
    kind: 'favour',
    re: g(alt(
        "\\b(?:qualsiasi|qualunque|ogni|eventuali|un qualche) (?:aiuto|consiglio|dritta|segnalazione|supporto|contatto|"
        + "suggerimento|indicazione|indirizzo|nome)\\b(?! (?:che|che mi|che ci) (?:hai|avete|ha|mi hai|ci hai)\\b)",
      )),
    examples: ["qualunque consiglio sarà prezioso.", "non so a chi rivolgermi... qualsiasi indicazione mi sarebbe preziosa."],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
  askPhrase({
    id: 'no-early-ask.it.imperative-to-me',
    note: "Imperatives for the sender: mandami, girami, aiutami …",
    kind: 'favour',
    re: g(alt(
        "\\b(?:mandami|girami|inoltrami|passami|consigliami|aiutami|dammi|fammi avere|scrivimi una (?:referenza|raccomandazione)|"
        + "fammi (?:una|un) (?:referenza|raccomandazione|segnalazione|presentazione|favore))\\b",
      )),
    examples: ["Se produci vino, mandami il listino!"],
    nearMisses: ["Fammi sapere!", "49€ al mese invece di 79€. Fammi sapere!"],
  }),
  askPhrase({
    id: 'no-early-ask.it.a-favour',
    note: "The word favore",
    kind: 'favour',
    re: g("\\b(?<!\\b(?:a|in) )(?:un |qualche )?(?:piccolo |grande |enorme )?favore\\b"),
    examples: ["Ti chiedo un favore:", "Ciao Marco, ho bisogno di un favore:"],
    nearMisses: ["Sono a favore del lavoro ibrido."],
  }),
  askPhrase({
    id: 'no-early-ask.it.leave-a-like',
    note: "Like, review, follow, share, vote; \"ti aspetto\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:mettere|lasciare|lasciarmi|lasciarci) (?:un |una )?(?:like|mi piace|recensione|stella|stelline|commento)\\b",
        "(?<!\\b(?:posso|possiamo|potrei|potremmo|volentieri) )\\b(?:seguire|condividere|votare|sostenere) (?:la mia|la nostra|il mio|il nostro|i nostri|le nostre)\\b",
        "\\b(?:link|modulo) per iscriverti\\b",
        "\\b(?:ti|vi) aspett(?:o|iamo)\\b",
      )),
    examples: ["ti lascio il link per iscriverti.", "ti aspetto, ecco il link per iscriverti!"],
    nearMisses: ["Mi farebbe piacere seguire i tuoi progetti.", "Mi piacerebbe seguire i tuoi prossimi esperimenti.",
      "Se le può essere utile, posso condividere i nostri dati anonimizzati."],
  }),
  askPhrase({
    id: 'no-early-ask.it.want-to-ask-you',
    note: "\"Volevo chiederti un parere / consiglio\"; \"hai il contatto di qualcuno…\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:volevo|vorrei|posso|potrei) chiederti (?:un|una|qualche|dei|delle|un paio di) (?:\\w+ )?(?:parer\\w*|consigli\\w*|"
        + "opinion\\w*|favor\\w*|info\\w*|aiut\\w*|dritt\\w*|suggeriment\\w*)\\b",
        "\\b(?:hai|avresti|ha|avrebbe) (?:per caso )?(?:il|un) (?:contatto|riferimento|numero|nome) (?:di|del|della|dello|in|"
        + "per) (?:qualcuno|qualche|un|una|chi)\\b",
        "\\bmi farebbe (?:molto )?piacere se (?:tu )?(?:seguissi|commentassi|condividessi|ascoltassi|leggessi|guardassi|ti iscrivessi|"
        + "votassi|provassi)\\b",
      )),
    examples: ["Volevo chiederti un parere:", "Per caso hai il contatto di qualcuno in Barilla che si occupa di packaging?"],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
  askPhrase({
    id: 'no-early-ask.it.a-question',
    note: "\"Ho una domanda\", \"posso farti una domanda\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:ho|avrei) (?:una|un'|qualche|un paio di) (?:\\w+ )?domand\\w*",
        "\\buna domanda (?:veloce|rapida|secca)\\b",
        "\\bposso farti (?:una|qualche) domand\\w*",
      )),
    examples: ["Una domanda veloce:", "Ho una domanda veloce:"],
    nearMisses: ["Domande azzeccatissime!", "Posso farle qualche domanda?"],
  }),
  askPhrase({
    id: 'no-early-ask.it.take-a-look',
    note: "\"Dai un'occhiata\", \"seguimi\", \"iscriviti\", \"mi aiuterebbe\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:dai|date|dia|dare) un'occhiata (?:quando|al mio|alla mia|al nostro|alla nostra|ai miei|qui|a questo)",
        "(?<!\\b(?:la|una|della|alla|nella|sulla|dalla|di|tua|sua|vostra|nostra|mia|bella|breve|prima) )\\b(?:visita|visitate) "
        + "(?=(?:il|la|lo|i|gli|le|l'|www|https?|questo|questa|pure|anche)\\b)|\\b(?:seguimi|seguici|iscriviti|iscrivetevi|votami|votaci|sostienici)\\b",
        "\\b(?:metti|mettete|lascia|lasciate|lasciami|lasciarmi) (?:un |una )?(?:like|mi piace|recensione|stella|stelline)\\b",
        "\\b(?:mi|ci) aiuterebbe (?:molto|tanto|davvero|parecchio)\\b",
        "\\bcondividi(?:lo|la)? (?:il mio|il nostro|la mia|la nostra|questo|questa)\\b",
      )),
    examples: ["Ci aiuterebbe molto.", "mi aiuterebbe molto.", "Visita il nostro sito per le offerte!"],
    nearMisses: ["Ci aiuterebbe tantissimo in questa fase.", "mi lascia un recapito per fissare il sopralluogo?",
      "Grazie ancora per la visita in cantina."],
  }),
  askPhrase({
    id: 'no-early-ask.it.thanks-in-advance',
    note: "\"Grazie in anticipo\": a favour taken for granted",
    kind: 'favour',
    re: g("\\b(?:grazie|ringraziandoti|ti ringrazio) (?:in anticipo|anticipatamente|fin d'ora|sin d'ora)\\b"),
    examples: ["Grazie in anticipo!"],
    nearMisses: ["Grazie, sono arrivato in anticipo."],
  }),
];

/** Asking for the recipient's time (a call, minutes, a coffee): fine with context and an offer. */
export const timeAsksIT = [
  phrase({
    id: 'no-early-ask.it.minutes-of-time',
    note: "Asks minutes or time (\"hai 10 minuti?\"), a coffee, \"sentiamoci\"",
    re: g(alt(
        "\\b(?:hai|avresti|avete|trovi|troveresti|ha|avrebbe) (?:\\d+|cinque|dieci|quindici|venti|trenta|due|un paio di|pochi|"
        + "qualche) minuti\\b",
        "\\b(?:hai|avresti|ha|avrebbe|avete|avreste) (?:un minuto|un attimo|un momento|tempo|un quarto d'ora|mezz'?ora)\\b",
        "\\b(?:chiedo|chiederei|chiederti|chiederle|chiedervi|rubo|rubarti|rubarle|dedicarmi|concedermi|regalarmi|mi concede|mi concedi|mi dedica|mi dedichi|mi regala)"
        + "(?:,? se possibile,?)? (?:solo |soltanto |appena )?"
        + "(?:(?:\\d+|cinque|dieci|quindici|venti|trenta|pochi|qualche|un paio di) minut[oi]|mezz'ora|un'ora|un quarto d'ora)\\b|\\bminuti del (?:suo|tuo|vostro) (?:prezioso )?tempo\\b",
        "\\bsarebbe possibile (?:avere|ricevere|ottenere|accedere|consultare|vedere)\\b",
        "\\b(?:un po'?|un po|un poco|qualche minuto|mezz'ora) del (?:suo|tuo|vostro) (?:prezioso )?tempo\\b",
        // Not words already exchanged ("mi ha fatto piacere scambiare due parole sul tuo locale").
        "(?<!\\b(?:fatto piacere|stato bello|stato un piacere|stato piacevole) )\\bscambiare (?:due|quattro) (?:parole|chiacchiere)\\b",
        "\\b(?:bastano|basterebbero|mi bastano|mi basterebbero|servono|servirebbero) (?:solo |soltanto |appena )?(?:\\d+|cinque|dieci|quindici|venti|trenta|"
        + "pochi|un paio di) minuti\\b(?! di(?! (?:call|chiamata|videochiamata|telefonata|zoom|meet|confronto)\\b))|\\b(?:intervistarti|intervistarla|intervistarvi)\\b",
        "\\b(?:bere|prendere) (?:un|qualcosa)\\b",
        "\\b(?:ne parliamo|parliamone|sentiamoci|vediamoci)\\b",
        "\\b(?:vorremmo|ci piacerebbe|mi piacerebbe) averti\\b(?! (?:nella|tra i|fra i) (?:mia|miei|nostra|nostri) (?:rete|contatti|collegamenti))",
        "\\b(?:vuoi|ti va di|ti andrebbe di) unirti (?:a noi|al nostro|alla nostra)\\b",
        "\\b(?:averti|invitarti|ospitarti|coinvolgerti) (?:come|al|alla|nel|nella|sul|sulla|tra|in) (?:\\w+ )?(?:ospit\\w|relat\\w+|"
        + "speaker|podcast|evento|panel|giuria|mentor|advisor)",
      )),
    examples: ["Ne parliamo?", "Avrebbe un quarto d'ora per passare al nostro stand?",
      "Se mi concede venti minuti la prossima settimana, Le mostro i risultati.", "Se vuoi ne parliamo con calma.", "Le chiedo solo 15 minuti del suo tempo.",
      "mi piacerebbe intervistarti, bastano 30 minuti.",
      "Le chiederei, se possibile, mezz'ora per discuterne.", "Sarebbe possibile avere accesso ai dati?"],
    nearMisses: ["ti seguo da tempo.", "Piacere di averti conosciuto!", "Mi piacerebbe averti nella mia rete!", "Per la ricetta bastano 30 minuti di forno.",
      "mi ha fatto piacere scambiare due parole sul tuo locale"],
  }),
  phrase({
    id: 'no-early-ask.it.posso-chiamarti',
    note: "Chi scrive propone di telefonare: \"posso chiamarti giovedì?\", \"la posso chiamare?\", \"vorrei telefonarle\", \"ti chiamo io domani\"",
    re: g(alt(
        // Not how to address them ("come posso chiamarla, dottoressa o professoressa?", "ti posso chiamare per nome?").
        "(?<!\\bcome )\\b(?:posso|potrei|possiamo|potremmo) (?:chiamarti|chiamarla|chiamarvi|telefonarti|telefonarle|telefonarvi|richiamarti|"
        + "richiamarla|(?:farti|farle|farvi) (?:una (?:breve |veloce )?(?:telefonata|chiamata)|uno squillo))\\b(?! (?:per nome|col nome|con il nome|dottor|prof|ingegner|avvocat))",
        "(?<!\\bcome )\\b(?:ti|la|le|vi) (?:posso|potrei) (?:chiamare|telefonare|richiamare|fare (?:una (?:breve |veloce )?(?:telefonata|chiamata)|uno squillo))\\b"
        + "(?! (?:per nome|col nome|con il nome|dottor|prof|ingegner|avvocat))",
        "\\b(?:mi piacerebbe|vorrei|desidererei|sarei (?:lieto|lieta|felice) di) (?:chiamarti|chiamarla|chiamarvi|telefonarti|telefonarle|telefonarvi)\\b",
        "\\b(?:ti|la|le|vi) (?:chiamo|telefono|richiamo) (?:io )?(?:domani|lunedi|martedi|mercoledi|giovedi|venerdi|in settimana|nei prossimi giorni|"
        + "la prossima settimana|questa settimana)\\b",
      )),
    examples: ["Posso chiamarla giovedì mattina?", "Ti posso chiamare domani?", "Vorrei telefonarle per presentarle il servizio.", "Se per te va bene ti chiamo io lunedì.",
      "potrei farti una telefonata in settimana?"],
    nearMisses: ["Come posso chiamarla, dottoressa o professoressa?", "Ti posso chiamare per nome?", "Puoi chiamarmi quando vuoi.",
      "Grazie per la telefonata di ieri.", "Posso farti una domanda sul corso?"],
  }),
  phrase({
    id: 'no-early-ask.it.a-call',
    note: "A call, chat, meeting, zoom",
    re: g(alt(
        "\\b(?:una|un'|un) ?(?:breve |veloce |rapida |piccola )?(?:call|chiamata|videochiamata|telefonata|chiacchierata|riunione|zoom|"
        + "meet)\\b",
      )),
    examples: ["Basta una call di mezz'ora.", "Hai 10 minuti per una call questa settimana?"],
    nearMisses: ["Ti ricordi la chiacchierata al Bike Night?", "Ti va di continuare qui la chiacchierata sul pricing?"],
  }),
  phrase({
    id: 'no-early-ask.it.meet-up',
    note: "\"Sentirci\", \"vederci\", \"un caffè\", \"one-to-one\"",
    re: g(alt(
        "\\b(?:sentirci|vederci|incontrarci|parlarne|fare una call|fare due chiacchiere|prendere un caffe|un caffe|one-to-one|"
        // Not an easier channel between people already in touch ("la aggiungo qui per sentirci più facilmente").
        + "one to one|121|appuntamento)\\b(?! (?:piu|più) (?:facilmente|comodamente|velocemente|rapidamente)\\b)",
      )),
    examples: ["Ti devo un caffè:", "possiamo sentirci?"],
    nearMisses: ["Ci vediamo spesso in ufficio.", "La aggiungo qui per sentirci piu facilmente."],
  }),
  phrase({
    id: 'no-early-ask.it.invite-to-speak',
    note: "Invites them to speak, take part, come and present",
    re: g(alt(
        "\\b(?:proporti|proporle|proporvi|invitarti|invitarla|invitarvi|chiederti|chiederle|chiedervi|chiederei|chiederemmo)(?:,? se possibile,?)? (?:di|a) (?:venire a |"
        + "venirci a )?(?:presentare|tenere|fare un intervento|venire|partecipare|parlare|intervenire|raccontare|moderare)\\b",
      )),
    examples: ["Gestisco una piccola libreria a Lecce e mi piacerebbe proporle di presentare il suo libro da noi, se la cosa le interessa.",
      "Le chiederei, se possibile, di venire in classe per un'ora a raccontare il suo lavoro."],
    nearMisses: ["Volevo chiederti un parere:", "Vorrei proporle una campagna."],
  }),
  phrase({
    id: 'no-early-ask.it.when-available',
    note: "\"Quando sei disponibile\", \"saresti disponibile a…\"",
    re: g(alt(
        "\\bquando (?:possiamo|potremmo|sei disponibile|saresti disponibile|hai tempo)\\b",
        "\\b(?:sei|saresti) disponibile\\b|\\b(?:avrebbe|avresti|avreste|ha|hai) (?:la )?disponibilita (?:per|a|ad)\\b",
        "\\b(?:sarebbe|sareste|siete) disponibil[ei] (?:a|ad|per)\\b",
        "\\b(?:tenere|fare|portare) (?:un|una|la (?:sua|tua)) (?:\\w+ )?(?:intervento|talk|lezione|workshop|seminario|speech|"
        + "testimonianza|masterclass) (?:\\w+ ){0,2}?(?:per|presso|al|alla|ai|alle|nel|nella) (?:noi|nostr\\w+|mio|mia|miei)\\b",
      )),
    examples: ["Saresti disponibile?", "Quando potremmo vederci?", "Le chiedo se avrebbe la disponibilità per un breve colloquio."],
    nearMisses: ["possiamo sentirci?", "Possiamo fissare un appuntamento?"],
  }),
];

/** Sales objects: an ask even when dressed as an offer. */
export const salesIT = [
  phrase({
    id: 'no-early-ask.it.get-to-know-our-offer',
    note: 'Il prodotto di chi scrive fatto conoscere, o un guadagno da casa promesso: "farti conoscere le nostre soluzioni", "un\'entrata extra da casa"',
    re: g("\\b(?:farti|farle|farvi) conoscere (?:il nostro|la nostra|i nostri|le nostre|il mio|la mia|i miei|le mie)\\b"
      + "|\\b(?:un'entrata extra|entrate extra|reddito extra|guadagn\\w+ (?:extra|da casa)|lavorare da casa e guadagn\\w+)\\b"
      + "|\\b(?:il nostro|la nostra|i nostri|le nostre) [\\w-]+(?: [\\w'-]+){0,6}? (?:possa|possano|potrebbe|potrebbero) interessar(?:ti|le|vi)\\b"
      + "|\\babbiamo (?:appena |da poco )?lanciato (?:un|una|un') ?(?:nuov[oa] )?(?:linea|gamma|prodotto|app|servizio|piattaforma|collezione)\\b"
      + "|\\b(?:in merito|riguardo|relativamente) (?:a|alla|al) (?:nostr[ao]|mi[ao]) (?:offerta|proposta|servizio|prodotto|soluzione|catalogo)\\b"),
    examples: ["Mi piacerebbe entrare nella tua rete e farti conoscere le nostre soluzioni per il futuro dei tuoi cari.",
      "creare un'entrata extra da casa", "abbiamo appena lanciato una linea di snack proteici",
      "credo che la nostra piattaforma per la gestione dei trattamenti possa interessarti.", "La contatto in merito alla nostra offerta di formazione."],
    nearMisses: ["Vorrei farti conoscere Marta, la mia socia.", "abbiamo lanciato un appello per i volontari"],
  }),
  phrase({
    id: 'no-early-ask.it.looking-for-resellers',
    note: 'Chi scrive cerca chi venda i suoi prodotti: "stiamo cercando un distributore per i nostri cosmetici in Campania"',
    re: g("\\b(?:stiamo cercando|cerchiamo|sto cercando|cerco|siamo alla ricerca di|sono alla ricerca di) (?:un |una |un'|dei |degli |delle |nuovi |nuove )?"
      + "(?:distributor[ei]|rivenditor[ie]|agent[ie] (?:di commercio|commercial[ie]|plurimandatari[oi])|concessionari[oa]?|importator[ei]|grossist[ia]|"
      + "partner commercial[ie]|punti vendita|negozi (?:che|dove|in cui)|rappresentant[ie])\\b(?! (?:per|della|del|di) (?:la |il )?(?:tua|tuo|sua|suo|vostra|vostro)\\b)"),
    examples: ["stiamo cercando un distributore per i nostri prodotti cosmetici in Campania, sei interessato?", "Cerchiamo rivenditori per la nostra linea di borse in pelle."],
    nearMisses: ["Ho visto che cercate un agente immobiliare junior.", "Mio padre era rappresentante di commercio a Bari.",
      "Se stai cercando un distributore per la tua cantina, ti giro un contatto."],
  }),
  phrase({
    id: 'no-early-ask.it.propose-a-meeting',
    note: 'Un incontro proposto per illustrare la propria offerta: "le scrivo per proporle un incontro conoscitivo … per illustrarle il nostro catalogo"',
    re: g("\\b(?:proporle|proporti|proporvi) (?:un|una|un') ?(?:breve |rapido |rapida |breve )?(?:incontro|call|chiamata|videochiamata|demo|consulenza|appuntamento|colloquio)\\b"
      + "|\\b(?:illustrarle|illustrarti|illustrarvi) (?:il nostro|la nostra|i nostri|le nostre)\\b"
      + "|\\b(?:presentarle|presentarti|presentarvi) (?:il nostro|la nostra|i nostri|le nostre) (?:catalog|offert|serviz|prodott|soluzion|piattaform|propost|gamm|listin)\\w*"),
    examples: ["Le scrivo per proporle un incontro conoscitivo gratuito di 30 minuti in cui illustrarle il nostro catalogo corsi."],
    nearMisses: ["Vorrei presentarti Giulia, la nostra nuova collega.", "ti propongo di vederci tutti al bar dopo la riunione",
      "Se ti serve, posso anche presentarti la nostra progettista?"],
  }),
  phrase({
    id: 'no-early-ask.it.if-you-are-looking-for',
    note: 'Il proprio lavoro proposto a chi forse ne ha bisogno: "se stai ancora cercando un fotografo mi piacerebbe mandarti qualche foto"',
    re: g("\\bse (?:stai|state|sta|sei|siete|e) (?:ancora )?(?:cercando|alla ricerca di) (?:un|una|un'|uno) ?(?!lavoro\\b|casa\\b)[\\w-]+\\b[^.?!]{0,60}?"
      + "\\b(?:mandarti|mandarle|mandarvi|inviarti|inviarle|inviarvi|farti vedere|farle vedere|mostrarti|mostrarle|proporti|proporle|proporvi) "
      + "(?:qualche|alcun[ie]|i miei|le mie|il mio|la mia|un paio)\\b"),
    examples: ["se stai ancora cercando un fotografo mi piacerebbe mandarti qualche foto dei miei matrimoni"],
    nearMisses: ["se stai cercando un fotografo, il mio amico Luca è bravissimo", "se stai cercando lavoro posso mandarti qualche annuncio"],
  }),
  phrase({
    id: 'no-early-ask.it.prices-for-places-like-yours',
    note: 'Prezzi o condizioni riservati a chi legge: "prezzi dedicati per hotel come il vostro"',
    re: g("\\b(?:prezzi|tariffe|condizioni|offerte|sconti|listini) (?:dedicat[ie]|riservat[ie]|special[ie]|agevolat[ie]|scontat[ie]|su misura) (?:per|a)\\b"
      + "|\\bper (?:[\\w']+ ){1,2}?come (?:il vostro|la vostra|i vostri|le vostre|il suo|la sua|il tuo|la tua)\\b"),
    examples: ["abbiamo prezzi dedicati per hotel come il vostro.", "Condizioni riservate a chi si iscrive entro giugno."],
    nearMisses: ["I prezzi sono saliti per tutti.", "Un hotel come il vostro è raro da trovare."],
  }),
  phrase({
    id: 'no-early-ask.it.how-we-could-support-you',
    note: 'Un incontro chiesto per vendere il proprio aiuto: "capire come potremmo supportarvi", "se un supporto esterno potrebbe esserLe utile"',
    re: g("\\b(?:capire|valutare|discutere|vedere|approfondire|scoprire) (?:insieme )?come (?:potremmo|possiamo|potrei|posso) (?:supportarvi|supportarti|supportarla|aiutarvi|"
      + "aiutarti|aiutarla|affiancarvi|affiancarti|affiancarla|esservi utili|esserti utile|esserle utile)\\b"
      + "|\\bun (?:nostro )?supporto (?:esterno )?(?:potrebbe|possa|potesse) esser(?:le|ti|vi) utile\\b"),
    examples: ["Sarebbe utile capire come potremmo supportarvi nella transizione.", "Vorrei capire se un supporto esterno potrebbe esserLe utile.",
      "Accetta il mio invito per scoprire come posso aiutarti!"],
    nearMisses: ["Mi chiedevo come potrei aiutare la raccolta fondi del quartiere.", "Il tuo supporto mi è stato utile."],
  }),
  phrase({
    id: 'no-early-ask.it.offer-a-quote',
    note: 'Un preventivo o un\'offerta proposti per il lavoro a pagamento di chi scrive: "potrei prepararLe un preventivo per un audit"',
    re: g("\\b(?:posso|potrei|possiamo|potremmo) (?:prepararti|prepararle|prepararvi|farti|farle|farvi|mandarti|mandarle|mandarvi|inviarti|inviarle|inviarvi) "
      + "(?:un|una|un') ?(?:preventivo|offerta|proposta)(?: \\w+)?\\b"),
    examples: ["Potrei prepararLe un preventivo per un audit completo.", "Possiamo inviarvi un'offerta su misura entro venerdì."],
    nearMisses: ["Posso mandarti la proposta di programma del convegno?", "Mi hai fatto una proposta interessante alla fiera."],
  }),
  phrase({
    id: 'no-early-ask.it.free-consultation',
    note: "Free consultation or audit, special prices, new-customer deals",
    re: g(alt(
        "\\b(?:consulenza|valutazione|analisi|check[- ]?up|prima consulenza|sopralluogo|audit|diagnosi) (?:[\\w-]+ ){0,2}?gratuit\\w*\\b",
        "\\bper i nuovi clienti\\b",
        "\\bprezz[oi] special[ei]\\b",
        "\\b(?:a|ad|con) (?:un )?(?:prezz[oi]|tariff[ae]) (?:da amic\\w*|di favore|special\\w*|scontat\\w*|agevolat\\w*|stracciat\\w*|"
        + "ridott\\w*)\\b",
        "\\bfaccio (?:prezzi|sconti|uno sconto)\\b",
      )),
    examples: ["Ti offro una consulenza gratuita sui social:", "Quando saresti disponibile per un sopralluogo gratuito?",
      "sono sempre a disposizione per un check up gratuito delle sue polizze."],
    nearMisses: ["lo faccio volentieri.", "Anch'io faccio il mentor volontario a Reggio:"],
  }),
  phrase({
    id: 'no-early-ask.it.a-demo',
    note: "A demo of the sender's product",
    re: g(alt(
        "\\b(?:una|un|la nostra|nostra|la mia|mia|breve|veloce) (?:\\w+ )?demo\\b",
        "\\bdemo (?:gratuit\\w*|del nostro|della nostra|personalizzat\\w*)\\b",
      "\\b(?:farti|farle|farvi) vedere (?:la nostra|il nostro|come funziona) (?:\\w+ )?(?:piattaforma|app|soluzione|prodotto|software|gestionale|sistema)?",
      )),
    examples: ["Posso mandarti una demo?", "Ciao Marta, ti regalo volentieri una demo gratuita del nostro gestionale, basta prenotare una call."],
    nearMisses: ["Ti offro una consulenza gratuita sui social:", "se vuoi ti preparo un preventivo personalizzato."],
  }),
  phrase({
    id: 'no-early-ask.it.buy-order-book',
    note: "Buy, order, book, limited offers, % discount",
    re: g(alt(
        "\\b(?:(?:una|la nostra) (?:breve |rapida )?dimostrazion[ei]|dimostrazion[ei] (?:gratuit|online|del nostro|della nostra|dal vivo)\\w*|"
        + "dimostrazz\\w*|call conoscitiva|chiamata conoscitiva|offerta (?:valida|speciale|limitata|esclusiva|"
        + "lancio)|prova gratuita|acquistare|acquista|comprare|compra|ordinare|ordinate|ordinato|chiudere (?:l'ordine|il contratto|"
        + "l'accordo)|l'ordine(?! (?:de(?:i|gli|lle|l)|d[ae]ll'|professionale|provinciale|regionale|nazionale|di |fa |ha |organizza|propone|promuove))|"
        + "prenota\\w*|calendly|vendere|venderti|vendervi)\\b",
        "(?<!\\d)\\d+ ?% di sconto\\b|\\bsconto (?:del |di )?\\d+ ?%|\\bprezzi (?:imbattibili|stracciati|competitivi|vantaggiosi)\\b",
      )),
    examples: ["ti basta prenotare una chiamata con me dal link in bio.", "Ciao Federico, non ti chiedo di comprare niente, promesso.",
      "Quando ha un quarto d'ora per una dimostrazione?", "Le propongo una dimostrazione gratuita del gestionale."],
    nearMisses: ["l'ho comprata e usata per il mio ultimo viaggio.", "l'ho comprata e usata per il mio ultimo viaggio. Bellissima!",
      "Sei stato bravissimo con la dimostrazione della cottura al forno.", "ho seguito il corso dell'Ordine degli Ingegneri di Lecco.",
      "Il 12 marzo l'Ordine fa un seminario gratuito sul subappalto."],
  }),
  phrase({
    id: 'no-early-ask.it.propose-our',
    note: "Proposes the sender's services or a partnership",
    re: g(alt(
        "\\bpropor(?:ti|vi|gli|le|re|rti|rvi|rgli|rle)\\b[^.?!;]{0,15}?\\b(?:i nostri|le nostre|il nostro|la nostra|una collaborazione|"
        + "un'offerta|un accordo|una partnership|un servizio|i miei servizi|il mio servizio)\\b",
      )),
    examples: ["Ciao Marco, sono consulente IT e vorrei proporti una collaborazione.", "Vorremmo proporle la nostra nuova linea di serramenti in PVC con detrazione al 50%."],
    nearMisses: ["Ti presento i nostri materiali.", "Vuoi ricevere il nostro catalogo?"],
  }),
  phrase({
    id: 'no-early-ask.it.show-you-how',
    note: "Shows how the product works, free months",
    re: g(alt(
        "\\b(?:ti|vi|le) mostr(?:o|erei|iamo) (?:come funziona|una|il nostro|la nostra)\\b",
        "\\bmostrarti (?:(?:in anteprima|velocemente|brevemente|rapidamente|di persona) )?(?:come funziona|il nostro|la nostra)\\b",
        "\\bvederl[oa] in azione\\b",
        "\\b\\d+ (?:mesi|settimane|giorni) (?:gratis|gratuit\\w*|in omaggio)\\b",
        "\\bgratis per \\d+\\b",
        "\\b(?:una|la nostra|la mia) proposta (?:di collaborazione|commerciale|di partnership)\\b",
        "\\bpresent(?:arti|arle|arvi|are|argli|arlo|arla) (?:la nostra|il nostro|i nostri|le nostre|la mia|il mio|"
        + "i miei) (?!(?:collega|colleghi|colleghe|amic|soci|socia|team|fondat|ceo|direttor|direttric|responsabil|figli|marito|moglie|"
        + "compagn|referent|contatt|partner|espert|client|consulent|avvocat|commercialist|architett|ingegner|medic|dottor|designer|"
        + "fotograf|grafic|avvocat)\\w*|\\w+(?:ist[aei]|tore|tori|trice|trici)\\b)\\w+",
        "\\b(?:inviart\\w*|mandart\\w*|farti avere|spedirti) (?:qualche|un|una|dei|delle|alcuni|alcune|i nostri|"
        + "il nostro) (?:campion\\w*|omaggi\\w*|prodott\\w*|catalog\\w*|bottigli\\w*|brochure)\\b",
        "\\b(?:ti|la|vi) contatto per (?:proporti|proporle|proporvi|presentarti|presentarle|presentarvi|offrirti|offrirle|offrirvi)\\b",
        "\\b(?:inviart\\w*|inviarl\\w*|mandart\\w*|inviarvi) (?:una|la nostra|il nostro) (?:proposta|offerta|preventivo|catalogo|listino)\\b",
      )),
    examples: ["Posso mandarti il nostro catalogo?", "Possiamo inviarti qualche campione?", "mi piacerebbe mostrarti in anteprima il nostro deck"],
    nearMisses: ["Posso mostrartelo?", "vuoi che vi presenti?", "se dovesse passare in Val Trompia, sarebbe un piacere mostrarLe il nostro stabilimento"],
  }),
  phrase({
    id: 'no-early-ask.it.contact-me-for-quote',
    note: "\"Contattami per un preventivo\"",
    re: g(alt(
        "\\b(?:contattami|contattaci|scrivimi|scrivici|rispondi(?: a questo messaggio)?|chiamami|chiamaci) (?:per|"
        + "e) (?:\\w+ ){0,3}?(?:preventiv\\w*|offert\\w*|informazioni|ricevere|demo|prova|prenotare|ordinare|acquistare|consulenz\\w*|"
        + "sopralluog\\w*|appuntament\\w*)\\b",
      )),
    examples: ["chiamami per fissare una consulenza.", "Ciao Marta, se vi serve un sito nuovo contattami per un preventivo senza impegno."],
    nearMisses: ["scrivimi e ti giro i prezzi.", "Se ti interessa qualcosa scrivimi!"],
  }),
  phrase({
    id: 'no-early-ask.it.become-reseller',
    note: "Become the sender's reseller or client; sends the catalogue",
    re: g(alt(
        "\\bdiventare (?:un |una |il |la )?(?:nostr\\w+|mi[oa]) (?:rivenditor\\w*|distributor\\w*|partner|agent\\w*|client\\w*|"
        + "affiliat\\w*|concessionari\\w*|franchis\\w*)\\b",
        "\\b(?:ti|vi|le) (?:mando|invio|giro|allego|lascio|passo|faccio avere) (?:\\w+ )?(?:il|la|i|le|un|una) (?:nostr\\w+ |"
        + "mi[oa] )?(?:catalog\\w*|listin\\w*|brochure|preventiv\\w*|tariffe|tariffari\\w*|prezzi)\\b",
      )),
    examples: ["scrivimi e ti giro i prezzi.", "Ti mando volentieri il catalogo."],
    nearMisses: ["Vuoi ricevere il nostro catalogo?", "Posso mandarti il nostro catalogo?"],
  }),
];

/** Commercial words that make an ask only next to a call to action. */
export const salesWeakIT = [
  phrase({
    id: 'no-early-ask.it.we-offer',
    note: "What the sender's business sells (\"offriamo\", \"aiutiamo\")",
    re: g(alt(
        "\\b(?:stiamo|sto) (?:offrendo|proponendo|regalando|vendendo|promuovendo|lanciando sul mercato)\\b",
        "(?<!\\d)\\d+ ?% in meno\\b",
        "\\brappresento (?:un|una|l')\\b",
        "\\b(?:aiutiamo|offriamo|forniamo|realizziamo|vendiamo|vendo|progettiamo|sviluppiamo|distribuiamo|installiamo|produciamo|"
        + "importiamo|esportiamo|gestiamo|noleggiamo|trasportiamo|stampiamo)\\b",
        "\\ba prezzi (?:ottimi|scontati|vantaggiosi|competitivi|imbattibili|speciali)\\b",
        "\\b(?:offro|propongo|fornisco) (?:la mia |una |un |un' )?(?:consulenz\\w*|serviz[io]\\w*|soluzion\\w*|formazione|assistenza|audit)\\b",
        "\\b(?:il nostro|la nostra) (?:studio|agenzia|azienda|societa|team|ditta) (?:e )?specializzat\\w+ (?:in|nel|nella|nei|nelle)\\b",
        "\\b(?:potremmo|possiamo|potrei|posso) essere (?:il|la) (?:suo|tuo|vostro|sua|tua|vostra) (?:partner|fornitore|fornitrice|alleato) (?:ideale|giusto|perfetto)\\b",
        "\\bsono (?:un|una|un') ?(?:\\w+ ){0,2}?(?:consulent\\w|agente|broker|promotor\\w|coach|recruiter|freelance|commercial\\w)\\b",
        "\\bcome possiamo aiutar\\w*",
        "\\b(?:la nostra|il nostro|la mia|il mio) (?:\\w+ ){0,3}?(?:agenzia|azienda|studio|team|societa) (?:ha|"
        + "hanno) (?:gia )?(?:lavorato|aiutato|servito|collaborato)\\b",
        "\\b(?:ho|avrei|abbiamo|avremmo) una proposta\\b",
        "\\b(?:ha|hanno|abbiamo|ho) (?:gia )?aiutato (?:oltre |piu di |circa |quasi )?\\d+",
        "\\b(?:il nostro|il mio) (?:metodo|sistema|programma|percorso|software|servizio)\\b",
        "\\b(?:la nostra|la mia) (?:agenzia|azienda|societa|startup) (?:offre|propone|realizza|aiuta|vende|fornisce)\\b",
        "\\baiuto (?:le |gli |i )?(?:aziende|imprese|professionisti|imprenditori|imprenditrici|famiglie|negozi|ristoranti|clienti|studi|pmi)\\b",
      )),
    examples: ["produciamo vini biologici in Langa.", "Ciao Marta, sono una grafica freelance:", "Noleggiamo furgoni refrigerati in tutto il Nord.",
      "Aiuto le aziende a ridurre la bolletta di luce e gas."],
    nearMisses: ["Ti lascio il mio numero:", "Ti allego il mio portfolio:"],
  }),
  phrase({
    id: 'no-early-ask.it.sales-role',
    note: "The sender's sales role, a collaboration to explore",
    re: g(alt(
        "\\bsono (?:il |la )?(?:responsabile|direttore|direttrice|referente|addett\\w|account manager|area manager|"
        + "key account) (?:commerciale|vendite|sales|marketing|business development|clienti)\\b",
        "\\b(?:valutare|avviare|esplorare|iniziare|instaurare|discutere|proporti|proporle|proporvi) (?:una |un'|un )?(?:possibile |"
        + "eventuale |nuova |bella )?(?:collaborazione|partnership|sinergia|accordo commerciale)\\b",
      )),
    examples: ["potremmo valutare una collaborazione?", "Ciao Simona, sono responsabile commerciale di Eventix:"],
    nearMisses: ["se ti va ti metto in contatto con la direttrice.", "puoi presentarmi al responsabile IT della tua banca?"],
  }),
  phrase({
    id: 'no-early-ask.it.price-words',
    note: "Price words: preventivo, listino, sconto, contratto",
    re: g("\\b(?:preventiv\\w*|listino|scont\\w*|prezz\\w*|contratto|abbonament\\w*|periodo di prova|pacchett\\w*)\\b"),
    examples: ["scrivimi e ti giro i prezzi.", "Se produci vino, mandami il listino!"],
    nearMisses: [
      "Gentile Lucia, la seguo da tempo e apprezzo molto i suoi contenuti.",
      "Gentile Lucia, la seguo da tempo e apprezzo molto i suoi contenuti. Sarei felice di far parte della sua rete.",
    ],
  }),
  phrase({
    id: 'no-early-ask.it.our-services',
    note: "\"I nostri servizi\", \"la nostra piattaforma\", \"il nostro software\"",
    re: g(alt(
        "\\b(?:i nostri|i miei) (?:\\w+ ){0,2}?servizi\\b",
        "\\b(?:la nostra|la mia) (?:\\w+ ){0,2}?(?:piattaforma|soluzione|offerta|agenzia|app)\\b",
        "\\bil nostro (?:\\w+ ){0,2}?(?:software|prodotto|servizio|crm|tool|gestionale|programma|pacchetto|sensore|sistema)\\b",
      )),
    examples: ["Sono alla ricerca di clienti per la mia agenzia di traduzioni:", "Ti propongo il nostro software di gestione prenotazioni a un prezzo speciale:"],
    nearMisses: ["Vuoi ricevere il nostro catalogo?", "Posso mandarti il nostro catalogo?"],
  }),
  phrase({
    id: 'no-early-ask.it.amount-in-euro',
    note: "An amount in euro",
    re: g("\\b\\d+ ?(?:€|euro)(?!\\w)|€ ?\\d+"),
    examples: ["Costa solo 49 euro al mese.", "49€ al mese invece di 79€."],
    nearMisses: ["Siamo in 49 in ufficio."],
  }),
];

/** Oversized targets of an ask (executives, decision makers). */
export const oversizedIT = phrase({
  id: 'no-early-ask.it.executives',
  note: "Executives and decision makers: AD, CEO, direttore, titolare",
  re: g(alt(
        "\\b(?:amministrator\\w* delegat\\w*|ad|ceo|cto|cfo|coo|cmo|cio|direttor\\w*|dirigent\\w*|responsabile (?:acquisti|"
        + "commerciale|hr|del personale|risorse umane|marketing)|head of \\w+|titolare|founder|co-?founder|fondator\\w*|president\\w*|vp|"
        + "vice president\\w*|board|hiring manager|chi si occupa (?:della selezione|degli acquisti|delle assunzioni)|socio|soci|"
        + "proprietari\\w*)\\b",
      )),
  examples: ["Ho visto che sei CTO di Bitwise:", "Il mio socio ne ha uno libero da marzo:"],
  nearMisses: ["Il responsabile del magazzino è gentile."],
});
/** Calls to action that turn a price word into a sales ask (read with the price word's sentence). */
export const callToActionIT = [
  phrase({
    id: 'no-early-ask.it.contact-me',
    note: "Imperatives and conditions that call the reader to buy or get in touch (\"contattami\", \"se ordini\")",
    re: g(alt(
      "\\b(?:contatta(?:mi|ci|temi|teci)|contattarmi|contattarci|scrivi(?:mi|ci)|rispondi|chiama(?:mi|ci)",
      "(?:mi|ci) (?:scrivi|scrivete|scriva|contatti|contattate|chiami|chiamate|chiama(?= al))|basta (?:che mi|scrivermi|un messaggio)",
      "se (?:ordin|acquist|compr|firm)\\w*|vi facciamo|ti facciamo|(?:ti|le|vi) spiego come|scopri (?:i|le|il|la) (?:miei|mie|mio|mia|nostri|nostre|nostro|nostra))\\b",
    )),
    examples: ["Basta un messaggio e ti mando il listino.", "Se ordini entro venerdì la spedizione è gratuita.", "Accetta il collegamento e ti spiego come!",
      "connettiamoci, e scopri i miei corsi di marketing"],
    nearMisses: ["Mi ha scritto Paolo per la cena.", "Ci siamo scritti dopo la fiera."],
  }),
];

/** "Fammi sapere se ti serve": with a pitch statement, an invitation to buy. */
export const needCtaIT = [
  phrase({
    id: 'no-early-ask.it.if-you-need',
    note: "\"Se ti serve / se ti interessa\": invites a purchase when the draft describes what the sender sells",
    re: g("\\b(?:se (?:ti|vi) serv(?:e|ono)|se (?:ti|vi) interessa|fammi sapere se (?:ti|vi) serv|interessat[oaie]\\?|se (?:hai|avete|ha) bisogno|ti spiego come)"),
    examples: ["Se ti serve un fornitore affidabile, eccomi.", "Sareste interessati?", "se hai bisogno sono qui!", "Colleghiamoci e ti spiego come!"],
    nearMisses: ["Mi serve una pausa dopo la fiera.", "Sono interessato al tema da anni."],
  }),
];

/** The sender's own call to action on a sale ("prenota la tua demo"): then "your demo" is not their thing. */
export const bookVerbsIT = wordList({
  id: 'no-early-ask.it.book-verbs',
  note: 'Verbs of a booking call to action: "prenota la tua consulenza" is a sale, not their consulenza',
  words: ['prenota', 'prenotare', 'richiedi', 'richiedere', 'fissa', 'fissare', 'ottieni', 'attiva', 'riserva'],
});
/** "Non ti chiedo molto": a minimizer that usually announces an ask (mechanism minimizer-ask). */
export const askDisclaimerIT = [
  phrase({
    id: 'no-early-ask.it.not-asking-much',
    note: '"Non ti chiedo molto / nulla di che": what follows "solo" is read as the ask',
    re: g("\\bnon (?:ti |vi |le )?(?:chiedo|sto chiedendo|voglio chiederti|ti sto chiedendo|rubo|rubero|voglio rubarti|voglio rubarle) "
      + "(?:molto|tanto|granche|troppo|nulla di che|nulla di particolare|niente di particolare|niente di che)(?: tempo)?\\b"),
    examples: ["Non ti chiedo molto, solo due righe di presentazione.", "non ti rubo tanto tempo, solo cinque minuti al telefono",
      "Non chiedo nulla di particolare, mi piacerebbe solo sapere se pensate di inserire qualcuno."],
    nearMisses: ["Ti chiedo scusa per il ritardo.", "Non ti chiedo nulla."],
  }),
];
/** Una promessa di non chiedere né vendere: le richieste nella sua frase sono quelle promesse via (salvo un "solo" dopo). */
export const noAskPromiseIT = [
  phrase({
    id: 'no-early-ask.it.non-ti-chiedero',
    note: '"Non voglio venderti nulla né chiederti una call": quel che nomina non è chiesto',
    re: g("\\bnon (?:ti |le |vi )?(?:voglio|vorrei|sto per|intendo|scrivo per) (?:venderti|venderle|vendervi|vendere|chiederti|chiederle|chiedervi|proporti|proporle)\\b"
      + "|\\bnon (?:ti |le |vi )?(?:chiedero|vendero|proporro)\\b"),
    examples: ["Non voglio venderti nulla né chiederti una call, promesso."],
    nearMisses: ["Volevo chiederti una cosa.", "Non vedo l'ora di sentirti."],
  }),
];

/** "Non è una vendita": a disclaimer that, next to the sender's product, is itself a pitch (mechanism pitch-without-cta). */
export const pitchDisclaimerIT = [
  phrase({
    id: 'no-early-ask.it.not-a-sale',
    note: 'Says it is not selling ("non è una vendita", "non voglio venderti nulla")',
    re: g("\\bnon (?:e|sarebbe|si tratta di) (?:una |un )?(?:vendita|proposta commerciale|pubblicita|messaggio (?:commerciale|pubblicitario|promozionale)|spam)\\b"
      + "|\\bnon (?:ti |vi |le )?(?:voglio )?vend(?:o|ere|erti)\\b"),
    examples: ["Non è una vendita, te lo prometto.", "Non voglio venderti niente.", "non è un messaggio commerciale 😅"],
    nearMisses: ["La vendita di Natale è andata bene.", "Vendo bici usate nel weekend."],
  }),
];

/** What the reader asked for or agreed to earlier: a sale in its sentence is the sender keeping a promise (mechanism agreed-earlier). */
export const agreedEarlierIT = [
  phrase({
    id: 'no-early-ask.it.as-agreed',
    note: 'Un accordo già preso: "come ti dicevo al telefono", "come d\'accordo", "come mi ha chiesto"',
    re: g("\\bcome (?:ti |le |vi )?(?:dicevo|dicevamo|avevo detto|anticipavo|promesso)\\b|\\bcome (?:d'accordo|concordato|richiesto|da (?:accordi|richiesta))\\b"
      + "|\\bcome (?:mi )?(?:hai|ha|avete) (?:chiesto|richiesto)\\b|\\bcome ci (?:eravamo|siamo) detti\\b"),
    examples: ["come ti dicevo al telefono ti aggiungo qui, così ti mando il preventivo", "Come d'accordo le invio il listino."],
    nearMisses: ["Come stai? Ti mando il listino.", "come ogni anno vi proponiamo il calendario"],
  }),
];

/** The sender's product named as what they have or offer (mechanism pitch-without-cta). */
export const productClaimIT = [
  phrase({
    id: 'no-early-ask.it.we-are-a-business',
    note: 'Chi scrive presenta la sua impresa: "siamo un\'agenzia di Bari specializzata in …", "la nostra azienda produce …", "con il nostro lettore"',
    re: g(alt(
      "\\bsiamo (?:un'|una |un |uno )(?:[\\w-]+ )?(?:agenzia|azienda|societa|studio|startup|software house|impresa|cooperativa|rete di)\\b",
      "\\b(?:la nostra|il nostro) (?:azienda|agenzia|societa|studio|impresa|laboratorio) (?:produce|realizza|offre|fornisce|sviluppa|distribuisce|vende|progetta|installa)\\b",
      "\\b(?:la nostra|il nostro) (?:piattaforma|app|applicazione|soluzione|software|gestionale|prodotto|servizio|tecnologia|linea|gamma|macchinario|sistema)"
        + "(?: \\w+)? (?:automatizza|riduce|semplifica|gestisce|permette|consente|aiuta|taglia|dimezza|ottimizza|garantisce|assicura|abbatte|aumenta)\\b",
      "\\bcon (?:il nostro|la nostra|i nostri|le nostre) (?!incontro|chiacchierat|conversazion|telefonat|amic|gruppo)[\\w-]+",
      "\\blavoriamo (?:gia )?con (?:diversi|divers[ie]|molti|molte|tanti|tante|parecchi|numerosi|numerose|oltre \\d+|piu di \\d+|\\d+) (?:[\\w-]+ )?"
        + "(?:ristoranti|clienti|aziende|hotel|studi|negozi|cantine|farmacie|scuole|comuni|strutture)\\b",
    )),
    examples: ["Siamo un'agenzia di Bari specializzata in siti web.", "La nostra azienda produce dispositivi di protezione.",
      "Con il nostro lettore RFID l'inventario si chiude in fretta.", "La nostra piattaforma Turnify automatizza i turni.",
      "Lavoriamo con diversi ristoranti stellati in Liguria."],
    nearMisses: ["Siamo una famiglia di viticoltori da tre generazioni e amiamo il Vermentino.", "Con il nostro gruppo di corsa ci vediamo il sabato."],
  }),
  phrase({
    id: 'no-early-ask.it.we-help-businesses',
    note: 'A value proposition: "aiutiamo le aziende come la tua a …", "abbiamo appena lanciato un …"',
    re: g(alt(
      "\\b(?:aiutiamo|supportiamo|affianchiamo|accompagniamo) (?:le |i |gli )?(?:\\w+ )?(?:aziende|imprese|pmi|professionisti|negozi|studi|ristoranti|team|brand|startup|"
        + "cliniche|hotel|agenzie|e-?commerce)\\b",
      "\\babbiamo (?:appena |da poco )?(?:lanciato|sviluppato|creato|realizzato) (?:un|una|un') ?(?:\\w+ )?(?:servizio|prodotto|strumento|tool|app|software|"
        + "piattaforma|sistema|modulo|plugin|dispositivo|sensore|estensione)\\b",
    )),
    examples: ["Aiutiamo aziende come la tua a digitalizzare i processi.", "Abbiamo appena lanciato una piattaforma per i turni.",
      "Abbiamo sviluppato un modulo di pianificazione che si integra con il gestionale."],
    nearMisses: ["Aiutiamo i ragazzi del quartiere con i compiti.", "Abbiamo appena lanciato la campagna di raccolta fondi."],
  }),
  phrase({
    id: 'no-early-ask.it.we-have-a-product',
    note: '"Abbiamo un software / una piattaforma": the sender\'s product',
    re: g("\\b(?:abbiamo|ho|offriamo|proponiamo) (?:solo |anche |appena lanciato )?(?:un|una|un') ?(?:\\w+ )?(?:software|app|piattaforma|soluzione|gestionale)\\b"),
    examples: ["Abbiamo solo un software che fa i turni da solo."],
    nearMisses: ["Ho provato un software simile l'anno scorso.", "Usiamo un gestionale vecchio."],
  }),
];

/** A measurable result promised by the sender's product (mechanism pitch-without-cta). */
export const outcomeClaimIT = [
  phrase({
    id: 'no-early-ask.it.help-clients-to',
    note: 'Uno slogan: chi scrive aiuta un tipo di cliente a ottenere un risultato ("aiuto professionisti e imprenditori a proteggere il patrimonio", '
      + '"supportiamo le PMI nell\'ottenimento dei crediti")',
    re: g("\\b(?:aiutiamo|aiuto|supportiamo|supporto|affianchiamo|affianco|accompagniamo|accompagno) (?:[\\w'-]+ ){0,5}?(?:aziende|imprese|pmi|professionisti|imprenditori|"
      + "negozi|studi|ristoranti|team|brand|startup|cliniche|hotel|agenzie|famiglie|privati|clienti|artigiani|cantine|commercianti|locali|strutture|"
      + "amministratori|condomini|produttori|birrifici|e-?commerce) (?:[\\w'-]+ ){0,5}?(?:(?:a|ad) [\\w']+(?:are|ere|ire|arsi|ersi|irsi|arli|erli|irli)|"
      + "(?:nel|nella|nell'|nei|negli) ?[\\w']+(?:mento|zione|ione))\\b"),
    examples: ["Aiuto professionisti e imprenditori a proteggere il patrimonio.", "Aiutiamo i brand a raddoppiare le vendite online in 90 giorni.",
      "Supportiamo le PMI del settore metalmeccanico nell'ottenimento dei crediti d'imposta."],
    nearMisses: ["Aiutiamo i ragazzi del quartiere a fare i compiti.", "Aiuto mia madre a gestire il negozio il sabato.",
      "Le aziende del distretto ci hanno aiutato a organizzare la fiera."],
  }),
  phrase({
    id: 'no-early-ask.it.fit-for-you',
    note: 'Il prodotto detto fatto per chi legge: "ideali per le vostre squadre", "perfetti per il tuo studio"',
    re: g("\\b(?:ideal[ei]|perfett[ioae]|pensat[ioae]|su misura) per (?:le |la |il |i |gli |lo |l')?(?:vostr|tu|su)[oaie]\\b"
      + "|\\b(?:ideal[ei]|perfett[ioae]|pensat[ioae]) (?:proprio |apposta |appositamente )?per (?:un[ao]? |un')?(?:aziende?|realta|studi[oi]?|"
      + "impres[ae]|negozi[oi]?|attivita|professionisti|uffici[oi]?|"
      + "struttur[ae]|cliniche?|hotel|ristoranti?) come (?:la|il|lo|l')\\b"),
    examples: ["Dispositivi certificati, ideali per le vostre squadre in cantiere.", "Siti veloci, perfetti per il tuo studio.",
      "Ideale per aziende come la vostra.", "Ideale per una struttura come la Clinica San Vito.", "Il gestionale è pensato proprio per realtà come la vostra."],
    nearMisses: ["Il posto ideale per una cena di gruppo.", "Una giornata perfetta per la vendemmia."],
  }),
  phrase({
    id: 'no-early-ask.it.fit-like-yours',
    note: 'Il prodotto adattato a un\'attività "come la tua": "aiutiamo locali come il tuo a riempire i tavoli", "per un negozio come il vostro"',
    re: g("(?<!\\bgrazie )\\b(?:per|aiutiamo|aiuto|supportiamo|affianchiamo|serviamo|lavoriamo con) (?:[\\w']+ ){1,4}?come (?:il tuo|la tua|il suo|la sua|il vostro|la vostra|i vostri|"
      + "le vostre|i tuoi|le tue)\\b"),
    examples: ["Aiutiamo locali come il tuo a riempire i tavoli.", "Ideale per un negozio come il vostro."],
    nearMisses: ["Mi piacerebbe un giardino come il tuo.", "Grazie per un consiglio come il tuo, prezioso."],
  }),
  phrase({
    id: 'no-early-ask.it.speed-or-clients-promised',
    note: 'Un risultato promesso in tempi o clienti: "lo chiudono in venti minuti", "le portiamo nuovi clienti ogni mese"',
    re: g(alt(
      "\\b(?:chiud|complet|consegn|rifacc|realizz|install|attiv)\\w* (?:[\\w']+ ){0,3}?in (?:\\d+|due|tre|quattro|cinque|dieci|quindici|venti|trenta) (?:minuti|ore|giorni|settimane)\\b",
      "\\b(?:portiamo|porta|portano|portare) (?:[\\w']+ ){0,2}?(?:nuovi |piu )?clienti\\b",
    )),
    examples: ["Con il nostro lettore molti negozi lo chiudono in venti minuti.", "Rifacciamo il sito in tre settimane e le portiamo nuovi clienti ogni mese."],
    nearMisses: ["Ci vediamo in tre settimane a Verona.", "Ho chiuso il trasloco in due giorni, che fatica."],
  }),
  phrase({
    id: 'no-early-ask.it.up-to-percent',
    note: 'A promised gain in numbers: "risparmiare fino al 30%", "aumentare le vendite del 20%", "risparmiano in media 600€ l\'anno"',
    re: g("\\b(?:risparmi\\w*|ridurre|riducendo|riduce|riducono|aumentare|aumentando|aumenta|aumentano|tagliare|taglia|tagliano|recuperare|guadagnare) "
      + "(?:[\\w']+ ){0,5}?(?:(?:fino al |del |il )?\\d+(?:[-–]\\d+)? ?%|(?:in media|mediamente|fino a) (?:€ ?)?\\d+)"),
    examples: ["Aiutiamo le aziende a risparmiare fino al 30% di tempo.", "Aiutiamo PMI come la vostra a ridurre i costi di acquisto del 10-15% nel primo anno.",
      "Il nostro software riduce proprio quel costo per hotel del 30%.",
      "con Contabilità Smart le partite IVA come te risparmiano in media 600€ l'anno sul commercialista."],
    nearMisses: ["Il 30% dei partecipanti era di Milano.", "Abbiamo ridotto le riunioni del team.", "In media risparmio 50 euro al mese facendo la spesa al mercato."],
  }),
  phrase({
    id: 'no-early-ask.it.cuts-by',
    note: 'A promised result: "dimezza i tempi", "riduce gli errori del 40%"',
    re: g("\\b(?:dimezza|riduce|taglia|abbatte|azzera|raddoppia|triplica)(?:no)? (?:[\\w']+ ){0,3}?(?:tempi|costi|errori|spese|vendite|fatturato|ore)\\b"),
    examples: ["Il nostro gestionale dimezza i tempi di fatturazione."],
    nearMisses: ["Il traffico dimezza la velocità in città.", "Abbiamo ridotto le riunioni."],
  }),
];
/** A question about how they cope with a business pain (mechanism pitch-without-cta, with a product or a statistic). */
export const painQuestionIT = [
  phrase({
    id: 'no-early-ask.it.come-gestite',
    note: 'Una domanda sul loro problema: "come gestite oggi i ritardi nei pagamenti?", "che cosa usate per le paghe?"',
    re: g("\\bcome (?:gestite|gestisci|affrontate|affronti|risolvete|state gestendo|stai gestendo)\\b|\\b(?:che cosa|cosa|quale software|che software|che gestionale) usate per\\b"
      + "|\\bchi vi (?:segue|fornisce|rifornisce|cura) (?:oggi |attualmente |adesso |ora )?(?:per|il|la|i|le)\\b"),
    examples: ["Come gestite oggi i ritardi nei pagamenti?", "Cosa usate per le paghe in studio?", "Curiosità: chi vi segue oggi per le forniture di pesce?"],
    nearMisses: ["Come state dopo la fiera?", "Mi è piaciuto come hai gestito le domande."],
  }),
];
/** Signs of the sender's product, read only next to a "not a pitch" disclaimer (mechanism disclaimer-evidence). */
export const senderEvidenceIT = [
  phrase({
    id: 'no-early-ask.it.our-offering',
    note: 'Il prodotto di chi scrive: "il nostro gestionale", "la nostra piattaforma", "il nostro servizio"',
    re: g("\\b(?:il|la|i|le) nostr[oaie] (?:[\\w-]+ ){0,2}?(?:software|app|piattaforma|gestionale|soluzione|servizio|prodotto|sistema|sensori|strumento)\\b"),
    examples: ["Il nostro nuovo gestionale per officine è già in cento sedi."],
    nearMisses: ["Il nostro incontro in fiera è stato utile.", "Il tuo gestionale mi incuriosisce."],
  }),
  phrase({
    id: 'no-early-ask.it.result-for-others',
    note: 'Un risultato vantato: "hanno dimezzato il tempo", "fa risparmiare ore", "installazione gratuita"',
    re: g(alt(
      "\\b(?:hanno|ha|abbiamo) (?:gia )?(?:dimezzato|ridotto|tagliato|azzerato|abbattuto|raddoppiato)\\b",
      "\\bfa(?:nno)? risparmiare\\b|\\b(?:prova|installazione|demo|attivazione) gratuit[ao]\\b",
    )),
    examples: ["Tre studi come il tuo hanno dimezzato le ore di inserimento.", "Fa risparmiare due giorni al mese.", "La prova gratuita dura un mese."],
    nearMisses: ["Ho ridotto le ore in ufficio per stare con i figli.", "L'ingresso alla mostra è gratis."],
  }),
];
/** Domande di lavoro senza forma di richiesta (mechanism job-asks). */
export const jobAsksIT = [
  phrase({
    id: 'no-early-ask.it.se-cercano',
    note: 'Chiede se la sua azienda assume: "volevo chiederti se da voi cercano", "mi racconti come si entra"',
    re: g(alt(
      "\\bchiederti se (?:nella tua azienda|da voi|nel tuo team|in azienda|nel tuo studio|nel vostro studio|nella vostra azienda)(?: [\\w']+){0,3}? "
        + "(?:cercano|cercate|assumono|assumete|serve|servono|ci sono posizioni)\\b",
      "\\b(?:mi racconti|mi spieghi|mi dici) come si entra\\b",
      // "vorrei chiederLe se il Suo studio ha in programma nuovi inserimenti": hires asked about.
      "\\b(?:ha|hai|avete|abbia|abbiate|avesse) in programma (?:dei |degli |nuovi |nuove )*(?:inseriment[oi]|assunzion[ei])\\b",
      // "Le chiedo se ha bisogno di collaboratrici": the sender offers themself as the help asked about.
      "\\b(?:chiedo|chiederti|chiederle|chiedervi|volevo chiederti|volevo chiederle|chiedevo) se (?:ha|hai|avete|avesse|avessi|aveste) bisogno di "
        + "(?:collaborat\\w*|personale|rinforzi|una mano in (?:studio|cantiere|negozio|cucina))\\b",
      "\\bse (?:cercano|cercate|assumono|assumete|si libera|si aprono)\\b[^.?!]{0,50}?\\b(?:fammi|fatemi|mi fai|mi fate|dimmi) (?:un fischio|sapere|un cenno|un colpo)\\b",
      "\\bmi candido\\b|\\b(?:ti|le|vi) (?:posso|potrei) (?:mandare|inviare|girare) (?:il mio |il )?(?:cv|curriculum|portfolio)\\b",
      "\\b(?:posso|potrei) (?:mandarti|inviarti|girarti|mandarle|inviarle|girarle|mandarvi|inviarvi) (?:il mio |il )?(?:cv|curriculum|portfolio)\\b",
      "\\b(?:cerco|cerchiamo|sono alla ricerca di|siamo alla ricerca di) (?:nuove |delle )?collaborazioni\\b",
      "\\b(?:inviami|mandami|inviatemi|mandatemi|inviaci|mandaci|mi invii|mi mandi|mi invia|mi manda) (?:pure )?(?:il tuo|il suo|il vostro|un) (?:cv|curriculum)\\b",
      "\\b(?:posso|potrei|possa|potessi|mi piacerebbe|vorrei|sarei felice di|mi farebbe piacere) (?:venire a )?(?:fare|svolgere|iniziare) (?:un|una|uno|un') ?"
        + "(?:prova|stage|tirocinio|periodo di prova|apprendistato)\\b",
      "\\bpossibilita di (?:fare|svolgere|iniziare|avere) (?:un|uno|una|un') ?(?:stage|tirocinio|apprendistato|praticantato|internship|periodo di prova)\\b"
        + "|\\bavete posto per\\b|\\b(?:essere|venire) (?:pres[oa]|tenut[oa]) in considerazione\\b|\\bcerco (?:uno|un) (?:stage|tirocinio)\\b",
      "\\bse si (?:apre|apriss?e|libera|liberass?e|presenta) (?:qualcosa|una posizione|un posto|un'opportunita)\\b[^.!?]{0,50}?\\b(?:pensami|pensa a me|tienimi presente|fammi sapere|dimmi)\\b",
      "\\b(?:avrebbe|avresti|avreste|ha|hai|c'e|ci sarebbe) (?:ancora )?posto per (?:un|uno|una|un') ?(?:\\w+ )?(?:stage|tirocin\\w*|stagista|apprendista|tesista|praticante)\\b",
      "\\b(?:fare|svolgere) (?:la (?:mia )?tesi|il tirocinio|lo stage) (?:\\w+ ){0,3}?con (?:lei|te|voi)\\b",
      "\\bchiedere se (?:fate|avete|fa|ha|prendete|prende|cercate|cerca|fanno) (?:degli |dei |qualche )?(?:stage|apprendistat\\w*|tirocin\\w*|stagisti|apprendisti|personale)\\b",
      "\\b(?:modo migliore|strada migliore|come fare|come posso|come si fa) (?:per )?candidar(?:mi|si|e)\\b",
      "\\bpossibilita di (?:fare|avere|sostenere) (?:un|uno) (?:colloqui\\w*|incontro conoscitivo)\\b",
    )),
    examples: ["vorrei chiederLe se il Suo studio ha in programma nuovi inserimenti.", "Sono un'interior designer e Le chiedo se ha bisogno di collaboratrici per i Suoi progetti.",
      "volevo chiederti se nel tuo studio di commercialista cercate una segretaria part time", "mi ha detto che nel tuo studio cercate una grafica, posso mandarti il portfolio?",
      "Volevo chiederti se da voi cercano tornitori.", "sono geometra e cerco collaborazioni con studi tecnici in zona",
      "Magari mi spieghi come si entra in quel gruppo.", "ps se cercano junior in brand fammi un fischio",
      "se cercate qualcuno per la parte fisica mi candido volentieri, ti posso mandare il CV?",
      "Vorrei chiederle se posso venire a fare una prova in officina.", "Se sei interessato inviami il tuo CV aggiornato.", "se si apre qualcosa nel tuo team pensami, sto cercando.",
      "ci sarebbe la possibilità di svolgere un tirocinio nel Suo laboratorio?", "mi farebbe piacere essere presa in considerazione.",
      "avrebbe posto per uno stage curricolare di 3 mesi nel Suo team?", "vorrei fare la tesi triennale con lei su qualsiasi argomento",
      "Vorrei chiederle se è possibile fare la tesi magistrale con lei sull'analisi del sentiment.", "volevo chiedere se fate stage o apprendistato.",
      "Mi dici qual è il modo migliore per candidarsi da voi?", "Vorrei sapere se c'è la possibilità di fare un colloquio."],
    nearMisses: ["Volevo chiederti se da voi piove ancora.", "Mi racconti come è andata la fiera?"],
  }),
  phrase({
    id: 'no-early-ask.it.availability-offered',
    note: 'Chi scrive offre la propria disponibilità a lavorare o chiede se assumono: "Le lascio la mia disponibilità per supplenze", "sai se state cercando magazzinieri?"',
    re: g(alt(
      "\\b(?:lascio|do|offro|comunico|segnalo) (?:la )?(?:mia )?disponibilit[aà] (?:per|a) (?:eventuali |future |possibili )?"
      + "(?:supplenze|sostituzioni|collaborazioni|incarichi|turni|colloqui|stage|tirocini|lavor\\w+|assunzion\\w+)\\b",
      "\\b(?:sai|sa|sapresti|saprebbe|sapete) se (?:state|stanno|cercate|cercano|assumete|assumono|avete bisogno|hanno bisogno)\\b",
      "\\b(?:mi|ci) (?:invii|invia|mandi|manda|inoltri|inoltra|faccia avere|fai avere) (?:il|un|il suo|il tuo) (?:cv|curriculum)\\b",
      "\\b(?:inviami|mandami|inviatemi) (?:il|un) (?:tuo )?(?:cv|curriculum)\\b",
      "\\bfrequentare (?:il|la|lo) (?:suo|sua|tuo|tua|vostro|vostra) (?:ambulatorio|reparto|laboratorio|studio|officina|cantiere|azienda|gruppo)\\b",
    )),
    examples: ["Le lascio la mia disponibilità per eventuali supplenze.", "sai se state cercando magazinieri? Ho esperienza con il muletto.",
      "Le chiedo se sarebbe possibile frequentare il Suo ambulatorio per un mese.", "Se interessato, mi invii il CV aggiornato all'indirizzo qui sotto."],
    nearMisses: ["Ti ringrazio per la tua disponibilità a parlarne.", "Sai se domani piove?"],
  }),
];
/** Mosse commerciali senza forma di richiesta (mechanism commerce-cues). */
export const commerceCuesIT = [
  phrase({
    id: 'no-early-ask.it.samples-and-proposals',
    note: 'Vendita senza domanda: "ti mando qualche sample?", "vi proponiamo un allestimento completo"',
    re: g("\\b(?:ti|le|vi) (?:posso |possiamo )?(?:mando|invio|porto|lascio|mandare|inviare|portare|lasciare) (?:qualche|dei|alcuni|un paio di) "
      + "(?:campion[ei]|campioncin[oi]|sample|samples)\\b"
      + "|\\b(?:lasciarle|lasciarti|lasciarvi|portarle|portarti|portarvi|mandarle|mandarti|inviarle|inviarti) (?:qualche|dei|alcuni|un paio di) (?:campion[ei]|campioncin[oi]|sample)\\b"
      + "|\\b(?:vi|le|ti) propon(?:iamo|go) (?:un|una|un'|il nostro|la nostra)\\b"
      + "|\\b(?:ti|le|vi) (?:mando|invio|giro|mandiamo|inviamo) (?:volentieri )?(?:il nostro|la nostra|il mio|la mia|l'ultimo) (?:ultimo |ultima )?"
      + "(?:case study|caso studio|brochure|catalogo|listino|presentazione aziendale)\\b"
      + "|\\b(?:la nostra|il nostro) (?:[\\w']+ ){0,4}?(?:offre|propone|organizza|vende)\\b[^.?!\\n]{0,80}?\\b(?:ti|le|vi) (?:va|interessa|interesserebbe) (?:di )?saperne di piu\\b"),
    examples: ["Noi facciamo packaging sostenibile, ti mando qualche sample?", "Per i 30 anni del caseificio vi proponiamo un allestimento completo.",
      "Se vuoi ti mando il nostro ultimo case study.", "La nostra scuola di formazione offre corsi certificati per le aziende: ti va di saperne di più?",
      "Posso passare giovedì a lasciarLe qualche campione?"],
    nearMisses: ["Ti mando qualche foto della festa.", "Vi propongo di vederci tutti in piazza alle otto."],
  }),
  phrase({
    id: 'no-early-ask.it.slots-and-more-info',
    note: 'Vendita senza domanda: "abbiamo ancora due slot liberi", "scopri di più su …", un preventivo chiesto a chi legge da chi compra',
    re: g("\\b(?:ancora )?(?:due|tre|pochi|alcuni|qualche|\\d+) (?:slot|posti) (?:liberi|libero|disponibili)\\b|\\bscopri di piu (?:su|qui|al|sul)\\b"
      + "|\\b(?:chiederle|chiederti|chiedervi) un preventivo\\b"),
    examples: ["Abbiamo ancora due slot liberi per clienti retail.", "Scopri di più su vendipiu.it", "Mi permetto di chiederle un preventivo per le nostre 40 camere."],
    nearMisses: ["Ci sono ancora posti a sedere in fondo alla sala?", "Ho scoperto di più sul tuo progetto."],
  }),
  phrase({
    id: 'no-early-ask.it.prices-and-dates',
    note: 'Vendita senza domanda: "pacchetti a partire da 1.800€", "ho ancora qualche data libera", "noi di X facciamo esattamente questo"',
    re: g("\\b(?:pacchett[oi]|prezz[oi]|tariff[ae]|menu|servizi) (?:\\w+ )?a partire da\\b"
      + "|\\b(?:ho|abbiamo) ancora (?:qualche data|alcune date|poche date) (?:libera|libere|libbera|libbere|disponibile|disponibili)\\b"
      + "|\\bnoi di (?:[\\w'-]+ ){1,3}?(?:facciamo|offriamo|organizziamo|realizziamo) (?:esattamente|proprio) (?:questo|quello)\\b"),
    examples: ["Pacchetti a partire da 1.800€.", "Ho ancora qualche data libera proprio a settembre.", "Noi di Colline Eventi facciamo esattamente questo da dieci anni."],
    nearMisses: ["A partire da lunedì sono in ferie.", "Ho ancora qualche dubbio sul progetto."],
  }),
  phrase({
    id: 'no-early-ask.it.orders-and-wholesale',
    note: 'Vendita senza domanda: "per ordini mi trovate al …", "prezzi da ingrosso", "consegna in 24 ore"',
    re: g("\\bper (?:ordini|ordinare|preventivi)\\b|\\bprezzi (?:da |all')ingrosso\\b|\\bconsegna (?:gratuita |rapida )?in (?:\\d+|24|48) ore\\b"),
    examples: ["Per ordini mi trovate al 340 1234567.", "Prezzi da ingrosso e consegna in 24 ore in tutta la provincia."],
    nearMisses: ["Ho fatto gli ordini per la festa del paese.", "Il pacco è arrivato in 24 ore, grazie!"],
  }),
  phrase({
    id: 'no-early-ask.it.our-price-list',
    note: 'Il catalogo, il listino o il menu di chi scrive, allegati o mandati: "in allegato il nostro catalogo", "ti mando il mio listino"',
    re: g("\\b(?:in allegato|allego|ti allego|le allego|vi allego|ti mando|le mando|vi mando|ti invio|le invio|vi invio|ti giro|le giro) (?:trova |trovi |trovate )?"
      + "(?:il nostro|la nostra|il mio|la mia|i nostri|le nostre) (?:[\\w-]+ )?(?:catalogo|listino|brochure|menu|tariffario|tariffe|prezzi|scheda prodotto)\\b"),
    examples: ["In allegato il nostro catalogo e il listino 2025.", "Ti mando il mio listino per le cene aziendali."],
    nearMisses: ["Ti mando le mie note dal convegno.", "Ho visto il tuo catalogo alla fiera."],
  }),
  phrase({
    id: 'no-early-ask.it.a-vote-or-a-view',
    note: 'Un voto, un parere, un posto tra i relatori chiesti: "basta un voto dal link", "mi basterebbe un tuo parere", "averLa tra i relatori"',
    re: g(alt(
      "\\b(?:basta|bastano|serve|servono|basterebbe) (?:un|il tuo|il suo|qualche|due) (?:voto|voti|like|click|condivision\\w*)\\b",
      "\\b(?:mi )?(?:basterebbe|basta|servirebbe) (?:un|il) (?:tuo|suo) (?:parere|feedback|consiglio|occhio|sguardo)\\b",
      "\\b(?:averla|averti|avervi) (?:tra|come) (?:i |gli |le |nostr\\w )?(?:relator\\w*|ospit\\w*|speaker|docent\\w*|giurat\\w*)\\b",
    )),
    examples: ["Basta un voto dal link nel mio profilo, ci aiuteresti tantissimo!", "mi basterebbe un tuo parere veloce sul mio portfolio",
      "sarebbe per noi un onore averLa tra i relatori."],
    nearMisses: ["Il voto finale è stato unanime.", "Grazie per il tuo parere di ieri."],
  }),
  phrase({
    id: 'no-early-ask.it.sponsorship',
    note: 'Una sponsorizzazione chiesta: "cerchiamo aziende del territorio che ci sostengano", "la nostra proposta di sponsorizzazione"',
    re: g(alt(
      "\\b(?:cerchiamo|cerco|stiamo cercando|siamo alla ricerca di) (?:\\w+ ){0,2}?(?:aziende|sponsor|partner|sostenitori|realta|attivita)\\b"
      + "(?:[^.?!;]{0,40}? che ci (?:sostengan|support|aiutin|sponsorizzin|finanzin)\\w*)",
      // Work asked of the reader, free or paid: "stiamo cercando qualcuno che ci disegni il logo".
      "\\b(?:cerchiamo|stiamo cercando|cercavamo) qualcuno che ci (?:disegn|progett|realizz|fotograf|scriv|tradu|aiut|segu|cur)\\w*",
      "\\b(?:la nostra|una) proposta di (?:sponsorizzazione|sponsorship|partnership)\\b",
      "\\b(?:diventare|diventi|diventate) (?:nostr[oi] )?(?:sponsor|sostenitor\\w*|partner)\\b",
    )),
    examples: ["stiamo cercando aziende del territorio che ci sostengano", "possiamo mandarvi la nostra proposta di sponsorizzazione?",
      "Le andrebbe di diventare nostro sponsor per la stagione?", "Stiamo cercando qualcuno che ci disegni il logo, per ora non abbiamo budget."],
    nearMisses: ["Cerchiamo volontari per la festa di sabato.", "Il vostro sponsor principale era presente alla partita."],
  }),
  phrase({
    id: 'no-early-ask.it.a-disposizione-per-ogni-esigenza',
    note: 'Servizi offerti a chiunque: "resto a disposizione per qualsiasi esigenza riguardante investimenti", "condizioni agevolate"',
    re: g(alt(
      "\\b(?:resto|rimango|sono|restiamo|rimaniamo|siamo) a (?:sua |tua |vostra )?dispo\\w* per (?:qualsiasi|ogni|eventuali|qualunque) (?:esigenz|necessit)\\w*",
      "\\bcondizioni (?:agevolate|riservate|speciali|dedicate|esclusive)\\b",
      "\\b(?:vedere|guardare|dare un'occhiata al|vi presento|ti presento|le presento) (?:il |al )?(?:nostro |mio )?(?:pitch )?deck\\b",
      "\\b(?:posso|potrei) (?:mandarti|inviarti|girarti|mandarle|inviarle|girarle|mandarvi|inviarvi) (?:il |il nostro |il mio )?(?:pitch )?deck\\b",
      "\\b(?:inviarLe|inviarle|inviarti|mandarti|mandarle|inviarvi|mandarvi|farvi|farti|farle) (?:un|il nostro|una) (?:preventivo|offerta|listino)\\b",
      "\\b(?:ti|vi|le) (?:mando|invio|giro|faccio avere|preparo) (?:volentieri |subito )?(?:il |la |l'|un |una |un')?(?:mi[oa] |nostr[oa] )?"
      + "(?:offerta|preventivo|listino|quotazione)\\b",
      "\\bse (?:avete|tenete|hai|ha) bisogno di (?:un|una|uno) [\\w']+(?: [\\w']+){0,8}?,? (?:fammi|fatemi|mi faccia) sapere\\b",
      "\\b(?:offerta|proposta|preventivo) (?:su misura|personalizzat\\w+|dedicat\\w+)\\b",
      "\\b(?:webinar|masterclass|corso|workshop|evento|percorso) a pagamento\\b|\\blink per (?:l'iscrizione|iscriversi|iscriverti|iscriverLe)\\b",
      "\\bpreventiv[oi] (?:gratuit[oi]|gratis|senza impegno)\\b|\\b(?:siamo|sono) a (?:sua |tua |vostra )?disposizione (?:per|x) (?:preventivi|sopralluoghi|consulenze)\\b",
      "\\b(?:in allegato (?:trova|trovi|trovate)|(?:le|ti|vi) allego|allego) (?:il |la |i |gli |le |l')?(?:nostr[oaie] )?"
      + "(?:catalogo|cataloghi|listino|listini|brochure|tariffario|offerta commerciale)\\b",
    )),
    examples: ["Resto a dispozione per qualsiasi esigenza riguardante investimenti.", "Le allego la presentazione con le condizioni agevolate.",
      "Ti andrebbe di vedere il deck?", "Posso mandarti il deck?", "ti preparo un'offerta su misura senza impegno",
      "Sto organizzando un webinar a pagamento sul nuovo diritto societario",
      "saremmo lieti di inviarle un preventivo", "se vi serve un audit, ti mando volentieri la mia offerta.", "se tenete bisogno di un padroncino per le tratte al nord fatemi sapere",
      "In allegato trova il catalogo 2024 con i listini.", "Se gestisce stabili a Monza siamo a disposizione x preventivi gratuiti!"],
    nearMisses: ["Resto a disposizione per qualsiasi domanda sul bando.", "Il deck della tua talk era chiarissimo."],
  }),
  phrase({
    id: 'no-early-ask.it.make-the-difference',
    note: 'Chi scrive promette di fare la differenza per chi legge: "posso fare la differenza per Lei e per la Sua famiglia"',
    re: g("\\b(?:posso|possiamo|potrei|potremmo) fare la differenza per (?:te|lei|voi|la (?:tua|sua|vostra)|il (?:tuo|suo|vostro))\\b"),
    examples: ["È proprio lì che posso fare la differenza per Lei e per la Sua famiglia."],
    nearMisses: ["La tua lezione ha fatto la differenza per me."],
  }),
  phrase({
    id: 'no-early-ask.it.se-vi-serve-noi',
    note: 'Un bisogno ipotetico e il servizio di chi scrive nella stessa frase: "se vi servono bancali, noi li ritiriamo e consegniamo"',
    re: g("\\bse (?:ti|vi|le) serv(?:e|ono|isse|issero) (?!(?:una mano|aiuto|un consiglio|un parere|una dritta|un contatto)\\b)[^.!?]{0,80}?"
      + "\\b(?:noi (?:li|le|lo|la|ve|te|glie)?\\w*|(?:li|le|lo|la) (?:forniamo|consegniamo|ritiriamo|produciamo|installiamo|realizziamo))\\b"),
    examples: ["se vi servono pallet usati per il deposito, noi li ritiriamo e consegniamo in giornata."],
    nearMisses: ["se ti serve una mano col trasloco, noi ci siamo.", "Se vi serve, vi mando le foto della serata."],
  }),
  phrase({
    id: 'no-early-ask.it.se-ti-serve-professione',
    note: 'Offrire i propri servizi a pagamento: "se ti serve un elettricista, chiamami" (non un aiuto o un consiglio)',
    re: g(
      "\\b(?:se|e) (?:ti|vi|le) serv(?:e|ono) (?:(?:un|una|uno) |un')(?!(?:mano|aiuto|consiglio|dritta|passaggio|feedback|confronto|parere|supporto|suggerimento|opinione|contatto|info\\w*)\\b)"
      + "[\\w']+(?: [\\w']+){0,4}?,? (?:chiamami|scrivimi|contattami|chiamatemi|scrivetemi|contattatemi|mi chiama|mi chiami|mi trovi|ci sono)\\b",
    ),
    examples: ["Se ti serve un idraulico per i tuoi condomini, chiamami pure.", "Se vi serve una tipografia, scrivimi."],
    nearMisses: ["Se ti serve una mano, chiamami.", "Se ti serve un parere sul bando, scrivimi."],
  }),
  phrase({
    id: 'no-early-ask.it.ordine-entro',
    note: 'Un ordine sollecitato: "ordina entro venerdì", "fai l\'ordine entro fine mese"',
    re: g("\\b(?:ordina|ordinate|fai l'ordine|fate l'ordine|conferma l'ordine|confermate l'ordine) entro\\b|\\bvi (?:invio|mando) il (?:nostro )?listino\\b"),
    examples: ["Ordina entro fine mese e la consegna è gratis.", "Vi mando il nostro listino aggiornato."],
    nearMisses: ["Ho fatto ordine in ufficio entro sera.", "Ti mando il link al video."],
  }),
  phrase({
    id: 'no-early-ask.it.price-quoted',
    note: 'Il prezzo di chi scrive: "a 490 euro al mese", "chiedo 450 euro", "a partire da 89€", un campione o il listino insieme',
    re: g(alt(
      "\\b(?=\\d)(?<!\\b(?:scesa|sceso|calata|calato|risparmiato|risparmiati|risparmi|ridotta|ridotto|perso|persi|guadagnato|guadagnati) (?:di )?)"
      + "\\d+(?:[.,]\\d+)? ?(?:€|euro)(?: \\+ ?iva)? (?:al|a|per|all') ?(?:mese|anno|persona|ora|notte|coperto|pezzo|piatto|metro|mq|giornata|seduta|lezione|ingresso)\\b",
      "(?:\\ba soli|\\ba partire da|\\bchiedo|\\bper soli|\\bcosta solo|\\bal prezzo (?:speciale )?di|\\b(?:prezzi|tariffe|pacchetti|costi) (?:partono|vanno) da) (?:€ ?)?\\d+",
      "\\b(?:un|dei|alcuni) campion[ei] (?:gratuit[oi] |omaggio )?(?:insieme|con|e) (?:al|il) (?:nostro |mio )?(?:listino|catalogo)\\b",
      "\\b(?:la quota|il costo|il prezzo|la tariffa|il canone)(?: [\\w']+){0,4}? (?:e|è) di (?:€ ?)?\\d+",
      "\\b(?:ti|le|vi) (?:mando|invio|preparo|allego|lascio|faccio) (?:[\\w']+ ){0,7}?(?:un|il|il nostro|il mio) (?:preventivo|listino|tariffario)\\b",
      // A commercial proposal prepared for them ("se vuoi ti preparo una proposta per la prossima vendemmia?").
      "\\b(?:ti|le|vi) (?:preparo|prepariamo|mando|mandiamo|invio|inviamo|faccio|facciamo) (?:una|la nostra|la mia) (?:proposta|offerta)"
        + "(?: (?:commerciale|economica|personalizzata|su misura))?(?= per| su misura|[.?!]|$)",
      "\\bpacchett\\w* (?:[\\w']+ ){0,3}?(?:a|da) (?:€ ?)?\\d+ ?(?:€|euro)",
      "\\bsconto (?:early[ -]?bird|lancio|di lancio)\\b|\\biscrizioni aperte fino\\b",
      "\\b(?:ti|le|vi) (?:lascio|allego|invio|mando) (?:qui sotto |qui |in allegato )?(?:il nostro|la nostra|il mio|la mia) (?:portfolio|catalogo|brochure|listino)\\b",
      "\\b(?:volevo|vorrei|posso|potrei|passare a|passo a) (?:farti|farle|farvi|mostrarti|mostrarle|mostrarvi) (?:vedere |assaggiare |provare |testare )?"
        + "(?:i nostri|le nostre|il nostro|la nostra)\\b",
    )),
    examples: ["Le allego il pacchetto Lancio a 490 euro al mese.", "per un servizio completo di 20 piatti chiedo 450 euro.", "i prezzi partono da 490 euro",
      "la quota per l'azienda ospitante è di 390 euro", "Ti lascio il nostro portfolio qui sotto.",
      "volevo farti vedere i nostri nuovi tasselli chimici per cappotto termico", "posso passare a farle assaggiare la nostra miscela?",
      "Se ti va ti mando due pagine di prova gratuite e il mio tariffario.", "questo mese ho un pacchetto primavera a 390€",
      "iscrizioni aperte fino al 20 marzo con sconto early bird del 30%!",
      "se ti va, ti mando qualche esempio e un preventivo",
      "Saremmo lieti di inviarLe un campione gratuito insieme al nostro listino.", "Se vuoi ti preparo una proposta per la prossima vendemmia?"],
    nearMisses: ["La bolletta è scesa di 90 euro al mese grazie ai tuoi consigli.", "Ho visto che il Suo bar ha 20 coperti.",
      "Ti faccio una proposta: ci vediamo tutti al bar dopo la fiera?"],
  }),
  phrase({
    id: 'no-early-ask.it.free-service',
    note: 'Un servizio gratuito come esca, o i contenuti di chi scrive in cambio del collegamento: "Le offro gratuitamente un sopralluogo", "ricevere i miei contenuti"',
    re: g(alt(
      "(?<!ricevuto |avuto |ottenuto )\\bgratuitamente (?:un|una|un') ?(?:sopralluogo|sopraluogo|check-up|checkup|analisi|consulenza|audit|valutazione|prova|lezione)\\b",
      "\\b(?:un|una|un') ?(?:sopralluogo|sopraluogo|check-up|checkup|audit|analisi) (?:gratuit[oa]|gratis|omaggio)\\b",
      "\\bricevere (?:gratuitamente |gratis )?(?:i miei|i nostri|le mie|le nostre) (?:contenuti|guide|risorse|consigli)\\b",
      "\\b(?:trarre vantaggio|beneficiare) (?:dal|dalla|dai|dalle|del|della) (?:nostr[oaie]|mi[oa]|mie|miei)\\b",
      "\\b(?:stiamo cercando|cerchiamo) (?:aziende|imprese|partner|sponsor|strutture|negozi|attivit[aà]) (?:[\\w']+ ){0,4}?disponibili\\b",
    )),
    examples: ["Le offro gratuitamente un sopralluogo per la sanificazione della Sua officina.", "Accetta il mio invito per ricevere gratuitamente i miei contenuti esclusivi!",
      "il vostro stabilimento potrebbe trarre vantaggio dal nostro nuovo sistema", "Stiamo cercando aziende del territorio disponibili ad accogliere i nostri studenti."],
    nearMisses: ["Ho ricevuto gratuitamente un sopralluogo dal Comune.", "Cerchiamo aziende? No, cerchiamo idee."],
  }),
  phrase({
    id: 'no-early-ask.it.find-it-at-my-link',
    note: 'Chi scrive manda al proprio sito o link per comprare o candidarsi: "trova i dettagli al link qui sotto", "Le lascio il link al nostro catalogo"',
    re: g(alt(
      "\\b(?:trova|trovi|trovate) (?:tutte le |tutti i |le |i |la )?(?:informazioni|info|dettagli|condizioni|prezzi|offerte|modulo)"
      + "(?: [\\w']+){0,3}? (?:sul nostro sito|sul mio sito|al link|nel link|qui sotto|in bio|nel mio profilo|sul mio profilo)\\b",
      "\\b(?:trova|trovi|trovate) (?:il )?link(?: [\\w']+){0,3}? (?:in bio|nel mio profilo|sul mio profilo)\\b",
      "\\b(?:le|ti|vi) lascio il link (?:al|del|alla|della) (?:nostr[oa]|mi[oa]) (?:sito|catalogo|shop|negozio|portfolio|listino|pagina|offerta)\\b",
    )),
    examples: ["Trova tutte le informazioni sul nostro sito fotovoltservice.it.", "Trova i dettagli al link qui sotto.",
      "trovi il link alla raccolta nel mio profilo.", "Le lascio il link al nostro catalogo."],
    nearMisses: ["Ho trovato le informazioni sul vostro sito, grazie.", "il repository è pubblico, trovi il link qui sotto"],
  }),
  phrase({
    id: 'no-early-ask.it.samples-offered',
    note: 'Campioni della merce di chi scrive, offerti per farla provare: "se vuoi ti spedisco qualche campione"',
    re: g("\\b(?:ti|le|vi) (?:spedisco|spediamo|mando|mandiamo|invio|inviamo) (?:volentieri )?(?:qualche|dei|alcuni|un paio di|un) campion[ei]\\b"),
    examples: ["Se vuoi ti spedisco qualche campione, così lo provate."],
    nearMisses: ["Mi hai mandato dei campioni bellissimi, grazie."],
  }),
  phrase({
    id: 'no-early-ask.it.donation-asked',
    note: 'Una donazione chiesta come "anche poco fa la differenza": "anche una piccola donazione fa la differenza"',
    re: g("\\b(?:anche )?una (?:piccola )?donazione (?:fa|farebbe|conta|aiuta|è|e) "),
    examples: ["Anche una piccola donazione fa la differenza: trovi il link alla raccolta nel mio profilo."],
    nearMisses: ["La tua donazione è arrivata, grazie!"],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  requestForms: requestFormsIT, beneficiary: beneficiaryIT, requestVerbs: requestVerbsIT, directAsks: directAsksIT,
  timeAsks: timeAsksIT, sales: salesIT, salesWeak: salesWeakIT, oversized: oversizedIT, callToAction: callToActionIT,
  needCta: needCtaIT, bookVerbs: bookVerbsIT, askDisclaimer: askDisclaimerIT, noAskPromise: noAskPromiseIT, agreedEarlier: agreedEarlierIT, pitchDisclaimer: pitchDisclaimerIT,
  productClaim: productClaimIT, outcomeClaim: outcomeClaimIT, painQuestion: painQuestionIT,
  senderEvidence: senderEvidenceIT, jobAsks: jobAsksIT, commerceCues: commerceCuesIT,
};
