// LinkedIn's theme: its class on <html>/<body>, else the OS preference.
import type { Signal } from '../../../lib/content/signals';
import { detectTheme } from '../../../lib/content/layout';
import { onAbort } from './listen';

export function watchTheme(doc: Document, win: Window & typeof globalThis, theme: Signal<'light' | 'dark'>, signal: AbortSignal): void {
  const mq = win.matchMedia?.('(prefers-color-scheme: dark)');
  const read = () => { theme.value = detectTheme([doc.documentElement.className, doc.body?.className ?? ''], !!mq?.matches); };
  read();
  const mo = new win.MutationObserver(read);
  mo.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  if (doc.body) mo.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
  mq?.addEventListener?.('change', read);
  onAbort(signal, () => { mo.disconnect(); mq?.removeEventListener?.('change', read); });
}
