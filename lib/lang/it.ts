// Italian language knowledge for the rules. Patterns run on folded text
// (lower-case, no accents, straight apostrophes): "perché" is "perche" here.
import { g, gd, nameBefore } from './patterns';
import type { LangData } from './types';


/** Things of the recipient's that a note can be specific about (their post, talk, project …). */
const THEIR_THINGS =
  "post|articol\\w*|intervent\\w*|talk|speech|keynote|presentazion\\w*|panel|webinar|podcast|puntat\\w*|episodi\\w*|video|thread|comment\\w*|newsletter|libr[oi]|blog|ricerc\\w*|studi[oi]? (?:su|sul|sulla|sullo|sui|sugli|sulle|sull'|di|del|della)|progett\\w*|lanci\\w*|intervist\\w*|(?:lavor[oi]|idea|idee) (?:su|sul|sulla|sullo|sui|sugli|sulle|sull'|di|del|della|dei|per|con|in|nel|nella|presso|alla|al|come)|app|prodott\\w*|startup|negozi\\w*|campagn\\w*|session\\w*|workshop|masterclass|report|guid\\w*|raccont\\w*|stori\\w*|riflession\\w*|analisi|iniziativ\\w*|tesi|corso|percorso|tavola rotonda|slide|paper|case study|risultat\\w*|nuovo ruolo|traguard\\w*|premi[oi]|portfolio|libro|intuizion\\w*|domand\\w*|osservazion\\w*|esperiment\\w*|caso|casi|live|diretta|relazion\\w*|pubblicazion\\w*|mostra|ricett\\w*|tutorial|consigli|rispost\\w*|prototip\\w*|approcci\\w*|metod\\w*|vision\\w*|punto di vista|prospettiv\\w*|lezion\\w*|seminari\\w*|canale|serie|rubrica|pagina|ristorante|locale|bottega|laboratorio|cantina|azienda agricola|studio di \\w+|plugin|libreria|sito|festival|associazione|community";

/** Content the sender came across (how-met through their content). */
const THEIR_CONTENT =
  "post|articol\\w*|intervent\\w*|talk|speech|keynote|presentazion\\w*|panel|webinar|podcast|puntat\\w*|episodi\\w*|video|thread|comment\\w*|newsletter|libr[oi]|blog|intervist\\w*|tavola rotonda|corso|lezion\\w*|live|diretta|pubblicazion\\w*|relazion\\w*|workshop|masterclass|tutorial|reel|storia|storie|ricerca|studio (?:su|sul|sulla|sui|sugli|sull')|paper|report|guida|tesi|sessione|seminario|canale|serie|rubrica|pagina|profilo instagram|account|community|sito|app|plugin|libreria|podcast|progetto";

const EVENTS =
  "convegn\\w*|conferenz\\w*|event\\w*|workshop|webinar|meetup|meeting|talk|panel|fier[ae]|festival|summit|forum|colazion\\w*|cen[ae]|pranz\\w*|aperitiv\\w*|cors[oi]|master|seminari\\w*|tavola rotonda|hackathon|stand|expo|sprint|incontr[oi]|riunion\\w*|assemble\\w*|capitol\\w*|after|party|festa|premiazion\\w*|keynote|sessione|bootcamp|laboratori\\w*|salone|congress\\w*|giornat\\w*|serat\\w*|presentazion\\w*|evento|camp";

