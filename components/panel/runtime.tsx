// Garbo on a LinkedIn page: settings, language and theme, one FieldSession per
// field the watcher finds, the note-less invite, the attach status for the
// popup and the delivery of send records. The entrypoint passes the browser in
// (`deps`), so this runs in happy-dom too. On a page without a field it does
// nothing but the watcher's own observing: no element, no timer.
import { computed, signal } from '@preact/signals';
import type { FieldHandle, InviteWithoutNote, Recipient, WatchCallbacks } from '../../lib/linkedin/types';
import type { AttachStatus, Reply, Request, SendReport } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { defaultSettings, readSettings } from '../../lib/content/settings-lite';
import { resolveUiLang } from '../../lib/i18n';
import type { Report } from '../../lib/types';
import { detectTheme } from '../../lib/content/layout';
import { backoffDelays } from '../../lib/content/schedule';
import { buildSendReport, createAttemptTracker, flushPending, isStorageFullError, recordWithRetry, type Delivery, type KeyValueStore } from '../../lib/content/record';
import { FieldSession, type ContactInfo, type ContentEnv } from './session';
import { createNotice, type Notice } from './notice';

export interface RuntimeStorage extends KeyValueStore {
  /** Subscribe to changes of browser.storage.local; returns the unsubscribe. */
  onChanged(fn: (changes: Record<string, { newValue?: unknown }>) => void): () => void;
}

export interface RuntimeDeps {
  doc: Document;
  win: Window & typeof globalThis;
  watch(doc: Document, cb: WatchCallbacks): () => void;
  request(req: Request): Promise<Reply>;
  storage: RuntimeStorage;
  /** browser.i18n.getUILanguage() */
  uiLanguage(): string;
  /** This is the tab's top frame (only it reports the "idle" status). */
  topFrame: boolean;
  newId(): string;
  /** Retry delays for record-send (tests shorten them). */
  retryDelays?: number[];
  debounceMs?: number;
  /** Was this event made by the user? Defaults to `event.isTrusted` (tests with synthetic events pass their own). */
  trusted?(e: Event): boolean;
  /** How long the transient notice stays (tests shorten it). */
  noticeMs?: number;
}

export interface Runtime {
  stop(): void;
  sessions(): FieldSession[];
}

const isSendReport = (v: unknown): v is SendReport => {
  const o = v as Partial<SendReport> | null;
  return !!o && typeof o === 'object' && typeof o.sendId === 'string' && (o.kind === 'invite' || o.kind === 'message') && typeof o.text === 'string';
};

