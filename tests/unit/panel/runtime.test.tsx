import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InviteWithoutNote, WatchCallbacks } from '../../../lib/linkedin/types';
import type { Request, Reply, SendReport } from '../../../lib/messages';
import { startGarbo, type RuntimeStorage } from '../../../components/panel/runtime';
import { HOST_TAG } from '../../../components/panel/session';
import { PENDING_PREFIX } from '../../../lib/content/record';
import { report } from '../content/report-fixtures';
import { fakeField } from './fake-field';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function storage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners: Array<(c: Record<string, { newValue?: unknown }>) => void> = [];
  const s: RuntimeStorage & { data: Map<string, unknown>; change(key: string, v: unknown): void } = {
    data,
    async get(keys) { return keys === null ? Object.fromEntries(data) : data.has(keys) ? { [keys]: data.get(keys) } : {}; },
    async set(items) { for (const [k, v] of Object.entries(items)) data.set(k, v); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k); },
    onChanged(fn) { listeners.push(fn); return () => listeners.splice(listeners.indexOf(fn), 1); },
    change(key, v) { data.set(key, v); for (const l of listeners) l({ [key]: { newValue: v } }); },
  };
  return s;
}

function harness(opts: { fail?: (req: Request) => boolean; store?: ReturnType<typeof storage>; uiLang?: string } = {}) {
  let cb: WatchCallbacks | undefined;
  const requests: Request[] = [];
  const store = opts.store ?? storage();
  let ids = 0;
  const rt = startGarbo({
    doc: document, win: window as Window & typeof globalThis,
    watch: (_doc, callbacks) => { cb = callbacks; return () => { cb = undefined; }; },
    request: async (req): Promise<Reply> => {
      requests.push(req);
      if (opts.fail?.(req)) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (req.type === 'analyze') return { ok: true, data: report({ lang: 'en' }) };
      if (req.type === 'contact-info') return { ok: true, data: { firstContact: false, justAccepted: false, previousTexts: ['old note'] } };
      return { ok: true, data: null };
    },
    storage: store,
    uiLanguage: () => opts.uiLang ?? 'en-US',
    topFrame: true,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    retryDelays: [5, 5, 5],
    debounceMs: 5, trusted: () => true,
  });
  return { rt, requests, store, cb: () => cb! };
}

afterEach(() => { document.body.replaceChildren(); });

describe('runtime', () => {
  it('does nothing visible on a page without a field, and reports "idle"', async () => {
    const { rt, requests } = harness();
    await tick();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(requests.filter((r) => r.type === 'attach-status')).toEqual([
      { type: 'attach-status', status: { state: 'idle', surfaces: [], url: location.href } },
    ]);
    rt.stop();
  });

  it('mounts one panel per field, reports the surfaces, and cleans up on detach', async () => {
    const { rt, requests, cb } = harness();
    const a = fakeField('invite'), b = fakeField('message');
    cb().attach(a); cb().attach(a); cb().attach(b);
    await tick();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(2);
    const statuses = requests.filter((r): r is Extract<Request, { type: 'attach-status' }> => r.type === 'attach-status');
    expect(statuses.at(-1)!.status).toMatchObject({ state: 'attached', surfaces: ['invite', 'message'] });
    cb().detach(a);
    await tick();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    rt.stop();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('uses the history for first contact and follows the UI-language setting live', async () => {
    const store = storage({ settings: { uiLang: 'it' } });
    const { rt, requests, cb } = harness({ store });
    await tick();
    const f = fakeField('invite');
    cb().attach(f);
    f.type('Ciao Jane');
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'analyze')).toBe(true));
    const last = requests.filter((r) => r.type === 'analyze').at(-1) as Extract<Request, { type: 'analyze' }>;
    expect(last.context).toMatchObject({ firstContact: false, previousTexts: ['old note'], uiLang: 'it' });
    const host = document.querySelector(HOST_TAG)!.shadowRoot!;
    expect(host.textContent).toContain('Destinatario');
    store.change('settings', { uiLang: 'en' });
    await vi.waitFor(() => expect(host.textContent).toContain('Recipient'));
    rt.stop();
  });

  it('records an invite sent without a note once, even on a double click', async () => {
    const { rt, requests, cb } = harness();
    const dialog = document.createElement('div');
    const send = document.createElement('button');
    dialog.append(send);
    document.body.append(dialog);
    const stage1: InviteWithoutNote = { root: document, container: dialog, recipient: () => ({ name: 'Jane Doe', profileId: 'jane-doe' }), sendWithoutNoteButton: () => send };
    cb().inviteStage1!(stage1);
    cb().inviteStage1!(stage1);
    send.click(); send.click();
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'record-send')).toBe(true));
    await tick(30);
    const recs = requests.filter((r) => r.type === 'record-send') as Array<Extract<Request, { type: 'record-send' }>>;
    expect(recs).toHaveLength(1);
    expect(recs[0]!.report).toMatchObject({ kind: 'invite', text: '', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } });
    rt.stop();
  });

  it('asks the history again for everyone after a send (the month\'s note count changed), not only for its recipient', async () => {
    const { rt, requests, cb } = harness();
    const contactAsks = () => requests.filter((r) => r.type === 'contact-info').length;
    const jane = fakeField('invite');
    cb().attach(jane);
    await vi.waitFor(() => expect(contactAsks()).toBe(1));
    cb().detach(jane);
    // An invite to someone else goes out…
    const dialog = document.createElement('div');
    const send = document.createElement('button');
    dialog.append(send);
    document.body.append(dialog);
    cb().inviteStage1!({ root: document, container: dialog, recipient: () => ({ name: 'Paul Smith', profileId: 'paul' }), sendWithoutNoteButton: () => send });
    send.click();
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'record-send')).toBe(true));
    await tick(20);
    // …and a new draft to Jane gets fresh figures instead of the cached ones.
    cb().attach(fakeField('invite'));
    await vi.waitFor(() => expect(contactAsks()).toBe(2));
    rt.stop();
  });

  it('keeps a record queued while the worker is unreachable and delivers it on the next page load', async () => {
    const store = storage();
    let down = true;
    const first = harness({ store, fail: (r) => down && r.type === 'record-send' });
    const f = fakeField('invite');
    first.cb().attach(f);
    f.type('We met at the meetup');
    await tick(30);
    f.button!.click();
    await vi.waitFor(() => expect([...store.data.keys()].some((k) => k.startsWith(PENDING_PREFIX))).toBe(true));
    await tick(60);
    const queued = [...store.data.keys()].filter((k) => k.startsWith(PENDING_PREFIX));
    expect(queued).toHaveLength(1);
    first.rt.stop();
    down = false;
    const second = harness({ store });
    await vi.waitFor(() => expect(second.requests.some((r) => r.type === 'record-send')).toBe(true));
    const delivered = second.requests.filter((r) => r.type === 'record-send') as Array<{ report: SendReport }>;
    expect(delivered.map((r) => r.report.sendId)).toEqual([queued[0]!.slice(PENDING_PREFIX.length)]);
    expect([...store.data.keys()].filter((k) => k.startsWith(PENDING_PREFIX))).toEqual([]);
    second.rt.stop();
  });
});
