import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInviteNote, createInviteStage1, findInviteDialogs, forgetInviteLink, isStage1, noteEditorOf, noteQuota,
  rememberInviteLink,
} from '../../../lib/linkedin/adapters/invite-note';
import { elementOf, loadPage, outletRoot } from './helpers';

function noteIn(dialog: HTMLElement) {
  const ta = noteEditorOf(dialog);
  expect(ta).not.toBeNull();
  const h = createInviteNote(ta!);
  expect(h).not.toBeNull();
  return h!;
}

describe('invite note adapter', () => {
  beforeEach(() => forgetInviteLink());
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  it('finds stage 2 inside #interop-outlet\'s open shadow root (English UI, 300 limit, "3 of 5")', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const root = outletRoot();
    root.append(elementOf('dom/invite-stage2-en.html'));
    expect(document.querySelector('textarea')).toBeNull(); // invisible to a document query
    const [dialog] = findInviteDialogs(root);
    const h = noteIn(dialog!);
    expect(h.kind).toBe('invite');
    expect(h.surface).toBe('invite');
    expect(h.root).toBe(root);
    expect(h.container).toBe(dialog);
    expect(h.limit()).toBe(300);
    expect(h.quota()).toEqual({ left: 3, total: 5 });
    expect(h.recipient()).toEqual({ name: 'Jane Doe', profileId: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', source: 'profile' });
    expect(h.sendButtons().map((b) => b.getAttribute('aria-label'))).toEqual(['Send invitation']);
    expect(h.enterToSend()).toBe(false);
    expect(h.subject()).toBeUndefined();
    expect(h.rangeFor(0, 1)).toBeNull();
    expect(h.isConnected()).toBe(true);
    dialog!.remove();
    expect(h.isConnected()).toBe(false);
  });

  it('reads the Italian free-account dialog: the counter\'s 200 wins over maxlength 300, "3 su 5" quota', () => {
    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    outletRoot().append(elementOf('dom/invite-stage2-it.html'));
    const [dialog] = findInviteDialogs(outletRoot());
    const h = noteIn(dialog!);
    expect(h.limit()).toBe(200);
    expect(h.quota()).toEqual({ left: 3, total: 5 });
    expect(h.recipient()).toMatchObject({ name: 'Giulia Ferri', profileId: 'giulia-ferri' });
    expect(h.sendButtons()[0]!.textContent).toBe('Invia');
  });

  it('parses the quota line by its digits only, in both languages', () => {
    const q = (text: string) => {
      const d = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = text;
      d.append(p);
      return noteQuota(d);
    };
    expect(q('3 personalized invitations remaining for this month.')).toEqual({ left: 3 });
    expect(q('Ti restano 2 inviti personalizzati questo mese.')).toEqual({ left: 2 });
    expect(q('You have 0 of 5 personalized invitations left')).toEqual({ left: 0, total: 5 });
    expect(q('Hai ancora 4 su 10 inviti')).toEqual({ left: 4, total: 10 });
    expect(q('Nessun numero qui')).toBeUndefined();
  });

  it('works in the light DOM and with every class renamed (limit from maxlength, no quota, send found by position)', () => {
    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    document.body.append(elementOf('dom/invite-stage2-renamed.html'));
    const [dialog] = findInviteDialogs(document);
    const h = noteIn(dialog!);
    expect(h.root).toBe(document);
    expect(h.limit()).toBe(200);
    expect(h.quota()).toBeUndefined();
    const send = h.sendButtons();
    expect(send).toHaveLength(1);
    expect(send[0]!.textContent).toBe('Invia');
    expect(send[0]!.hasAttribute('disabled')).toBe(true);
  });

  it('keeps the stage-1 name for stage 2 of the same dialog, and prefers it to the page', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const dialog = elementOf('dom/invite-stage1-en.html');
    dialog.querySelector('strong')!.textContent = 'Janet Doe-Smith';
    outletRoot().append(dialog);
    expect(isStage1(dialog)).toBe(true);
    createInviteStage1(dialog);
    // stage 2 replaces the dialog's content, as LinkedIn does
    dialog.replaceChildren(...elementOf('dom/invite-stage2-en.html').childNodes);
    expect(isStage1(dialog)).toBe(false);
    expect(noteIn(dialog).recipient()).toMatchObject({ name: 'Janet Doe-Smith', source: 'dialog', profileId: 'jane-doe' });
  });

  it('keeps the stage-1 name when stage 2 is a new dialog element, for the same invite only', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    rememberInviteLink('/preload/custom-invite/?vanityName=sam-carter'); // a "People also viewed" card
    const s1 = elementOf('dom/invite-stage1-en.html');
    s1.querySelector('strong')!.textContent = 'Sam Carter';
    outletRoot().append(s1);
    createInviteStage1(s1); // what the watcher does when stage 1 appears
    outletRoot().replaceChildren(elementOf('dom/invite-stage2-en.html'));
    const note = noteIn(findInviteDialogs(outletRoot())[0]!);
    expect(note.recipient()).toMatchObject({ name: 'Sam Carter', profileId: 'sam-carter', source: 'dialog' });
    // a later click does not re-target this dialog, and the next invite does not inherit the name
    rememberInviteLink('/preload/custom-invite/?vanityName=other-person');
    expect(note.recipient()).toMatchObject({ name: 'Sam Carter', profileId: 'sam-carter' });
    outletRoot().replaceChildren(elementOf('dom/invite-stage2-en.html'));
    expect(noteIn(findInviteDialogs(outletRoot())[0]!).recipient())
      .toEqual({ profileId: 'other-person', profileUrl: 'https://www.linkedin.com/in/other-person/' });
  });

  it('never takes a search page\'s heading or title for the name', () => {
    loadPage('site/jobs/index.html', 'https://www.linkedin.com/search/results/people/?keywords=ferri');
    document.title = 'Persone | LinkedIn';
    document.querySelector('h1')!.textContent = 'Persone';
    rememberInviteLink('/preload/search-custom-invite/?vanityName=giulia-ferri');
    document.body.append(elementOf('dom/invite-stage2-it.html'));
    expect(noteIn(findInviteDialogs(document)[0]!).recipient())
      .toEqual({ profileId: 'giulia-ferri', profileUrl: 'https://www.linkedin.com/in/giulia-ferri/' });
  });

  it('does not bind a dialog to a click long before it', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    rememberInviteLink('/preload/custom-invite/?vanityName=old-click', Date.now() - 5 * 60_000);
    outletRoot().append(elementOf('dom/invite-stage2-en.html'));
    expect(noteIn(findInviteDialogs(outletRoot())[0]!).recipient()).toMatchObject({ name: 'Jane Doe', profileId: 'jane-doe' });
  });

  it('does not take a <strong> of stage 2 (e.g. the quota) for the name', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const dialog = elementOf('dom/invite-stage2-en.html');
    const quota = dialog.querySelector('p')!;
    const strong = document.createElement('strong');
    strong.textContent = '3 of 5 left';
    quota.replaceChildren('You have ', strong, ' personalized invitations this month.');
    outletRoot().append(dialog);
    expect(noteIn(dialog).recipient()).toMatchObject({ name: 'Jane Doe', source: 'profile' });
  });

  it('ties the dialog to the invite link that was clicked, not to the profile being viewed', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    rememberInviteLink('/preload/custom-invite/?vanityName=Mario-Rossi-42');
    outletRoot().append(elementOf('dom/invite-stage2-en.html'));
    const r = noteIn(findInviteDialogs(outletRoot())[0]!).recipient();
    // no name: the page's h1 is Jane's, and stage 2 shows none
    expect(r).toEqual({ profileId: 'mario-rossi-42', profileUrl: 'https://www.linkedin.com/in/mario-rossi-42/' });
  });

  it('falls back to the title on a profile without h1, and to the Connect link\'s vanityName off-profile', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    document.querySelector('h1')!.remove();
    outletRoot().append(elementOf('dom/invite-stage2-en.html'));
    expect(noteIn(findInviteDialogs(outletRoot())[0]!).recipient()).toMatchObject({ name: 'Jane Doe', source: 'title', profileId: 'jane-doe' });

    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/preload/custom-invite/?vanityName=jane-doe');
    document.title = 'LinkedIn';
    document.querySelector('h1')!.remove();
    document.body.append(elementOf('dom/invite-stage2-en.html'));
    expect(noteIn(findInviteDialogs(document)[0]!).recipient()).toEqual({ profileId: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' });
  });

  it('replaces a range the way typing would: value, caret and an input event LinkedIn\'s counter hears', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    outletRoot().append(elementOf('dom/invite-stage2-en.html'));
    const h = noteIn(findInviteDialogs(outletRoot())[0]!);
    const ta = h.editor as HTMLTextAreaElement;
    ta.value = 'Ciao Giulia, ho visto il tuo intervento 😀 sul tema.';
    const events: string[] = [];
    outletRoot().addEventListener('input', (e) => events.push((e as InputEvent).data ?? ''));
    const at = h.getText().indexOf('intervento');
    h.replaceRange(at, at + 'intervento'.length, 'talk');
    expect(h.getText()).toBe('Ciao Giulia, ho visto il tuo talk 😀 sul tema.');
    expect(ta.selectionStart).toBe(at + 4);
    expect(events).toEqual(['talk']);
    const e = h.getText().indexOf('😀');
    h.replaceRange(e, e + 2, ':)');
    expect(h.getText()).toBe('Ciao Giulia, ho visto il tuo talk :) sul tema.');
  });

  it('stage 1: finds send-without-note structurally in English and Italian; none when only one action', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const en = elementOf('dom/invite-stage1-en.html');
    outletRoot().append(en);
    const s1 = createInviteStage1(en);
    expect(s1.root).toBe(outletRoot());
    expect(s1.sendWithoutNoteButton()?.getAttribute('aria-label')).toBe('Send without a note');
    expect(s1.recipient()).toMatchObject({ name: 'Jane Doe', source: 'dialog', profileId: 'jane-doe' });

    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    const it = elementOf('dom/invite-stage1-it.html');
    document.body.append(it);
    expect(findInviteDialogs(document)).toEqual([it]); // alertdialog + aria-modal variant
    expect(createInviteStage1(it).sendWithoutNoteButton()?.textContent).toBe('Invia senza nota');

    const restricted = elementOf('dom/invite-stage1-restricted.html');
    document.body.append(restricted);
    expect(createInviteStage1(restricted).sendWithoutNoteButton()).toBeNull();
  });

  it('is not an invite note outside an invite dialog', () => {
    loadPage('site/jobs/index.html', 'https://www.linkedin.com/jobs/');
    const ta = document.createElement('textarea');
    ta.id = 'custom-message';
    document.body.append(ta);
    expect(createInviteNote(ta)).toBeNull();
  });
});
