import { t } from '../lib/i18n';
import type { Lang } from '../lib/types';

/** Garbo's name and one-line promise, shared by the popup and the options page. */
export function Brand({ lang }: { lang: Lang }) {
  return (
    <header class="brand">
      <h1>Garbo</h1>
      <p>{t(lang, 'common_tagline')}</p>
    </header>
  );
}
