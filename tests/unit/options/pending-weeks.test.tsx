// Issue 14: the "pending for more than N weeks" option (default 3), validated.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { parseSettings } from '../../../lib/settings';
import { readSettings } from '../../../lib/content/settings-lite';
import { fakeApi } from '../popup/fake-api';

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
afterEach(() => { render(null, root); root.remove(); });
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);

describe('pending-weeks option', () => {
  it('defaults to 3, saves a whole number of weeks from 1 to 52 and refuses others', async () => {
    expect(parseSettings({}).pendingWeeks).toBe(3);
    expect(parseSettings({ pendingWeeks: 0 }).pendingWeeks).toBe(3);
    expect(readSettings({ pendingWeeks: 53 }).pendingWeeks).toBe(3);
    expect(readSettings({ pendingWeeks: 6 }).pendingWeeks).toBe(6);
    const f = fakeApi();
    await act(() => render(<Options api={f.api} />, root));
    for (let i = 0; i < 50 && !$('[data-testid=opt-pending-weeks]'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    const input = $('[data-testid=opt-pending-weeks]') as HTMLInputElement;
    expect(input.value).toBe('3');
    input.value = '5';
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    for (let i = 0; i < 50 && f.settings().pendingWeeks !== 5; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(f.settings().pendingWeeks).toBe(5);
    input.value = '2.5';
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    expect($('[data-testid=opt-state]')?.textContent).toMatch(/1 to 52/);
    expect(f.settings().pendingWeeks).toBe(5);
  });
});
