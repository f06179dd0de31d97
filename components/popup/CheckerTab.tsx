// The popup's draft checker tab: the shared Checker widget, scored by the
// background ('analyze'), so it works with no LinkedIn tab at all.
import { Checker } from '../Checker';
import { REPORT_CSS } from '../report/styles';
import type { Settings } from '../../lib/settings';
import type { Lang } from '../../lib/types';
import { historyApi, type Api } from '../common/api';

export function CheckerTab({ api, lang, settings }: { api: Api; lang: Lang; settings: Settings }) {
  const h = historyApi(api);
  return (
    <div class="checker" data-testid="checker">
      <style>{REPORT_CSS}</style>
      <Checker
        lang={lang}
        analyze={(draft, context) => h.analyze(draft, context)}
        senderName={settings.senderName || undefined}
        noteLimit={typeof settings.noteLimit === 'number' ? settings.noteLimit : undefined}
        onAddWord={async (word) => {
          // The personal dictionary lives in the settings; the background reads them for every analysis.
          const s = await api.loadSettings();
          if (!s.dictionary.includes(word)) await api.saveSettings({ ...s, dictionary: [...s.dictionary, word].sort((a, b) => a.localeCompare(b)) });
        }}
      />
    </div>
  );
}
