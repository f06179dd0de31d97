// When is a send a send? Pure decisions over what the page shows after the
// user's own Send (the observations come from lib/linkedin/send-signals.ts and
// the field's adapter). Nothing is recorded before one of these says 'sent'.

export type Outcome =
  /** LinkedIn confirmed it: record it (once). */
  | 'sent'
  /** LinkedIn answered with a Premium upsell: nothing went out. */
  | 'premium'
  /** Nothing happened in time (LinkedIn ignored the click, or the user went on editing): nothing went out. */
  | 'not-sent'
  | 'waiting';

export interface Timing {
  /** How long after the Send an outcome may take (LinkedIn's request, a slow network). */
  timeoutMs: number;
  /** After the invite dialog closed, how long an upsell may take to appear before the close counts as sent. */
  settleMs: number;
}

export const DEFAULT_TIMING: Timing = { timeoutMs: 20_000, settleMs: 1200 };

export interface InviteSeen {
  startedAt: number;
  now: number;
  /** The invite came from a dialog (note or note-less); false for a direct Connect button. */
  hasDialog: boolean;
  /** The dialog is still shown (and not turned into the upsell). */
  dialogShown: boolean;
  /** When the dialog was first seen gone (undefined while shown). */
  closedAt?: number;
  /** A Premium upsell dialog is shown. */
  upsell: boolean;
  /** The person's Connect control says pending. */
  pending: boolean;
  /** A direct Connect opened a dialog after all: the dialog's own send decides. */
  dialogOpened?: boolean;
  /** The user closed the dialog themselves (Cancel, ×, Escape) after pressing Send: a close is then no confirmation. */
  dismissed?: boolean;
}

export function inviteOutcome(s: InviteSeen, t: Timing = DEFAULT_TIMING): Outcome {
  if (s.upsell) return 'premium';
  if (s.pending) return 'sent';
  if (s.dismissed) return 'not-sent';
  if (!s.hasDialog) {
    if (s.dialogOpened) return 'not-sent';
    return s.now - s.startedAt >= t.timeoutMs ? 'not-sent' : 'waiting';
  }
  if (!s.dialogShown) {
    const closed = s.closedAt ?? s.now;
    return s.now - closed >= t.settleMs ? 'sent' : 'waiting';
  }
  return s.now - s.startedAt >= t.timeoutMs ? 'not-sent' : 'waiting';
}

export interface MessageSeen {
  startedAt: number;
  now: number;
  /** The editor's text now. */
  text: string;
  /** Messages the conversation shows now, and when Send was pressed (undefined: not countable). */
  messages: number | undefined;
  messagesAtSend: number | undefined;
  /** The composer is still on the page. */
  connected: boolean;
}

/** A message went out when the editor emptied and the thread gained a message. */
export function messageOutcome(s: MessageSeen, t: Timing = DEFAULT_TIMING): Outcome {
  const emptied = s.text.trim() === '';
  const gained = s.messages !== undefined && s.messagesAtSend !== undefined && s.messages > s.messagesAtSend;
  if (emptied && gained) return 'sent';
  if (!s.connected) return 'not-sent';
  return s.now - s.startedAt >= t.timeoutMs ? 'not-sent' : 'waiting';
}
