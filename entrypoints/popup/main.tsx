import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { browserApi } from '../../components/common/browserApi';
import { Popup } from '../../components/popup/Popup';
import { CheckerTab } from '../../components/popup/CheckerTab';

const tab = new URLSearchParams(location.search).get('tab') === 'checker' ? 'checker' : 'history';
render(
  <Popup api={browserApi} initialTab={tab} renderChecker={(lang, settings, seed) => <CheckerTab api={browserApi} lang={lang} settings={settings} seed={seed} />} />,
  document.getElementById('app')!,
);
