import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { DAY_MS } from '../../../lib/history/query';
import { fakeApi, report } from './fake-api';

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
const names = () => $$('[data-testid=history-row] .who').map((e) => e.textContent);
const type = async (el: HTMLElement, value: string, event = 'input') => {
  (el as HTMLInputElement).value = value;
  await act(() => { el.dispatchEvent(new Event(event, { bubbles: true })); });
};
const key = async (el: HTMLElement, k: string) => act(() => { el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); });

describe('popup history', () => {
  it('explains the history and offers the checker when empty', async () => {
    const f = fakeApi();
    await act(() => render(<Popup api={f.api} renderChecker={() => <p data-testid="checker-here">checker</p>} />, root));
    const empty = await until(() => $('[data-testid=list-empty]'));
    expect(empty.textContent).toMatch(/only on this device/);
    await act(() => (empty.querySelector('button') as HTMLElement).click());
    expect($('[data-testid=checker-here]')).not.toBeNull();
    expect($('[data-testid=tab-checker]')?.getAttribute('aria-selected')).toBe('true');
  });

  it('lists newest first with figures, searches, filters and pages in a window', async () => {
    const f = fakeApi({ settings: { noteLimit: 200, followUpDays: 3 } });
    await f.seed(Array.from({ length: 120 }, (_, i) => report(i)));
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $$('[data-testid=history-row]').length > 0);
    // Follow-ups due first: invites sent more than 3 days ago (ids ≥ 72 here) come before recent rows.
    expect($('[data-testid=list-count]')?.textContent).toBe('120 sent');
    const firstRows = $$('[data-testid=history-row]');
    expect(firstRows.length).toBeLessThan(30); // windowed, not 120 nodes
    expect(firstRows[0]!.querySelector('.chip.due')).not.toBeNull();
    const stats = await until(() => $('[data-testid=stats]'));
    expect(stats.querySelector('[data-stat=due] dd')?.textContent).not.toBe('0');
    expect(stats.querySelector('[data-stat=notes] dd')?.textContent).toMatch(/^\d+ of 5$/);
    expect($('[data-testid=score-badge]')?.textContent).toMatch(/\d+ (Ready|Improve|Stop)/i);

    await type($('[data-testid=search]')!, 'niccolo 5');
    await until(() => $('[data-testid=list-count]')?.textContent !== '120 sent' && $('[data-testid=list-count]'));
    expect(names().every((n) => /^Niccolò Rossi \d*5\d*$/.test(n ?? ''))).toBe(true);
    expect(names().length).toBeGreaterThan(0);

    await type($('[data-testid=search]')!, '');
    await until(() => $('[data-testid=list-count]')?.textContent === '120 sent');
    await type($('[data-testid=filter-kind]')!, 'message', 'change');
    await until(() => $('[data-testid=list-count]')?.textContent === '30 sent');
    await type($('[data-testid=filter-band]')!, 'stop', 'change');
    await until(() => $('[data-testid=list-count]')?.textContent === '10 sent');
    expect($$('[data-testid=score-badge]').every((b) => b.classList.contains('stop'))).toBe(true);
    await type($('[data-testid=search]')!, 'nobody at all');
    await until(() => $('[data-testid=list-none]'));
    await act(() => $('[data-testid=clear-filters]')!.click());
    await until(() => $('[data-testid=list-count]')?.textContent === '120 sent');
    expect(($('[data-testid=search]') as HTMLInputElement).value).toBe('');
    expect(($('[data-testid=filter-kind]') as HTMLSelectElement).value).toBe('');
  });

  it('opens a record by keyboard, saves edits, closes on Escape, deletes with undo', async () => {
    const f = fakeApi();
    await f.seed([report(1, { sentAt: Date.now() - 1000 }), report(2, { sentAt: Date.now() - 2 * DAY_MS, text: '<b>not html</b> & more' })]);
    await act(() => render(<Popup api={f.api} />, root));
    const list = await until(() => $('[role=listbox]'));
    await act(() => { list.focus(); list.dispatchEvent(new FocusEvent('focus')); });
    await key(list, 'ArrowDown');
    expect(list.getAttribute('aria-activedescendant')).toBe('rec-1');
    await key(list, 'Enter');
    const detail = await until(() => $('[data-testid=detail-text]'));
    expect(detail.textContent).toBe('<b>not html</b> & more');
    expect(detail.querySelector('b')).toBeNull();
    expect($('[data-testid=detail-checks]')?.textContent).toMatch(/how you met/);

    await type($('[data-testid=edit-notes]')!, 'Talked about ports', 'change');
    await until(() => $('[data-testid=save-state]')?.textContent === 'Saved');
    await type($('[data-testid=edit-status]')!, 'accepted', 'change');
    await type($('[data-testid=edit-followup]')!, '2030-01-15', 'change');
    await until(() => $('[data-testid=save-state]')?.textContent === 'Saved');
    const stored = await (await f.conn).get('records', 'rec-00002');
    expect(stored).toMatchObject({ notes: 'Talked about ports', status: 'accepted', followUpDue: new Date(2030, 0, 15, 9).getTime() });

    await key($('[data-testid=detail]')!, 'Escape');
    await until(() => $('[role=listbox]'));
    await until(() => $('[data-id=rec-00002] [data-testid=status-chip]')?.textContent === 'Accepted');
    expect($('[data-id=rec-00001] [data-testid=status-chip]')).toBeNull();

    await act(() => ($$('[role=option]')[0] as HTMLElement).click());
    await until(() => $('[data-testid=delete]'));
    await act(() => $('[data-testid=delete]')!.click());
    await until(() => $('[data-testid=undo]'));
    expect(await (await f.conn).count('records')).toBe(1);
    await act(() => $('[data-testid=undo]')!.click());
    await until(() => $('[data-testid=toast]')?.textContent?.includes('restored'));
    expect(await (await f.conn).count('records')).toBe(2);
    await until(() => names().length === 2);
  });

  it('speaks Italian when the option says so and shows the tab status', async () => {
    const f = fakeApi({ settings: { uiLang: 'it' }, tab: { kind: 'linkedin', status: { state: 'attached', surfaces: ['invite'], url: 'https://www.linkedin.com/in/x/' } } });
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $('[data-testid=list-empty]'));
    expect($('[data-testid=tab-history]')?.textContent).toBe('Cronologia');
    expect($('[data-testid=tab-status]')?.textContent).toBe('Garbo è attivo in questa scheda.');
    expect(document.documentElement.lang).toBe('it');
  });

  it('refuses a corrupted import with the reason and keeps the history', async () => {
    const f = fakeApi();
    await f.seed([report(1)]);
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => names().length === 1);
    const input = $('[data-testid=import-file]') as HTMLInputElement;
    const file = new File(['{"format":"garbo-history","version":1,"records":[{"id":"x"}]}'], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    const msg = await until(() => $('[data-testid=transfer-message]'));
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toMatch(/^Nothing was imported\. record 1 \(id x\): /);
    expect(await (await f.conn).count('records')).toBe(1);
  });
});

