// Pattern helpers for the language data modules.

const shared = new Map<string, RegExp>();
/**
 * A global pattern over folded text. The same source gives the same object, so a cue listed under
 * several facts (a shared school is both a detail and how you met) is matched once per draft:
 * Doc caches matches by pattern object, and resets `lastIndex` around every use.
 */
export const g = (src: string): RegExp => {
  let re = shared.get(src);
  if (!re) shared.set(src, (re = new RegExp(src, 'g')));
  return re;
};
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
  const re = new RegExp(src, 'g'); // never shared: the name check belongs to this object
  NAME_BEFORE.add(re);
  return re;
}
