// Pattern helpers for the language data modules.

/** A global pattern over folded text. */
export const g = (src: string): RegExp => new RegExp(src, 'g');
/**
 * Same, with match indices: needed by patterns with a `cap` group (a letter that must be upper-case in the
 * user's text). The group takes lower-case letters only, so Doc.matches can hide a rejected letter by
 * upper-casing it and look for a longer reading from the same start.
 */
export const gd = (src: string): RegExp => new RegExp(src.replaceAll('(?<cap>\\w)', '(?<cap>[^\\WA-Z])'), 'gd');

/** Patterns that only count when one of the two words right before the match is capitalized (a person's name). */
export const NAME_BEFORE = new WeakSet<RegExp>();

/** A global pattern that needs a capitalized name just before it ("Elisa Fabbri| mi ha parlato di te"). */
export function nameBefore(src: string): RegExp {
  const re = g(src);
  NAME_BEFORE.add(re);
  return re;
}
