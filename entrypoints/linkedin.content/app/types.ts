// The content app's contracts: what the entrypoint passes in (AppDeps: the
// browser), what every feature receives (App: shared services), and a
// feature's shape: `(app, signal) => void`, started once per page and torn
// down when `signal` aborts (the extension went away, or a test stopped it).
import type { Signal } from '../../../lib/content/signals';
import type { WatchCallbacks } from '../../../lib/linkedin/types';
import type { Requester } from '../../../lib/messages';
import type { Settings } from '../../../lib/settings';
import type { Lang } from '../../../lib/types';
import type { KeyValueStore } from '../../../lib/content/record';
import type { Timing } from '../../../lib/content/confirm';
import type { Recorder } from './recorder';
import type { Contacts } from './contacts';
import type { Sends } from './sends';
import type { PageNotice } from './notice';

export interface RuntimeStorage extends KeyValueStore {
  /** Subscribe to changes of browser.storage.local; returns the unsubscribe. */
  onChanged(fn: (changes: Record<string, { newValue?: unknown }>) => void): () => void;
}

export interface AppDeps {
  doc: Document;
  win: Window & typeof globalThis;
  watch(doc: Document, cb: WatchCallbacks): () => void;
  /** runtime.sendMessage, typed per request; rejects when the worker cannot be reached. */
  request: Requester;
  storage: RuntimeStorage;
  /** browser.i18n.getUILanguage() */
  uiLanguage(): string;
  /** This is the tab's top frame (only it reports the "idle" status and flushes the queue). */
  topFrame: boolean;
  newId(): string;
  now?(): number;
  /** Was this event made by the user (not a page script)? Default `event.isTrusted`. */
  trusted?(e: Event): boolean;
  /** Retry delays for delivering a send (tests shorten them). */
  retryDelays?: number[];
  debounceMs?: number;
  /** How long the transient notice stays (tests shorten it). */
  noticeMs?: number;
  /** How long a send may take to be confirmed (tests shorten it). */
  timing?: Partial<Timing>;
  /** How often a pending send is looked at (ms). */
  pollMs?: number;
}

/** Shared services, the same for every feature of a page. */
export interface App {
  doc: Document;
  win: Window & typeof globalThis;
  request: Requester;
  storage: RuntimeStorage;
  settings: Signal<Settings>;
  lang: Signal<Lang>;
  theme: Signal<'light' | 'dark'>;
  trusted(e: Event): boolean;
  newId(): string;
  now(): number;
  debounceMs: number;
  topFrame: boolean;
  /** Delivers confirmed sends (pending queue, retries, storage full). */
  recorder: Recorder;
  /** What the history says about a person (cached per page). */
  contacts: Contacts;
  /** Send attempts waiting for LinkedIn's confirmation. */
  sends: Sends;
  /** A transient message of Garbo's own, for news whose panel is gone. */
  notice: PageNotice;
  /** Start following LinkedIn's theme (lazily: the first field). */
  startTheme(): void;
}

export type Feature = (app: App, signal: AbortSignal) => void;
