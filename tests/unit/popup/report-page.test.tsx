// The popup's "Report a page Garbo missed": only on a LinkedIn tab; the tab's reply is validated before
// anything is shown; the whole report is shown for reading and copied only on request.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { ReportPage } from '../../../components/popup/ReportPage';
import type { Api, TabStatus } from '../../../components/common/api';
import { fakeApi } from './fake-api';

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
afterEach(() => { render(null, root); root.remove(); vi.restoreAllMocks(); });

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
const LINKEDIN: TabStatus = { kind: 'linkedin', status: null };
const SKELETON = 'Garbo page skeleton v1: structure only\n<textarea id="custom-message">   <- field\n';

function withSkeleton(reply: unknown | (() => Promise<unknown>)): Api {
  const { api } = fakeApi({ tab: LINKEDIN });
  return { ...api, pageSkeleton: typeof reply === 'function' ? (reply as () => Promise<unknown>) : async () => reply };
}

describe('popup: report a page Garbo missed', () => {
  it('is offered on a LinkedIn tab only', async () => {
    const api = withSkeleton({ ok: true, data: { text: SKELETON, scope: 'field', nodes: 2, truncated: false } });
    await act(() => render(<ReportPage api={api} lang="en" status={{ kind: 'other' }} />, root));
    expect(root.innerHTML).toBe('');
    await act(() => render(<ReportPage api={api} lang="en" status={null} />, root));
    expect(root.innerHTML).toBe('');
    await act(() => render(<Popup api={api} />, root));
    expect((await until(() => $('[data-testid=report-page]'))).textContent).toBe('Report a page Garbo missed');
  });

  it('shows the validated report in full, then copies exactly it', async () => {
    const api = withSkeleton({ ok: true, data: { text: SKELETON, scope: 'field', nodes: 2, truncated: true } });
    await act(() => render(<ReportPage api={api} lang="en" status={LINKEDIN} />, root));
    await act(() => $('[data-testid=report-page]')!.click());
    const area = await until(() => root.querySelector<HTMLTextAreaElement>('[data-testid=report-text]'));
    expect(area.value).toBe(SKELETON);
    expect(area.readOnly).toBe(true);
    expect($('[data-testid=report-truncated]')).not.toBeNull();
    expect($('[data-testid=report-page-panel]')!.textContent).toContain('nothing is sent');
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(writeText).not.toHaveBeenCalled(); // nothing copied before the user asks
    await act(() => $('[data-testid=report-copy]')!.click());
    await until(() => $('[data-testid=report-copy-status]')!.textContent);
    expect(writeText).toHaveBeenCalledWith(SKELETON);
    expect($('[data-testid=report-copy-status]')!.textContent).toBe('Copied. Paste it into your bug report.');
    await act(() => $('[data-testid=report-close]')!.click());
    expect($('[data-testid=report-text]')).toBeNull();
    expect($('[data-testid=report-page]')).not.toBeNull();
  });

  for (const [what, reply] of [
    ['an oversized text', { ok: true, data: { text: 'x'.repeat(200_001), scope: 'field', nodes: 2, truncated: false } }],
    ['a wrong shape', { ok: true, data: { text: SKELETON, scope: 'everything', nodes: 2, truncated: false } }],
    ['an error reply', { ok: false, error: 'skeleton: boom' }],
    ['no reply (no content script)', undefined],
  ] as const) {
    it(`says Garbo is not running there on ${what}, in Italian too`, async () => {
      const api = withSkeleton(reply);
      await act(() => render(<ReportPage api={api} lang="it" status={LINKEDIN} />, root));
      await act(() => $('[data-testid=report-page]')!.click());
      const alert = await until(() => $('[data-testid=report-unavailable]'));
      expect(alert.textContent).toBe('Garbo non è attivo in questa scheda. Ricarica la pagina di LinkedIn e riprova.');
      expect($('[data-testid=report-text]')).toBeNull();
    });
  }

  it('treats a rejected request (the tab has no listener) as unavailable', async () => {
    const api = withSkeleton(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await act(() => render(<ReportPage api={api} lang="en" status={LINKEDIN} />, root));
    await act(() => $('[data-testid=report-page]')!.click());
    expect((await until(() => $('[data-testid=report-unavailable]'))).textContent).toContain('Reload the LinkedIn page');
  });
});
