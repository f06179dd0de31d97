// "Report a page Garbo missed" in the popup (issue 12 item 5): on a LinkedIn
// tab, asks that tab's content script for the page's sanitized skeleton
// (lib/linkedin/skeleton.ts), validates the reply with zod (loaded on click,
// so the first screen stays light), shows it in full for the user to read,
// and copies it only when asked. Nothing is sent anywhere.
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PageSkeletonData } from '../../lib/messages';
import type { Lang } from '../../lib/types';
import type { Api, TabStatus } from '../common/api';

type State =
  | { step: 'idle' }
  | { step: 'loading' }
  | { step: 'shown'; data: PageSkeletonData; copy: '' | 'copied' | 'failed' }
  | { step: 'unavailable' };

/** The reply of the tab's content script, validated; null when there is none or it is not a skeleton. */
export async function readSkeletonReply(raw: unknown): Promise<PageSkeletonData | null> {
  const { PageSkeletonReplySchema } = await import('../../lib/messages');
  const parsed = PageSkeletonReplySchema.safeParse(raw);
  return parsed.success && parsed.data.ok ? parsed.data.data : null;
}

export function ReportPage({ api, lang, status }: { api: Api; lang: Lang; status: TabStatus | null }) {
  const state = useSignal<State>({ step: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);
  if (status?.kind !== 'linkedin' || !api.pageSkeleton) return null;
  const L = lang;
  const s = state.value;

  const load = async () => {
    state.value = { step: 'loading' };
    let data: PageSkeletonData | null = null;
    try { data = await readSkeletonReply(await api.pageSkeleton!()); } catch { data = null; }
    state.value = data ? { step: 'shown', data, copy: '' } : { step: 'unavailable' };
    if (data) setTimeout(() => area.current?.focus(), 0);
  };
  const copy = async (text: string) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard API here: select the preview and try the old command.
      try { area.current?.focus(); area.current?.select(); ok = document.execCommand('copy'); } catch { ok = false; }
    }
    const cur = state.peek();
    if (cur.step === 'shown') state.value = { ...cur, copy: ok ? 'copied' : 'failed' };
  };

  if (s.step === 'idle') {
    return (
      <div class="report-page">
        <button type="button" class="link" data-testid="report-page" onClick={() => { void load(); }}>{t(L, 'popup_report_action')}</button>
      </div>
    );
  }
  return (
    <section class="report-page open" aria-labelledby="report-page-title" data-testid="report-page-panel">
      <h2 id="report-page-title">{t(L, 'popup_report_action')}</h2>
      {s.step === 'loading' ? <p class="muted" role="status">{t(L, 'popup_report_loading')}</p> : null}
      {s.step === 'unavailable' ? <p class="warn" role="alert" data-testid="report-unavailable">{t(L, 'popup_report_unavailable')}</p> : null}
      {s.step === 'shown' ? (
        <>
          <p class="muted">{t(L, 'popup_report_intro')}</p>
          {s.data.truncated ? <p class="muted" data-testid="report-truncated">{t(L, 'popup_report_truncated')}</p> : null}
          <label for="report-page-text">{t(L, 'popup_report_label')}</label>
          <textarea id="report-page-text" ref={area} readOnly rows={10} value={s.data.text} data-testid="report-text" spellcheck={false} />
          <div class="actions">
            <button type="button" class="primary" data-testid="report-copy" onClick={() => { void copy(s.data.text); }}>{t(L, 'popup_report_copy')}</button>
            <button type="button" data-testid="report-close" onClick={() => { state.value = { step: 'idle' }; }}>{t(L, 'popup_report_close')}</button>
          </div>
          <p role="status" data-testid="report-copy-status">
            {s.copy === 'copied' ? t(L, 'popup_report_copied') : s.copy === 'failed' ? t(L, 'popup_report_copy_failed') : ''}
          </p>
        </>
      ) : null}
      {s.step === 'unavailable' ? (
        <div class="actions"><button type="button" onClick={() => { state.value = { step: 'idle' }; }}>{t(L, 'popup_report_close')}</button></div>
      ) : null}
    </section>
  );
}