export function startGarbo(deps: RuntimeDeps): Runtime {
  const { doc, win } = deps;
  const settings = signal<Settings>(defaultSettings());
  const lang = computed(() => resolveUiLang(settings.value.uiLang, deps.uiLanguage()));
  const theme = signal<'light' | 'dark'>('light');
  const sessions = new Map<FieldHandle, FieldSession>();
  const cleanups: Array<() => void> = [];
  const contacts = new Map<string, Promise<ContactInfo | undefined>>();
  let failure: string | undefined;
  let stopWatch: (() => void) | undefined;
  let themeWatch: (() => void) | undefined;

  // A reply is "storage full" only when the background was reached and its
  // write was refused for lack of quota; a worker that is asleep or restarting
  // rejects (or fails otherwise), and recordWithRetry retries that.
  const deliver = async (report: SendReport): Promise<Delivery> => {
    const reply = await deps.request({ type: 'record-send', report });
    if (reply.ok) return true;
    return isStorageFullError(reply.error) ? 'storage-full' : false;
  };
  let notice: Notice | undefined;
  /** A send of this page was kept back for lack of storage (it waits in the pending queue). */
  let unsaved = false;
  const storageFull = (from: FieldSession | undefined) => {
    // In the field's panel while it is on screen; else (the invite dialog
    // closed after Send, the panel collapsed) a transient notice of our own.
    if (from?.showStorageFull()) return;
    notice ??= createNotice({ doc, win, lang, theme, hideAfterMs: deps.noticeMs });
    notice.storageFull();
  };
  const record = (report: SendReport, from?: FieldSession) => {
    // This person is now in the history (no longer a first contact) and the
    // month's note count changed for everyone: ask the history again, now and
    // once the record is written.
    contacts.clear();
    // LinkedIn's send has already happened: nothing here waits on it or blocks it.
    void recordWithRetry(report, deps.storage, deliver, deps.retryDelays ?? backoffDelays(7))
      .then((outcome) => {
        if (outcome === 'storage-full') { unsaved = true; storageFull(from); return; }
        if (outcome !== 'saved') return;
        contacts.clear();
        from?.storageSaved();
        notice?.hide();
        // There is room again (the user freed some): the sends kept back go in now, not at the next page load.
        if (unsaved) { unsaved = false; void flushPending(deps.storage, deliver, isSendReport).catch(() => undefined); }
      })
      .catch((err) => console.debug('Garbo:', err));
  };

  // ---- settings (and their changes) --------------------------------------
  void deps.storage.get('settings').then((all) => { settings.value = readSettings(all.settings); }, () => undefined);
  cleanups.push(deps.storage.onChanged((changes) => {
    if ('settings' in changes) settings.value = readSettings(changes.settings?.newValue);
    // A new personal-dictionary word or rule switch changes every report: the sessions' effect re-analyses.
  }));

  // ---- theme: LinkedIn's class on <html>/<body>, else the OS preference ----
  const startTheme = () => {
    if (themeWatch) return;
    const mq = win.matchMedia?.('(prefers-color-scheme: dark)');
    const read = () => {
      theme.value = detectTheme([doc.documentElement.className, doc.body?.className ?? ''], !!mq?.matches);
    };
    read();
    const mo = new win.MutationObserver(read);
    mo.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
    if (doc.body) mo.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
    mq?.addEventListener?.('change', read);
    themeWatch = () => { mo.disconnect(); mq?.removeEventListener?.('change', read); };
  };

  // ---- status for the popup ----------------------------------------------
  let statusQueued = false;
  const reportStatus = () => {
    if (statusQueued) return;
    statusQueued = true;
    queueMicrotask(() => {
      statusQueued = false;
      const surfaces = [...new Set([...sessions.keys()].map((f) => f.kind))];
      const state: AttachStatus['state'] = surfaces.length ? 'attached' : failure ? 'failed' : 'idle';
      if (state === 'idle' && !deps.topFrame) return;
      const status: AttachStatus = { state, surfaces, url: win.location.href.slice(0, 2000) };
      if (failure && state !== 'attached') status.detail = failure.slice(0, 500);
      deps.request({ type: 'attach-status', status }).catch(() => undefined);
    });
  };

  const contactInfo = (r: Recipient) => {
    const key = (r.profileId || r.name || '').toLowerCase();
    if (!key) return Promise.resolve(undefined);
    let p = contacts.get(key);
    if (!p) {
      p = deps.request({ type: 'contact-info', recipient: { name: r.name, profileId: r.profileId } })
        .then((reply) => (reply.ok ? (reply.data as ContactInfo) : undefined), () => undefined);
      contacts.set(key, p);
    }
    return p;
  };

  const env: ContentEnv = {
    doc, win, settings, lang, theme, record, contactInfo,
    request: (req) => deps.request(req),
    newId: deps.newId,
    now: () => Date.now(),
    debounceMs: deps.debounceMs,
    trusted: deps.trusted ?? ((e: Event) => e.isTrusted === true),
  };

  // ---- invites sent without a note (stage 1) ----------------------------
  const stage1Seen = new WeakSet<HTMLElement>();
  const stage1Attempts = createAttemptTracker(deps.newId);
  const watchStage1 = (dialog: InviteWithoutNote) => {
    if (stage1Seen.has(dialog.container)) return;
    stage1Seen.add(dialog.container);
    const w = (dialog.container.ownerDocument.defaultView ?? win) as Window;
    const onClick = (e: Event) => {
      try {
        if (!env.trusted(e)) return;
        if (!dialog.container.isConnected) { w.removeEventListener('click', onClick, true); return; }
        const button = dialog.sendWithoutNoteButton();
        if (!button || (button as HTMLButtonElement).disabled || !e.composedPath().includes(button)) return;
        const { id, repeat } = stage1Attempts.idFor('invite-no-note', Date.now());
        if (repeat) return;
        const recipient = dialog.recipient();
        const facts = { kind: 'invite' as const, recipient, text: '', page: win.location.pathname, gateOverridden: false, fallbackLang: lang.value, now: Date.now(), sendId: id };
        // The report of an empty note says what it misses (no note = not personal); brief wait only.
        const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 1500));
        const scored = deps.request({ type: 'analyze', draft: { text: '', kind: 'invite' }, context: { recipientName: recipient.name, uiLang: lang.value } })
          .then((r) => (r.ok ? (r.data as Report) : undefined), () => undefined);
        void Promise.race([scored, timeout]).then((report) => record(buildSendReport({ ...facts, report })));
      } catch { /* never into the page */ }
    };
    w.addEventListener('click', onClick, true);
    cleanups.push(() => w.removeEventListener('click', onClick, true));
  };

  const callbacks: WatchCallbacks = {
    attach(field) {
      try {
        if (sessions.has(field)) return;
        startTheme();
        const s = new FieldSession(field, env);
        sessions.set(field, s);
        s.start();
        failure = undefined;
      } catch (err) {
        sessions.get(field)?.stop();
        sessions.delete(field);
        failure = `attach: ${err instanceof Error ? err.message : String(err)}`;
      }
      reportStatus();
    },
    detach(field) {
      try { sessions.get(field)?.stop(); } catch { /* gone already */ }
      sessions.delete(field);
      reportStatus();
    },
    inviteStage1(dialog) {
      try { watchStage1(dialog); } catch { /* never into the page */ }
    },
    failed(reason) {
      failure = reason;
      reportStatus();
    },
  };

  try {
    stopWatch = deps.watch(doc, callbacks);
  } catch (err) {
    failure = `watch: ${err instanceof Error ? err.message : String(err)}`;
  }
  reportStatus();
  if (deps.topFrame) void flushPending(deps.storage, deliver, isSendReport).catch(() => undefined);

  return {
    sessions: () => [...sessions.values()],
    stop() {
      try { stopWatch?.(); } catch { /* ignore */ }
      for (const s of sessions.values()) s.stop();
      sessions.clear();
      themeWatch?.();
      notice?.destroy();
      for (const c of cleanups.splice(0)) { try { c(); } catch { /* ignore */ } }
    },
  };
}
