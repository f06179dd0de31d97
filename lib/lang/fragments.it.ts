// Italian pattern fragments shared by several phrase entries (folded text: lower-case, no accents).
import { alt } from './phrase';

/** Their demo ("la tua demo al Droidcon"), not the one a seller books for them ("prenota la tua demo gratuita"). */
export const DEMO = "demo(?! gratuit\\w*)(?<!(?:prenot|richied|ottien|fiss|attiv|prov)\\w* (?:subito )?(?:la )?(?:tua|vostra|sua) demo)";

/** A past participle, regular or not (fondato, ottenuto, aperto, vinto, raccolto, chiuso). */
export const PP = "\\w+(?:ato|uto|ito|tto|rto|nto|lto|so)";

/** Saying that both went to the same school ("anche io ho studiato alla Scuola Holden", "entrambi ex studenti del Politecnico"). */
export const SHARED_SCHOOL = alt(
  "\\bex (?:collegh\\w*|compagn\\w*|student\\w*|alunn\\w*|alliev\\w*|corsist\\w*)\\b",
  "\\b(?:anche tu|anch'io|anche io|entrambi|tutti e due|insieme|come te)\\b[^.?!;]{0,30}?\\b(?:studiat\\w|frequentat\\w|diplomat\\w|"
  + "laureat\\w|specializzat\\w|formati|formata|formato|cresciut\\w|stat[oaie]|ex|student\\w*|alunn\\w|alliev\\w|insegnato|lavorato|"
  + "passat\\w)\\b[^.?!;]{0,25}?\\b(?:all'|alla |al |allo |dell'|della |del |dello |nell'|nella |nel |dalla |dal )(?:universita|"
  + "politecnico|bocconi|liceo|scuola|accademia|istituto|conservatorio|master|its)\\b",
  "\\b(?:all'|alla |al )(?:universita|politecnico|bocconi|liceo|scuola|accademia|conservatorio)\\b[^.?!;]{0,40}?\\b(?:anche tu|anch'io|"
  + "anche io|entrambi|tutti e due|insieme|come te)\\b",
  "\\b(?:alumni|alumnus|ex allievi)\\b",
);

/** Belonging to the same group or association ("anche tu fai parte del gruppo Freelance Italiani"). */
export const SAME_GROUP = alt(
  "\\b(?:fai|facciamo|fate|faccio|facevi|facevamo) parte (?:anche tu |anche io |entrambi |tutti e due |anche )?(?:del|della|dello|"
  + "dell'|degli|delle|di) ?(?:[\\w'-]+ ){0,1}?(?:gruppo|gruppi|community|comunita|associazione|club|circolo|capitolo|rete|network|"
  + "forum|canale|server|coro|squadra|ordine|comitato|consiglio|collettivo|consorzio)\\b",
);

/** Things of the recipient's that a note can be specific about (their post, talk, project …). */
export const THEIR_THINGS = "post|articol\\w*|intervent\\w*|talk|speech|keynote|presentazion\\w*|panel|webinar|podcast|puntat\\w*|"
  + "episodi\\w*|video|thread|comment\\w*|newsletter|libr[oi]|blog|ricerc\\w*|studi[oi]? (?:su|sul|sulla|sullo|sui|"
  + "sugli|sulle|sull'|di|del|della)|progett\\w*|lanci\\w*|intervist\\w*|(?:lavor[oi]|idea|idee) (?:su|sul|sulla|"
  + "sullo|sui|sugli|sulle|sull'|di|del|della|dei|per|con|in|nel|nella|presso|alla|al|come)|nuov[oa] (?:app|"
  + "prodotto|startup|negozio|azienda|attivita|sede)|(?:app|prodott\\w*|startup|negozi\\w*) (?:di|per|a|in|su|sul|"
  + "sulla|che)|campagn\\w*|session\\w*|workshop|masterclass|report|guid\\w*|raccont\\w*|stori\\w*|riflession\\w*|"
  + "analisi|iniziativ\\w*|tesi|cors[oi]|percors[oi] (?:su|sul|sulla|sullo|sui|sugli|sulle|sull'|dedicat\\w+)|"
  + "tavola rotonda|slide|paper|case study|risultat\\w*|nuovo ruolo|traguard\\w*|premi[oi]|portfolio|libro|"
  + "intuizion\\w*|domand\\w*|osservazion\\w*|esperiment\\w*|caso|casi|live|diretta|relazion\\w*|pubblicazion\\w*|"
  + "mostra|ricett\\w*|tutorial|consigli|case study|caso studio|caso di studio|trucc\\w*|ristorante|locale|"
  + "agriturismo|hotel|albergo|b&b|cantina|bottega|negozio|laboratorio|foto|scatt\\w*|immagin\\w*|disegn\\w*|quadr\\w*|"
  + "canzon\\w*|album|film|documentari\\w*|viagg\\w*|collezion\\w*|creazion\\w*|oper[ae] (?:su|sul|sulla|di|in)|"
  + "rispost\\w*|prototip\\w*|approcci\\w*|metod\\w*|vision\\w*|punto di vista|prospettiv\\w*|lezion\\w*|seminari\\w*|"
  + "canale|serie|rubrica|pagina|ristorante|locale|bottega|laboratorio|cantina|azienda agricola|officina|palestra|"
  + "pasticceria|panetteria|forno|bar|salone|farmacia|ambulatorio|clinica|enoteca|gelateria|pizzeria|trattoria|"
  + "osteria|birrificio|caseificio|sartoria|falegnameria|vivaio|fattoria|studio di \\w+|plugin|libreria|sito|"
  + "festival|associazione|community|illustrazion\\w*|grafich\\w*|cortometragg\\w*|spettacol\\w*|stabiliment\\w*|"
  + "cantier\\w*|showroom|atelier|boutique|q&a|" + DEMO;

