// no-pitch: Italian phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Commercial or aggressive wording. */
export const pitchIT = [
  phrase({
    id: 'no-pitch.it.sales-words',
    note: "Sales words: sconto, offerta, gratis, demo, prenota",
    re: g(alt(
        "\\b(?:scont\\w*|offerta|offerte|gratis|gratuit\\w*|compra\\w*|acquista\\w*|vendit\\w*|vendere|venderti|listino|preventiv\\w*|"
        + "demo|prenota\\w*|calendly|imperdibil\\w*|affrettati|approfitta\\w*|promo|coupon|codice sconto|garantit\\w*|"
        + "soddisfatti o rimborsati)\\b",
      )),
    examples: ["Posso mandarti una demo?", "Ciao Ugo, nessuna vendita:"],
    nearMisses: ["Ti interesserebbe diventare nostro rivenditore?", "Ciao Giulia, complimenti per la promozione in Trenord!"],
  }),
  phrase({
    id: 'no-pitch.it.urgency',
    note: "Urgency: \"solo fino a\", \"posti limitati\"",
    re: g(alt(
        "\\bsolo (?:fino a|per oggi|per pochi|questa settimana|entro)\\b",
        "\\b(?:a partire da|ultimi posti|ultima occasione|posti limitati|tempo limitato|entro fine mese)\\b",
      )),
    examples: ["Ciao Ugo, siti web a partire da 390 €, chiamami."],
    nearMisses: ["Volevo solo ringraziarti."],
  }),
  phrase({
    id: 'no-pitch.it.prices',
    note: "Percentages and prices",
    re: g("(?<!\\d)\\d+ ?%|(?<![\\d.,])\\d+(?:[.,]\\d+)? ?€|€ ?\\d+|\\b\\d+ euro\\b"),
    examples: ["49€ al mese invece di 79€.", "Ciao Ugo, siti web a partire da 390 €, chiamami."],
    nearMisses: ["Ci vediamo alle 18 in sala 3."],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  pitch: pitchIT,
};
