import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options, parseWordList } from '../../../components/options/Options';
import { fakeApi, report } from '../popup/fake-api';

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
const click = (sel: string) => act(() => $(sel)!.click());
const set = async (sel: string, value: string, event = 'change') => {
  const el = $(sel) as HTMLInputElement;
  el.value = value;
  await act(() => { el.dispatchEvent(new Event(event, { bubbles: true })); });
};

describe('options page', () => {
  it('saves every option, validated, to the settings', async () => {
    const f = fakeApi();
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-gate]'));
    await click('[data-testid=opt-limit-200]');
    await until(() => f.settings().noteLimit === 200);
    await click('[data-testid=opt-gate]');
    await click('[data-testid=opt-rule-no-pitch]');
    await click('[data-testid=opt-badge]');
    await set('[data-testid=opt-days]', '14');
    await set('[data-testid=opt-name]', '  Marco Rossi ');
    await until(() => f.settings().senderName === 'Marco Rossi');
    expect(f.settings()).toMatchObject({ noteLimit: 200, sendGate: false, disabledRules: ['no-pitch'], badgeCount: false, followUpDays: 14 });
    expect($('[data-testid=opt-state]')?.textContent).toBe('Saved');
    await set('[data-testid=opt-days]', '0');
    expect($('[data-testid=opt-state]')?.textContent).toMatch(/1 to 365/);
    expect(f.settings().followUpDays).toBe(14);
    await click('[data-testid=opt-rule-no-pitch]');
    await until(() => f.settings().disabledRules.length === 0);
    await set('[data-testid=opt-lang]', 'it');
    await until(() => $('h1')?.textContent === 'Opzioni di Garbo');
  });

  it('manages the personal dictionary: add, remove, import', async () => {
    const f = fakeApi({ settings: { dictionary: ['Garbo'] } });
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-word]'));
    await set('[data-testid=opt-word]', 'Codemotion', 'input');
    await act(() => { $('[data-testid=opt-word-add]')!.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    await until(() => f.settings().dictionary.length === 2);
    expect(f.settings().dictionary).toEqual(['Codemotion', 'Garbo']);
    await act(() => (root.querySelector('[data-testid=opt-words] li button') as HTMLElement).click());
    await until(() => f.settings().dictionary.length === 1);
    expect(f.settings().dictionary).toEqual(['Garbo']);
    const input = $('[data-testid=opt-dict-import]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['Vercelli\nGarbo\n  Bicocca \n\n'], 'w.txt')], configurable: true });
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await until(() => f.settings().dictionary.length === 3);
    expect(f.settings().dictionary).toEqual(['Bicocca', 'Garbo', 'Vercelli']);
    expect(parseWordList('a, b;c\n\nb  ')).toEqual(['a', 'b', 'c']);
    // A word added from the checker while the options are open appears.
    await act(() => f.changeElsewhere({ dictionary: [...f.settings().dictionary, 'Zafferano'] }));
    await until(() => root.querySelector('[data-testid=opt-words]')?.textContent?.includes('Zafferano'));
  });

  it('deletes all data only after confirmation', async () => {
    const f = fakeApi({ settings: { dictionary: ['Garbo'], senderName: 'Marco' } });
    await f.seed([report(1), report(2)]);
    await act(() => render(<Options api={f.api} />, root));
    await until(() => $('[data-testid=opt-delete-all]'));
    await click('[data-testid=opt-delete-all]');
    await click('[data-testid=opt-delete-cancel]');
    expect(await (await f.conn).count('records')).toBe(2);
    await click('[data-testid=opt-delete-all]');
    await click('[data-testid=opt-delete-confirm]');
    await until(() => $('[data-testid=opt-wiped]'));
    expect(await (await f.conn).count('records')).toBe(0);
    expect(f.cleared()).toBe(1);
    expect(f.settings()).toMatchObject({ dictionary: [], senderName: '' });
  });
});
