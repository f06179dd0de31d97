// honest: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g, nameBefore } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';
import { howMetIT } from '../how-met/phrases.it';

/** Naming a mutual contact or claiming a friendship. */
export const claimsIT = [
  phrase({
    id: 'honest.it.friend',
    note: "Claims a friendship (\"un mio caro amico\")",
    re: g("\\b(?:un |una |il |la )?(?:mi[oa] |nostr[oa] )?(?:car[oa] |grande |vecchi[oa] )?amic[oaie]\\b(?! (?:di|in) (?:penna))"),
    examples: ["si chiama Laura Ferri, dille pure che sei amica mia.", "Se vuoi te lo sistemo io a un prezzo da amico, basta che mi scrivi."],
    nearMisses: ["Come ti avevo promesso alla festa di Satispay, ecco l'articolo di Stratechery sul pricing dinamico:"],
  }),
  ...howMetIT.filter((p) => p.id === 'how-met.it.told-to-contact-you'),
  phrase({
    id: 'honest.it.in-common',
    note: "Contacts in common",
    re: g("\\b(?:amic\\w*|conoscent\\w*|contatt\\w*|collegament\\w*) in comune\\b|\\babbiamo in comune\\b"),
    examples: ["Ho visto che abbiamo molti collegamenti in comune.", "Ciao Elena, ho notato che abbiamo molti contatti in comune nel settore."],
    nearMisses: [
      "Magari ci sentiamo per qualche cantiere in comune, ti presento volentieri i miei clienti di Monza.",
      "io ero quello dei serramenti in legno. Magari ci sentiamo per qualche cantiere in comune, ti presento volentieri i miei clienti di Monza.",
    ],
  }),
  phrase({
    id: 'honest.it.named-told-me',
    note: "A named person told the sender about them",
    re: nameBefore("\\bmi ha (?:\\w+ ){0,2}(?:parlato|raccontato|detto|consigliato|suggerito|segnalato|girato|passato|indicato)\\b"),
    examples: ["Ciao Pia, Davide Longo mi ha detto di scriverti.", "Ciao Giada, Marta Bianchi mi ha parlato del tuo studio di design:"],
    nearMisses: ["mi hanno fatto riflettere.", "mi hanno fatto riflettere. Restiamo in contatto!"],
  }),
  phrase({
    id: 'honest.it.knows-you-well',
    note: "On someone's suggestion; knows them well; \"sei collegato con\"",
    re: g(alt(
        "\\bsu (?:suggerimento|consiglio|indicazione|segnalazione) di\\b",
        "\\b(?:ci )?conosc\\w+ (?:bene|da anni|benissimo|personalmente)\\b",
        "\\bdice che (?:sei|siete|e)\\b",
        "\\b(?:sei|siete) (?:collegat\\w*|connes\\w*|in contatto) con\\b",
      )),
    examples: ["Conosco bene un consulente della zona:", "Ciao Davide, ti scrivo su consiglio di Paola Rossi:"],
    nearMisses: ["Restiamo in contatto!", "Restiamo in contatto."],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  claims: claimsIT,
};
