// Scoring in the background: the one place that holds the dictionaries.
//
// Why here and not in each LinkedIn tab: a content script can only fetch a
// packaged file that is listed in web_accessible_resources, which LinkedIn
// probes for and Garbo never ships. The worker reads the compiled
// dictionaries with one fetch of its own package (no network), keeps them for
// its life and re-reads them in a few milliseconds after a restart; a tab
// sends one message per debounced draft, not per keystroke.
import { analyze } from '../analyzer';
import type { AnalysisContext, Draft, Lang, Report, Speller } from '../types';
import type { Settings } from '../settings';
import { loadDictionary } from '../spelling/dawg';

export interface AnalyzeServiceDeps {
  /** Bytes of a compiled dictionary (the background fetches its own package file). */
  loadBytes(lang: Lang): Promise<ArrayBuffer | Uint8Array>;
  /** Current user settings (personal dictionary, disabled rules, note limit, name). */
  settings(): Promise<Settings>;
}

export interface AnalyzeService {
  analyze(draft: Draft, context: AnalysisContext): Promise<Report>;
  /** Loaded dictionaries (loads them on first use). */
  speller(): Promise<Speller>;
}

export function createAnalyzeService(deps: AnalyzeServiceDeps): AnalyzeService {
  let loading: Promise<Speller> | undefined;
  const speller = () =>
    (loading ??= (async () => {
      const out: Speller = {};
      // A missing or damaged dictionary must not stop the other rules: the
      // report is then computed without that language's spelling.
      await Promise.all((['it', 'en'] as const).map(async (lang) => {
        try {
          out[lang] = loadDictionary(await deps.loadBytes(lang), lang);
        } catch (err) {
          console.warn(`Garbo: the ${lang} dictionary could not be loaded`, err);
        }
      }));
      if (!out.it && !out.en) loading = undefined; // try again on the next request
      return out;
    })());

  return {
    speller,
    async analyze(draft, context) {
      const [sp, s] = await Promise.all([speller(), deps.settings()]);
      const ctx: AnalysisContext = {
        ...context,
        senderName: context.senderName || s.senderName || undefined,
        noteLimit: context.noteLimit ?? (s.noteLimit === 'detect' ? undefined : s.noteLimit),
        userDictionary: [...(context.userDictionary ?? []), ...s.dictionary],
        disabledRules: [...new Set([...(context.disabledRules ?? []), ...s.disabledRules])],
        uiLang: context.uiLang ?? (s.uiLang === 'auto' ? undefined : s.uiLang),
      };
      return analyze(draft, ctx, sp);
    },
  };
}
