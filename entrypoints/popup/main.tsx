import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Brand } from '../../components/Brand';
import { resolveUiLang } from '../../lib/i18n';

const lang = resolveUiLang('auto', browser.i18n.getUILanguage());
document.documentElement.lang = lang;

function Popup() {
  return (
    <main data-testid="popup">
      <Brand lang={lang} />
    </main>
  );
}
render(<Popup />, document.getElementById('app')!);
