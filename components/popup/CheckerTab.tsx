// The popup's draft checker: works with no LinkedIn tab, the background scores.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import type { DraftKind, Lang, Report } from '../../lib/types';
import { historyApi, type Api } from '../common/api';
import { ScoreBadge } from './bits';

export function CheckerTab({ api, lang: L, settings }: { api: Api; lang: Lang; settings: Settings }) {
  const text = useSignal('');
  const kind = useSignal<DraftKind>('invite');
  const name = useSignal('');
  const report = useSignal<Report | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    if (!text.value.trim()) { report.value = null; return; }
    const id = setTimeout(() => {
      historyApi(api).analyze({ text: text.value, kind: kind.value }, {
        recipientName: name.value || undefined, senderName: settings.senderName || undefined, uiLang: L,
        noteLimit: typeof settings.noteLimit === 'number' ? settings.noteLimit : undefined,
      }).then((r) => { report.value = r; error.value = null; }, (e: unknown) => { error.value = e instanceof Error ? e.message : String(e); });
    }, 200);
    return () => clearTimeout(id);
  }, [text.value, kind.value, name.value, L]);

  const r = report.value;
  return (
    <div class="checker" data-testid="checker">
      <div class="row-buttons">
        <label>{t(L, 'checker_kind')}{' '}
          <select value={kind.value} onChange={(e) => { kind.value = (e.currentTarget as HTMLSelectElement).value as DraftKind; }}>
            <option value="invite">{t(L, 'checker_kind_invite')}</option>
            <option value="message">{t(L, 'checker_kind_message')}</option>
          </select>
        </label>
        <label>{t(L, 'checker_recipient')}{' '}
          <input type="text" value={name.value} onInput={(e) => { name.value = (e.currentTarget as HTMLInputElement).value; }} />
        </label>
      </div>
      <textarea rows={6} style={{ width: '100%', marginTop: '6px' }} aria-label={t(L, 'checker_text')} placeholder={t(L, 'checker_placeholder')}
        value={text.value} onInput={(e) => { text.value = (e.currentTarget as HTMLTextAreaElement).value; }} data-testid="checker-text" />
      {error.value && <p role="alert" class="msg error">{t(L, 'checker_error')}</p>}
      {r && (
        <section data-testid="checker-report" aria-live="polite">
          <p><ScoreBadge lang={L} score={r.score} verdict={r.verdict} /></p>
          <ul class="checks">
            {r.checks.filter((c) => c.applies).map((c) => (
              <li class={c.pass ? 'pass' : 'fail'}>{c.pass ? '✓' : '✗'} {c.message}{!c.pass && c.fix ? ` — ${c.fix}` : ''}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
