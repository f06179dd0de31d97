// The gate before Send. Only the user's own (trusted) Send click or Enter is
// looked at. A draft with an error-level problem is held and the panel asks:
// "Edit" or "Send anyway". Garbo never replays LinkedIn's send with a
// synthetic click or key (LinkedIn may ignore them): "Send anyway" lets the
// user's next own Send of that same text through, once, says so ("Press Send
// again") and puts focus on LinkedIn's button.
// A send held only for a fresh analysis (the user pressed Send a moment after
// typing) that finds nothing blocking is replayed once as a first try; the
// send is recorded only if LinkedIn confirms it (send.ts), and if the text is
// still there after REPLAY_CHECK_MS the user's own next Send goes through as above.
import { tc as t } from '../../../lib/content/strings';
import { decideGate } from '../../../lib/content/gate';
import type { CheckResult } from '../../../lib/types';
import { listen } from '../app/listen';
import type { FieldCtx } from './context';
import type { Analysis } from './analysis';
import type { Highlights } from './highlights';
import type { PanelHost } from './panel';
import type { FieldSend } from './send';

/** How long a replayed send may take to show (editor emptied, dialog closed) before the user is asked to press Send. */
export const REPLAY_CHECK_MS = 1500;

export interface Gate {
  edit(): void;
  sendAnyway(): void;
}

export function startGate(ctx: FieldCtx, analysis: Analysis, highlights: Highlights, panel: PanelHost, send: FieldSend): Gate {
  const { field, app, model, signal } = ctx;
  /** The one send let through without asking: the user's next Send of exactly this text. */
  let pass: { text: string; overridden: boolean } | undefined;
  /** The text the open gate is about. */
  let gated: string | undefined;

  const open = (problems: CheckResult[], text: string) => {
    gated = text;
    model.popover.value = undefined;
    model.gate.value = { problems };
  };

  const passOnce = (text: string, overridden: boolean) => {
    pass = { text, overridden };
    model.notice.value = t(app.lang.value, 'panel_press_send');
    // Focus on LinkedIn's own Send (or the editor, where Enter sends).
    const button = field.sendButtons().find((b) => !(b as HTMLButtonElement).disabled);
    (button ?? (field.editor as HTMLElement)).focus();
  };

  /** LinkedIn's own send again (its button, else the Enter it listens for); if nothing shows it went, the user's next Send passes. */
  const replay = (text: string) => {
    send.attempt(false);
    const button = field.sendButtons().find((b) => !(b as HTMLButtonElement).disabled);
    try {
      // Untrusted, so Garbo's own listeners ignore it: no second gate, no second attempt.
      if (button) button.click();
      else field.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit));
    } catch { /* the fallback below covers it */ }
    app.win.setTimeout(() => {
      if (signal.aborted || !field.isConnected() || field.getText() !== text) return;
      passOnce(text, false);
    }, REPLAY_CHECK_MS);
  };

  const onSend = (e: Event) => {
    const text = field.getText();
    if (!text.trim()) return; // LinkedIn sends nothing either
    if (pass && pass.text === text) {
      const { overridden } = pass;
      pass = undefined;
      model.notice.value = undefined;
      send.attempt(overridden);
      return;
    }
    pass = undefined;
    model.notice.value = undefined;
    const { text: reportedText, report } = analysis.latest();
    const input = { enabled: app.settings.value.sendGate, bypass: false, text, reportedText, report };
    const first = decideGate(input);
    if (first.action === 'allow') { send.attempt(false); return; }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (first.action === 'ask') { open(first.problems, text); return; }
    void analysis.now().then(() => {
      // Sent or edited meanwhile (a second Enter, more typing): this held send is over; the user decides again.
      if (signal.aborted || field.getText() !== text) return;
      const now = text;
      const latest = analysis.latest();
      const next = decideGate({ ...input, text: now, reportedText: latest.text, report: latest.report, refreshed: true });
      if (next.action === 'ask') open(next.problems, now);
      else replay(now);
    });
  };

  // Window capture runs before LinkedIn's own listeners (React/Ember attach
  // theirs on the document or the app root); composedPath() sees through the
  // open #interop-outlet shadow root where the invite dialog lives.
  listen<MouseEvent>(ctx.fieldWin, 'click', (e) => {
    if (!app.trusted(e)) return; // a page script's click is neither gated nor recorded
    const buttons = field.sendButtons();
    if (!buttons.length) return;
    const path = e.composedPath();
    const button = buttons.find((b) => path.includes(b));
    if (!button || (button as HTMLButtonElement).disabled) return;
    onSend(e);
  }, signal, { capture: true });

  listen<KeyboardEvent>(ctx.fieldWin, 'keydown', (e) => {
    if (!app.trusted(e)) return;
    if (!e.composedPath().includes(field.editor)) return;
    if (e.altKey && e.shiftKey && (e.code === 'KeyG' || e.key.toLowerCase() === 'g')) {
      e.preventDefault();
      // The word at the caret (or the first flagged one); with nothing flagged, the panel itself.
      if (!highlights.popoverAtCaret(true)) panel.focus();
      return;
    }
    if (e.key === 'Escape' && model.popover.value) { model.popover.value = undefined; return; }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (ctx.isTextarea || !field.enterToSend()) return;
    onSend(e);
  }, signal, { capture: true });

  return {
    edit() {
      model.gate.value = undefined;
      gated = undefined;
      (field.editor as HTMLElement).focus();
    },
    sendAnyway() {
      const text = gated ?? field.getText();
      model.gate.value = undefined;
      gated = undefined;
      passOnce(text, true);
    },
  };
}
