// Issue 14: the popup's "What works" and "Follow up" tabs over a seeded
// history: right counts with sample sizes and small-group warnings, plain
// links only, Italian and English, keyboard tabs; the detail's outcome history.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { prefetchInsights } from '../../../components/popup/Insights';
import { applyOutcome } from '../../../lib/history/repository';
import { fakeApi, report } from './fake-api';

const DAY = 86_400_000;
let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
afterEach(() => { render(null, root); root.remove(); });
async function until<T>(f: () => T | null | undefined | false, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out; DOM: ${root.innerHTML.slice(0, 1500)}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

/** 12 notes that said how we met (9 accepted), 5 that did not (1 accepted), 3 bare invites (2 accepted). */
async function seeded(lang = 'en-US') {
  const f = fakeApi({ lang });
  const old = Date.now() - 30 * DAY;
  const reps = [
    ...Array.from({ length: 12 }, (_, i) => report(i, { kind: 'invite', failedChecks: [], sentAt: old + i })),
    ...Array.from({ length: 5 }, (_, i) => report(100 + i, { kind: 'invite', failedChecks: ['how-met'], sentAt: old + 100 + i })),
    ...Array.from({ length: 3 }, (_, i) => report(200 + i, { kind: 'invite', text: '', failedChecks: [], sentAt: old + 200 + i })),
  ];
  await f.seed(reps);
  const accept = [...reps.slice(0, 9), reps[12]!, ...reps.slice(17, 19)];
  for (const r of accept) await f.api.request({ type: 'history-update', id: r.sendId, patch: { status: 'accepted' } });
  return { f, reps };
}

describe('what works (popup)', () => {
  it('shows the rule comparison with counts, the small-group warning and notes vs bare invites', async () => {
    const { f } = await seeded();
    await act(() => render(<Popup api={f.api} initialTab="works" />, root));
    await until(() => $('[data-testid=works]'));
    const howMet = $('[data-testid=works-rule][data-rule=how-met]')!;
    expect(howMet.textContent).toContain('Notes that said how you met');
    expect(howMet.querySelector('[data-testid=works-rule-with]')!.textContent).toContain('with: 9 of 12 (75%) accepted');
    const without = howMet.querySelector('[data-testid=works-rule-without]')!;
    expect(without.textContent).toContain('without: 1 of 5 (20%) accepted');
    expect(without.querySelector('[data-testid=small-sample]')?.textContent).toBe('too few to tell');
    expect(howMet.querySelector('[data-testid=works-rule-with] [data-testid=small-sample]')).toBeNull();
    const kinds = $$('[data-testid=works-kind] [data-testid=works-row]');
    expect(kinds.map((k) => k.querySelector('[data-testid=works-accepted]')?.textContent ?? '')).toEqual([
      expect.stringContaining('accepted: 10 of 17 (59%)'), expect.stringContaining('accepted: 2 of 3 (67%)'), '',
    ]);
    // The bars are decorative: hidden from assistive tech, the text carries the figures.
    expect($$('.wbar').every((b) => b.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect($('[data-testid=works-few]')).toBeNull(); // 20 invites with an outcome
    // Sections fold with the keyboard (native <details>/<summary>).
    expect($('[data-testid=works-rules] summary')).not.toBeNull();
    // Opened on this tab, the popup did not ask for the history list; it does when the History tab is shown.
    expect(f.sent.filter((m) => m.type === 'history-query')).toEqual([]);
    expect(f.sent.filter((m) => m.type === 'history-insights')).toEqual([{ type: 'history-insights', only: 'works' }]);
    await act(() => { $('[data-testid=tab-history]')!.click(); });
    await until(() => $$('[data-testid=history-row]').length > 0);
  });

  it('warns plainly when the history is too small, in Italian', async () => {
    const f = fakeApi({ lang: 'it-IT' });
    await f.seed([report(1, { kind: 'invite', sentAt: Date.now() - 20 * DAY })]);
    await act(() => render(<Popup api={f.api} initialTab="works" />, root));
    const few = await until(() => $('[data-testid=works-few]'));
    expect(few.textContent).toContain('Finora solo 1 inviti hanno un esito');
    expect($('[data-testid=tab-works]')!.textContent).toBe('Cosa funziona');
  });

  it('takes the answer asked for before rendering (popup opened on this tab), without asking twice', async () => {
    const { f } = await seeded();
    prefetchInsights(f.api, 'works');
    await act(() => render(<Popup api={f.api} initialTab="works" />, root));
    await until(() => $('[data-testid=works-rule][data-rule=how-met]'));
    expect(f.sent.filter((m) => m.type === 'history-insights')).toHaveLength(1);
  });

  it('the tabs cycle with the arrow keys', async () => {
    const { f } = await seeded();
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $('[data-testid=tab-history]'));
    const keyOn = async (k: string) => act(() => { root.querySelector('[role=tab][aria-selected=true]')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); });
    const selected = () => root.querySelector('[role=tab][aria-selected=true]')!.id;
    await keyOn('ArrowRight');
    expect(selected()).toBe('tab-follow');
    await keyOn('ArrowRight');
    expect(selected()).toBe('tab-works');
    await keyOn('ArrowRight');
    await keyOn('ArrowRight');
    expect(selected()).toBe('tab-history');
    await keyOn('ArrowLeft');
    expect(selected()).toBe('tab-checker');
  });
});

describe('follow up (popup)', () => {
  it('lists accepted invites to thank with a profile link, and stale pending invites with the facts and the sent page', async () => {
    const { f, reps } = await seeded();
    await act(() => render(<Popup api={f.api} initialTab="follow" />, root));
    await until(() => $('[data-testid=lists]'));
    expect($$('[data-testid=thank-item]')).toHaveLength(12);
    const link = $('[data-testid=thank-item] a') as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\/www\.linkedin\.com\/in\/p-\d+\/$/);
    expect(link.target).toBe('_blank');
    // 30-day-old pending invites: 20 - 12 accepted = 8, over the default 3 weeks.
    expect($$('[data-testid=stale-item]')).toHaveLength(8);
    expect($('#lists-stale')!.textContent).toBe('Pending for more than 3 weeks (8)');
    expect($('[data-testid=stale-facts]')!.textContent).toMatch(/about three weeks.*restricted/);
    expect(($('[data-testid=sent-page-link]') as HTMLAnchorElement).href).toBe('https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    expect(reps).toHaveLength(20);
  });

  it('the option changes the weeks', async () => {
    const f = fakeApi({ settings: { pendingWeeks: 6 } });
    await f.seed([report(1, { kind: 'invite', sentAt: Date.now() - 30 * DAY }), report(2, { kind: 'invite', sentAt: Date.now() - 50 * DAY })]);
    await act(() => render(<Popup api={f.api} initialTab="follow" />, root));
    await until(() => $('[data-testid=lists]'));
    expect($('#lists-stale')!.textContent).toBe('Pending for more than 6 weeks (1)');
    expect($('[data-testid=pending-total]')!.textContent).toBe('Invites pending in all: 2.');
  });
});

describe('no longer pending: the user decides', () => {
  it('lists invites that left the sent list and records the user\'s answer', async () => {
    const f = fakeApi();
    await f.seed([report(1, { kind: 'invite', recipient: { name: 'Olivia Brown', profileId: 'olivia-brown' }, sentAt: Date.now() - 20 * DAY })]);
    await applyOutcome(await f.conn, { page: 'sent-invitations', pending: [], complete: true });
    await act(() => render(<Popup api={f.api} initialTab="follow" />, root));
    const item = await until(() => $('[data-testid=undecided-item]'));
    expect($('#lists-undecided')!.textContent).toBe('No longer pending: accepted or withdrawn? (1)');
    expect(item.textContent).toContain('Olivia Brown');
    await act(() => { ($('[data-testid=decide-withdrawn]') as HTMLButtonElement).click(); });
    await until(() => item.querySelector('.chip'));
    const stored = await (await f.conn).get('records', 'rec-00001');
    expect(stored).toMatchObject({ status: 'withdrawn', statusBy: 'user' });
    expect(stored!.outcomes.map((e) => [e.status, e.by])).toEqual([['not-pending', 'page'], ['withdrawn', 'user']]);
  });
});

describe('outcome history in the detail', () => {
  it('shows what a page showed and lets the user correct it', async () => {
    const f = fakeApi();
    await f.seed([report(1, { kind: 'invite', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, sentAt: Date.now() - 5 * DAY })]);
    await applyOutcome(await f.conn, { page: 'profile', person: { profileId: 'jane-doe' }, state: 'connected' });
    await act(() => render(<Popup api={f.api} />, root));
    const row = await until(() => $('[data-testid=history-row]'));
    expect(row.querySelector('[data-testid=status-chip]')?.textContent).toBe('Accepted');
    await act(() => { row.click(); });
    const hist = await until(() => $('[data-testid=outcome-history]'));
    expect(hist.textContent).toContain('Accepted · seen on their profile');
    const select = $('[data-testid=edit-status]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['sent', 'accepted', 'replied', 'no-answer', 'withdrawn', 'not-pending']);
    select.value = 'withdrawn';
    await act(() => { select.dispatchEvent(new Event('change', { bubbles: true })); });
    await until(() => $('[data-testid=outcome-history] li[data-by=user]'));
    expect($('[data-testid=outcome-history] li')!.textContent).toContain('Withdrawn · set by you');
  });
});
