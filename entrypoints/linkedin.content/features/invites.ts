// Feature: invites that leave without a note field, and LinkedIn's answers
// that are not a field at all.
// - "Send without a note" at stage 1 of the invite dialog;
// - My Network / "people you may know" cards, whose Connect <button> sends a
//   bare invite at once (recorded from the flip to pending, with the card's
//   name and profile link);
// - the Connect control the user clicked (top card, "More" menu, people
//   search), remembered so the dialog's send can be confirmed by its flip;
// - the Premium upsell shown in place of the note step: "your free notes are
//   used up; a bare invite is still possible".
import { tc as t } from '../../../lib/content/strings';
import type { InviteWithoutNote } from '../../../lib/linkedin/types';
import { findPremiumUpsell, inviteRoots, cardPerson, connectControlIn, isDirectConnect } from '../../../lib/linkedin/send-signals';
import type { Outcome } from '../../../lib/content/confirm';
import type { App } from '../app/types';
import { listen, onAbort } from '../app/listen';
import { inviteLook } from '../app/sends';

/** How long after a click in an invite flow an upsell is looked for. */
const UPSELL_WATCH_MS = 10_000;

export interface InvitesFeature {
  /** The watcher saw stage 1 of an invite dialog (in this window or an interop iframe's). */
  stage1(dialog: InviteWithoutNote): void;
}

export function startInvites(app: App, signal: AbortSignal): InvitesFeature {
  const stage1 = new Map<Element, InviteWithoutNote>();
  const windows = new WeakSet<Window>();
  let upsellTimer: number | undefined;
  let upsellUntil = 0;
  onAbort(signal, () => { if (upsellTimer !== undefined) app.win.clearInterval(upsellTimer); });

  const tell = (o: Outcome) => {
    if (o === 'premium') app.notice.message(t(app.lang.value, 'panel_not_sent_premium'));
  };

  /** After a step of an invite flow, look a few seconds for the upsell that replaces the note step. */
  let watchFrom = 0;
  const watchUpsell = () => {
    watchFrom = app.now();
    upsellUntil = watchFrom + UPSELL_WATCH_MS;
    if (upsellTimer !== undefined) return;
    upsellTimer = app.win.setInterval(() => {
      const upsell = findPremiumUpsell(inviteRoots(app.doc));
      if (upsell || app.now() > upsellUntil) {
        app.win.clearInterval(upsellTimer);
        upsellTimer = undefined;
        // A send made since reports the upsell itself ("not sent"): this notice is for the note step only.
        if (upsell && !sendWaiting() && app.sends.lastStartAt() < watchFrom) app.notice.message(t(app.lang.value, 'panel_notes_used_up'));
      }
    }, 200);
  };
  const sendWaiting = () => app.sends.any();
  const dismissWatched = new WeakSet<Element>();
  /** Dialogs the user closed (Cancel, ×) after pressing "Send without a note". */
  const dismissed = new WeakSet<Element>();

  const onClick = (e: MouseEvent) => {
    if (!app.trusted(e)) return;
    const path = e.composedPath();
    const control = connectControlIn(path);
    if (control) {
      app.sends.noteControl(control);
      if (isDirectConnect(control)) {
        // My Network: the button sends a bare invite at once; its flip to pending confirms it.
        const startedAt = app.now();
        app.sends.start({
          key: control,
          look: inviteLook({ doc: app.doc, startedAt, control, timing: app.sends.timing }),
          onOutcome: tell,
          facts: {
            kind: 'invite', recipient: cardPerson(control, app.win.location.origin), text: '', page: app.win.location.pathname,
            gateOverridden: false, fallbackLang: app.lang.value, context: { firstContact: true, uiLang: app.lang.value },
          },
        });
      }
      watchUpsell();
      return;
    }
    for (const [el, dialog] of stage1) {
      if (!el.isConnected) { stage1.delete(el); continue; }
      if (!path.includes(el)) continue;
      const button = dialog.sendWithoutNoteButton();
      if (button && !(button as HTMLButtonElement).disabled && path.includes(button)) {
        const startedAt = app.now();
        dismissed.delete(el);
        app.sends.start({
          key: el,
          look: inviteLook({ doc: app.doc, startedAt, dialog: el, control: app.sends.recentControl(), timing: app.sends.timing, dismissed: () => dismissed.has(el) }),
          onOutcome: tell,
          facts: {
            kind: 'invite', recipient: dialog.recipient(), text: '', page: app.win.location.pathname,
            gateOverridden: false, fallbackLang: app.lang.value, context: { recipientName: dialog.recipient().name, uiLang: app.lang.value },
          },
        });
        // Cancel / × after "Send without a note" was pressed: a close is then no send.
        const win = (el.ownerDocument.defaultView ?? app.win) as Window;
        if (dismissWatched.has(el)) continue;
        dismissWatched.add(el);
        listen<MouseEvent>(win, 'click', (ev) => {
          if (!app.trusted(ev) || !app.sends.waiting(el)) return;
          const p = ev.composedPath();
          const b = p.find((n) => (n as Element).tagName === 'BUTTON');
          if (b && p.includes(el) && b !== dialog.sendWithoutNoteButton()) dismissed.add(el);
        }, signal, { capture: true });
      } else {
        // "Add a note" (or any other step): the note step may be replaced by the upsell.
        watchUpsell();
      }
    }
  };

  const watchWindow = (w: Window) => {
    if (windows.has(w)) return;
    windows.add(w);
    listen<MouseEvent>(w, 'click', onClick, signal, { capture: true });
  };
  watchWindow(app.win);

  return {
    stage1(dialog) {
      stage1.set(dialog.container, dialog);
      // A dialog in an interop iframe: its clicks do not reach this window.
      const w = dialog.container.ownerDocument.defaultView;
      if (w && w !== app.win) watchWindow(w);
    },
  };
}
