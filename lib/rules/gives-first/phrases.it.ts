// gives-first: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Offers: the sender gives something. */
export const offersIT = [
  phrase({
    id: 'gives-first.it.accept-a-patch',
    note: "Offers a contribution as a question (\"accetteresti una pull request?\")",
    re: g(alt(
        "\\b(?:accetteresti|accettereste|accetterebbe|ti andrebbe|ti va|vuoi|vorresti) (?:un|una|il|la) (?:mi[oa] |"
        + "nostr[oa] )?(?:pull request|contribut\\w*|correzion\\w*|traduzion\\w*|patch|mano|segnalazion\\w* di bug)\\b",
      )),
    examples: ["Ti andrebbe una mano con la traduzione?"],
    nearMisses: ["Ti andrebbe di fare una call?", "ti andrebbe di sentirci?"],
  }),
  phrase({
    id: 'gives-first.it.i-can-give',
    note: "\"Posso presentarti / mandarti…\", \"sarei felice di…\"",
    re: g(alt(
        "(?<!come )\\b(?:posso|potrei|possiamo|potremmo|sarei (?:felice|lieto|lieta|content\\w) di|sarei ben (?:felice|lieto|lieta) di|"
        + "saro (?:felice|lieto|lieta) di|mi farebbe piacere|volentieri|felice di|lieto di|lieta di|pronto a|pronta a)\\s+(?:anche\\s+|"
        + "volentieri\\s+)?(?:\\w+\\s+)?(?:present\\w*ti|present\\w*vi|metter\\w*ti|metter\\w*vi|girar\\w*ti|girar\\w*vi|mandar\\w*ti|"
        + "mandar\\w*vi|inviar\\w*ti|passar\\w*ti|segnalar\\w*ti|aiutar\\w*ti|aiutar\\w*vi|offrir\\w*ti|offrir\\w*vi|dar\\w*ti|"
        + "condivider\\w*|raccontar\\w*ti|ti \\w+|vi \\w+|scambiar\\w*|presentar\\w*|aiutar\\w*|offrir\\w*|dare una mano|mettere in contatto)",
      )),
    examples: ["Posso mandarti una demo?", "posso mandarti la descrizione?"],
    nearMisses: ["possiamo sentirci?", "Posso mostrartelo?"],
  }),
  phrase({
    id: 'gives-first.it.want-me-to',
    note: "\"Vuoi che ti…?\": an offer phrased as a question",
    re: g("\\b(?:vuoi|vorresti|volete|vorreste|ti va|ti andrebbe|ti farebbe piacere|preferisci) che (?:ti|vi|te|ve|le) \\w+"),
    examples: ["vuoi che vi presenti?", "vuoi che ti mandi la scheda?"],
    nearMisses: ["digli pure che ti mando io."],
  }),
  phrase({
    id: 'gives-first.it.i-send-you',
    note: "\"Ti mando / giro / presento…\" (not the CV or a price list)",
    re: g(alt(
        "\\b(?:ti|vi|le) (?:metto|mando|giro|presento|passo|invio|segnalo|racconto|condivido|offro|regalo|porto|lascio|preparo|"
        + "faccio avere|inoltro|suggerisco|consiglio) (?!(?:volentieri |subito |anche )?(?:il |la |l')?(?:mio |mia |nostro |nostra )?"
        + "(?:cv|curriculum|listino|preventivo|demo|catalogo|offerta|quotazione)\\b)",
      )),
    examples: ["Vi lascio parlare!", "vi metto in contatto?"],
    nearMisses: ["te lo presento volentieri.", "se passi da Bari offro io!", "se vi serve, ti mando volentieri la mia offerta."],
  }),
  phrase({
    id: 'gives-first.it.i-bring',
    note: "\"Porto / preparo / condivido qualche…\"",
    re: g(alt(
        "\\b(?:porto|portero|preparo|preparero|mando|mandero|invio|inviero|giro|girero|condivido|condividero|offro) (?:io |"
        + "volentieri |anche |subito |poi )?(?:qualche|alcuni|alcune|un|una|uno|un'|dei|delle|degli|il|la|i|le|gli|l')\\s*(?!(?:mio |"
        + "mia |miei |nostro |nostra |nostri )?(?:cv|curriculum|listino|preventiv\\w*|demo|catalog\\w*|portfolio|tariffe|prezzi|"
        + "offert\\w*|brochure)\\b)[\\w']+",
        "\\b(?:ho|avrei|abbiamo) (?:gia )?(?:qualche|un paio di|alcune|alcuni|due|tre|diverse|delle|degli|un'|una|"
        + "un) (?:\\w+ )?(?:idea|idee|spunt\\w+|suggeriment\\w+|propost\\w+ concret\\w+|dati|numeri|esempi|materiale|contatt\\w+) (?:su|"
        + "sul|sulla|sullo|sui|sugli|sulle|sull'|per|che (?:potrebbe|potrebbero|possono|puo) (?:esserti|servirti|esservi|interessarti|"
        + "aiutarti))\\b",
        // With the thing said before: "ho preparato una checklist: te la giro volentieri".
        "\\b(?:(?:te|ve) l[aeio]|gliel[aeio]) (?:giro|mando|passo|invio|porto|lascio|preparo)(?: (?:volentieri|subito|io|e)\\b|[.,!])",
      )),
    examples: ["se passi da Bari offro io!", "digli pure che ti mando io.", "ho preparato una checklist di 12 clausole: te la giro volentieri."],
    nearMisses: ["spunti preziosi.", "Restiamo in contatto!"],
  }),
  phrase({
    // Things the sender has to give ("avrei un paio di casi clinici da condividere", "ho qualche foto da girarti").
    id: 'gives-first.it.have-to-share',
    note: "Has something to share (\"ho un paio di foto da girarti\")",
    re: g(alt(
        "\\b(?:ho|avrei|abbiamo|avremmo) (?:gia |anche |qui )?(?:qualche|un paio di|alcune|alcuni|due|tre|diversi|diverse|delle|degli|"
        + "dei|un'|una|un|uno) (?!(?:[\\w']+ ){0,2}?(?:cv|curriculum|portfolio|listino|preventiv\\w*|catalog\\w*|offert\\w*|domand\\w*|"
        + "richiest\\w*|favor\\w*)\\b)(?:[\\w']+ ){1,3}?da (?:condividere|girarti|girarle|passarti|passarle|mandarti|mandarle|inviarti|"
        + "inviarle|farti vedere|farle vedere|regalarti|prestarti|consigliarti)\\b",
      )),
    examples: ["Dirigo un piccolo centro di fisioterapia a Latina e avrei un paio di casi clinici da condividere:"],
    nearMisses: ["Posso mandarti una demo?", "posso mandarti la descrizione?"],
  }),
  phrase({
    id: 'gives-first.it.i-attach',
    note: "Attaches something that is not a CV or a catalogue",
    re: g("\\b(?:ti|vi) allego (?!(?:il |la )?(?:mio |mia |nostro |nostra )?(?:cv|curriculum|portfolio|listino|preventivo|catalogo)\\b)"),
    examples: ["Come ti accennavo al workshop di Fondazione Cariplo, ti allego la guida sui bandi per il terzo settore che usiamo in associazione."],
    nearMisses: ["Ti allego il portfolio.", "Ti allego il mio portfolio:"],
  }),
  phrase({
    id: 'gives-first.it.at-your-disposal',
    note: "\"Chiedimi pure\", \"resto a disposizione\", \"se ti serve\"",
    re: g(alt(
        "\\b(?:chiedi|chiedimi|scrivimi|chiamami) pure\\b",
        "\\bfammi sapere se (?:ti|vi|le) (?:serve|servono|interessa|e utile|puo servire|puo essere utile|va)\\b",
        "\\bdimmi tu\\b",
        "\\b(?:sono|resto|rimango) a (?:tua |vostra |sua )?disposizione\\b",
        "\\bse (?:ti|vi|le) (?:serve|servono|servisse|servissero|puo servire|puo essere utile|interessa|fosse utile)\\b",
        "\\bnon (?:esitare|esiti|esitate) a (?:scrivermi|contattarmi|chiedermi|chiamarmi|scrivere)\\b",
        "\\bci sono\\s*[.!]",
        "\\b(?:scrivimi|chiamami|contattami|chiedimi) (?:pure|quando vuoi|senza problemi)\\b",
        "\\blo faccio volentieri\\b",
        "\\b(?:offro io|pago io|ti devo un (?:caffe|favore|pranzo|aperitivo))\\b",
        "\\bmagari ti torna utile\\b",
        "\\bpossa (?:esserti|esservi|esserle|tornarti) utile\\b",
        "\\bspero (?:ti|vi|le) sia utile\\b",
        "\\bcome promesso\\b",
      )),
    examples: ["Ti devo un caffè:", "lo faccio volentieri."],
    nearMisses: ["Molto interessante!", "super interessante!"],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  offers: offersIT,
};
