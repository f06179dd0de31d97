// Feature: the fields. The watcher (lib/linkedin/watch.ts) finds the invite
// note and the message composers; each gets a session (field/session.ts) with
// its own AbortSignal, ended when the field leaves the page or Garbo stops.
// Also the attach status the popup shows for this tab.
import type { AttachStatus } from '../../../lib/messages';
import type { FieldHandle, InviteWithoutNote, WatchCallbacks } from '../../../lib/linkedin/types';
import type { App } from '../app/types';
import { childController, onAbort } from '../app/listen';
import { startFieldSession, type FieldSession } from '../field/session';
import { withReportNotice } from '../../../components/panel/skeleton-feature';

export interface FieldsFeature {
  sessions(): FieldSession[];
}

export function startFields(
  app: App, signal: AbortSignal,
  watch: (doc: Document, cb: WatchCallbacks) => () => void,
  onStage1?: (dialog: InviteWithoutNote) => void,
): FieldsFeature {
  const live = new Map<FieldHandle, { session: FieldSession; ctl: AbortController }>();
  let failure: string | undefined;

  let statusQueued = false;
  const reportStatus = () => {
    if (statusQueued || signal.aborted) return;
    statusQueued = true;
    queueMicrotask(() => {
      statusQueued = false;
      const surfaces = [...new Set([...live.keys()].map((f) => f.kind))];
      const state: AttachStatus['state'] = surfaces.length ? 'attached' : failure ? 'failed' : 'idle';
      if (state === 'idle' && !app.topFrame) return;
      const status: AttachStatus = { state, surfaces, url: app.win.location.href.slice(0, 2000) };
      if (failure && state !== 'attached') status.detail = failure.slice(0, 500);
      app.request({ type: 'attach-status', status }).catch(() => undefined);
    });
  };

  const detach = (field: FieldHandle) => {
    live.get(field)?.ctl.abort();
    live.delete(field);
  };

  const callbacks: WatchCallbacks = {
    attach(field) {
      if (live.has(field) || signal.aborted) return;
      const ctl = childController(signal);
      try {
        app.startTheme();
        live.set(field, { session: startFieldSession(field, app, ctl.signal), ctl });
        failure = undefined;
      } catch (err) {
        ctl.abort();
        live.delete(field);
        failure = `attach: ${err instanceof Error ? err.message : String(err)}`;
      }
      reportStatus();
    },
    detach(field) {
      detach(field);
      reportStatus();
    },
    inviteStage1(dialog) {
      try { onStage1?.(dialog); } catch { /* never into the page */ }
    },
    failed(reason) {
      failure = reason;
      reportStatus();
    },
  };

  // "Report a page Garbo missed": the callbacks unchanged, plus a notice offering the page report on a field it could not attach to.
  const cleanups: Array<() => void> = [];
  onAbort(signal, () => { for (const c of cleanups.splice(0)) c(); });
  try {
    const stop = watch(app.doc, withReportNotice(callbacks, { doc: app.doc, win: app.win, lang: app.lang, theme: app.theme, cleanups }));
    onAbort(signal, stop);
  } catch (err) {
    failure = `watch: ${err instanceof Error ? err.message : String(err)}`;
  }
  onAbort(signal, () => { for (const f of [...live.keys()]) detach(f); });
  reportStatus();
  return { sessions: () => [...live.values()].map((v) => v.session) };
}
