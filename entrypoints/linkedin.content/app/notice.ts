// Garbo's own transient notice on the page (storage full, a send LinkedIn did
// not make), created on first use: a page where nothing happens gets no element.
import type { Signal } from '../../../lib/content/signals';
import type { Lang } from '../../../lib/types';
import { createNotice, type Notice } from '../../../components/panel/notice';

export interface PageNotice {
  storageFull(): void;
  message(text: string): void;
  hide(): void;
  destroy(): void;
}

export function createPageNotice(env: { doc: Document; win: Window & typeof globalThis; lang: Signal<Lang>; theme: Signal<'light' | 'dark'>; hideAfterMs?: number }): PageNotice {
  let notice: Notice | undefined;
  const get = () => (notice ??= createNotice(env));
  return {
    storageFull: () => get().storageFull(),
    message: (text) => get().message(text),
    hide: () => notice?.hide(),
    destroy: () => { notice?.destroy(); notice = undefined; },
  };
}
