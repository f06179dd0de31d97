// The languages Garbo ships (a dictionary, UI strings, phrases for every rule). The `Lang` type
// (lib/types.ts) is derived from this list; a language registered at run time (lib/lang/registry.ts)
// is read by the analyzer without being listed here. Shipping one: CONTRIBUTING.md, "Add a language".
export const SHIPPED_LANGS = ['it', 'en'] as const;
