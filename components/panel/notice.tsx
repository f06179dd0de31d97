// A small transient notice in Garbo's own shadow host, for news about a send
// whose panel is gone (the invite dialog closes as soon as LinkedIn sends) or
// hidden (collapsed to its badge). Text only, rendered by Preact: nothing the
// user typed is ever parsed as HTML. The host holds an always-present
// role=status region; the message goes in after it, so it is announced.
import { render } from 'preact';
import { signal, type Signal } from '@preact/signals';
import type { Lang } from '../../lib/types';
import { Guard, StorageFull } from './Panel';
import { PANEL_CSS } from './styles';

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
  hide(): void;
  /** Remove the host from the page. */
  destroy(): void;
}

function NoticeApp({ env, visible, onDismiss }: { env: NoticeEnv; visible: Signal<boolean>; onDismiss: () => void }) {
  return (
    <div class="g-root" data-theme={env.theme.value} lang={env.lang.value}>
      <div class="g-toast">
        <StorageFull lang={env.lang.value} show={visible.value} onDismiss={onDismiss} />
      </div>
    </div>
  );
}

export function createNotice(env: NoticeEnv): Notice {
  const visible = signal(false);
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
    host = doc.createElement(NOTICE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    const root = doc.createElement('div');
    shadow.append(style, root);
    doc.body.append(host);
    render(<Guard><NoticeApp env={env} visible={visible} onDismiss={hide} /></Guard>, root);
    return true;
  };
  return {
    storageFull() {
      try {
        clearTimers();
        const fresh = mount();
        const show = () => {
          showing = undefined;
          visible.value = true;
          timer = env.win.setTimeout(hide, env.hideAfterMs ?? 10_000);
        };
        // A region that appears together with its text is often not announced: text a moment later.
        if (fresh) showing = env.win.setTimeout(show, 50);
        else show();
      } catch (err) {
        console.debug('Garbo:', err);
      }
    },
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
