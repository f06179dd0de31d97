// The state one field's panel shows, as signals: the session (session.tsx)
// writes it, the Preact components read it.
import { signal, type Signal } from '../../lib/content/signals';
import type { CheckResult, DraftKind, Lang, Report } from '../../lib/types';
import type { NoteQuota } from '../../lib/linkedin/types';
import type { Mark } from '../../lib/content/marks';
import type { LastContact } from '../../lib/history/repository';
import type { NoteRates } from './NoteBudget';

export interface Rect { left: number; top: number; width: number; height: number }

export interface MirrorState {
  text: string;
  marks: Mark[];
  /** Box of the textarea in viewport coordinates. */
  box: Rect;
  style: Record<string, string>;
  scrollTop: number;
  scrollLeft: number;
}

export interface PanelModel {
  kind: DraftKind;
  lang: Signal<Lang>;
  theme: Signal<'light' | 'dark'>;
  report: Signal<Report | undefined>;
  busy: Signal<boolean>;
  unavailable: Signal<boolean>;
  chars: Signal<number>;
  limit: Signal<number | undefined>;
  quota: Signal<NoteQuota | undefined>;
  /** Name read from LinkedIn (undefined: not found). */
  recipientFound: Signal<string | undefined>;
  /** What the user typed over it (undefined: not edited). */
  recipientOverride: Signal<string | undefined>;
  /** From the history (undefined: not known yet). */
  firstContactHistory: Signal<boolean | undefined>;
  firstContactOverride: Signal<boolean | undefined>;
  /** The conversation on the page already shows messages (undefined: not a conversation). */
  conversationHasMessages: Signal<boolean | undefined>;
  /** The latest send to this person, from the history. */
  lastContact: Signal<LastContact | undefined>;
  /** Invites with a note sent this month, from the history (the free-plan quota when LinkedIn does not show it). */
  notesThisMonth: Signal<number | undefined>;
  /** Issue 14: notes vs bare invites accepted in the user's history (NoteBudget.tsx). */
  noteRates: Signal<NoteRates | undefined>;
  collapsed: Signal<boolean>;
  position: Signal<{ left: number; top: number } | undefined>;
  /** `focus`: opened from the keyboard, so focus moves into it. */
  popover: Signal<{ mark: Mark; index: number; anchor: Rect; focus?: boolean } | undefined>;
  gate: Signal<{ problems: CheckResult[] } | undefined>;
  mirror: Signal<MirrorState | undefined>;
  notice: Signal<string | undefined>;
  /** The last send could not be saved: the extension's storage is full. */
  storageFull: Signal<boolean>;
}

export function createModel(kind: DraftKind, lang: Lang, theme: 'light' | 'dark'): PanelModel {
  return {
    kind,
    lang: signal(lang),
    theme: signal(theme),
    report: signal(undefined),
    busy: signal(false),
    unavailable: signal(false),
    chars: signal(0),
    limit: signal(undefined),
    quota: signal(undefined),
    recipientFound: signal(undefined),
    recipientOverride: signal(undefined),
    firstContactHistory: signal(undefined),
    firstContactOverride: signal(undefined),
    conversationHasMessages: signal(undefined),
    lastContact: signal(undefined),
    notesThisMonth: signal(undefined),
    noteRates: signal(undefined),
    collapsed: signal(false),
    position: signal(undefined),
    popover: signal(undefined),
    gate: signal(undefined),
    mirror: signal(undefined),
    notice: signal(undefined),
    storageFull: signal(false),
  };
}

export const recipientName = (m: PanelModel) => (m.recipientOverride.value ?? m.recipientFound.value ?? '').trim();
/** The user's choice, else no when the page shows an ongoing conversation, else the history, else yes. */
export const firstContact = (m: PanelModel) =>
  m.firstContactOverride.value ?? (m.conversationHasMessages.value ? false : m.firstContactHistory.value ?? true);
