import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { browserApi } from '../../components/common/browserApi';
import { Popup, type Tab } from '../../components/popup/Popup';
import { prefetchInsights } from '../../components/popup/Insights';
import type { CheckerTab as CheckerTabType } from '../../components/popup/CheckerTab';

// The checker (analysis UI, highlights) loads after the history's first screen.
let checkerModule: Promise<{ CheckerTab: typeof CheckerTabType }> | undefined;
const loadChecker = () => (checkerModule ??= import('../../components/popup/CheckerTab'));
setTimeout(loadChecker, 300);

function LazyChecker(props: Parameters<typeof CheckerTabType>[0]) {
  const [mod, setMod] = useState<{ CheckerTab: typeof CheckerTabType } | null>(null);
  useEffect(() => { void loadChecker().then(setMod); }, []);
  return mod ? <mod.CheckerTab {...props} /> : null;
}

const asked = new URLSearchParams(location.search).get('tab');
const tab: Tab = asked === 'checker' || asked === 'works' || asked === 'follow' ? asked : 'history';
// Opened on "What works" / "Follow up": ask the background now, while the popup renders.
if (tab === 'works' || tab === 'follow') prefetchInsights(browserApi, tab === 'works' ? 'works' : 'lists');
render(
  <Popup api={browserApi} initialTab={tab} renderChecker={(lang, settings, seed) => <LazyChecker api={browserApi} lang={lang} settings={settings} seed={seed} />} />,
  document.getElementById('app')!,
);
