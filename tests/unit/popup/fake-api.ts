// An Api for component tests backed by the real background handler over
// fake-indexeddb, and settings kept in memory.
import { IDBFactory } from 'fake-indexeddb';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { openHistory } from '../../../lib/history/db';
import type { SendReport } from '../../../lib/messages';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/settings';
import type { Api, TabStatus } from '../../../components/common/api';

export function fakeApi(opts: { settings?: Partial<Settings>; lang?: string; tab?: TabStatus } = {}) {
  const conn = openHistory(`popup-${Math.random()}`, new IDBFactory());
  let settings: Settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...opts.settings });
  const deps: HandlerDeps = { db: () => conn, statuses: new Map(), settings: async () => settings };
  const sent: Array<Record<string, unknown>> = [];
  let optionsOpened = 0;
  const watchers = new Set<(s: Settings) => void>();
  let cleared = 0;
  const api: Api = {
    async request<T>(msg: Record<string, unknown>) {
      sent.push(msg);
      const reply = await handleRequest(msg, {}, deps);
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as T;
    },
    loadSettings: async () => settings,
    saveSettings: async (s) => { settings = SettingsSchema.parse(s); for (const w of watchers) w(settings); },
    watchSettings: (fn) => { watchers.add(fn); return () => watchers.delete(fn); },
    clearSettings: async () => { settings = DEFAULT_SETTINGS; cleared++; },
    browserLang: () => opts.lang ?? 'en-US',
    tabStatus: async () => opts.tab ?? { kind: 'other' },
    openOptions: () => { optionsOpened++; },
  };
  return {
    api, conn, sent,
    settings: () => settings,
    /** Another page changed the settings. */
    changeElsewhere: (patch: Partial<Settings>) => { settings = SettingsSchema.parse({ ...settings, ...patch }); for (const w of watchers) w(settings); },
    optionsOpened: () => optionsOpened,
    cleared: () => cleared,
    seed: async (reports: SendReport[]) => { for (const report of reports) await handleRequest({ type: 'record-send', report }, {}, deps); },
  };
}

export const report = (i: number, over: Partial<SendReport> = {}): SendReport => ({
  sendId: `rec-${String(i).padStart(5, '0')}`, kind: i % 4 === 3 ? 'message' : 'invite',
  recipient: { name: `${['Giulia Ferri', 'Jane Doe', 'Niccolò Rossi'][i % 3]} ${i}`, profileId: `p-${i}` },
  text: `Ciao, ci siamo conosciuti al meetup ${i}: mi è piaciuto il tuo intervento.`, sentAt: Date.now() - (i + 1) * 3_600_000,
  lang: 'it', score: (i * 7) % 100, verdict: (['ready', 'improve', 'stop'] as const)[i % 3], failedChecks: i % 3 ? ['how-met'] : [],
  page: '/in/x/', gateOverridden: false, ...over,
});