/** First words of a business's name ("Officine Rota", "Pasticceria Bianchi", "Marini Legnami" has it last). */
export const BUSINESS_HEADS = "officin[ae]|autofficina|studio|cantin[ae]|forno|birrificio|pasticceria|panificio|trattoria|osteria|ristorante|hotel|"
  + "albergo|agriturismo|ceramiche|costruzioni|falegnameria|farmacia|fonderia|tipografia|carrozzeria|macelleria|salumificio|caseificio|"
  + "oleificio|pastificio|sartoria|vivaio|distilleria|torrefazione|legnami|trasporti|impianti|serramenti|arredamenti|edilizia|meccanica|"
  + "gelateria|bottega|laboratorio|atelier|agenzia|autoscuola|clinica|poliambulatorio|cooperativa|consorzio|tenuta|fattoria|industrie|"
  + "acciaierie|cartiera|lavanderia|ferramenta|vetreria|elettromeccanica|idraulica|termoidraulica";

/** Their content as something read or watched: not their site or their page, which show their business rather than their words. */
export const THEIR_CONTENT_READ = "post|articol\\w*|intervent\\w*|talk|speech|keynote|presentazion\\w*|panel|webinar|podcast|puntat\\w*|"
  + "episodi\\w*|video|thread|comment\\w*|newsletter|libr[oi]|blog|intervist\\w*|tavola rotonda|cors[oi]|lezion\\w*|"
  + "live|diretta|pubblicazion\\w*|relazion\\w*|workshop|masterclass|tutorial|reel|storia|storie|ricerca|"
  + "studio (?:su|sul|sulla|sui|sugli|sull')|lavor[oi] (?:su|sul|sulla|sullo|sui|sugli|sulle|sull')|collezion\\w*|"
  + "case study|caso studio|caso di studio|paper|report|guida|tesi|sessione|seminario|canale|serie|rubrica|"
  + "profilo instagram|account|community|app|plugin|libreria|podcast|ted|tedx|foto|mostra|album|film|"
  + "documentario|illustrazion\\w*|grafich\\w*|cortometragg\\w*|spettacol\\w*|q&a|analisi|riflession\\w*|indagin\\w*|"
  + "inchiest\\w*|sondagg\\w*|approfondiment\\w*|editorial\\w*|recension\\w*|carosell\\w*|infografic\\w*|"
  // A site they built is their work ("il nuovo sito che hai fatto per la cantina").
  + "sit[oi] (?:che (?:hai|ha|avete)|da te|da lei|da voi) (?:fatt|realizzat|progettat|creat|sviluppat|disegnat)[oi]|" + DEMO;

/** Content the sender came across (how-met through their content), a site or a page included. */
export const THEIR_CONTENT = THEIR_CONTENT_READ + "|pagina|sito";

/**
 * Placed right after the preposition that names an event: not when a win of theirs comes first in the clause ("la vittoria del
 * vostro equipaggio alla regata", "il premio alla fiera"), where the event is what they won at, not where the two met.
 */
const A_WIN = "(?:vittori[ae]|premi[oa]?|medagli[ae]|podio|trionfo|coppa|primo posto|secondo posto|terzo posto|riconosciment[oi]"
  + "|finalist[aei]|in finale|candidat[oaie]|vint[oaie]|vincitor[ei]|vincitric[ei])\\b";
export const NOT_AFTER_A_WIN = "(?<!\\b" + A_WIN + "[^.!?;,\\n]{0,60})";
/** A word between the preposition and the event that is no win ("per il premio alla fiera" names no meeting either). */
export const NOT_A_WIN = "(?!" + A_WIN + ")";

/** Kinds of events where people meet. */
export const EVENTS = alt(
  "convegn\\w*",
  "conferenz\\w*",
  "event\\w*",
  "workshop",
  "webinar",
  "meetup",
  "meeting",
  "talk",
  "panel",
  "fier[ae]",
  "festival",
  "summit",
  "forum",
  "colazion\\w*",
  "cen[ae]",
  "pranz\\w*",
  "aperitiv\\w*",
  "cors[oi]",
  "master",
  "seminari\\w*",
  "tavola rotonda",
  "hackathon",
  "stand",
  "expo",
  "sprint",
  "incontr[oi]",
  "riunion\\w*",
  "assemble\\w*",
  "capitol\\w*",
  "after",
  "party",
  "festa",
  "premiazion\\w*",
  "keynote",
  "sessione",
  "bootcamp",
  "laboratori\\w*",
  "salone",
  "congress\\w*",
  "giornat\\w*",
  "serat\\w*",
  "presentazion\\w*",
  "evento",
  "camp",
  "torne\\w*",
  "partit\\w*(?! iva\\b)",
  "gar[ae]",
  "maratona",
  "regata",
  "concert\\w*",
  "spettacol\\w*",
  "mercatin[oi]",
  "tavol[oi] (?:tecnic\\w*|di lavoro|del|della|regional\\w*|permanent\\w*)",
  "matrimoni[oi]",
  "battesim[oi]",
  "comunion\\w*",
  "rimpatriat\\w*",
  "open day",
  "colloqui[oi] (?:con i|coi) (?:genitori|professori|docenti)",
);
