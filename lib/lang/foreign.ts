// Is a draft written in a language Garbo does not read (French, Spanish,
// German, Portuguese)? Then every word would look misspelled and the it/en
// patterns would find nothing, so the analyzer says so instead of underlining
// the whole note. Two signals must agree, so an Italian or English draft full
// of typos, names or jargon is never taken for another language:
// - most ordinary words (lower-case, 3+ letters) are unknown to both the
//   Italian and the English dictionary;
// - the function words of one other language turn up (folded forms, chosen
//   so that none is an Italian or English word).
// Without dictionaries the function words alone decide, on a stricter share.
import type { Speller } from '../types';
import type { Token } from './text';

export type ForeignLang = 'fr' | 'es' | 'de' | 'pt';

const FUNCTION_WORDS: Record<ForeignLang, ReadonlySet<string>> = {
  // Not here on purpose: Italian words once accents are folded (qui, merci, pero = però, gusto, sua,
  // palestra, voce = você) and English ones (fur = für, hat, die, com of domains).
  fr: new Set(['nous', 'vous', 'votre', 'vos', 'avec', 'dans', 'pour', 'les', 'des', 'une', 'tres', 'bonjour', 'suis', 'sommes', 'etes',
    'ete', 'cette', 'ces', 'aux', 'pas', 'mais', 'aussi', 'sur', 'je', 'et', 'au', 'du', 'tous', 'bien', 'rencontres', 'plaisir']),
  es: new Set(['nos', 'los', 'las', 'muy', 'gracias', 'hola', 'conocimos', 'usted', 'que', 'por', 'para', 'semana', 'tambien', 'esta',
    'estoy', 'encantaria', 'saludos', 'el', 'y', 'mucho', 'charla', 'pasada', 'contigo']),
  de: new Set(['und', 'der', 'das', 'ich', 'wir', 'nicht', 'ist', 'sie', 'auf', 'ein', 'eine', 'dein', 'deine', 'ihr', 'ihre', 'vielen',
    'dank', 'hallo', 'uns', 'haben', 'sehr', 'gerne', 'grusse', 'auch', 'bei', 'zu', 'von', 'dem', 'letzte', 'woche', 'kennengelernt']),
  pt: new Set(['obrigado', 'obrigada', 'ola', 'nao', 'muito', 'tambem', 'nos', 'gostaria', 'conhecemos', 'semana', 'voces', 'seu',
    'uma', 'passada', 'prazer']),
};

export interface ForeignVerdict {
  /** The other language the draft seems written in, or undefined when it reads as Italian or English. */
  lang?: ForeignLang;
  /** Share of ordinary words neither dictionary knows (NaN without dictionaries or words). */
  unknownShare: number;
}

const ORDINARY = /^[\p{Ll}][\p{Ll}\p{M}]{2,}$/u;

export function detectForeign(tokens: readonly Token[], speller?: Speller): ForeignVerdict {
  const hits: Record<ForeignLang, number> = { fr: 0, es: 0, de: 0, pt: 0 };
  let words = 0, ordinary = 0, unknown = 0;
  const canCheck = !!(speller?.it && speller?.en);
  for (const tok of tokens) {
    if (/\d/.test(tok.text)) continue;
    words++;
    // Elisions (j'ai, c'est, qu'il) count by their first part.
    const head = tok.norm.split(/['’]/)[0]!;
    for (const l of Object.keys(hits) as ForeignLang[]) if (FUNCTION_WORDS[l].has(head)) hits[l]++;
    if (canCheck && !/['’]/.test(tok.text) && ORDINARY.test(tok.text)) {
      ordinary++;
      try {
        if (!speller!.it!.correct(tok.text) && !speller!.en!.correct(tok.text)) unknown++;
      } catch { /* a checker that fails counts as knowing the word */ }
    }
  }
  const best = (Object.keys(hits) as ForeignLang[]).reduce((a, b) => (hits[b] > hits[a] ? b : a));
  const unknownShare = ordinary ? unknown / ordinary : Number.NaN;
  const foreign = canCheck
    ? ordinary >= 5 && unknownShare >= 0.5 && hits[best] >= 2
    : words >= 6 && hits[best] >= 3 && hits[best] / words >= 0.2;
  return foreign ? { lang: best, unknownShare } : { unknownShare };
}
