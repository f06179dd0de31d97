// The gate before Send. Only the user's own (trusted) Send click or Enter is
// looked at. A draft with an error-level problem is held and the panel asks:
// "Edit" or "Send anyway". Garbo never replays LinkedIn's send with a
// synthetic click or key (LinkedIn may ignore them): "Send anyway" lets the
// user's next own Send of that same text through, once, says so ("Press Send
// again") and puts focus on LinkedIn's button.
// A send held only for a fresh analysis (the user pressed Send a moment after
// typing) that finds nothing blocking is not replayed either: the panel says
// the draft was checked and the user's own next Send goes through. To make
// that hold rare, the user's own pointer press on Send (or focus moving to
// it) starts the analysis of a changed text before the click arrives.
import { tc as t } from '../../../lib/content/strings';
import { decideGate } from '../../../lib/content/gate';
import type { CheckResult } from '../../../lib/types';
import { listen } from '../app/listen';
import type { FieldCtx } from './context';
import type { Analysis } from './analysis';
import type { Highlights } from './highlights';
import type { PanelHost } from './panel';
import type { FieldSend } from './send';

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
    model.notice.value = t(app.lang.value, overridden ? 'panel_press_send' : 'panel_checked_send');
    // Focus on LinkedIn's own Send (or the editor, where Enter sends).
    const button = field.sendButtons().find((b) => !(b as HTMLButtonElement).disabled);
    (button ?? (field.editor as HTMLElement)).focus();
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
    const { text: reportedText, report } = analysis.current();
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
      else passOnce(now, false);
    });
  };

  const sendButtonIn = (e: Event) => {
    const path = e.composedPath();
    return field.sendButtons().find((b) => path.includes(b) && !(b as HTMLButtonElement).disabled);
  };
  /** The user is about to press Send: a text the shown report is not for is analysed now, not after the typing pause. */
  const warm = (e: Event) => {
    if (!app.trusted(e) || !sendButtonIn(e)) return;
    if (analysis.latest().text !== field.getText()) void analysis.now();
  };
  listen<PointerEvent>(ctx.fieldWin, 'pointerdown', warm, signal, { capture: true });
  listen<FocusEvent>(ctx.fieldWin, 'focusin', warm, signal, { capture: true });

  // Window capture runs before LinkedIn's own listeners (React/Ember attach
  // theirs on the document or the app root); composedPath() sees through the
  // open #interop-outlet shadow root where the invite dialog lives.
  listen<MouseEvent>(ctx.fieldWin, 'click', (e) => {
    if (!app.trusted(e)) return; // a page script's click is neither gated nor recorded
    if (sendButtonIn(e)) onSend(e);
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
