import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { backoffDelays, createSequencer, debounce, type Timers } from '../../../lib/content/schedule';
import { blockingChecks, decideGate, failedChecks, failedIds } from '../../../lib/content/gate';
import { markAt, marksFor, moveMarks, segments, shiftMarks, textEdit } from '../../../lib/content/marks';
import { detectTheme, intersects, placePanel } from '../../../lib/content/layout';
import { check, miss, report } from './report-fixtures';

function fakeTimers() {
  let now = 0;
  const queue: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  const timers: Timers = {
    set: (fn, ms) => { const id = ++ids; queue.push({ at: now + ms, fn, id }); return id; },
    clear: (h) => { const i = queue.findIndex((q) => q.id === h); if (i >= 0) queue.splice(i, 1); },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const q of [...queue].sort((a, b) => a.at - b.at)) if (q.at <= now) { queue.splice(queue.indexOf(q), 1); q.fn(); }
  };
  return { timers, advance };
}

describe('debounce', () => {
  it('runs once, after the last call', () => {
    const { timers, advance } = fakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 200, timers);
    d(); advance(150); d(); advance(150);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending()).toBe(true);
    advance(60);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending()).toBe(false);
  });
  it('flush runs a pending call now, cancel drops it', () => {
    const { timers, advance } = fakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 200, timers);
    d(); d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d(); d.cancel(); advance(500);
    expect(fn).toHaveBeenCalledTimes(1);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('sequencer and backoff', () => {
  it('accepts only the latest reply', () => {
    const s = createSequencer();
    const a = s.next(), b = s.next();
    expect(s.isLatest(a)).toBe(false);
    expect(s.isLatest(b)).toBe(true);
  });
  it('doubles up to a cap', () => {
    expect(backoffDelays(6, 400, 5000)).toEqual([400, 800, 1600, 3200, 5000, 5000]);
  });
});

describe('gate decisions', () => {
  const bad = report({ verdict: 'stop', score: 30, checks: [check('no-early-ask', 'error', false, [{ start: 0, end: 3 }]), check('how-met', 'warning', false), check('length', 'tip', false)] });
  it('lists failed checks errors first and keeps only errors as blocking', () => {
    const r = report({ checks: [check('length', 'tip', false), check('how-met', 'warning', false), check('no-early-ask', 'error', false), check('personalized', 'error', true), check('follow-up', 'error', false, [], false)] });
    expect(failedChecks(r).map((c) => c.id)).toEqual(['no-early-ask', 'how-met', 'length']);
    expect(blockingChecks(r).map((c) => c.id)).toEqual(['no-early-ask']);
    expect(failedIds(r)).toEqual(['no-early-ask', 'how-met', 'length']);
    expect(blockingChecks(undefined)).toEqual([]);
  });
  it('asks only for an error-level problem on the very text that is being sent', () => {
    const base = { enabled: true, bypass: false, text: 'abc', reportedText: 'abc', report: bad };
    expect(decideGate(base)).toEqual({ action: 'ask', problems: [bad.checks[0]] });
    expect(decideGate({ ...base, enabled: false }).action).toBe('allow');
    expect(decideGate({ ...base, bypass: true }).action).toBe('allow');
    expect(decideGate({ ...base, text: '   ' }).action).toBe('allow');
    expect(decideGate({ ...base, reportedText: 'ab' }).action).toBe('refresh');
    expect(decideGate({ ...base, reportedText: 'ab', refreshed: true }).action).toBe('allow');
    const warnOnly = report({ checks: [check('how-met', 'warning', false), check('length', 'tip', false)] });
    expect(decideGate({ ...base, report: warnOnly }).action).toBe('allow');
  });
});

describe('marks', () => {
  const text = 'Hi Jane, can you refer me? Thnaks';
  const r = report({
    checks: [check('no-early-ask', 'error', false, [{ start: 9, end: 26 }]), check('spelling', 'warning', false, [{ start: 27, end: 33 }])],
    misspelled: [miss(text, 'Thnaks', ['Thanks'])],
  });
  it('turns misspellings and failed-check spans into non-overlapping marks', () => {
    const m = marksFor(r, text.length);
    expect(m.map((x) => [x.kind, text.slice(x.start, x.end)])).toEqual([['issue', 'can you refer me?'], ['spelling', 'Thnaks']]);
    expect(markAt(m, 29)?.kind).toBe('spelling');
    expect(markAt(m, 33)?.kind).toBe('spelling');
    expect(markAt(m, 3)).toBeUndefined();
  });
  it('lets spelling win where an issue span overlaps it', () => {
    const t2 = 'please refr me';
    const r2 = report({ checks: [check('no-early-ask', 'error', false, [{ start: 0, end: 14 }])], misspelled: [miss(t2, 'refr', ['refer'])] });
    const m = marksFor(r2, t2.length);
    expect(m.map((x) => [x.kind, t2.slice(x.start, x.end)])).toEqual([['issue', 'please '], ['spelling', 'refr'], ['issue', ' me']]);
    expect(segments(t2, m).map((s) => s.text).join('')).toBe(t2);
  });
  it('clips spans to the text and ignores empty ones', () => {
    const r3 = report({ checks: [check('no-early-ask', 'error', false, [{ start: 5, end: 99 }, { start: 2, end: 2 }])] });
    expect(marksFor(r3, 8).map((m) => [m.start, m.end])).toEqual([[5, 8]]);
    expect(marksFor(undefined, 8)).toEqual([]);
  });
  it('segments always rebuild the text, with each mark in order (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(70), fc.nat(10)), { maxLength: 6 }), (s, spans) => {
      const rr = report({ checks: [check('no-early-ask', 'error', false, spans.map(([a, l]) => ({ start: a, end: a + l })))] });
      const m = marksFor(rr, s.length);
      const segs = segments(s, m);
      expect(segs.map((x) => x.text).join('')).toBe(s);
      for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
    }));
  });
  it('moves marks after an edit and drops the ones it touched', () => {
    const m = marksFor(r, text.length);
    const typedBefore = shiftMarks(m, text, 'Hello' + text.slice(2));
    expect(typedBefore.map((x) => ('Hello' + text.slice(2)).slice(x.start, x.end))).toEqual(['can you refer me?', 'Thnaks']);
    const editedWord = text.replace('Thnaks', 'Thanks');
    expect(shiftMarks(m, text, editedWord).map((x) => x.kind)).toEqual(['issue']);
    expect(shiftMarks(m, text, text)).toEqual(m);
  });
  it('shifted marks still cover the same characters (property)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(40), fc.string({ maxLength: 5 }), fc.nat(3), (s, at, ins, del) => {
      const pos = Math.min(at, s.length);
      const next = s.slice(0, pos) + ins + s.slice(Math.min(s.length, pos + del));
      const m = marksFor(report({ checks: [check('no-early-ask', 'error', false, [{ start: 0, end: 1 }]), check('how-met', 'warning', false, [{ start: s.length - 1, end: s.length }])] }), s.length);
      for (const x of shiftMarks(m, s, next)) {
        const orig = m.find((o) => o.check === x.check)!;
        expect(next.slice(x.start, x.end)).toBe(s.slice(orig.start, orig.end));
      }
    }));
  });
});

