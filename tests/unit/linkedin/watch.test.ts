import { afterEach, describe, expect, it } from 'vitest';
import { eventTarget, shouldWatchFrame, watchFields } from '../../../lib/linkedin/watch';
import type { FieldHandle, InviteWithoutNote, WatchCallbacks } from '../../../lib/linkedin/types';
import { elementOf, loadPage, nodesOf, outletRoot, settle } from './helpers';

function recorder(overrides: Partial<WatchCallbacks> = {}) {
  const log: string[] = [];
  const attached: FieldHandle[] = [];
  const detached: FieldHandle[] = [];
  const stage1: InviteWithoutNote[] = [];
  const failures: string[] = [];
  const cb: WatchCallbacks = {
    attach: (f) => { attached.push(f); log.push(`attach ${f.surface}`); },
    detach: (f) => { detached.push(f); log.push(`detach ${f.surface}`); },
    inviteStage1: (d) => { stage1.push(d); log.push('stage1'); },
    failed: (reason) => { failures.push(reason); },
    ...overrides,
  };
  return { cb, log, attached, detached, stage1, failures };
}

let stop: (() => void) | undefined;
afterEach(() => { stop?.(); stop = undefined; loadPage(null, 'https://www.linkedin.com/feed/'); });

describe('watchFields', () => {
  it('does nothing on a page without a field, even as the page changes', async () => {
    loadPage('site/jobs/index.html', 'https://www.linkedin.com/jobs/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    for (let i = 0; i < 20; i++) {
      const li = document.createElement('li');
      li.append(document.createElement('input'), document.createElement('textarea'));
      document.querySelector('main')!.append(li);
    }
    document.querySelector('main')!.firstElementChild!.remove();
    await settle();
    expect(r.log).toEqual([]);
    expect(r.failures).toEqual([]);
  });

  it('never rescans the whole document for a mutation: only the added subtrees are queried', async () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual(['attach bubble']);
    const docQueries: string[] = [];
    const spy = (name: 'querySelector' | 'querySelectorAll') => {
      const orig = document[name] as (sel: string) => unknown;
      (document as any)[name] = function (this: Document, sel: string) { docQueries.push(sel); return orig.call(this, sel); };
      return () => { (document as any)[name] = orig; };
    };
    const undo = [spy('querySelector'), spy('querySelectorAll')];
    try {
      const main = document.querySelector('main')!;
      for (let i = 0; i < 50; i++) {
        const post = document.createElement('article');
        post.append(document.createElement('p'), document.createElement('button'));
        main.append(post);
      }
      main.firstElementChild!.remove();
      await settle();
    } finally {
      for (const u of undo) u();
    }
    expect(docQueries.filter((q) => q !== 'main')).toEqual([]);
    expect(r.log).toEqual(['attach bubble']);
  });

  it('follows the invite dialog inside #interop-outlet: stage 1 once, stage 2 attach, removal detach', async () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const root = outletRoot();
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual([]);

    const dialog = elementOf('dom/invite-stage1-en.html');
    root.append(dialog);
    await settle();
    expect(r.log).toEqual(['stage1']);
    expect(r.stage1[0]!.recipient()).toMatchObject({ name: 'Jane Doe', profileId: 'jane-doe' });
    expect(r.stage1[0]!.sendWithoutNoteButton()?.getAttribute('aria-label')).toBe('Send without a note');

    // "Add a note": LinkedIn swaps the dialog's content in place
    dialog.replaceChildren(...elementOf('dom/invite-stage2-en.html').childNodes);
    await settle();
    expect(r.log).toEqual(['stage1', 'attach invite']);
    const note = r.attached[0]!;
    expect(note.root).toBe(root);
    expect(note.recipient().name).toBe('Jane Doe'); // remembered from stage 1
    (note.editor as HTMLTextAreaElement).value = 'typing does not re-attach';
    note.editor.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(r.log).toEqual(['stage1', 'attach invite']);

    // sent: the dialog unmounts
    root.replaceChildren();
    await settle();
    expect(r.log).toEqual(['stage1', 'attach invite', 'detach invite']);
    expect(r.detached[0]).toBe(note);
  });

  it('detaches and re-attaches when the content of the shadow root is re-rendered', async () => {
    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    const root = outletRoot();
    root.append(elementOf('dom/invite-stage2-it.html'));
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual(['attach invite']);
    const first = r.attached[0]!;
    root.replaceChildren(elementOf('dom/invite-stage2-it.html'));
    await settle();
    expect(r.log).toEqual(['attach invite', 'detach invite', 'attach invite']);
    expect(r.detached[0]).toBe(first);
    expect(r.attached[1]!.editor).not.toBe(first.editor);
    expect(r.attached[1]!.isConnected()).toBe(true);
  });

  it('finds an outlet whose shadow root appears later (on insertion, and on focus from inside it)', async () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    document.getElementById('interop-outlet')!.remove();
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();

    // 1. a new host inserted, its root attached right after
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(elementOf('dom/invite-stage2-en.html'));
    await settle();
    expect(r.log).toEqual(['attach invite']);

    // 2. a shadow root attached to an existing element with no document mutation at all:
    //    the first focus event from inside it reveals it
    const other = document.createElement('section');
    other.setAttribute('data-testid', 'interop-shadowdom');
    document.querySelector('main')!.append(other);
    await settle();
    const sr = other.attachShadow({ mode: 'open' });
    sr.append(elementOf('dom/composer-new-message-it.html'));
    await settle();
    expect(r.log).toEqual(['attach invite']);
    sr.querySelector('[contenteditable]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(r.log).toEqual(['attach invite', 'attach new-message']);
    expect(r.attached[1]!.root).toBe(sr);
  });

  it('leaves other shadow roots alone (a page widget, Garbo\'s own panel) until they hold a field', async () => {
    loadPage('site/jobs/index.html', 'https://www.linkedin.com/jobs/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    const host = document.createElement('x-widget');
    const sr = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    sr.append(button);
    document.body.append(host);
    await settle();
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    let looked = 0;
    for (let i = 0; i < 30; i++) {
      const n = document.createElement('div');
      n.matches = () => { looked++; return false; };
      sr.append(n);
    }
    await settle();
    expect(looked).toBe(0);
    expect(r.log).toEqual([]);
    // once a composer is in it, the next focus from inside brings it under watch
    sr.append(elementOf('dom/composer-new-message-it.html'));
    sr.querySelector('[contenteditable]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(r.log).toEqual(['attach new-message']);
  });

  it('attaches to composers once, ignores typing, and follows an editor LinkedIn re-creates', async () => {
    loadPage('site/messaging/thread/2-jane/index.html', 'https://www.linkedin.com/messaging/thread/2-jane/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual(['attach thread']);
    const ed = r.attached[0]!.editor;
    const p = document.createElement('p');
    p.append('Hello');
    ed.replaceChildren(p, document.createElement('p'));
    await settle();
    expect(r.log).toEqual(['attach thread']);
    const fresh = ed.cloneNode(true) as HTMLElement;
    ed.replaceWith(fresh);
    await settle();
    expect(r.log).toEqual(['attach thread', 'detach thread', 'attach thread']);
    expect(r.attached[1]!.editor).toBe(fresh);
    expect(r.attached[1]!.getText()).toBe('Hello\n');
  });

  it('watches a same-origin interop iframe and detaches when it goes', async () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    // happy-dom does not load iframe pages: give the iframe a document of its own by hand
    const frameDoc = document.implementation.createHTMLDocument('frame');
    const iframe = document.createElement('iframe');
    iframe.setAttribute('data-testid', 'interop-iframe');
    Object.defineProperty(iframe, 'contentDocument', { get: () => (iframe.isConnected ? frameDoc : null) });
    document.body.append(iframe);
    await settle();
    expect(r.log).toEqual([]);
    for (const n of nodesOf('dom/invite-stage2-en.html', frameDoc)) frameDoc.body.append(n);
    await settle();
    expect(r.log).toEqual(['attach invite']);
    expect(r.attached[0]!.root).toBe(frameDoc);
    expect(r.attached[0]!.limit()).toBe(300);
    iframe.remove();
    await settle();
    expect(r.log).toEqual(['attach invite', 'detach invite']);
  });

  it('attaches to the dialog in the light DOM and to renamed variants', async () => {
    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    document.body.append(elementOf('dom/invite-stage2-renamed.html'), elementOf('dom/composer-renamed.html'));
    await settle();
    expect(r.log.sort()).toEqual(['attach bubble', 'attach invite']);
  });

  it('attaches to the note in a modal whose role and heading id changed; reports a note with no modal at all', async () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const modal = elementOf('dom/invite-stage2-en.html');
    modal.removeAttribute('role');
    modal.removeAttribute('aria-labelledby');
    modal.setAttribute('aria-modal', 'true');
    outletRoot().append(modal);
    const r = recorder();
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual(['attach invite']);
    expect(r.attached[0]!.container).toBe(modal);
    expect(r.attached[0]!.limit()).toBe(300);
    expect(r.attached[0]!.sendButtons()).toHaveLength(1);

    const bare = document.createElement('textarea');
    bare.id = 'custom-message';
    const wrapper = document.createElement('section');
    wrapper.append(bare);
    document.querySelector('main')!.append(wrapper);
    await settle();
    expect(r.log).toEqual(['attach invite']);
    expect(r.failures).toEqual(['invite: no dialog around the note field']);
  });

  it('stays quiet on an invite dialog that is neither stage (the email gate)', async () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const r = recorder();
    stop = watchFields(document, r.cb);
    outletRoot().append(elementOf('dom/invite-email-gate.html'));
    await settle();
    expect(r.log).toEqual([]);
    expect(r.failures).toEqual([]);
  });

  it('never lets a throwing callback reach the page, and reports it', async () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const r = recorder({ attach: () => { throw new Error('boom'); } });
    stop = watchFields(document, r.cb);
    await settle();
    expect(r.failures).toEqual(['attach']);
    // the field counts as attached: no retry storm on every mutation
    document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    expect(r.failures).toEqual(['attach']);
  });

  it('disposes: detaches what it attached and ignores later changes', async () => {
    loadPage('site/feed/index.html', 'https://www.linkedin.com/feed/');
    const r = recorder();
    const dispose = watchFields(document, r.cb);
    await settle();
    expect(r.log).toEqual(['attach bubble']);
    dispose();
    expect(r.log).toEqual(['attach bubble', 'detach bubble']);
    document.body.append(elementOf('dom/composer-renamed.html'));
    await settle();
    expect(r.log).toEqual(['attach bubble', 'detach bubble']);
  });

  it('eventTarget() sees through the shadow boundary; a top window is watched', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const root = outletRoot();
    root.append(elementOf('dom/invite-stage2-en.html'));
    const ta = root.querySelector('textarea')!;
    let seen: { target: EventTarget | null; real: EventTarget | null } | undefined;
    document.addEventListener('input', (e) => { seen = { target: e.target, real: eventTarget(e) }; }, { once: true });
    ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(seen!.real).toBe(ta);
    // browsers retarget e.target to the host at document level (happy-dom does not): only the path tells
    const retargeted = { target: root.host, composedPath: () => [ta, root, root.host] } as unknown as Event;
    expect(eventTarget(retargeted)).toBe(ta);
    expect(eventTarget({ target: ta } as unknown as Event)).toBe(ta);
    expect(shouldWatchFrame(window)).toBe(true);
  });
});
