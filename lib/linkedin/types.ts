// The contract between LinkedIn's DOM (lib/linkedin/: selectors, one adapter
// per field type, the watcher) and Garbo's behaviour on the page
// (entrypoints/linkedin.content/ + components/: panel, highlights, gate,
// recording). Adapters read and write the page; they never decide anything.
import type { DraftKind } from '../types';

export type Surface = 'invite' | 'bubble' | 'thread' | 'new-message';

export interface Recipient {
  /** Full name as LinkedIn shows it, when found. */
  name?: string;
  /** Vanity name from /in/<slug>/ or the invite link's vanityName, lower-cased. */
  profileId?: string;
  profileUrl?: string;
  /** Where the name was read from (diagnostics / panel "Garbo thinks this is"). */
  source?: string;
}

export { FREE_NOTES_PER_MONTH } from '../types';

export interface NoteQuota {
  /** Personalized notes left this month. */
  left: number;
  /** Monthly allowance, when LinkedIn says it. */
  total?: number;
}

/** One live field on the page, as one adapter sees it. */
export interface FieldHandle {
  readonly kind: DraftKind;
  readonly surface: Surface;
  /** The editor itself: textarea#custom-message or div.msg-form__contenteditable. */
  readonly editor: HTMLTextAreaElement | HTMLElement;
  /** Document or (open) ShadowRoot the editor lives in. */
  readonly root: Document | ShadowRoot;
  /** Dialog / bubble / form around the editor: the panel is placed next to it. */
  readonly container: HTMLElement;
  /** Plain text of the draft, as LinkedIn would send it (paragraphs joined with \n). */
  getText(): string;
  /**
   * Replace text[start, end) with `text` the way LinkedIn's editor expects it
   * (selection + input events), so its counter, Send button and undo follow.
   */
  replaceRange(start: number, end: number, text: string): void;
  /** DOM Range covering text[start, end) (contenteditable only; null for textarea). */
  rangeFor(start: number, end: number): Range | null;
  recipient(): Recipient;
  /** Character limit read from the page (maxlength / counter), when present. */
  limit(): number | undefined;
  /** Remaining monthly personalized notes, when LinkedIn shows the line. */
  quota(): NoteQuota | undefined;
  /** InMail / new-message subject, when present. */
  subject(): string | undefined;
  /** Messages already shown in this conversation (composers; undefined for the invite note). */
  priorMessages(): number | undefined;
  /** The button(s) that send this draft (invite: "Send" of the note step). */
  sendButtons(): HTMLElement[];
  /** The composer sends on Enter (LinkedIn's "Press Enter to send" setting). */
  enterToSend(): boolean;
  /** The field is still in the page (LinkedIn re-renders freely). */
  isConnected(): boolean;
}

/** Invite sent without a note (stage 1 "Send without a note"): still recorded. */
export interface InviteWithoutNote {
  readonly root: Document | ShadowRoot;
  readonly container: HTMLElement;
  recipient(): Recipient;
  sendWithoutNoteButton(): HTMLElement | null;
}

export interface WatchCallbacks {
  attach(field: FieldHandle): void;
  detach(field: FieldHandle): void;
  /** Stage 1 of the invite dialog appeared (so a note-less send can be recorded). */
  inviteStage1?(dialog: InviteWithoutNote): void;
  /**
   * Something on the page could not be read or a callback threw (the watcher
   * never lets an exception reach the page): for the popup's "could not attach".
   */
  failed?(reason: string, error?: unknown): void;
}
