// register: Italian phrases. The formal Lei and the informal tu, and the greetings that go with each.
// Each entry is a named cue with examples it must match and near-misses it must not.
import { g } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';

/** Addressing the reader as Lei: verbs with the formal clitic ("la ringrazio", "le scrivo", "contattarla"). */
export const formalIT = [
  phrase({
    id: 'register.it.lei-clitic',
    note: 'The formal clitic before a verb addressed to the reader: "la ringrazio", "le scrivo", "le chiedo"',
    re: g(alt(
      "\\b(?:la|le) (?:ringrazio|ringraziamo|scrivo|chiedo|contatto|invio|mando|allego|auguro|saluto|disturbo|porgo|propongo|segnalo)\\b",
      // Not "scriverle", "proporle", "mi permetto di": measured on our drafts, they as often mean "her" or are neutral.
      "\\b(?:le sarei grat[oa]|resto a sua disposizione|se le interessa)\\b",
    )),
    examples: ["La ringrazio per la lezione di ieri.", "Le scrivo dopo il convegno."],
    nearMisses: ["La ringraziano tutti per la bella serata.", "Ti ringrazio per la lezione di ieri."],
  }),
];

/** Addressing the reader as tu: pronouns and clitics of the second person singular. */
export const informalIT = [
  phrase({
    id: 'register.it.tu-forms',
    note: 'Second person singular: tu, ti, te, tuo, tua, and clitics like "scriverti", "conoscerti"',
    re: g("\\b(?:tu|ti|te|tuo|tua|tuoi|tue)\\b|\\b\\w+(?:arti|erti|irti)\\b"),
    examples: ["Ti scrivo dopo il convegno.", "Mi ha fatto piacere conoscerti."],
    nearMisses: ["Le scrivo dopo il convegno.", "Mi ha fatto piacere conoscerla."],
  }),
];

/** Greetings and sign-offs that belong to the formal register only. */
export const formalGreetingIT = [
  phrase({
    id: 'register.it.formal-greeting',
    note: 'Formal openings and closings: "Egregio", "Spettabile", "Gentilissima", "Distinti saluti"',
    re: g("^\\W*(?:egregi[oa]|spettabile|spett\\.le|gentilissim[oa])\\b|\\b(?:distinti saluti|con osservanza|porgo (?:i miei )?(?:cordiali )?saluti)\\b"),
    examples: ["Egregio dott. Valli, le scrivo per la fiera.", "Distinti saluti, Marta Sala"],
    nearMisses: ["Gentile Marco, ti scrivo per la fiera.", "Cari saluti, Marta"],
  }),
];

/** Greetings and sign-offs that belong to the informal register only. */
export const informalGreetingIT = [
  phrase({
    id: 'register.it.informal-greeting',
    note: 'Informal openings and closings: "Ciao", "Ehi", "un abbraccio", "a presto!"',
    re: g("^\\W*(?:ciao|ehi|ehila|hey)\\b|\\b(?:un abbraccio|un bacio|baci|ciao ciao)\\b"),
    examples: ["Ciao Marco, ci siamo visti a Parma.", "Un abbraccio, Giulia"],
    nearMisses: ["Buongiorno Marco, ci siamo visti a Parma.", "Cordiali saluti, Giulia"],
  }),
];

/** This rule's Italian phrases, as the language definition takes them (lib/lang/it.ts). */
export const phrasesIT = {
  formal: formalIT, informal: informalIT, formalGreeting: formalGreetingIT, informalGreeting: informalGreetingIT,
};
