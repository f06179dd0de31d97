// Garbo on a LinkedIn page: the shared services (settings, language, theme,
// the recorder of confirmed sends, the pending-send tracker, a page notice),
// then the features: the fields (panel, analysis, highlights, gate, sends),
// the invites without a note field, and whatever ./features.ts lists. The
// entrypoint passes the browser in (`deps`), so all of it runs in happy-dom.
// On a page without a field it does nothing but the watcher's own observing.
import { computed, signal } from '../../../lib/content/signals';
import type { Settings } from '../../../lib/settings';
import { defaultSettings, readSettings } from '../../../lib/content/settings-lite';
import { resolveUiLang } from '../../../lib/ui-lang';
import type { App, AppDeps } from './types';
import { onAbort } from './listen';
import { createPageNotice } from './notice';
import { createRecorder } from './recorder';
import { createContacts } from './contacts';
import { createSends } from './sends';
import { watchTheme } from './theme';
import { startFields, type FieldsFeature } from '../features/fields';
import { startInvites } from '../features/invites';
import { FEATURES } from '../features';

export interface Runtime {
  stop(): void;
  fields: FieldsFeature;
  app: App;
}

export function startGarbo(deps: AppDeps, features = FEATURES): Runtime {
  const ctl = new AbortController();
  const { signal: stopped } = ctl;
  const { doc, win } = deps;
  const settings = signal<Settings>(defaultSettings());
  const lang = computed(() => resolveUiLang(settings.value.uiLang, deps.uiLanguage()));
  const theme = signal<'light' | 'dark'>('light');
  const now = deps.now ?? (() => Date.now());
  const notice = createPageNotice({ doc, win, lang, theme, hideAfterMs: deps.noticeMs });
  onAbort(stopped, () => notice.destroy());
  const contacts = createContacts(deps.request);
  const recorder = createRecorder({ storage: deps.storage, request: deps.request, notice, retryDelays: deps.retryDelays, onRecorded: () => contacts.clear() });
  const sends = createSends({ win, now, newId: deps.newId, recorder, timing: deps.timing, pollMs: deps.pollMs });
  onAbort(stopped, () => sends.stop());
  let themed = false;

  const app: App = {
    doc, win, settings, lang, theme, notice, recorder, contacts, sends, now,
    request: deps.request,
    storage: deps.storage,
    trusted: deps.trusted ?? ((e: Event) => e.isTrusted === true),
    newId: deps.newId,
    debounceMs: deps.debounceMs ?? 180,
    topFrame: deps.topFrame,
    startTheme() {
      if (themed) return;
      themed = true;
      watchTheme(doc, win, theme, stopped);
    },
  };

  // Settings and their changes (a new dictionary word or rule switch re-analyses every field).
  void deps.storage.get('settings').then((all) => { settings.value = readSettings(all.settings); }, () => undefined);
  onAbort(stopped, deps.storage.onChanged((changes) => {
    if ('settings' in changes) settings.value = readSettings(changes.settings?.newValue);
  }));

  const invites = startInvites(app, stopped);
  const fields = startFields(app, stopped, deps.watch, (d) => invites.stage1(d));
  for (const feature of features) {
    try { feature(app, stopped); } catch (err) { console.debug('Garbo:', err); }
  }
  if (deps.topFrame) void recorder.flush();

  return { app, fields, stop: () => ctl.abort() };
}
