// The pending-send tracker (entrypoints/linkedin.content/app/sends.ts): one
// record per confirmed send, under a new id; nothing for what LinkedIn did not
// confirm; a second Send on the same key replaces the waiting attempt.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../../../lib/content/confirm';
import type { SendClaim } from '../../../lib/domain';
import { createSends, type Attempt } from '../../../entrypoints/linkedin.content/app/sends';

afterEach(() => { vi.useRealTimers(); });

function tracker() {
  vi.useFakeTimers();
  let now = 0, ids = 0;
  const recorded: SendClaim[] = [];
  const sends = createSends({
    win: window as Window & typeof globalThis, now: () => now, newId: () => `send-id-${++ids}-xxxx`,
    recorder: { record: (c) => { recorded.push(c); }, flush: async () => undefined }, pollMs: 10,
  });
  const attempt = (key: object, look: (n: number) => Outcome, text = 'Hello', onOutcome?: (o: Outcome) => void): Attempt => ({
    key, look, onOutcome,
    facts: { kind: 'message', recipient: { name: 'Jane Doe' }, text, page: '/messaging/', gateOverridden: false, fallbackLang: 'en', context: {} },
  });
  const advance = (ms: number) => { now += ms; vi.advanceTimersByTime(ms); };
  return { sends, recorded, attempt, advance };
}

describe('send attempts', () => {
  it('records a confirmed send once, under a new id each time, and tells the outcome', () => {
    const { sends, recorded, attempt, advance } = tracker();
    let state: Outcome = 'waiting';
    const told: Outcome[] = [];
    const key = {};
    sends.start(attempt(key, () => state, 'Hello', (o) => told.push(o)));
    advance(50);
    expect(recorded).toEqual([]);
    expect(sends.waiting(key)).toBe(true);
    state = 'sent';
    advance(20);
    advance(100);
    expect(recorded).toHaveLength(1);
    expect(told).toEqual(['sent']);
    expect(sends.any()).toBe(false);
    sends.start(attempt(key, () => 'sent', 'Hello'));
    advance(20);
    expect(recorded.map((r) => r.text)).toEqual(['Hello', 'Hello']);
    expect(recorded[0]!.sendId).not.toBe(recorded[1]!.sendId);
  });

  it('records nothing for an upsell or a send that never showed', () => {
    const { sends, recorded, attempt, advance } = tracker();
    const told: Outcome[] = [];
    sends.start(attempt({}, () => 'premium', 'a', (o) => told.push(o)));
    sends.start(attempt({}, () => 'not-sent', 'b', (o) => told.push(o)));
    advance(30);
    expect(recorded).toEqual([]);
    expect(told.sort()).toEqual(['not-sent', 'premium']);
  });

  it('a Send again on the same key replaces the waiting attempt (one send), unless the first was already confirmed', () => {
    const { sends, recorded, attempt, advance } = tracker();
    const key = {};
    sends.start(attempt(key, () => 'waiting', 'first'));
    sends.start(attempt(key, () => 'sent', 'second'));
    advance(30);
    expect(recorded.map((r) => r.text)).toEqual(['second']);
    let firstDone: Outcome = 'waiting';
    sends.start(attempt(key, () => firstDone, 'third'));
    firstDone = 'sent';
    sends.start(attempt(key, () => 'waiting', 'fourth'));
    expect(recorded.map((r) => r.text)).toEqual(['second', 'third']);
  });

  it('remembers the Connect control clicked last for two minutes', () => {
    const { sends, advance } = tracker();
    const el = document.createElement('a');
    sends.noteControl(el);
    expect(sends.recentControl()).toBe(el);
    advance(121_000);
    expect(sends.recentControl()).toBeUndefined();
  });
});