describe('popup first screen from the snapshot', () => {
  it('shows the snapshot the background kept while the live answer is on its way, then the live one', async () => {
    const f = fakeApi();
    await f.seed([report(1), report(2)]);
    const { HistoryView } = await import('../../../lib/history/view');
    const { makeSnapshot, readSnapshot } = await import('../../../lib/history/snapshot');
    const snap = await makeSnapshot(new HistoryView(await f.conn), { followUpDays: 7, noteLimit: 'detect' });
    expect(readSnapshot(JSON.parse(JSON.stringify(snap)))).toEqual(snap);
    expect(readSnapshot({ savedAt: 1, total: 1, items: [{ id: 3 }], stats: {} })).toBeNull();
    expect(readSnapshot('junk')).toBeNull();
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const slow = { ...f.api, loadSnapshot: async () => snap, request: async <T,>(m: Record<string, unknown>) => { await gate; return f.api.request<T>(m); } };
    await f.seed([report(3, { sentAt: Date.now(), recipient: { name: 'Newest Person' } })]);
    await act(() => render(<Popup api={slow} />, root));
    await until(() => names().length === 2);
    expect(names()).toEqual(['Jane Doe 1', 'Niccolò Rossi 2']);
    release();
    await until(() => names().length === 3);
    expect(names()[0]).toBe('Newest Person');
  });
});

