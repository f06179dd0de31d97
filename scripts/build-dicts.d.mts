// Types of the parts of scripts/build-dicts.mjs that tests import.
export interface CompileStats {
  entries: number;
  emitted: number;
  unique: number;
  classes: number;
  prefixRules: number;
  states: number;
  edges: number;
  alphabet: number;
  ms: { expand: number; sort: number; automaton: number; total: number };
}

/** Compiles one Hunspell .aff/.dic pair (as text) into Garbo's binary automaton. */
export function compileDictionary(
  affText: string,
  dicText: string,
  lang: string,
  source?: Record<string, unknown>,
): { buf: Uint8Array; stats: CompileStats };
