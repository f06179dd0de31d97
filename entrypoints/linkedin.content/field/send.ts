// One field's sends: the user's own Send starts an attempt with what is being
// sent; LinkedIn's answer decides (app/sends.ts). The dialog closing after the
// user pressed Cancel, × or Escape is no send.
import { tc as t } from '../../../lib/content/strings';
import type { Outcome } from '../../../lib/content/confirm';
import type { SendOwner } from '../app/recorder';
import { inviteLook, messageLook } from '../app/sends';
import { listen } from '../app/listen';
import type { FieldCtx } from './context';
import type { Analysis } from './analysis';
import type { FieldFacts } from './facts';
import type { PanelHost } from './panel';

export interface FieldSend {
  /** The user's Send went through to LinkedIn: watch for its answer. */
  attempt(overridden: boolean): void;
  readonly owner: SendOwner;
}

export function startFieldSend(ctx: FieldCtx, analysis: Analysis, facts: FieldFacts, panel: PanelHost): FieldSend {
  const { field, app, model, signal } = ctx;
  const key: object = field.kind === 'invite' ? field.container : field;
  let dismissed = false;

  const owner: SendOwner = {
    showStorageFull() {
      if (!panel.visible()) return false;
      model.storageFull.value = true;
      return true;
    },
    storageSaved() { if (!signal.aborted) model.storageFull.value = false; },
  };

  const tell = (o: Outcome) => {
    if (o === 'sent') return;
    const lang = app.lang.value;
    const text = o === 'premium' ? t(lang, 'panel_not_sent_premium') : t(lang, 'panel_not_sent');
    if (panel.visible()) model.notice.value = text;
    else if (o === 'premium') app.notice.message(text);
  };

  if (field.kind === 'invite') {
    // Cancel, × or Escape while a send waits: the dialog closing is then no confirmation.
    listen<MouseEvent>(ctx.fieldWin, 'click', (e) => {
      if (!app.trusted(e) || !app.sends.waiting(key)) return;
      const path = e.composedPath();
      if (!path.includes(field.container)) return;
      const button = path.find((n) => (n as Element).tagName === 'BUTTON') as Element | undefined;
      if (button && !field.sendButtons().includes(button as HTMLElement)) dismissed = true;
    }, signal, { capture: true });
    listen<KeyboardEvent>(ctx.fieldWin, 'keydown', (e) => {
      if (app.trusted(e) && e.key === 'Escape' && app.sends.waiting(key)) dismissed = true;
    }, signal, { capture: true });
  }

  return {
    owner,
    attempt(overridden) {
      const text = field.getText();
      const startedAt = app.now();
      dismissed = false;
      const look = field.kind === 'invite'
        ? inviteLook({ doc: app.doc, startedAt, dialog: field.container, control: app.sends.recentControl(), timing: app.sends.timing, dismissed: () => dismissed })
        : messageLook({
          startedAt, timing: app.sends.timing,
          text: () => (field.isConnected() ? field.getText() : ''),
          messages: () => (field.isConnected() ? field.priorMessages() : undefined),
          connected: () => field.isConnected(),
        });
      app.sends.start({
        key, look, from: owner, onOutcome: tell,
        facts: {
          kind: field.kind, recipient: facts.recipient(), text, subject: field.subject(),
          page: app.win.location.pathname, gateOverridden: overridden, fallbackLang: app.lang.value,
          context: analysis.sendContext(),
        },
      });
    },
  };
}