export const it: LangData = {
  lang: 'it',
  stopwords: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'da', 'con', 'su', 'per', 'tra', 'fra', 'che', 'e', 'non', 'un', 'una', 'uno',
    'ti', 'mi', 'ho', 'sono', 'ciao', 'grazie', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'al', 'alla', 'allo',
    'ai', 'agli', 'alle', 'nel', 'nella', 'nei', 'sul', 'sulla', 'si', 'anche', 'come', 'piu', 'molto', 'mio', 'mia',
    'tuo', 'tua', 'tuoi', 'questo', 'questa', 'ma', 'se', 'sei', 'hai', 'ci', 'vi', 'gia', 'solo', 'buongiorno',
    'buonasera', 'salve', 'piacere', 'essere', 'stato', 'fare', 'sarebbe', 'volentieri', 'ancora', 'poi', 'dopo',
    'quando', 'cosa', 'perche', 'te', 'ed', 'o', 'ne', 'l', 'un\'', 'sto', 'stai', 'siamo', 'abbiamo', 'anni', 'ogni',
    'tutto', 'tutti', 'qualche', 'mie', 'miei', 'vostro', 'nostro', 'nostra', 'gentile', 'cordiali', 'saluti', 'lavoro',
  ],
  greetings: [
    'ciao', 'salve', 'buongiorno', 'buonasera', 'buon pomeriggio', 'buondi', 'gentile', 'gentilissim[oa]', 'car[oa]',
    'carissim[oa]', 'egregi[oa]', 'ehi', 'ehila', 'hey', 'hi', 'hello', 'spettabile', 'alla cortese attenzione di',
  ],
  notNames: [
    'a', 'tutti', 'tutte', 'ragazzi', 'ragazze', 'di', 'nuovo', 'e', 'come', 'da', 'ancora', 'amico', 'amica',
    'collega', 'team', 'sono', 'mi', 'ti', 'io', 'spero', 'ho', 'piacere', 'grazie', 'volevo', 'scusa', 'che', 'il',
    'la', 'lo', 'un', 'una', 'oggi', 'eccomi', 'sig', 'signor', 'signora', 'dottore', 'dottoressa', 'direttore',
    'responsabile', 'staff', 'redazione',
  ],
  titles: ['dott', 'dottssa', 'dott.ssa', 'ssa', 'dottor', 'dottoressa', 'ingegner', 'avvocato', 'professor', 'professoressa', 'presidente', 'direttore', 'direttrice', 'dr', 'dssa', 'ing', 'avv', 'prof', 'profssa', 'sig', 'sigra', 'signor', 'signora', 'arch', 'rag', 'geom', 'egr', 'gent'],
  generic: [
    g("\\bho (?:visto|notato|trovato|guardato) (?:il )?(?:tuo|suo) profilo\\b"),
    g("\\b(?:vorrei|mi piacerebbe|desidero|mi farebbe piacere|volevo) (?:\\w+ )?(?:aggiungerti|inserirti|averti|entrare|far parte|collegarmi|connettermi)\\b[^.?!]{0,30}\\b(?:rete|contatti|collegamenti|network)\\b"),
    g("\\b(?:ampliare|ampliando|allargare|allargando|espandere|espandendo|estendere|estendendo) (?:la mia|il mio) (?:rete|network|cerchia)\\b"),
    g("\\b(?:lavoriamo|operiamo|siamo) nello stesso (?:settore|ambito|campo)\\b|\\bstesso settore\\b"),
    g("\\bprofessionisti (?:come te|del (?:tuo|suo|mio) settore)\\b"),
    g("\\b(?:sto contattando|contatto|scrivo a) (?:alcuni|diversi|vari) professionisti\\b"),
    g("\\bspero (?:tu stia|che tu stia|stia) bene\\b"),
    g("\\b(?:entrare|restare) (?:nella tua|nella sua) rete\\b"),
    g("\\bil tuo profilo (?:e|mi sembra) (?:molto )?interessante\\b"),
  ],
  specific: [
    g(`\\b(?:tu[oa]|tuoi|tue|vostr[oa]|vostri|vostre|su[oa]|suoi)\\s+(?:[\\w']+\\s+)?(?:${THEIR_THINGS})\\b`),
    gd("\\b(?:lavori|lavoravi|sei|eri|collabori)\\s+(?:in|presso|per|da|con|alla|al|allo|nel|nella|nello)\\s+(?:(?:il|la|lo|l')\\s*)?(?<cap>\\w)"),
    g("\\b(?:ti occupi|ti occupavi|ti sei occupat\\w|ti stai occupando) di\\b"),
    gd("\\b(?:sei|eri|sei diventat\\w) (?:(?:il|la|l'|lo|un|una|uno) ?)?(?:[\\w'-]+ ){0,3}?(?:di|in|presso|da|per|alla|al) (?<cap>\\w)"),
    g("\\bhai (?:appena |da poco |recentemente )?(?:fondato|avviato|lanciato|aperto|creato|scritto|pubblicato|organizzato|moderato|presentato|detto|citato|raccontato|spiegato|condiviso|mostrato|vinto|guidato|coordinato|realizzato|ricevuto|cambiato|ottenuto|chiuso|completato|parlato)\\b"),
    g("\\b(?:mostravi|raccontavi|dicevi|parlavi|spiegavi|presentavi|citavi|proponevi|descrivevi)\\b"),
    g("\\b(?:che |quando |come )hai (?:\\w+ )?(?!avuto\\b|bisogno\\b)\\w+(?:ato|uto|ito|tto|sto|so)\\b"),
    g("\\b(?:ho (?:visto|letto|notato|saputo|sentito|scoperto)|so|sapevo|mi hanno detto|mi ha (?:detto|raccontato|scritto)) che (?:tu |voi |anche tu |da poco |ora |adesso )?(?:stai|state|cerchi|cercate|(?:hai|avete) (?:appena |da poco |gia )?\\w+(?:ato|uto|ito|tto)|siete|lavori|lavorate|organizzi|organizzate|guidi|gestisci|sei diventat\\w|ti sei|hai aperto|hai lanciato|hai pubblicato|hai fondato|insegni|scrivi|curi|coordini|dirigi|hai cambiato)\\b"),
    gd("\\b(?:tua|sua) esperienza (?:in|presso|con|da|alla|al|nella|nel) (?<cap>\\w)|\\b(?:ti ho promesso|ti avevo promesso|abbiamo (?:\\w+ )?(?:parlato|discusso|chiacchierato) (?:di|del|della|dei|delle|su|sul|sulla))\\b"),
    g("\\bci siamo \\w+\\b[^.?!;]{0,60}?\\b(?:per (?:il|la|lo|l'|i|le) ?(?:progett\\w*|band\\w*|gar\\w*|lavor\\w*|iniziativ\\w*|event\\w*|corso)|sul|sulla|sullo|sui|sugli|sull'|a proposito d\\w+|riguardo)"),
    g("\\b(?:di cui (?:ti )?(?:parlavamo|abbiamo parlato|parlavo|ti parlavo|ti ho parlato)|come dicevamo|ne abbiamo parlato|ne parlavamo|(?:chiacchierare|chiacchierato|parlare|parlato|confrontarmi|confrontato) con te)\\b"),
    g("\\bgrazie (?:per|di) (?:il|la|i|le|l') ?(?:\\w+ )?(?:commento|commenti|risposta|domanda|condivisione|menzione|repost)\\b"),
    g("\\b(?:che|cui) (?:hai|ha|avete) (?:tenuto|organizzato|scritto|pubblicato|presentato|moderato|curato|condotto|registrato|girato|realizzato|guidato|insegnato)\\b"),
    g("\\bgrazie (?:per|di) (?:aver|avere) (?!(?:accettat|aggiunt|collegat|risposto|letto il mio)\\w*)\\w+(?:ato|uto|ito|tto|so)\\b"),
    g("\\b(?:come (?:ti )?dicevo|come promesso|di cui ti (?:parlavo|avevo parlato|dicevo)|ti avevo (?:detto|parlato|promesso|accennato|anticipato|scritto)|come ti avevo (?:\\w+)|come d'accordo|come concordato|come ci eravamo detti)\\b"),
    g("\\b(?:complimenti|congratulazioni|auguri|bravissim\\w*) (?:per|a|ancora per)\\b(?! (?:il tuo|il suo) (?:profilo|curriculum|percorso)\\b)"),
    g("\\b(?:abbiamo|avevamo) (?:lavorato|studiato|collaborato) insieme\\b|\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:collegh\\w*|compagn\\w*)\\b|\\bex (?:collegh\\w*|compagn\\w*)\\b|\\bstess\\w (?:universita|scuola|classe|corso|master|facolta|liceo)\\b"),
    g("\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:nello stesso|nella stessa|allo stesso|alla stessa) (?:panel|tavolo|progetto|evento|corso|team|gruppo|ufficio|palco|classe)\\b|\\b(?:il nostro|la nostra) (?:scambio|confronto|chiacchierata|conversazione|incontro)\\b|\\bentrambi\\b|\\btutti e due\\b|\\banche (?:nel nostro team|noi)\\b"),
    g(`\\b(?:al|alla|allo|all'|ai|agli|alle|durante|dopo|per il|per la|per lo|per l')\\s*(?:[\\w'-]+\\s+){0,5}?(?:${EVENTS})\\b[^.?!;]{0,60}?\\b(?:sul|sulla|sullo|sui|sugli|sulle|sull'|dedicat\\w+ a)`),
  ],
  howMet: [
    g("\\bci siamo (?:gia |appena |brevemente |anche |visti e )?(?:conosci\\w*|\\w+(?:at[ie]|ut[ie]|it[ie]|st[ie]|tt[ie]))\\b|\\b(?:ritrovarti|rivederti|ribeccarti|reincontrarti)\\b"),
    g("\\b(?:conoscert\\w*|averti (?:conosciut\\w|incontrat\\w|ascoltat\\w|vist\\w)|incontrart\\w*|ascoltart\\w*|rivederti)\\b"),
    g("\\bti ho (?:ascoltat\\w|conosciut\\w|incontrat\\w|sentit\\w (?:parlare|al|alla|allo|intervenire)|vist\\w (?:al|alla|allo|all'|parlare|intervenire|sul palco))"),
    g("\\b(?:abbiamo|avevamo) (?:\\w+ )?(?:parlato|chiacchierato|discusso|pranzato|cenato|lavorato|collaborato|studiato|condiviso il palco|fatto due chiacchiere)\\b|\\b(?:come d'accordo|come promesso|come (?:ti )?dicevo|come dicevamo|come ci eravamo detti|come concordato) (?:\\w+ )?(?:al|alla|allo|all'|ai|a|durante|dopo|ieri|oggi|stamattina|giovedi|venerdi|lunedi|martedi|mercoledi|sabato|domenica)\\b"),
    g("\\bgrazie (?:per|di) (?:il|la|i|le|l') ?(?:\\w+ )?(?:commento|commenti|risposta|domanda|condivisione|menzione|repost|like|feedback|messaggio)\\b"),
    g("\\bgrazie (?:per|di) (?:aver|avere) (?:condiviso|scritto|pubblicato|organizzato|presentato|raccontato|spiegato|creato|girato|moderato|tenuto|registrato|postato)\\b"),
    g("\\b(?:far|fare|fatto) la (?:tua|sua) conoscenza\\b|\\b(?:ci hanno|ci ha) (?:presentat\\w|messo in contatto|fatto conoscere)|\\b(?:chiacchierare|chiacchierato|parlare|parlato) con te (?:al|alla|allo|all'|ai|durante|dopo|ieri|oggi|stamattina|la settimana)"),
    g("\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:nello stesso|nella stessa|allo stesso|alla stessa) (?:panel|tavolo|progetto|evento|corso|team|gruppo|ufficio|palco|classe)\\b|\\b(?:entrambi|tutti e due) (?:\\w+ )?(?:facciamo parte|siamo (?:soci|membri|volontari|iscritti)|partecipiamo|frequentiamo|collaboriamo)"),
    g(`\\b(?:tu[oa]|tuoi|tue|su[oa]|suoi)\\s+(?:[\\w']+\\s+)?(?:${THEIR_CONTENT})\\b`),
    g(`\\b(?:al|alla|allo|all'|ai|agli|alle|durante (?:il|la|lo|l')|dopo (?:il|la|lo|l')|per (?:il|la|lo|l')|in occasione d\\w+|nel corso d\\w+)\\s*(?:[\\w'-]+\\s+){0,4}?(?:${EVENTS})\\b`),
    gd("\\b(?:il|la|lo|l'|un|una)\\s*(?:talk|intervento|panel|webinar|workshop|convegno|evento|meetup|keynote|presentazione) (?:a|al|di|del|allo|alla|dello) (?<cap>\\w)"),
    g("\\b(?:al|alla|allo|all'|durante (?:il|la|lo|l')|dopo (?:il|la|lo|l'))\\s*(?:[\\w'-]+\\s+){0,3}?(?:day|days|week|night)\\b"),
    gd("\\b(?:collegat\\w*|accettat\\w*|conosciut\\w*|vist\\w*|sentit\\w*|parlat\\w*|scritto|scrivo|contatto)\\b[^.?!]{0,25}?\\b(?:dopo|durante|al|allo|alla|all') (?:(?:il|la|lo|l')\\s*)?(?<cap>\\w)"),
    nameBefore("\\bmi ha (?:\\w+ ){0,2}(?:parlato|detto|consigliato|suggerito|segnalato|girato|passato|indicato|fatto il (?:tuo )?nome)\\b"),
    g("(?<!molti )(?<!tanti )(?<!diversi )(?<!parecchi )(?<!numerosi )(?<!alcuni )\\b(?:amic\\w*|conoscent\\w*|contatt\\w*|collegament\\w*) in comune\\b|\\bsu (?:suggerimento|consiglio|indicazione|segnalazione) di\\b|\\bmi ha messo in contatto\\b|\\babbiamo in comune\\b|\\bmi ha (?:parlato|detto) (?:molto )?(?:bene )?(?:di te|del tuo|della tua)\\b"),
    g("\\b(?:che|cui) (?:hai|ha|avete) (?:tenuto|organizzato|scritto|pubblicato|presentato|moderato|curato|condotto|registrato|girato|realizzato|guidato|insegnato)\\b"),
    g("\\btra il pubblico\\b|\\bin (?:prima )?fila\\b"),
    g("\\b(?:frequentiamo|frequentavamo|abbiamo frequentato|frequentiamo entrambi) (?:la stessa|lo stesso|gli stessi|le stesse|il|la|lo)\\b|\\btra (?:i|gli|le) (?:relatori|relatrici|speaker|ospiti|autori|autrici|vincitori|vincitrici|premiati|finalisti)\\b|\\b(?:nel|nella|del|della|dello|al|alla) (?:\\w+ ){0,2}?(?:club|associazione|circolo|ordine degli|comitato|consiglio direttivo|coro|squadra)\\b"),
    g("\\b(?:nel|sul) (?:tuo |suo )?(?:gruppo|forum|canale|server)\\b|\\bnella (?:community|comunita|chat|community di)\\b|\\b(?:su|via) (?:twitter|instagram|facebook|slack|discord|reddit|github|youtube|clubhouse|telegram|whatsapp|medium|substack|tiktok|mastodon|bluesky|threads)\\b"),
    g("\\b(?:abbiamo|avevamo) (?:lavorato|studiato|collaborato|fatto \\w+) insieme\\b|\\b(?:eravamo|siamo stati) (?:\\w+ )?(?:collegh\\w*|compagn\\w*)\\b|\\bex (?:collegh\\w*|compagn\\w*)\\b|\\bcompagn\\w* di (?:corso|classe|universita|master|studi)\\b|\\bstess\\w (?:universita|scuola|classe|corso|master|facolta|liceo)\\b|\\b(?:all'|alla |al )(?:universita|politecnico|bocconi|liceo)\\b|\\b(?:alumni|alumnus|ex allievi)\\b"),
  ],
  requestForms: [
    g("\\b(?:potresti|potreste|potrebbe|puoi|potete|riusciresti|riuscireste|riesci|ti andrebbe|vi andrebbe|le andrebbe|ti va|vi va|ti dispiacerebbe|ti dispiace|le dispiacerebbe|ti spiace|ti chiedo(?: gentilmente| cortesemente)? (?:di|se)|vi chiedo (?:di|se)|le chiedo (?:di|se)|ti chiederei|vorrei chiederti|volevo chiederti|posso chiederti|ti scrivo per chiederti|se potessi|se poteste|se puoi|se potete|se riesci|se riuscissi|sarebbe possibile|sarei grat\\w+ se|ti sarei grat\\w+ se|mi faresti|mi fareste|mi farebbe (?:un favore|la cortesia|una cortesia)|faresti|avresti modo|hai modo|vorrei sapere se|volevo sapere se|mi chiedevo se|mi domandavo se|sapresti|sapreste|sarest[ie] dispost\\w*|sarebbe dispost\\w*|(?:ti|le|vi) scrivo per chieder\\w*|chiederti (?:se|di)|chiederle (?:se|di)|chiedervi (?:se|di))\\b"),
  ],
  beneficiary: g("\\b(?:mi|me|mio|mia|miei|mie)\\b|\\b\\w+(?:armi|ermi|irmi|armelo|ermelo|irmelo|armela|ermela|irmela)\\b"),
  requestVerbs: g("\\b(?:indic\\w+|condivider\\w*|diffonder\\w*|sostener\\w*|votar\\w*|firmar\\w*|inviar\\w+|mandar\\w+|gir\\w+|inoltr\\w+|segnal\\w+|raccomand\\w+|referenz\\w+|consigli\\w*|aiut\\w+|dare un'occhiata|dar\\w* un'occhiata|scriv\\w+ una (?:referenza|raccomandazione|recensione)|metter\\w* una buona parola|passa(?:re|rlo|rla|rli) (?:il|la|a)|assum\\w+|candid\\w+|fissare|investire|finanziare|comprare|acquistare|provare|recensire|condividere il (?:mio|nostro))\\b"),
  directAsks: [
    { kind: 'job', re: g("\\b(?:sto cercando|cerco|stavo cercando|sono alla ricerca di|sono in cerca di|mi trovo alla ricerca di|sono a caccia di|vorrei trovare)\\b[^.?!;]{0,40}?\\b(?:lavor\\w*|impieg\\w*|occupazion\\w*|opportunit\\w*|oppurtunit\\w*|oportunit\\w*|stage|tirocini\\w*|posizion\\w*|ruol\\w*|incaric\\w*|clienti|committent\\w*|commesse|investitor\\w*|finanziator\\w*|sponsor|colloqui\\w*|post[oi] (?:di lavoro|da|come|in|nel|nella|presso)|assunzion\\w*|contratt\\w*)\\b") },
    { kind: 'job', re: g("\\b(?:mi piacerebbe (?:tanto |molto )?|vorrei (?:tanto |molto )?|il mio sogno e |sogno di |spero di |ambisco a |punto a )(?:poter )?(?:lavorare|entrare|essere assunt\\w*|fare (?:uno )?stage|fare (?:un )?tirocinio|unirmi) (?:con te|con voi|nel tuo|nella tua|nel vostro|nella vostra|per te|per voi|da voi|nel suo|nella sua|in (?:\\w+ ){0,2}(?:vostr\\w|tu\\w))") },
    { kind: 'job', re: g("\\b(?:il mio|mio|la mia|nostro) (?:cv|curriculum|candidatura)\\b|\\beventuali (?:posizioni|opportunita|aperture|ricerche di personale)\\b|\\bposizioni (?:nel|nella) (?:tuo|tua|suo|sua|vostro|vostra)\\b") },
    { kind: 'job', re: g("\\b(?:ti |vi |le )?(?:allego|invio|mando|giro|inoltro|lascio|condivido) (?:qui )?(?:il |la )?(?:(?:mio |mia )(?:cv|curriculum|portfolio)|cv\\b|curriculum)|\\bin allegato (?:trovi |trova )?(?:il )?(?:mio )?(?:cv|curriculum)\\b") },
    { kind: 'job', re: g("\\bposizion\\w* (?:apert\\w*|disponibil\\w*|vacant\\w*|libere)\\b|\\b(?:state|stanno) assumendo\\b|\\bassumete\\b|\\bse (?:sai|sapessi|senti|sentissi) di (?:qualche|una|qualsiasi) (?:posizione|opportunita|offerta|apertura)\\b|\\b(?:mi candiderei|vorrei candidarmi|candidarmi)\\b|\\ba chi (?:scrivere|mandare|inviare) (?:il )?(?:mio )?(?:cv|curriculum|candidatura)?\\b") },
    { kind: 'intro', re: g("\\b(?:essere|venire|farmi|farsi) (?:segnalat\\w*|presentat\\w*|raccomandat\\w*|introdott\\w*|assunt\\w*|presentare|segnalare|raccomandare|introdurre|conoscere da)\\b") },
    { kind: 'intro', re: g("\\bconosci (?:per caso )?(?:qualcuno|qualcuna|nessuno|persone|chi) (?:in|a|da|che|presso|nel|nella|all')\\b") },
    { kind: 'favour', re: g("\\b(?:posso|potrei|potremmo|possiamo) (?:farti|farle|farvi|chiederti|chiederle|chiedervi|rubarti|rubarle|rubarvi) (?:\\w+ )?(?:domand\\w*|minut\\w*|tempo|favore|consigli\\w*|parer\\w*|un'intervista|intervista)\\b") },
    { kind: 'intro', re: g("\\bse conosci (?:qualcuno|qualche|persone|chi|aziende|clienti)\\b|\\bse (?:sai|senti) di qualcuno\\b|\\b(?:presentami|segnalami|raccomandami|introducimi|mettimi in contatto)\\b") },
    { kind: 'favour', re: g("\\bmi \\w+(?:resti|reste)\\b|\\b(?:se|che) (?:tu )?mi \\w+(?:assi|essi|issi)\\b") },
    { kind: 'sales', re: g("\\b(?:sto|stiamo) raccogliendo (?:fondi|capitali|investimenti)\\b|\\b(?:alla|per la|sostenere la|contribuire alla) (?:mia|nostra) raccolta fondi\\b|\\b(?:ti|vi|le) interesserebbe\\b|\\b(?:ti|vi|le) interessa (?:investire|provare|ricevere|acquistare|una demo|un preventivo|conoscere il nostro|conoscere la nostra)\\b") },
    { kind: 'job', re: g("\\b(?:ci sono|ci fossero|ci sarebbero|avete|avreste) (?:\\w+ ){0,2}?(?:posizioni|opportunita|aperture|possibilita di (?:lavoro|inserimento|stage|collaborazione))\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:mi dici|dimmi|mi diresti|fammi sapere|mi fai sapere|mi dai) (?:\\w+ )?(?:cosa ne pensi|che ne pensi|un tuo parere|il tuo parere|la tua opinione|un feedback|un riscontro)\\b") },
    { kind: 'sales', firm: true, re: g("\\bse (?:mai |per caso |un giorno |in futuro )?(?:cerc(?:hi|ate)|(?:hai|avete|avessi|aveste) bisogno di|(?:ti|vi) serv(?:e|ono|isse))\\b[^.?!]{0,60}?\\b(?:io ci sono|ci sono io|ci sono\\b|pensami|pensate a me|sono disponibile|eccomi|sai dove trovarmi|sapete dove trovarmi)") },
    { kind: 'favour', re: g("\\b(?:te ne|ve ne|gliene|le|ti|vi) sarei (?:davvero |molto |infinitamente |estremamente )?grat[oa]\\b|\\b(?:parlare|parlargli|parlarle) (?:bene )?di me\\b|\\bmettere (?:una )?buona parola\\b") },
    { kind: 'favour', re: g("\\b(?:rispondere|risponderesti|rispondi) a (?:un|una|alcune|qualche|poche|\\d+) (?:breve |veloce |piccolo |piccola )?(?:questionario|sondaggio|domande|intervista)\\b|\\bcompilare (?:un|il|questo|il nostro|un breve) (?:\\w+ )?(?:questionario|sondaggio|form|modulo)\\b") },
    { kind: 'favour', re: g("\\b(?:mi serve|mi servirebbe|mi servono|ho bisogno|avrei bisogno|mi occorre)\\b[^.?!;]{0,30}?\\b(?:contatt\\w*|aiut\\w*|lavoro|referenz\\w*|consigli\\w*|una mano|presentazion\\w*|segnalazion\\w*|clienti|sponsor|finanziament\\w*|investitor\\w*|te|tuo|tua)\\b") },
    { kind: 'favour', re: g("\\b(?:qualsiasi|qualunque|ogni|eventuali|un qualche) (?:aiuto|consiglio|dritta|segnalazione|supporto|contatto|suggerimento)\\b(?! (?:che|che mi|che ci) (?:hai|avete|ha|mi hai|ci hai)\\b)") },
    { kind: 'favour', re: g("\\b(?:mandami|girami|inoltrami|passami|consigliami|aiutami|dammi|fammi avere|scrivimi una (?:referenza|raccomandazione)|fammi (?:una|un) (?:referenza|raccomandazione|segnalazione|presentazione|favore))\\b") },
    { kind: 'favour', re: g("\\b(?:un |qualche )?(?:piccolo |grande |enorme )?favore\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:dai|date|dia|dare) un'occhiata (?:quando|al mio|alla mia|al nostro|alla nostra|ai miei|qui|a questo)|\\b(?:visita|visitate|seguimi|seguici|iscriviti|iscrivetevi|votami|votaci|sostienici)\\b|\\b(?:metti|mettete|lascia|lasciate) (?:un )?(?:like|mi piace|recensione)\\b|\\bcondividi(?:lo|la)? (?:il mio|il nostro|la mia|la nostra|questo|questa)\\b") },
    { kind: 'favour', re: g("\\b(?:grazie|ringraziandoti|ti ringrazio) (?:in anticipo|anticipatamente|fin d'ora|sin d'ora)\\b") },
  ],
  timeAsks: [
    g("\\b(?:hai|avresti|avete|trovi|troveresti|ha|avrebbe) (?:\\d+|cinque|dieci|quindici|venti|trenta|due|un paio di|pochi|qualche) minuti\\b|\\b(?:hai|avresti|ha|avrebbe) (?:un minuto|un attimo|un momento|tempo)\\b|\\bscambiare (?:due|quattro) (?:parole|chiacchiere)\\b|\\b(?:bere|prendere) (?:un|qualcosa)\\b|\\b(?:ne parliamo|parliamone|sentiamoci|vediamoci)\\b|\\b(?:averti|invitarti|ospitarti|coinvolgerti) (?:come|al|alla|nel|nella|sul|sulla|tra|in) (?:\\w+ )?(?:ospit\\w|relat\\w+|speaker|podcast|evento|panel|giuria|mentor|advisor)"),
    g("\\b(?:una|un'|un) ?(?:breve |veloce |rapida |piccola )?(?:call|chiamata|videochiamata|telefonata|chiacchierata|riunione|zoom|meet)\\b"),
    g("\\b(?:sentirci|vederci|incontrarci|parlarne|fare una call|fare due chiacchiere|prendere un caffe|un caffe|one-to-one|one to one|121|appuntamento|mezz'ora|mezzora|mezz'oretta)\\b"),
    g("\\bquando (?:possiamo|potremmo|sei disponibile|saresti disponibile|hai tempo)\\b|\\b(?:sei|saresti) disponibile\\b"),
  ],
  sales: [
    g("\\b(?:demo|dimostrazion\\w*|dimostrazz\\w*|call conoscitiva|chiamata conoscitiva|offerta (?:valida|speciale|limitata|esclusiva|lancio)|prova gratuita|acquistare|acquista|comprare|compra|ordinare|ordinate|ordinato|chiudere (?:l'ordine|il contratto|l'accordo)|l'ordine|prenota\\w*|calendly|vendere|venderti|vendervi)\\b|(?<!\\d)\\d+ ?% di sconto\\b"),
    g("\\bpropor(?:ti|vi|gli|le|re|rti|rvi|rgli|rle)\\b[^.?!;]{0,15}?\\b(?:i nostri|le nostre|il nostro|la nostra|una collaborazione|un'offerta|un accordo|una partnership|un servizio|i miei servizi|il mio servizio)\\b"),
    g("\\b(?:ti|vi|le) mostr(?:o|erei|iamo) (?:come funziona|una|il nostro|la nostra)\\b|\\bmostrarti (?:come funziona|il nostro|la nostra)\\b|\\bvederl[oa] in azione\\b|\\b\\d+ (?:mesi|settimane|giorni) (?:gratis|gratuit\\w*|in omaggio)\\b|\\bgratis per \\d+\\b|\\b(?:una|la nostra|la mia) proposta (?:di collaborazione|commerciale|di partnership)\\b|\\bpresent(?:arti|arle|arvi|are) (?:la nostra|il nostro|i nostri|le nostre|la mia|il mio|i miei) (?:\\w+ )?(?:offert\\w*|serviz\\w*|prodott\\w*|soluzion\\w*|piattaform\\w*|aziend\\w*|agenzi\\w*|catalog\\w*|propost\\w*|listin\\w*|app|software|gestional\\w*|metod\\w*|cors\\w*)\\b|\\b(?:ti|la|vi) contatto per (?:proporti|proporle|proporvi|presentarti|presentarle|presentarvi|offrirti|offrirle|offrirvi)\\b|\\b(?:inviart\\w*|inviarl\\w*|mandart\\w*|inviarvi) (?:una|la nostra|il nostro) (?:proposta|offerta|preventivo|catalogo|listino)\\b"),
    g("\\b(?:contattami|contattaci|scrivimi|scrivici|rispondi(?: a questo messaggio)?|chiamami|chiamaci) (?:per|e) (?:\\w+ ){0,3}?(?:preventiv\\w*|offert\\w*|informazioni|ricevere|demo|prova|prenotare|ordinare|acquistare)\\b"),
  ],
  salesWeak: [
    g("\\b(?:aiutiamo|offriamo|forniamo|realizziamo|vendiamo|progettiamo|sviluppiamo|distribuiamo|installiamo)\\b|\\bcome possiamo aiutar\\w*|\\b(?:la nostra|il nostro|la mia|il mio) (?:\\w+ ){0,3}?(?:agenzia|azienda|studio|team|societa) (?:ha|hanno) (?:gia )?(?:lavorato|aiutato|servito|collaborato)\\b|\\b(?:ho|avrei|abbiamo|avremmo) una proposta\\b|\\bha (?:gia )?aiutato (?:oltre |piu di )?\\d+|\\b(?:il nostro|il mio) (?:metodo|sistema|programma|percorso|software|servizio)\\b|\\b(?:la nostra|la mia) (?:agenzia|azienda|societa|startup) (?:offre|propone|realizza|aiuta|vende|fornisce)\\b"),
    g("\\b(?:preventiv\\w*|listino|scont\\w*|prezz\\w*|contratto|abbonament\\w*|periodo di prova|pacchett\\w*)\\b"),
    g("\\b(?:i nostri|i miei) (?:\\w+ ){0,2}?servizi\\b|\\b(?:la nostra|la mia) (?:\\w+ ){0,2}?(?:piattaforma|soluzione|offerta|agenzia|app)\\b|\\bil nostro (?:\\w+ ){0,2}?(?:software|prodotto|servizio|crm|tool|gestionale|programma|pacchetto|sensore|sistema)\\b"),
    g("\\b\\d+ ?(?:\u20ac|euro)(?!\\w)|\u20ac ?\\d+"),
  ],
  offers: [
    g("(?<!come )\\b(?:posso|potrei|possiamo|potremmo|sarei (?:felice|lieto|lieta|content\\w) di|sarei ben (?:felice|lieto|lieta) di|saro (?:felice|lieto|lieta) di|mi farebbe piacere|volentieri|felice di|lieto di|lieta di|pronto a|pronta a)\\s+(?:anche\\s+|volentieri\\s+)?(?:\\w+\\s+)?(?:present\\w*ti|present\\w*vi|metter\\w*ti|metter\\w*vi|girar\\w*ti|girar\\w*vi|mandar\\w*ti|mandar\\w*vi|inviar\\w*ti|passar\\w*ti|segnalar\\w*ti|aiutar\\w*ti|aiutar\\w*vi|offrir\\w*ti|offrir\\w*vi|dar\\w*ti|condivider\\w*|raccontar\\w*ti|ti \\w+|vi \\w+|scambiar\\w*|presentar\\w*|aiutar\\w*|offrir\\w*|dare una mano|mettere in contatto)"),
    g("\\b(?:vuoi|vorresti|volete|vorreste|ti va|ti andrebbe|ti farebbe piacere|preferisci) che (?:ti|vi|te|ve|le) \\w+"),
    g("\\b(?:ti|vi|le) (?:metto|mando|giro|presento|passo|invio|segnalo|racconto|condivido|offro|regalo|porto|lascio|preparo|faccio avere|inoltro|suggerisco|consiglio) (?!(?:il |la )?(?:mio |mia |nostro |nostra )?(?:cv|curriculum|listino|preventivo|demo|catalogo)\\b)"),
    g("\\b(?:ti|vi) allego (?!(?:il |la )?(?:mio |mia |nostro |nostra )?(?:cv|curriculum|portfolio|listino|preventivo|catalogo)\\b)"),
    g("\\b(?:chiedi|chiedimi|scrivimi|chiamami) pure\\b|\\bfammi sapere se (?:ti|vi|le) (?:serve|servono|interessa|e utile|puo servire|puo essere utile|va)\\b|\\bdimmi tu\\b|\\b(?:sono|resto|rimango) a (?:tua |vostra |sua )?disposizione\\b|\\bse (?:ti|vi|le) (?:serve|servono|servisse|servissero|puo servire|puo essere utile|interessa|fosse utile)\\b|\\bnon (?:esitare|esiti|esitate) a (?:scrivermi|contattarmi|chiedermi|chiamarmi|scrivere)\\b|\\bci sono\\s*[.!]|\\b(?:scrivimi|chiamami|contattami|chiedimi) (?:pure|quando vuoi|senza problemi)\\b|\\blo faccio volentieri\\b|\\bmagari ti torna utile\\b|\\bpossa (?:esserti|esservi|esserle|tornarti) utile\\b|\\bspero (?:ti|vi|le) sia utile\\b|\\bcome promesso\\b"),
  ],
  negators: ['non', 'nessun', 'nessuna', 'nessuno', 'mai', 'niente', 'nulla', 'senza', 'ne'],
  oversized: g("\\b(?:amministrator\\w* delegat\\w*|ad|ceo|cto|cfo|coo|cmo|cio|direttor\\w*|dirigent\\w*|responsabile (?:acquisti|commerciale|hr|del personale|risorse umane|marketing)|head of \\w+|titolare|founder|co-?founder|fondator\\w*|president\\w*|vp|vice president\\w*|board|hiring manager|chi si occupa (?:della selezione|degli acquisti|delle assunzioni)|socio|soci|proprietari\\w*)\\b"),
  pitch: [
    g("\\b(?:scont\\w*|offerta|offerte|gratis|gratuit\\w*|compra\\w*|acquista\\w*|vendit\\w*|vendere|venderti|listino|preventiv\\w*|demo|prenota\\w*|calendly|imperdibil\\w*|affrettati|approfitta\\w*|promo|coupon|codice sconto|garantit\\w*|soddisfatti o rimborsati)\\b"),
    g("\\bsolo (?:fino a|per oggi|per pochi|questa settimana|entro)\\b|\\b(?:a partire da|ultimi posti|ultima occasione|posti limitati|tempo limitato|entro fine mese)\\b"),
    g("(?<!\\d)\\d+ ?%|(?<![\\d.,])\\d+(?:[.,]\\d+)? ?€|€ ?\\d+|\\b\\d+ euro\\b"),
  ],
  thanks: g("\\b(?:grazie|ti ringrazio|vi ringrazio|la ringrazio|ringraziarti|ringraziarla|grat[oa] per)\\b"),
  claims: [
    g("\\b(?:un |una |il |la )?(?:mi[oa] |nostr[oa] )?(?:car[oa] |grande |vecchi[oa] )?amic[oaie]\\b(?! (?:di|in) (?:penna))"),
    g("\\b(?:amic\\w*|conoscent\\w*|contatt\\w*|collegament\\w*) in comune\\b|\\babbiamo in comune\\b"),
    nameBefore("\\bmi ha (?:\\w+ ){0,2}(?:parlato|detto|consigliato|suggerito|segnalato|girato|passato|indicato)\\b"),
    g("\\bsu (?:suggerimento|consiglio|indicazione|segnalazione) di\\b|\\b(?:ci )?conosc\\w+ (?:bene|da anni|benissimo|personalmente)\\b|\\bdice che (?:sei|siete|e)\\b|\\b(?:sei|siete) (?:collegat\\w*|connes\\w*|in contatto) con\\b"),
  ],
  secondPerson: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'vi', 'vostro', 'vostra', 'vostri', 'vostre'],
  firstPerson: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie', 'noi'],
  secondSuffix: /(?:arti|erti|irti|artelo|ertelo|irtelo)$/,
  firstSuffix: /(?:armi|ermi|irmi|armelo|ermelo|irmelo)$/,
};
