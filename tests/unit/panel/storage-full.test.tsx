// A send the background could not save because its storage is full: the user
// is told (in the field's panel, or in a transient notice when the panel is
// gone or collapsed), the send itself goes through, and the record stays in
// the pending queue. A worker that is merely unreachable shows nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Request, Reply } from '../../../lib/messages';
import { HOST_TAG } from '../../../entrypoints/linkedin.content/field/panel';
import { appHarness, storage } from './app-harness';
import { NOTICE_TAG } from '../../../components/panel/notice';
import { PENDING_PREFIX } from '../../../lib/content/record';
import { t } from '../../../lib/i18n';
import { report } from '../content/report-fixtures';
import { fakeField, type FakeField } from './fake-field';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const FULL = 'storage full: free some space or export and delete old records';

/** send-confirmed answers: 'full' (the background's quota error), 'down' (worker unreachable) or 'ok'. */
function harness(opts: { mode: () => 'full' | 'down' | 'ok'; settings?: Record<string, unknown>; noticeMs?: number }) {
  const store = storage(opts.settings ? { settings: opts.settings } : {});
  const h = appHarness({
    store, noticeMs: opts.noticeMs,
    score: () => report({ lang: 'en' }),
    answer: (req): Reply | undefined => {
      if (req.type !== 'send-confirmed') return undefined;
      const mode = opts.mode();
      if (mode === 'down') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (mode === 'full') return { ok: false, error: FULL };
      return undefined;
    },
  });
  const sends = () => h.requests.filter((r) => r.type === 'send-confirmed').length;
  const queued = () => [...store.data.keys()].filter((k) => k.startsWith(PENDING_PREFIX));
  return { rt: h.rt, requests: h.requests, store, sends, queued, cb: h.cb };
}

const panelRoot = () => document.querySelector(HOST_TAG)!.shadowRoot!;
const noticeRoot = () => document.querySelector(NOTICE_TAG)?.shadowRoot ?? null;

async function send(f: FakeField, text: string) {
  f.type(text);
  await tick(30);
  f.button!.click();
}

afterEach(() => { document.body.replaceChildren(); });

describe('storage full', () => {
  it('shows the message in the panel of the field (role=status), sends anyway, keeps the record queued and does not retry', async () => {
    const env = harness({ mode: () => 'full' });
    const f = fakeField('message');
    env.cb().attach(f);
    await send(f, 'Thanks for the chat at the meetup');
    const alert = () => panelRoot().querySelector('[data-garbo=storage-full]');
    await vi.waitFor(() => expect(alert()).not.toBeNull());
    expect(f.sent).toEqual(['Thanks for the chat at the meetup']);
    expect(alert()!.closest('[role=status]')).not.toBeNull();
    expect(alert()!.textContent).toContain(t('en', 'panel_storage_full'));
    await tick(40);
    expect(env.sends()).toBe(1);
    expect(env.queued()).toHaveLength(1);
    expect(document.querySelector(NOTICE_TAG)).toBeNull();

    // Dismissed by its button; the status region itself stays (empty).
    (alert()!.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(alert()).toBeNull());
    expect(panelRoot().querySelector('.g-alert-slot[role=status]')).not.toBeNull();
    env.rt.stop();
  });

  it('clears the panel message once a later send is saved, and then saves the send kept back', async () => {
    let mode: 'full' | 'ok' = 'full';
    const env = harness({ mode: () => mode });
    const f = fakeField('message');
    env.cb().attach(f);
    await send(f, 'First message');
    await vi.waitFor(() => expect(panelRoot().querySelector('[data-garbo=storage-full]')).not.toBeNull());
    mode = 'ok';
    await send(f, 'Second message');
    await vi.waitFor(() => expect(panelRoot().querySelector('[data-garbo=storage-full]')).toBeNull());
    // There is room again: the send kept back goes in too, without waiting for the next page load.
    await vi.waitFor(() => expect(env.queued()).toEqual([]));
    const texts = env.requests.filter((r): r is Extract<Request, { type: 'send-confirmed' }> => r.type === 'send-confirmed').map((r) => r.send.text);
    expect(texts).toEqual(['First message', 'Second message', 'First message']);
    env.rt.stop();
  });

  it('speaks Italian when the UI language is Italian', async () => {
    const env = harness({ mode: () => 'full', settings: { uiLang: 'it' } });
    await tick();
    const f = fakeField('message');
    env.cb().attach(f);
    await send(f, 'Grazie per la chiacchierata');
    await vi.waitFor(() => expect(panelRoot().querySelector('[data-garbo=storage-full]')?.textContent).toContain(t('it', 'panel_storage_full')));
    expect(t('it', 'panel_storage_full')).not.toBe(t('en', 'panel_storage_full'));
    env.rt.stop();
  });

  it('falls back to a transient notice in its own host when the invite dialog closed after Send; it hides by itself', async () => {
    const env = harness({ mode: () => 'full', noticeMs: 150 });
    const f = fakeField('invite');
    env.cb().attach(f);
    f.type('We met at the Turin meetup');
    await tick(30);
    // LinkedIn closes the dialog as it sends: the watcher detaches the field.
    f.button!.addEventListener('click', () => { env.cb().detach(f); });
    f.button!.click();
    await vi.waitFor(() => expect(noticeRoot()?.querySelector('[data-garbo=storage-full]')).toBeTruthy());
    expect(f.sent).toEqual(['We met at the Turin meetup']);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    const status = noticeRoot()!.querySelector('[role=status]')!;
    expect(status.textContent).toContain(t('en', 'panel_storage_full'));
    expect(env.queued()).toHaveLength(1);
    await vi.waitFor(() => expect(noticeRoot()!.querySelector('[data-garbo=storage-full]')).toBeNull(), { timeout: 2000 });
    env.rt.stop();
    expect(document.querySelector(NOTICE_TAG)).toBeNull();
  });

  it('uses the notice, dismissible, when the panel is collapsed to its badge', async () => {
    const env = harness({ mode: () => 'full' });
    const f = fakeField('message');
    env.cb().attach(f);
    env.rt.fields.sessions()[0]!.model.collapsed.value = true;
    await send(f, 'Thanks for the chat');
    await vi.waitFor(() => expect(noticeRoot()?.querySelector('[data-garbo=storage-full] button')).toBeTruthy());
    expect(env.rt.fields.sessions()[0]!.model.storageFull.value).toBe(false);
    (noticeRoot()!.querySelector('[data-garbo=storage-full] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(noticeRoot()!.querySelector('[data-garbo=storage-full]')).toBeNull());
    env.rt.stop();
  });

  it('says nothing when the worker is only unreachable: the retries and the queue cover that', async () => {
    const env = harness({ mode: () => 'down' });
    const f = fakeField('message');
    env.cb().attach(f);
    await send(f, 'Thanks for the chat');
    await vi.waitFor(() => expect(env.sends()).toBe(4));
    await tick(20);
    expect(panelRoot().querySelector('[data-garbo=storage-full]')).toBeNull();
    expect(document.querySelector(NOTICE_TAG)).toBeNull();
    expect(env.queued()).toHaveLength(1);
    env.rt.stop();
  });
});
