// The popup's draft checker tab: the shared Checker widget, scored by the
// background ('analyze'), so it works with no LinkedIn tab at all.
import { Checker } from '../Checker';
import { REPORT_CSS } from '../report/styles';
import type { Settings } from '../../lib/settings';
import type { Lang } from '../../lib/types';
import { historyApi, type Api } from '../common/api';
import type { CheckerSeed } from './Popup';

export function CheckerTab({ api, lang, settings, seed }: { api: Api; lang: Lang; settings: Settings; seed?: CheckerSeed | null }) {
  const h = historyApi(api);
  return (
    <div class="checker" data-testid="checker">
      <style>{REPORT_CSS}</style>
      <Checker
        key={seed?.n ?? 0}
        initialKind={seed?.kind}
        initialRecipient={seed?.recipient}
        lang={lang}
        analyze={(draft, context) => h.analyze(draft, context)}
        senderName={settings.senderName || undefined}
        noteLimit={typeof settings.noteLimit === 'number' ? settings.noteLimit : undefined}
        onAddWord={async (word) => { await api.request({ type: 'dictionary-add', word }); }}
      />
    </div>
  );
}
