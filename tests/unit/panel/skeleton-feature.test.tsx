// The content script's side of "Report a page Garbo missed": the message listener answers only the
// page-skeleton request; the watcher's callbacks pass through unchanged, and a field Garbo could not
// attach to brings a notice whose preview and copy hold the page's skeleton, never its text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '../../../lib/content/signals';
import type { FieldHandle, WatchCallbacks } from '../../../lib/linkedin/types';
import { REPORT_TAG, skeletonListener, withReportNotice } from '../../../components/panel/skeleton-feature';
import { startGarbo } from '../../../entrypoints/linkedin.content/app/app';
import type { Reply, Request, Requester } from '../../../lib/messages';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

function page() {
  const main = document.createElement('main');
  const sheet = document.createElement('div');
  const ta = document.createElement('textarea');
  ta.id = 'custom-message';
  ta.value = 'zqk typed by the user';
  const p = document.createElement('p');
  p.textContent = 'zqk Jane Doe';
  sheet.append(p, ta);
  main.append(sheet);
  document.body.append(main);
}

function setup(lang: 'en' | 'it' = 'en') {
  const calls: string[] = [];
  const inner: WatchCallbacks = {
    attach: () => calls.push('attach'),
    detach: () => calls.push('detach'),
    inviteStage1: () => calls.push('stage1'),
    failed: (r) => calls.push(`failed ${r}`),
  };
  const cleanups: Array<() => void> = [];
  const cb = withReportNotice(inner, { doc: document, win: window as Window & typeof globalThis, lang: signal(lang), theme: signal('light'), cleanups });
  const notice = () => document.querySelector(REPORT_TAG)?.shadowRoot?.querySelector<HTMLElement>('[data-garbo=report-notice]') ?? null;
  return { calls, cb, cleanups, notice };
}

describe('report a page Garbo missed (content script)', () => {
  it('answers the page-skeleton request, and no other message', async () => {
    page();
    const listen = skeletonListener(document);
    expect(listen({ type: 'analyze' })).toBeUndefined();
    expect(listen({ type: 'page-skeleton', extra: true })).toBeUndefined();
    const reply = await listen({ type: 'page-skeleton' })!;
    expect(reply.ok).toBe(true);
    if (reply.ok) {
      expect(reply.data.scope).toBe('field');
      expect(reply.data.text).toContain('<textarea id="custom-message" value=[text 10-29]>   <- field');
      expect(reply.data.text).not.toMatch(/zqk/i);
    }
  });

  it('passes callbacks through; a field it could not attach to brings the notice; copy holds the skeleton only', async () => {
    page();
    const { calls, cb, cleanups, notice } = setup();
    cb.inviteStage1!({} as never);
    cb.failed!('click', new Error('x')); // a stray event error: no notice
    await tick();
    expect(notice()).toBeNull();
    cb.failed!('invite: no dialog around the note field');
    await tick();
    expect(calls).toEqual(['stage1', 'failed click', 'failed invite: no dialog around the note field']);
    const box = notice()!;
    expect(box.textContent).toContain('could not attach to this field');
    // preview: the skeleton, built on demand
    const details = box.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await tick();
    const text = box.querySelector<HTMLTextAreaElement>('[data-garbo=report-text]')!.value;
    expect(text).toContain('Garbo page skeleton');
    expect(text).not.toMatch(/zqk/i);
    expect(text).not.toContain(REPORT_TAG);
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    box.querySelector<HTMLButtonElement>('[data-garbo=report-copy]')!.click();
    await tick(10);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toContain('<- field');
    expect(writeText.mock.calls[0]![0]).not.toMatch(/zqk/i);
    expect(notice()!.querySelector('[role=status]')!.textContent).toBe('Copied. Paste it into your bug report.');
    // a field attaching hides it; the runtime's stop removes it
    cb.attach({} as FieldHandle);
    await tick();
    expect(notice()).toBeNull();
    expect(calls.at(-1)).toBe('attach');
    for (const c of cleanups) c();
    expect(document.querySelector(REPORT_TAG)).toBeNull();
  });

  it('speaks Italian, says when copying failed, and stays away once dismissed', async () => {
    page();
    const { cb, notice } = setup('it');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new Error('not focused'); } }, configurable: true });
    cb.failed!('composer', new Error('boom'));
    await tick();
    const box = notice()!;
    expect(box.textContent).toContain('non è riuscito ad agganciarsi');
    box.querySelector<HTMLButtonElement>('[data-garbo=report-copy]')!.click();
    await tick(20);
    expect(notice()!.querySelector('[role=status]')!.textContent).toBe('Impossibile copiare: seleziona il rapporto e copialo.');
    expect(notice()!.querySelector('details')!.open).toBe(true); // the preview is opened for the user to copy by hand
    [...notice()!.querySelectorAll('button')].find((b) => b.textContent === 'Chiudi')!.click();
    await tick();
    expect(notice()).toBeNull();
    cb.failed!('invite: no dialog around the note field');
    await tick();
    expect(notice()).toBeNull();
  });

  it('is hooked into the runtime: the watcher\'s failure still reaches the popup status, and the notice shows; stop removes it', async () => {
    page();
    let cb: WatchCallbacks | undefined;
    const requests: Request[] = [];
    const rt = startGarbo({
      doc: document, win: window as Window & typeof globalThis,
      watch: (_doc, callbacks) => { cb = callbacks; return () => { cb = undefined; }; },
      request: (async (req: Request): Promise<Reply> => { requests.push(req); return { ok: true, data: null }; }) as unknown as Requester,
      storage: { get: async () => ({}), set: async () => undefined, remove: async () => undefined, onChanged: () => () => undefined },
      uiLanguage: () => 'en-US', topFrame: true, newId: () => 'id-00000001',
    });
    cb!.failed!('invite: no dialog around the note field');
    await tick(10);
    expect(requests.filter((r) => r.type === 'attach-status').at(-1)).toMatchObject({ status: { state: 'failed', detail: 'invite: no dialog around the note field' } });
    expect(document.querySelector(REPORT_TAG)?.shadowRoot?.querySelector('[data-garbo=report-notice]')?.textContent).toContain('could not attach');
    rt.stop();
    expect(document.querySelector(REPORT_TAG)).toBeNull();
  });
});
