// Send attempts waiting for LinkedIn's answer. The user's own Send starts an
// attempt with a snapshot of what is being sent; the attempt is looked at a few
// times a second until LinkedIn confirmed it (then it is recorded, once, under
// a new id), refused it (Premium upsell) or let it lapse (nothing happened).
// One live attempt per key (a field, a dialog, a Connect control): a second
// Send on the same key refreshes the snapshot, it never makes a second send.
import { buildClaim, type SendFacts } from '../../../lib/content/record';
import { DEFAULT_TIMING, inviteOutcome, messageOutcome, type Outcome, type Timing } from '../../../lib/content/confirm';
import { findPremiumUpsell, invitePending, inviteRoots, isShown, memberKeyOf } from '../../../lib/linkedin/send-signals';
import { findInviteDialogs } from '../../../lib/linkedin/adapters/invite-note';
import type { Recorder, SendOwner } from './recorder';

export interface Attempt {
  key: object;
  /** What went out, read when the user pressed Send (the editor is empty once it went). */
  facts: Omit<SendFacts, 'now' | 'sendId'>;
  /** Looks at the page: has LinkedIn answered? */
  look(now: number): Outcome;
  from?: SendOwner;
  onOutcome?(o: Outcome): void;
}

export interface Sends {
  start(a: Attempt): void;
  /** An attempt for this key is waiting. */
  waiting(key: object): boolean;
  /** Any attempt is waiting. */
  any(): boolean;
  /** When the latest attempt started. */
  lastStartAt(): number;
  /** The Connect control the user clicked last (recent enough to belong to the dialog now open). */
  noteControl(el: Element): void;
  recentControl(): Element | undefined;
  timing: Timing;
  stop(): void;
}

const CONTROL_MS = 2 * 60_000;

export function createSends(opts: { win: Window & typeof globalThis; now(): number; newId(): string; recorder: Recorder; timing?: Partial<Timing>; pollMs?: number }): Sends {
  const timing: Timing = { ...DEFAULT_TIMING, ...opts.timing };
  const live = new Map<object, Attempt>();
  let timer: number | undefined;
  let control: { el: Element; at: number } | undefined;
  let lastStart = -Infinity;
  const tick = () => {
    for (const [key, a] of [...live]) {
      let o: Outcome;
      try { o = a.look(opts.now()); } catch { o = 'not-sent'; }
      if (o === 'waiting') continue;
      live.delete(key);
      if (o === 'sent') opts.recorder.record(buildClaim({ ...a.facts, now: opts.now(), sendId: opts.newId() }), a.from);
      try { a.onOutcome?.(o); } catch { /* never into the page */ }
    }
    if (!live.size && timer !== undefined) { opts.win.clearInterval(timer); timer = undefined; }
  };
  return {
    timing,
    start(a) {
      // A Send again on the same field or dialog replaces its waiting attempt (one send is one send),
      // unless LinkedIn already confirmed that one: it is recorded first.
      const prev = live.get(a.key);
      if (prev) {
        let o: Outcome = 'waiting';
        try { o = prev.look(opts.now()); } catch { o = 'waiting'; }
        if (o === 'sent') opts.recorder.record(buildClaim({ ...prev.facts, now: opts.now(), sendId: opts.newId() }), prev.from);
      }
      lastStart = opts.now();
      live.set(a.key, a);
      timer ??= opts.win.setInterval(tick, opts.pollMs ?? 120);
    },
    waiting: (key) => live.has(key),
    any: () => live.size > 0,
    lastStartAt: () => lastStart,
    noteControl(el) { control = { el, at: opts.now() }; },
    recentControl: () => (control && opts.now() - control.at < CONTROL_MS ? control.el : undefined),
    stop() {
      live.clear();
      if (timer !== undefined) opts.win.clearInterval(timer);
      timer = undefined;
    },
  };
}

/** Watches an invite: its dialog (when it has one), the upsell, and the person's Connect control. */
export function inviteLook(o: { doc: Document; startedAt: number; dialog?: Element; control?: Element; timing: Timing; dismissed?(): boolean }): (now: number) => Outcome {
  let closedAt: number | undefined;
  const memberKey = memberKeyOf(o.control);
  const dialogsBefore = new Set(o.dialog ? [] : inviteRoots(o.doc).flatMap((r) => findInviteDialogs(r)));
  return (now) => {
    const roots = inviteRoots(o.doc);
    const extra = o.dialog?.getRootNode();
    if (extra && (extra.nodeType === 9 || extra.nodeType === 11) && !roots.includes(extra as Document | ShadowRoot)) roots.push(extra as Document | ShadowRoot);
    const shown = o.dialog ? isShown(o.dialog) : false;
    if (o.dialog && !shown && closedAt === undefined) closedAt = now;
    const opened = !o.dialog && roots.some((r) => findInviteDialogs(r).some((d) => !dialogsBefore.has(d) && isShown(d)));
    return inviteOutcome({
      startedAt: o.startedAt, now, hasDialog: !!o.dialog, dialogShown: shown, closedAt,
      upsell: !!findPremiumUpsell(roots), pending: invitePending(roots, o.control, memberKey), dialogOpened: opened, dismissed: o.dismissed?.() ?? false,
    }, o.timing);
  };
}

/** Watches a message: the editor empties and the conversation gains a message. */
export function messageLook(o: { startedAt: number; text(): string; messages(): number | undefined; connected(): boolean; timing: Timing }): (now: number) => Outcome {
  const at = o.messages();
  return (now) => messageOutcome({ startedAt: o.startedAt, now, text: o.text(), messages: o.messages(), messagesAtSend: at, connected: o.connected() }, o.timing);
}
