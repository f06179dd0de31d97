// Issue 14 item 4: the note budget advice in the panel: a weak note with few
// notes left, and the user's own numbers when they are enough to quote.
import { signal } from '../../../lib/content/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteBudget, noteAdvice, notesLeft } from '../../../components/panel/NoteBudget';

const rates = (a: number, b: number, c: number, d: number) => ({ note: { n: a, of: b }, bare: { n: c, of: d } });

describe('note budget advice', () => {
  it('counts notes left from LinkedIn\'s line, else from the history on a free account, else not at all', () => {
    expect(notesLeft({ left: 1, total: 5 }, 200, 0)).toBe(1);
    expect(notesLeft(undefined, 200, 4)).toBe(1);
    expect(notesLeft(undefined, 200, 9)).toBe(0);
    expect(notesLeft(undefined, 300, 4)).toBeUndefined();
    expect(notesLeft(undefined, 200, undefined)).toBeUndefined();
  });

  it('says a bare invite may be better only when few notes are left and the draft is weak', () => {
    expect(noteAdvice({ left: 2, report: { score: 45, verdict: 'stop' } })).toEqual([{ kind: 'weak', left: 2, score: 45 }]);
    expect(noteAdvice({ left: 1, report: { score: 70, verdict: 'stop' } })).toEqual([{ kind: 'weak', left: 1, score: 70 }]);
    expect(noteAdvice({ left: 3, report: { score: 20, verdict: 'stop' } })).toEqual([]);
    expect(noteAdvice({ left: 1, report: { score: 85, verdict: 'ready' } })).toEqual([]);
    expect(noteAdvice({ left: undefined, report: { score: 20, verdict: 'stop' } })).toEqual([]);
  });

  it('quotes the history with numbers only with enough cases on both sides and a real difference', () => {
    expect(noteAdvice({ left: 1, report: { score: 85, verdict: 'ready' }, rates: rates(18, 23, 7, 17) }))
      .toEqual([{ kind: 'history', note: { n: 18, of: 23 }, bare: { n: 7, of: 17 }, notesBetter: true }]);
    expect(noteAdvice({ left: 1, report: { score: 85, verdict: 'ready' }, rates: rates(18, 23, 7, 9) })).toEqual([]);
    expect(noteAdvice({ left: 1, report: { score: 85, verdict: 'ready' }, rates: rates(10, 20, 10, 20) })).toEqual([]);
    expect(noteAdvice({ left: 0, report: { score: 30, verdict: 'stop' }, rates: rates(5, 20, 12, 20) }))
      .toEqual([{ kind: 'weak', left: 0, score: 30 }, { kind: 'history', note: { n: 5, of: 20 }, bare: { n: 12, of: 20 }, notesBetter: false }]);
  });

  it('renders both sentences in Italian, and nothing for a message', async () => {
    const root = document.createElement('div');
    const props = { quota: signal({ left: 1, total: 5 }), limit: signal<number | undefined>(200), used: signal<number | undefined>(4), report: signal({ score: 40, verdict: 'stop' as const }) };
    await act(() => render(<NoteBudget lang="it" kind="invite" {...props} rates={rates(18, 23, 7, 17)} />, root));
    const text = root.querySelector('[data-testid=garbo-note-budget]')!.textContent!;
    expect(text).toContain('Ti restano solo 1 note questo mese e questa vale 40');
    expect(text).toContain('18 su 23 accettati (78%) con la nota, 7 su 17 (41%) senza');
    await act(() => render(<NoteBudget lang="en" kind="message" {...props} />, root));
    expect(root.textContent).toBe('');
  });
});
