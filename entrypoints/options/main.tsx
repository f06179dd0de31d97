import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Brand } from '../../components/Brand';
import { resolveUiLang } from '../../lib/i18n';

const lang = resolveUiLang('auto', browser.i18n.getUILanguage());
document.documentElement.lang = lang;

function Options() {
  return (
    <main data-testid="options">
      <Brand lang={lang} />
    </main>
  );
}
render(<Options />, document.getElementById('app')!);
