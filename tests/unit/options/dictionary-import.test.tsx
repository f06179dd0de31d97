// The personal-dictionary import says what happened, once: refused files add
// nothing (one message, no "words added"), a 20 MB file is refused unread,
// a good file reports the words added and those already there.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { mergeDictionary } from '../../../lib/settings';
import { fakeApi } from '../popup/fake-api';

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
async function importFile(file: unknown) {
  const input = $('[data-testid=opt-dict-import]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  return until(() => $('[data-testid=opt-dict-message]'));
}
const words = (n: number, prefix = 'parola') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join('\n');

describe('personal dictionary import', () => {
  it('refuses a 6,000-word file with one message and adds nothing', async () => {
    const f = fakeApi({ settings: { dictionary: ['Garbo'] } });
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-dict-import]'));
    const msg = await importFile(new File([words(6000)], 'w.txt'));
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toBe('That would make 6001 words; the personal dictionary holds up to 5000. Nothing was added.');
    expect(root.textContent).not.toMatch(/words added/);
    expect($('[data-testid=opt-state]')?.textContent).toBe('');
    expect(f.settings().dictionary).toEqual(['Garbo']);
  });

  it('refuses a 20 MB file before reading it', async () => {
    const f = fakeApi();
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-dict-import]'));
    let read = false;
    const msg = await importFile({ name: 'big.txt', size: 20 * 1024 * 1024, type: 'text/plain', text: async () => { read = true; return ''; } });
    expect(msg.textContent).toBe('This file is 20.0 MB; a word list can be up to 1.0 MB. Nothing was added.');
    expect(read).toBe(false);
    expect(root.textContent).not.toMatch(/words added/);
    expect(f.settings().dictionary).toEqual([]);
  });

  it('adds a file up to the limit and says how many were new', async () => {
    const f = fakeApi({ settings: { dictionary: ['Garbo', 'parola1'] } });
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-dict-import]'));
    const msg = await importFile(new File([`${words(4998)}\nGARBO\n<b>\n`], 'w.txt'));
    expect(msg.getAttribute('role')).toBe('status');
    expect(msg.textContent).toBe('4997 words added; 2 were already in the dictionary.');
    expect(f.settings().dictionary).toHaveLength(4999);
    expect(f.settings().dictionary).not.toContain('<b>');
    // 200 words drawn (a 5,000-chip list blocked the page), the filter finds the others.
    await until(() => root.querySelectorAll('[data-testid=opt-words] li').length === 200);
    expect($('[data-testid=opt-words-shown]')?.textContent).toBe('200 of 4999 words shown: type to find the others.');
    const filter = $('[data-testid=opt-word-filter]') as HTMLInputElement;
    filter.value = 'PAROLA4321';
    await act(() => { filter.dispatchEvent(new Event('input', { bubbles: true })); });
    expect([...root.querySelectorAll('[data-testid=opt-words] li span')].map((e) => e.textContent)).toEqual(['parola4321']);
    // One more file that would pass the limit: refused as a whole.
    const again = await importFile(new File(['uno\ndue\n'], 'w2.txt'));
    await until(() => again.textContent?.startsWith('That would make 5001 words'));
    expect(f.settings().dictionary).toHaveLength(4999);
  }, 20_000);

  it('merges all or nothing, case-insensitively', () => {
    expect(mergeDictionary(['Garbo'], ['garbo', 'Bicocca', 'bicocca', ' Vercelli '])).toEqual({ ok: true, dictionary: ['Bicocca', 'Garbo', 'Vercelli'], added: 2, already: 2 });
    expect(mergeDictionary(Array.from({ length: 4999 }, (_, i) => `w${i}`), ['a', 'b'])).toEqual({ ok: false, total: 5001 });
  });
});
