// A small transient notice in Garbo's own shadow host, for news about a send
// whose panel is gone (the invite dialog closes as soon as LinkedIn sends) or
// hidden (collapsed to its badge). Text only, rendered by Preact: nothing the
// user typed is ever parsed as HTML. The host holds an always-present
// role=status region; the message goes in after it, so it is announced.
import { render } from 'preact';
import { signal, type Signal } from '../../lib/content/signals';
import type { Lang } from '../../lib/types';
import { Guard, StorageFull } from './Panel';
import { shadowHost } from './shadow-host';
import './track-signals';

/** Tag of the notice's host element (not the panel's: a notice is no attached field). */
export const NOTICE_TAG = 'garbo-notice';

export interface NoticeEnv {
  doc: Document;
  win: Window & typeof globalThis;
  lang: Signal<Lang>;
  theme: Signal<'light' | 'dark'>;
  /** How long the notice stays (ms); about ten seconds by default. */
  hideAfterMs?: number;
}

export interface Notice {
  /** Show the storage-full notice (again: it restarts its timer). */
  storageFull(): void;
  /** Show a short text (news about a send whose panel is gone), as plain text. */
  message(text: string): void;
  hide(): void;
  /** Remove the host from the page. */
  destroy(): void;
}

function NoticeApp({ env, visible, text, onDismiss }: { env: NoticeEnv; visible: Signal<boolean>; text: Signal<string | undefined>; onDismiss: () => void }) {
  const message = text.value;
  return (
    <div class="g-root" data-theme={env.theme.value} lang={env.lang.value}>
      <div class="g-toast">
        {message === undefined
          ? <StorageFull lang={env.lang.value} show={visible.value} onDismiss={onDismiss} />
          : (
            <div class="g-alert-slot" role="status">
              {visible.value ? <div class="g-alert" data-garbo="send-news"><p>{message}</p></div> : null}
            </div>
          )}
      </div>
    </div>
  );
}

export function createNotice(env: NoticeEnv): Notice {
  const visible = signal(false);
  const text = signal<string | undefined>(undefined);
  let host: HTMLElement | undefined;
  let timer: number | undefined;
  let showing: number | undefined;
  const clearTimers = () => {
    if (timer !== undefined) env.win.clearTimeout(timer);
    if (showing !== undefined) env.win.clearTimeout(showing);
    timer = showing = undefined;
  };
  const hide = () => {
    clearTimers();
    visible.value = false;
  };
  const mount = () => {
    if (host?.isConnected) return false;
    const { doc } = env;
    const made = shadowHost(doc, NOTICE_TAG);
    host = made.host;
    doc.body.append(host);
    render(<Guard><NoticeApp env={env} visible={visible} text={text} onDismiss={hide} /></Guard>, made.mount);
    return true;
  };
  const show = (message: string | undefined) => {
    try {
      clearTimers();
      const fresh = mount();
      const reveal = () => {
        showing = undefined;
        text.value = message;
        visible.value = true;
        timer = env.win.setTimeout(hide, env.hideAfterMs ?? 10_000);
      };
      // A region that appears together with its text is often not announced: text a moment later.
      if (fresh) showing = env.win.setTimeout(reveal, 50);
      else { visible.value = false; reveal(); }
    } catch (err) {
      console.debug('Garbo:', err);
    }
  };
  return {
    storageFull: () => show(undefined),
    message: (m: string) => show(m),
    hide,
    destroy() {
      hide();
      if (host) {
        const root = host.shadowRoot?.lastElementChild;
        if (root) render(null, root);
        host.remove();
        host = undefined;
      }
    },
  };
}