describe('textEdit and moveMarks (the keystroke path)', () => {
  const apply = (a: string, b: string, [p, ea, eb]: [number, number, number]) => a.slice(0, p) + b.slice(p, eb) + a.slice(ea);
  it('finds an edit that turns the old text into the new one, within the typing (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.nat(30), fc.string({ maxLength: 4 }), fc.nat(3), (s, at, ins, del) => {
      const pos = Math.min(at, s.length);
      const next = s.slice(0, pos) + ins + s.slice(Math.min(s.length, pos + del));
      const e = textEdit(s, next);
      expect(0 <= e[0] && e[0] <= e[1] && e[1] <= s.length && e[0] <= e[2] && e[2] <= next.length).toBe(true);
      expect(apply(s, next, e)).toBe(next);
      // The common prefix is at least the text before the typing.
      expect(e[0]).toBeGreaterThanOrEqual(pos);
    }));
  });
  it('finds the longest common prefix and then suffix, on long texts too (property)', () => {
    const naive = (a: string, b: string) => {
      let p = 0;
      while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
      let s = 0;
      while (s < Math.min(a.length, b.length) - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
      return [p, a.length - s, b.length - s];
    };
    // Random texts, and repetitive ones (where a prefix and a suffix could overlap).
    const text = (n: number) => fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: n }),
      fc.tuple(fc.constantFrom('a', 'ab', 'ab '), fc.nat(n / 2)).map(([u, k]) => u.repeat(k)));
    fc.assert(fc.property(text(1500), fc.nat(1500), text(600), fc.nat(600),
      (s, at, ins, del) => {
        const pos = Math.min(at, s.length);
        const next = s.slice(0, pos) + ins + s.slice(Math.min(s.length, pos + del));
        expect(textEdit(s, next)).toEqual(naive(s, next));
      }), { numRuns: 300 });
  });
  it('takes typing in a 50,000-character text with native comparisons, not a step of script per character', () => {
    const long = 'teh '.repeat(12_500);
    const spy = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      expect(textEdit(long, long + 'x')).toEqual([long.length, long.length, long.length + 1]);
      expect(textEdit(long, long.slice(0, -1))).toEqual([long.length - 1, long.length, long.length - 1]);
      // Chromium typing after a trailing space: the non-breaking space it had put there becomes a plain one.
      expect(textEdit(long + 'a\u00a0', long + 'a x')).toEqual([long.length + 1, long.length + 2, long.length + 3]);
      expect(textEdit(long, long.slice(0, 25_000) + 'x' + long.slice(25_000))).toEqual([25_000, 25_000, 25_001]);
      expect(spy).not.toHaveBeenCalled(); // native comparisons only
    } finally { spy.mockRestore(); }
  });
  it('moves thousands of marks only when the edit is before them, and keeps the very array when nothing moved', () => {
    const marks = Array.from({ length: 3000 }, (_, i) => ({ start: i * 4, end: i * 4 + 3, kind: 'spelling' as const }));
    expect(moveMarks(marks, [12_000, 12_000, 12_001])).toBe(marks);
    const moved = moveMarks(marks, [5, 6, 7]); // inside the second mark: dropped; the rest move by one
    expect(moved).toHaveLength(2999);
    expect(moved[0]).toBe(marks[0]);
    expect(moved.slice(1).every((m, i) => m.start === marks[i + 2]!.start + 1 && m.end === marks[i + 2]!.end + 1)).toBe(true);
  });
});

