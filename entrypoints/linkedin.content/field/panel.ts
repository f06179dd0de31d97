// The panel of one field: Garbo's own host element in <body> with an open
// shadow root, the Preact app rendered into it, and its placement beside the
// field (never over it). Removed with the field.
import { render, h } from 'preact';
import { effect } from '../../../lib/content/signals';
import { placePanel } from '../../../lib/content/layout';
import { Guard, PanelApp, type PanelActions } from '../../../components/panel/Panel';
import { shadowHost } from '../../../components/panel/shadow-host';
import { listen, onAbort } from '../app/listen';
import { pageRect, type FieldCtx } from './context';
import { modalDialogOf } from '../../../lib/linkedin/dom';

/** Tag of the host element Garbo appends to <body> for each attached field. */
export const HOST_TAG = 'garbo-panel';

let counter = 0;

export interface PanelHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Move keyboard focus into the panel (LinkedIn's modal traps Tab inside its dialog). */
  focus(): void;
  /** The panel is on screen and expanded, beside a field still on the page. */
  visible(): boolean;
}

export function mountPanel(ctx: FieldCtx, actions: PanelActions): PanelHost {
  const { app, model, signal } = ctx;
  const doc = app.doc;
  const { host, shadow, mount } = shadowHost(doc, HOST_TAG);
  // Inside a modal native <dialog> (top layer, the rest of the page inert), else the body (lib/linkedin/dom.ts).
  (modalDialogOf(ctx.field.editor, doc) ?? doc.body).append(host);
  render(h(Guard, null, h(PanelApp, { model, actions, idBase: `garbo${++counter}` })), mount);
  onAbort(signal, () => { render(null, mount); host.remove(); });

  /** Placement reads layout: only when something may have moved (resize, scroll, collapse, a new report), not per key. */
  let moved = true;
  const place = () => {
    if (!moved) return;
    moved = false;
    const c = pageRect(ctx, ctx.field.container)!;
    const el = shadow.querySelector<HTMLElement>(model.collapsed.value ? '.g-badge' : '.g-panel');
    const size = { width: el?.offsetWidth || (model.collapsed.value ? 110 : 300), height: el?.offsetHeight || (model.collapsed.value ? 36 : 360) };
    const view = { width: doc.documentElement.clientWidth || app.win.innerWidth, height: app.win.innerHeight };
    const p = placePanel({ left: c.left, top: c.top, width: c.width, height: c.height }, size, view);
    const cur = model.position.value;
    if (!cur || cur.left !== p.left || cur.top !== p.top) model.position.value = { left: p.left, top: p.top };
  };
  ctx.onFrame(place);
  // Collapsing changes the panel's size, a report its height: place it again.
  const dispose = effect(() => { void model.collapsed.value; void model.report.value; void model.gate.value; moved = true; ctx.redraw(); });
  const again = () => { moved = true; ctx.redraw(); };
  listen(app.win, 'scroll', again, signal, { capture: true, passive: true });
  listen(app.win, 'resize', again, signal);
  if (ctx.fieldWin !== app.win) listen(ctx.fieldWin, 'scroll', again, signal, { capture: true, passive: true });
  const RO = (app.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (RO) {
    const ro = new RO(again);
    ro.observe(ctx.field.container);
    ro.observe(host);
    onAbort(signal, () => ro.disconnect());
  }
  onAbort(signal, dispose);

  return {
    host, shadow,
    focus() {
      if (model.collapsed.value) model.collapsed.value = false;
      queueMicrotask(() => shadow.querySelector<HTMLElement>('.g-panel .g-icon')?.focus());
    },
    visible: () => !signal.aborted && !model.collapsed.value && host.isConnected && ctx.field.isConnected(),
  };
}
