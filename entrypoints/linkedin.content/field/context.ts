// What every unit of one attached field shares: the field, the page's shared
// services, the panel's state (signals), the field's own AbortSignal, and one
// animation frame per burst of changes in which the units draw.
import type { FieldHandle } from '../../../lib/linkedin/types';
import { timed } from '../../../lib/content/perf';
import type { PanelModel } from '../../../components/panel/model';
import type { App } from '../app/types';
import { onAbort } from '../app/listen';

export interface FieldCtx {
  readonly field: FieldHandle;
  readonly app: App;
  readonly model: PanelModel;
  readonly signal: AbortSignal;
  /** Window of the editor's document (an interop iframe's, or the page's). */
  readonly fieldWin: Window & typeof globalThis;
  readonly isTextarea: boolean;
  /** Ask for one animation frame: every `onFrame` callback runs in it, once. */
  redraw(): void;
  onFrame(fn: () => void): void;
}

export function createFieldCtx(field: FieldHandle, app: App, model: PanelModel, signal: AbortSignal): FieldCtx {
  const fieldWin = (field.editor.ownerDocument.defaultView ?? app.win) as Window & typeof globalThis;
  const drawers: Array<() => void> = [];
  let frame = 0;
  onAbort(signal, () => { if (frame) app.win.cancelAnimationFrame(frame); frame = 0; });
  return {
    field, app, model, signal, fieldWin,
    isTextarea: field.editor.tagName === 'TEXTAREA',
    onFrame: (fn) => { drawers.push(fn); },
    redraw() {
      if (frame || signal.aborted) return;
      frame = app.win.requestAnimationFrame(() => {
        frame = 0;
        if (signal.aborted || !field.isConnected()) return;
        timed('frame', () => {
          for (const d of drawers) { try { d(); } catch (err) { console.debug('Garbo:', err); } }
        });
      });
    },
  };
}

/** Rect in the top page's viewport (fields in an interop iframe are offset by the frame). */
export function pageRect(ctx: FieldCtx, el: Element | Range | undefined | null): { left: number; top: number; width: number; height: number } | undefined {
  if (!el) return undefined;
  const r = el.getBoundingClientRect();
  let dx = 0, dy = 0;
  if (ctx.fieldWin !== ctx.app.win) {
    try {
      const f = ctx.fieldWin.frameElement?.getBoundingClientRect();
      if (f) { dx = f.left; dy = f.top; }
    } catch { /* cross-origin: leave as is */ }
  }
  return { left: r.left + dx, top: r.top + dy, width: r.width, height: r.height };
}
