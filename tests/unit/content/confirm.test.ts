// When a send counts (lib/content/confirm.ts): only on what LinkedIn shows.
import { describe, expect, it } from 'vitest';
import { inviteOutcome, messageOutcome, type InviteSeen } from '../../../lib/content/confirm';

const T = { timeoutMs: 1000, settleMs: 100 };
const seen = (o: Partial<InviteSeen>): InviteSeen => ({ startedAt: 0, now: 0, hasDialog: true, dialogShown: true, upsell: false, pending: false, ...o });

describe('invite outcome', () => {
  it('the upsell means not sent, whatever else the page shows', () => {
    expect(inviteOutcome(seen({ upsell: true, dialogShown: false, closedAt: 0, now: 5000 }), T)).toBe('premium');
    expect(inviteOutcome(seen({ upsell: true, pending: true }), T)).toBe('premium');
  });
  it('the flip to pending confirms at once; a closed dialog only after the settle time without an upsell', () => {
    expect(inviteOutcome(seen({ pending: true }), T)).toBe('sent');
    expect(inviteOutcome(seen({ dialogShown: false, closedAt: 50, now: 100 }), T)).toBe('waiting');
    expect(inviteOutcome(seen({ dialogShown: false, closedAt: 50, now: 150 }), T)).toBe('sent');
  });
  it('a dialog still open at the timeout, or closed by the user, is no send', () => {
    expect(inviteOutcome(seen({ now: 999 }), T)).toBe('waiting');
    expect(inviteOutcome(seen({ now: 1000 }), T)).toBe('not-sent');
    expect(inviteOutcome(seen({ dialogShown: false, closedAt: 0, now: 500, dismissed: true }), T)).toBe('not-sent');
  });
  it('a direct Connect (no dialog) counts only on the flip; a dialog opening hands over to the dialog', () => {
    expect(inviteOutcome(seen({ hasDialog: false, dialogShown: false, now: 500 }), T)).toBe('waiting');
    expect(inviteOutcome(seen({ hasDialog: false, dialogShown: false, now: 1000 }), T)).toBe('not-sent');
    expect(inviteOutcome(seen({ hasDialog: false, dialogShown: false, pending: true }), T)).toBe('sent');
    expect(inviteOutcome(seen({ hasDialog: false, dialogShown: false, dialogOpened: true }), T)).toBe('not-sent');
  });
});

describe('message outcome', () => {
  const m = { startedAt: 0, now: 10, text: '', messages: 3, messagesAtSend: 2, connected: true };
  it('needs both: the editor emptied and the thread gained a message', () => {
    expect(messageOutcome(m, T)).toBe('sent');
    expect(messageOutcome({ ...m, messages: 2 }, T)).toBe('waiting');
    expect(messageOutcome({ ...m, text: 'still here' }, T)).toBe('waiting');
    expect(messageOutcome({ ...m, text: ' \n ' }, T)).toBe('sent');
    expect(messageOutcome({ ...m, messages: undefined }, T)).toBe('waiting');
  });
  it('gives up at the timeout or when the composer left the page', () => {
    expect(messageOutcome({ ...m, messages: 2, now: 1000 }, T)).toBe('not-sent');
    expect(messageOutcome({ ...m, messages: 2, connected: false }, T)).toBe('not-sent');
  });
});