describe('panel placement', () => {
  const view = { width: 1280, height: 860 };
  const panel = { width: 300, height: 360 };
  it('goes beside a centred dialog without covering it', () => {
    const dialog = { left: 380, top: 80, width: 520, height: 400 };
    const p = placePanel(dialog, panel, view);
    expect(p.placement).toBe('right');
    expect(intersects({ ...p, ...panel }, dialog)).toBe(false);
  });
  it('goes left of a bubble docked at the right edge, below a full-width form', () => {
    const bubble = { left: 924, top: 500, width: 340, height: 360 };
    const p = placePanel(bubble, panel, view);
    expect(p.placement).toBe('left');
    expect(intersects({ ...p, ...panel }, bubble)).toBe(false);
    const form = { left: 0, top: 100, width: 1280, height: 120 };
    const q = placePanel(form, panel, view);
    expect(q.placement).toBe('below');
    expect(intersects({ ...q, ...panel }, form)).toBe(false);
  });
  it('never leaves the viewport (property)', () => {
    fc.assert(fc.property(fc.nat(1200), fc.nat(800), fc.integer({ min: 10, max: 1280 }), fc.integer({ min: 10, max: 860 }), (left, top, width, height) => {
      const p = placePanel({ left, top, width, height }, panel, view);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.left + panel.width).toBeLessThanOrEqual(view.width);
      expect(p.top + panel.height).toBeLessThanOrEqual(view.height);
      if (p.placement !== 'overlap') expect(intersects({ ...p, ...panel }, { left, top, width, height })).toBe(false);
    }));
  });
});

describe('theme', () => {
  it("follows LinkedIn's class, else the OS preference", () => {
    expect(detectTheme(['theme theme--dark', ''], false)).toBe('dark');
    expect(detectTheme(['theme--light'], true)).toBe('light');
    expect(detectTheme(['', 'boot-complete'], true)).toBe('dark');
    expect(detectTheme([''], false)).toBe('light');
  });
});