describe('popup errors', () => {
  it('says in the UI language that the disk is full when an edit cannot be saved', async () => {
    const f = fakeApi({ settings: { uiLang: 'it' } });
    await f.seed([report(1)]);
    const full = { ...f.api, request: async <T,>(m: Record<string, unknown>) => {
      if (m.type === 'history-update') throw new Error('storage full: free some space or export and delete old records');
      return f.api.request<T>(m);
    } };
    await act(() => render(<Popup api={full} />, root));
    await until(() => names().length === 1);
    await act(() => ($$('[role=option]')[0] as HTMLElement).click());
    await type(await until(() => $('[data-testid=edit-notes]')), 'nota', 'change');
    const state = await until(() => $('[data-testid=save-state]')?.textContent?.includes('pieno') && $('[data-testid=save-state]'));
    expect(state.textContent).toMatch(/^Lo spazio del browser per Garbo è pieno/);
    expect((await (await f.conn).get('records', 'rec-00001'))?.notes).toBe('');
  });
});

describe('popup detail typing', () => {
  it('keeps what was typed when the detail is left before the save timer (Escape)', async () => {
    const f = fakeApi();
    await f.seed([report(1)]);
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => names().length === 1);
    await act(() => ($$('[role=option]')[0] as HTMLElement).click());
    await type(await until(() => $('[data-testid=edit-met]')), 'Meetup Torino JS', 'input');
    await key($('[data-testid=detail]')!, 'Escape');
    await until(() => $('[role=listbox]'));
    // Saved on leaving, not 0.5 s later by the typing timer.
    const end = Date.now() + 300;
    while ((await (await f.conn).get('records', 'rec-00001'))?.metWhere !== 'Meetup Torino JS' && Date.now() < end) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect((await (await f.conn).get('records', 'rec-00001'))?.metWhere).toBe('Meetup Torino JS');
  });
});

describe('popup follow-up actions', () => {
  it('snoozes a due invite and opens the checker on a follow-up message to the person', async () => {
    const f = fakeApi({ settings: { followUpDays: 5 } });
    await f.seed([report(0, { sentAt: Date.now() - 30 * DAY_MS, recipient: { name: 'Giulia Ferri' } })]);
    await act(() => render(<Popup api={f.api} renderChecker={(_l, _s, seed) => <p data-testid="seed">{seed ? `${seed.kind}:${seed.recipient}` : 'none'}</p>} />, root));
    await until(() => $('.chip.due'));
    await act(() => ($$('[role=option]')[0] as HTMLElement).click());
    const snooze = await until(() => $('[data-testid=snooze]'));
    await act(() => snooze.click());
    await until(() => $('[data-testid=save-state]')?.textContent === 'Saved');
    const due = (await (await f.conn).get('records', 'rec-00000'))?.followUpDue ?? 0;
    // Five calendar days from today, at 9:00 local time (whatever the hour the test runs).
    const want = new Date();
    want.setDate(want.getDate() + 5);
    want.setHours(9, 0, 0, 0);
    expect(due).toBe(want.getTime());
    await act(() => $('[data-testid=draft-followup]')!.click());
    expect($('[data-testid=seed]')?.textContent).toBe('message:Giulia Ferri');
    await act(() => $('[data-testid=tab-history]')!.click());
    await until(() => names().length === 1);
    expect($('.chip.due')).toBeNull(); // snoozed: no longer due
  });
});

describe('popup error state', () => {
  it('shows the error with Retry when the background cannot answer, and recovers', async () => {
    const f = fakeApi();
    await f.seed([report(1)]);
    let down = true;
    const flaky = { ...f.api, request: async <T,>(m: Record<string, unknown>) => {
      if (down && m.type === 'history-query') throw new Error('Could not establish connection. Receiving end does not exist.');
      return f.api.request<T>(m);
    } };
    await act(() => render(<Popup api={flaky} />, root));
    const alert = await until(() => $('[data-testid=list-error]'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Receiving end does not exist');
    down = false;
    await act(() => (alert.querySelector('button') as HTMLElement).click());
    await until(() => names().length === 1);
  });
});
