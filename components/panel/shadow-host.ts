// Garbo's own host element with an open shadow root holding its styles and a
// mount point: the panel, the send notice and the report notice all use it.
// Open: LinkedIn's page could reach a closed one anyway (it can patch
// attachShadow before we run), so "closed" would protect nothing, while
// assistive tools and the e2e tests need to see inside.
import { PANEL_CSS } from './styles';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders (the shadow root's last child). */
  mount: HTMLElement;
}

/** A detached `<tag>` with a shadow root: a <style> of PANEL_CSS + `css`, then the mount point. The caller places the host. */
export function shadowHost(doc: Document, tag: string, css = ''): ShadowHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS + css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  return { host, shadow, mount };
}
