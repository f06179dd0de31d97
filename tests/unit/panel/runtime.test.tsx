// The content app as a whole (entrypoints/linkedin.content/app/app.ts): one
// panel per field, the attach status, settings followed live, invites that
// leave without a note field (stage 1, My Network cards), the upsell in place
// of the note step, and the pending queue across page loads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InviteWithoutNote } from '../../../lib/linkedin/types';
import type { Request } from '../../../lib/messages';
import { HOST_TAG } from '../../../entrypoints/linkedin.content/field/panel';
import { NOTICE_TAG } from '../../../components/panel/notice';
import { PENDING_PREFIX } from '../../../lib/content/record';
import { fakeField, synthetic } from './fake-field';
import { appHarness, storage, tick } from './app-harness';

afterEach(() => { document.body.replaceChildren(); });

/** A stage-1 invite dialog whose "Send without a note" closes it (LinkedIn sent the invite) or shows the upsell. */
function stage1(name: string, profileId: string, answer: 'send' | 'upsell' | 'nothing' = 'send') {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const send = document.createElement('button');
  const addNote = document.createElement('button');
  send.addEventListener('click', () => {
    if (answer === 'send') dialog.remove();
    if (answer === 'upsell') dialog.replaceWith(upsellDialog());
  });
  addNote.addEventListener('click', () => dialog.replaceWith(upsellDialog()));
  dialog.append(addNote, send);
  document.body.append(dialog);
  const handle: InviteWithoutNote = { root: document, container: dialog, recipient: () => ({ name, profileId }), sendWithoutNoteButton: () => (dialog.isConnected ? send : null) };
  return { dialog, send, addNote, handle };
}
function upsellDialog() {
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog');
  const a = document.createElement('a');
  a.setAttribute('href', '/premium/products/?upsellOrderOrigin=premium_custom_invite');
  d.append(a);
  return d;
}
/** A My Network card: Connect sends a bare invite at once and flips to pending (unless told not to). */
function card(name: string, slug: string, flips = true) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.setAttribute('href', `https://www.linkedin.com/in/${slug}/?miniProfileUrn=x`);
  link.textContent = name;
  const button = document.createElement('button');
  button.setAttribute('aria-label', `Invite ${name} to connect`);
  button.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:777_connect');
  button.textContent = 'Connect';
  button.addEventListener('click', () => {
    if (!flips) return;
    setTimeout(() => { button.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:777_pending'); button.textContent = 'Pending'; }, 20);
  });
  li.append(link, button);
  document.body.append(li);
  return { li, button };
}

describe('the content app', () => {
  it('does nothing visible on a page without a field, and reports "idle"', async () => {
    const { rt, requests } = appHarness();
    await tick();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.body.children).toHaveLength(0);
    expect(requests.filter((r) => r.type === 'attach-status')).toEqual([
      { type: 'attach-status', status: { state: 'idle', surfaces: [], url: location.href } },
    ]);
    rt.stop();
  });

  it('mounts one panel per field, reports the surfaces, and cleans up on detach and on stop', async () => {
    const { rt, requests, cb } = appHarness();
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

  it('uses the history for first contact, leaves the re-use texts to the background, and follows the UI-language setting live', async () => {
    const store = storage({ settings: { uiLang: 'it' } });
    const { rt, requests, cb } = appHarness({ store, contact: { firstContact: false, justAccepted: false, last: null, notesThisMonth: 0 } });
    await tick();
    const f = fakeField('invite');
    cb().attach(f);
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'contact-info')).toBe(true));
    await tick();
    f.type('Ciao Jane');
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'analyze')).toBe(true));
    const last = requests.filter((r) => r.type === 'analyze').at(-1) as Extract<Request, { type: 'analyze' }>;
    expect(last.context).toMatchObject({ firstContact: false, uiLang: 'it', recipient: { profileId: 'jane-doe' } });
    expect(last.context.previousTexts).toBeUndefined();
    const host = document.querySelector(HOST_TAG)!.shadowRoot!;
    expect(host.textContent).toContain('Destinatario');
    store.change('settings', { uiLang: 'en' });
    await vi.waitFor(() => expect(host.textContent).toContain('Recipient'));
    rt.stop();
  });

  it('records an invite sent without a note once LinkedIn closed the dialog, once even on a double click', async () => {
    const h = appHarness();
    const s = stage1('Jane Doe', 'jane-doe');
    h.cb().inviteStage1!(s.handle);
    h.cb().inviteStage1!(s.handle);
    s.send.click(); s.send.click();
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    await tick(80);
    expect(h.sends()).toHaveLength(1);
    expect(h.sends()[0]).toMatchObject({ kind: 'invite', text: '', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } });
    h.rt.stop();
  });

  it('records no note-less invite when LinkedIn answers with the upsell, ignores the click, or the click is a page script\'s', async () => {
    const h = appHarness();
    const up = stage1('Jane Doe', 'jane-doe', 'upsell');
    h.cb().inviteStage1!(up.handle);
    up.send.click();
    await vi.waitFor(() => expect(document.querySelector(NOTICE_TAG)?.shadowRoot?.textContent).toContain('Not sent: LinkedIn asked for Premium.'));
    document.querySelectorAll('[role=dialog]').forEach((d) => d.remove());
    const ignored = stage1('Paul Smith', 'paul', 'nothing');
    h.cb().inviteStage1!(ignored.handle);
    ignored.send.click();
    const fake = stage1('Ann Lee', 'ann');
    h.cb().inviteStage1!(fake.handle);
    fake.send.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
    await tick(600); // past the confirmation timeout
    expect(h.sends()).toEqual([]);
    h.rt.stop();
  });

  it('records a bare invite from a My Network card once its Connect flips to pending, with the card\'s name and profile link', async () => {
    const h = appHarness();
    const c = card('Sara Neri', 'sara-neri');
    c.button.click();
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(h.sends()[0]).toMatchObject({
      kind: 'invite', text: '', recipient: { name: 'Sara Neri', profileId: 'sara-neri', profileUrl: 'https://www.linkedin.com/in/sara-neri/' },
    });
    // A card whose Connect never flips (LinkedIn did not send): nothing.
    const d = card('Luca Verdi', 'luca-verdi', false);
    d.button.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:778_connect');
    d.button.click();
    await tick(600);
    expect(h.sends()).toHaveLength(1);
    h.rt.stop();
  });

  it('says the free notes are used up when the upsell replaces the note step, and that a bare invite is still possible', async () => {
    const h = appHarness();
    const s = stage1('Jane Doe', 'jane-doe');
    h.cb().inviteStage1!(s.handle);
    s.addNote.click();
    await vi.waitFor(() => expect(document.querySelector(NOTICE_TAG)?.shadowRoot?.textContent).toContain('free personalized notes for this month are used up'));
    expect(document.querySelector(NOTICE_TAG)!.shadowRoot!.textContent).toContain('without a note');
    expect(h.sends()).toEqual([]);
    h.rt.stop();
  });

  it('asks the history again for everyone after a send (the month\'s note count changed), not only for its recipient', async () => {
    const h = appHarness();
    const contactAsks = () => h.requests.filter((r) => r.type === 'contact-info').length;
    const jane = fakeField('invite');
    h.cb().attach(jane);
    await vi.waitFor(() => expect(contactAsks()).toBe(1));
    h.cb().detach(jane);
    // An invite to someone else goes out…
    const s = stage1('Paul Smith', 'paul');
    h.cb().inviteStage1!(s.handle);
    s.send.click();
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    await tick(20);
    // …and a new draft to Jane gets fresh figures instead of the cached ones.
    h.cb().attach(fakeField('invite'));
    await vi.waitFor(() => expect(contactAsks()).toBe(2));
    h.rt.stop();
  });

  it('keeps a confirmed send queued while the worker is unreachable and delivers it on the next page load', async () => {
    const store = storage();
    let down = true;
    const first = appHarness({ store, answer: (r) => { if (down && r.type === 'send-confirmed') throw new Error('Could not establish connection.'); return undefined; } });
    const f = fakeField('message');
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
    const second = appHarness({ store });
    await vi.waitFor(() => expect(second.requests.some((r) => r.type === 'send-confirmed')).toBe(true));
    expect(second.claims().map((c) => c.sendId)).toEqual([queued[0]!.slice(PENDING_PREFIX.length)]);
    await vi.waitFor(() => expect([...store.data.keys()].filter((k) => k.startsWith(PENDING_PREFIX))).toEqual([]));
    second.rt.stop();
  });

  it('starts each listed feature with the shared services and a signal that aborts on stop', async () => {
    let got: AbortSignal | undefined;
    let lang: string | undefined;
    const h = appHarness({ features: [(app, signal) => { got = signal; lang = app.lang.value; }] });
    expect(got?.aborted).toBe(false);
    expect(lang).toBe('en');
    h.rt.stop();
    expect(got?.aborted).toBe(true);
  });
});
