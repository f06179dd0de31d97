// The popup never breaks on a stored value (a bad record is shown as "needs
// attention", not a blank list) and its import refuses an oversized file
// before reading it, shows progress and says what happened.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { recordFromSend } from '../../../lib/history/schema';
import { toExportJson } from '../../../lib/history/transfer';
import { fakeApi, report } from './fake-api';

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
afterEach(() => { render(null, root); root.remove(); });

async function until<T>(f: () => T | null | undefined | false, ms = 5000): Promise<T> {
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
const choose = async (file: unknown) => {
  const input = $('[data-testid=import-file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
};

describe('popup robustness', () => {
  it('shows a record with an impossible stored date as "needs attention", with the others', async () => {
    const f = fakeApi();
    await f.seed([report(1), report(2)]);
    const db = await f.conn;
    // Stored by an older version (or repaired by the v4 upgrade): written straight into the database.
    await db.put('records', { ...recordFromSend(report(3), Date.now()), sentAt: 9e15 });
    await db.put('records', { ...recordFromSend(report(4), Date.now()), attention: [{ field: 'followUpDue', was: '-1' }] });
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $$('[data-testid=history-row]').length === 4);
    expect($('[data-testid=list-count]')?.textContent).toBe('4 sent');
    const bad = root.querySelector<HTMLElement>('[data-id=rec-00003]')!;
    expect(bad.querySelector('[data-testid=attention-chip]')?.textContent).toBe('Needs attention');
    expect(bad.querySelector('.date')?.textContent).toBe('—');
    expect(root.querySelector('[data-id=rec-00004] [data-testid=attention-chip]')).not.toBeNull();
    expect(root.querySelector('[data-id=rec-00001] [data-testid=attention-chip]')).toBeNull();
    expect(root.querySelector('[data-id=rec-00001] .date')?.textContent).toMatch(/\d{4}/);
    // The repaired record's detail says what was replaced.
    await act(() => (root.querySelector('[data-id=rec-00004]') as HTMLElement).click());
    const note = await until(() => $('[data-testid=detail-attention]'));
    expect(note.textContent).toMatch(/followUpDue was -1/);
    // Checked by the user: the mark goes, the record stays.
    await act(() => $('[data-testid=attention-done]')!.click());
    await until(() => !$('[data-testid=detail-attention]'));
    expect((await db.get('records', 'rec-00004'))?.attention).toEqual([]);
  });

  it('refuses a 70 MB file before reading it, with the sizes', async () => {
    const f = fakeApi();
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $('[data-testid=import-file]'));
    let read = false;
    const huge = { name: 'huge.json', size: 70 * 1024 * 1024, type: 'application/json', text: async () => { read = true; return ''; } };
    await choose(huge);
    const msg = await until(() => $('[data-testid=transfer-message]'));
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toBe('Nothing was imported. This file is 70.0 MB; Garbo imports history files up to 50.0 MB.');
    expect(read).toBe(false);
    expect(f.sent.some((m) => String(m.type).startsWith('history-import'))).toBe(false);
  });

  it('imports in batches with one result message and the list updated', async () => {
    const f = fakeApi();
    await f.seed([report(1)]);
    await act(() => render(<Popup api={f.api} />, root));
    await until(() => $$('[data-testid=history-row]').length === 1);
    const records = Array.from({ length: 1_100 }, (_, i) => recordFromSend(report(100 + i), Date.now()));
    await choose(new File([toExportJson(records)], 'garbo.json', { type: 'application/json' }));
    const msg = await until(() => $('[data-testid=transfer-message]'), 20_000);
    expect(msg.textContent).toBe('Imported: 1100 new, 0 updated, 0 unchanged.');
    expect($('[data-testid=transfer-progress]')).toBeNull();
    const types = f.sent.map((m) => m.type).filter((t) => String(t).startsWith('history-import'));
    expect(types).toEqual(['history-import-begin', 'history-import-batch', 'history-import-batch', 'history-import-batch', 'history-import-commit']);
    await until(() => $('[data-testid=list-count]')?.textContent === '1101 sent');
  }, 30_000);
});
