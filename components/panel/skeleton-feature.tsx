// "Report a page Garbo missed", the content script's side (issue 12 item 5).
// Two hook-ups, one line each:
// - entrypoints/linkedin.content/index.ts, top frame only:
//     onMessage(skeletonListener(document))  (./native-browser.ts: the reply goes through sendResponse)
//   answers the popup's { type: 'page-skeleton' } with the page's sanitized
//   skeleton (lib/linkedin/skeleton.ts via lib/content/skeleton-request.ts);
// - components/panel/runtime.tsx:
//     deps.watch(doc, withReportNotice(callbacks, { doc, win, lang, theme, cleanups }))
//   passes every watcher callback through unchanged and, when the watcher
//   found a field it could not attach to, shows a small notice of Garbo's own
//   (its own shadow host, like notice.tsx) offering the same report: a preview
//   the user can read, and a Copy button. Nothing is sent anywhere; the page
//   never sees the report (it is built on click, inside Garbo's shadow root).
import { render } from 'preact';
import { signal, type Signal } from '../../lib/content/signals';
import type { Lang } from '../../lib/types';
import type { WatchCallbacks } from '../../lib/linkedin/types';
import type { Reply } from '../../lib/messages';
import { buildSkeleton, type PageSkeleton } from '../../lib/linkedin/skeleton';
import { isPageSkeletonRequest, pageSkeletonReply } from '../../lib/content/skeleton-request';
import { tc as t } from '../../lib/content/strings';
import { Guard } from './Panel';
import { shadowHost } from './shadow-host';
import './track-signals';

/** Tag of the notice's host element. */
export const REPORT_TAG = 'garbo-report';

/** The runtime.onMessage listener for the popup's page-skeleton request (undefined for any other message). */
export function skeletonListener(doc: Document): (msg: unknown) => Promise<Reply<PageSkeleton>> | undefined {
  return (msg) => (isPageSkeletonRequest(msg) ? Promise.resolve(pageSkeletonReply(doc, msg)) : undefined);
}

export interface ReportNoticeEnv {
  doc: Document;
  win: Window & typeof globalThis;
  lang: Signal<Lang>;
  theme: Signal<'light' | 'dark'>;
  /** The runtime's teardown list: the notice removes itself on stop. */
  cleanups: Array<() => void>;
}

/** Watcher failures that mean "a field is here and Garbo could not attach to it" (not a stray click error). */
const FIELD_FAILURE = /^(invite|composer|attach|scan)\b/;

/** The watcher's callbacks, unchanged, plus the report notice on a field Garbo could not attach to. */
export function withReportNotice(cb: WatchCallbacks, env: ReportNoticeEnv): WatchCallbacks {
  let notice: ReportNotice | undefined;
  env.cleanups.push(() => notice?.destroy());
  return {
    ...cb,
    attach(field) {
      cb.attach(field);
      try { notice?.hide(); } catch { /* never into the page */ }
    },
    failed(reason, error) {
      cb.failed?.(reason, error);
      try {
        if (FIELD_FAILURE.test(reason)) (notice ??= createReportNotice(env)).show();
      } catch (err) { console.debug('Garbo:', err); }
    },
  };
}

const CSS = '.g-report-notice{background:var(--bg);padding:10px 12px}.g-report-notice p{margin:0 0 8px}'
  + '.g-report-notice textarea{width:100%;box-sizing:border-box;height:150px;font:11px monospace;background:var(--bg);color:var(--fg)}';

interface State { visible: boolean; text: string; status: '' | 'copied' | 'failed'; open: boolean }

export interface ReportNotice {
  show(): void;
  hide(): void;
  destroy(): void;
}

function ReportNoticeApp({ env, state, onCopy, onPreview, onDismiss }: {
  env: ReportNoticeEnv; state: Signal<State>; onCopy(): void; onPreview(open: boolean): void; onDismiss(): void;
}) {
  const L = env.lang.value;
  const s = state.value;
  return (
    <div class="g-root" data-theme={env.theme.value} lang={L}>
      {s.visible ? (
        <section class="g-toast g-alert g-report-notice" aria-label={t(L, 'panel_title')} data-garbo="report-notice">
          <p>{t(L, 'panel_report_failed')}</p>
          <details open={s.open} onToggle={(e) => onPreview((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>{t(L, 'panel_report_preview')}</summary>
            <textarea readOnly aria-label={t(L, 'panel_report_preview')} value={s.text} data-garbo="report-text" />
          </details>
          <div class="g-actions">
            <button type="button" class="g-btn" onClick={onDismiss}>{t(L, 'panel_report_dismiss')}</button>
            <button type="button" class="g-btn g-primary" onClick={onCopy} data-garbo="report-copy">{t(L, 'panel_report_copy')}</button>
          </div>
          <p role="status">{s.status && t(L, s.status === 'copied' ? 'panel_report_copied' : 'panel_report_copy_failed')}</p>
        </section>
      ) : null}
    </div>
  );
}

export function createReportNotice(env: ReportNoticeEnv): ReportNotice {
  const state = signal<State>({ visible: false, text: '', status: '', open: false });
  let host: HTMLElement | undefined;
  let dismissed = false;
  const set = (patch: Partial<State>) => { state.value = { ...state.value, ...patch }; };
  // Built when the user asks (preview or copy), from the page as it is then; Garbo's own elements are left out.
  const skeleton = () => {
    const text = buildSkeleton(env.doc).text;
    set({ text });
    return text;
  };
  const textarea = () => host?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea[data-garbo="report-text"]') ?? null;
  const copy = async () => {
    const text = skeleton();
    try {
      await env.win.navigator.clipboard.writeText(text);
      set({ status: 'copied' });
    } catch {
      // No clipboard access here: open the preview with the report selected, for the user to copy.
      set({ open: true, status: 'failed' });
      await Promise.resolve();
      textarea()?.select();
    }
  };
  const mount = () => {
    if (host?.isConnected) return;
    const { doc } = env;
    const made = shadowHost(doc, REPORT_TAG, CSS);
    host = made.host;
    doc.body.append(host);
    render(
      <Guard>
        <ReportNoticeApp env={env} state={state}
          onCopy={() => { void copy(); }}
          onPreview={(open) => { if (open && !state.peek().open) skeleton(); set({ open }); }}
          onDismiss={() => { dismissed = true; set({ visible: false }); }} />
      </Guard>,
      made.mount,
    );
  };
  return {
    show() {
      if (dismissed) return;
      mount();
      set({ visible: true, status: '' });
    },
    hide() { set({ visible: false }); },
    destroy() {
      const root = host?.shadowRoot?.lastElementChild;
      if (root) render(null, root);
      host?.remove();
      host = undefined;
    },
  };
}
