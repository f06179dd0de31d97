// Types of the parts of scripts/hunspell-snapshot.mjs that tests import.
export const FIXTURES: string;
/** Every candidate the compiler test checks against tiny.aff/tiny.dic, sorted. */
export function tinyCandidates(): string[];
export function readList(file: string): string[];
