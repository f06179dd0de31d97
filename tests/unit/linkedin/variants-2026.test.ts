// The 2026 markup seen live (shared research, "Markup seen live that our fixtures may not have"),
// on our fixture pages: native <dialog> invites, the note counter as the only limit, the top card keyed
// by id with its name in its only h2, verification triggers on sidebar people, the thread header's
// jump target wrapping more than the name, the compose pill's "Remove <Name>", draft titles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInviteNote, createInviteStage1, dialogOf, findInviteDialogs, forgetInviteLink, noteEditorOf, profileName,
} from '../../../lib/linkedin/adapters/invite-note';
import { createComposer, findComposers, pillName } from '../../../lib/linkedin/adapters/composer';
import { allVisible, firstVisible, isVisible, modalDialogOf } from '../../../lib/linkedin/dom';
import { elementOf, loadPage, outletRoot } from './helpers';

function composer() {
  const eds = findComposers(document);
  expect(eds).toHaveLength(1);
  return createComposer(eds[0]!)!;
}

describe('2026 markup', () => {
  beforeEach(() => forgetInviteLink());
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  it('a native <dialog> with the heading id is an invite dialog; the counter is the limit without maxlength', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const dialog = elementOf('dom/invite-native-dialog-en.html');
    document.body.append(dialog);
    expect(findInviteDialogs(document)).toEqual([dialog]);
    const ta = noteEditorOf(dialog)!;
    expect(ta.hasAttribute('maxlength')).toBe(false);
    const h = createInviteNote(ta)!;
    expect(h.container).toBe(dialog);
    expect(h.limit()).toBe(300);
    expect(h.quota()).toEqual({ left: 5 });
    expect(h.sendButtons().map((b) => b.getAttribute('aria-label'))).toEqual(['Send invitation']);
    expect(h.recipient()).toMatchObject({ name: 'Jane Doe', source: 'profile' });
  });

  it('a bare native <dialog> (no role, no heading id, hashed classes) in the shadow root: the note attaches by its id', () => {
    loadPage('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    const dialog = elementOf('dom/invite-native-dialog-it.html');
    outletRoot().append(dialog);
    expect(findInviteDialogs(outletRoot())).toEqual([]); // not recognisable as the invite by itself…
    const ta = noteEditorOf(dialog)!;
    expect(dialogOf(ta)).toBe(dialog); // …but the note's own id is, and the <dialog> around it is the fallback
    const h = createInviteNote(ta)!;
    expect(h.limit()).toBe(200); // a leaf "0/200", no aria-live, no maxlength
    expect(h.quota()).toEqual({ left: 2 });
    expect(h.sendButtons().map((b) => b.textContent)).toEqual(['Invia']);
    expect(h.recipient()).toMatchObject({ name: 'Giulia Ferri', profileId: 'giulia-ferri' });
    // a closed <dialog> is not shown: nothing in it is visible
    expect(isVisible(ta)).toBe(true);
    dialog.removeAttribute('open');
    expect(isVisible(ta)).toBe(false);
  });

  it('stage 1 in a native dialog: the name in its <strong>, send-without-note by position', () => {
    loadPage('site/in/jane-doe/index.html', 'https://www.linkedin.com/in/jane-doe/');
    const stage1 = elementOf('dom/invite-stage1-en.html');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.setAttribute('aria-labelledby', 'send-invite-modal');
    dialog.append(...stage1.childNodes);
    dialog.querySelector('strong')!.textContent = 'Janet Doe';
    document.body.append(dialog);
    expect(findInviteDialogs(document)).toEqual([dialog]);
    const s1 = createInviteStage1(dialog);
    expect(s1.recipient()).toMatchObject({ name: 'Janet Doe', source: 'dialog' });
    expect(s1.sendWithoutNoteButton()?.getAttribute('aria-label')).toBe('Send without a note');
  });

  for (const [file, url, name, sidebar] of [
    ['site/in/variant-topcard-id/index.html', 'https://www.linkedin.com/in/variant-topcard-id/', 'Marta Conti', 'Luca Verdi'],
    ['site/in/variant-topcard-id-it/index.html', 'https://www.linkedin.com/in/variant-topcard-id-it/', 'Sofia Galli', 'Paolo Greco'],
  ] as const) {
    it(`top card keyed by id: the name is its only h2, never a sidebar person's trigger (${url})`, () => {
      loadPage(file, url);
      // the sidebar's verification trigger comes first in the document
      expect(document.querySelector('[componentkey^="ProfileVerificationTriggerRef-"]')!.textContent).toBe(sidebar);
      expect(profileName(document)).toBe(name);
      outletRoot().append(elementOf('dom/invite-stage2-en.html'));
      const h = createInviteNote(noteEditorOf(findInviteDialogs(outletRoot())[0]!)!)!;
      expect(h.recipient()).toEqual({ name, source: 'profile', profileId: url.split('/')[4], profileUrl: url });
    });
  }

  it('top card: a visible h1 wins; several h2 fall to the trigger inside the card; hidden copies never count', () => {
    loadPage('site/in/variant-topcard-id/index.html', 'https://www.linkedin.com/in/variant-topcard-id/');
    const card = document.querySelector('[id$="Topcard"]')!;
    const extra = document.createElement('h2');
    extra.textContent = 'About';
    card.append(extra);
    expect(profileName(document)).toBe('Marta Conti'); // two h2: the trigger in the card, not the sidebar's
    const hiddenH1 = document.createElement('h1');
    hiddenH1.textContent = 'Hidden Copy';
    hiddenH1.hidden = true;
    card.prepend(hiddenH1);
    expect(profileName(document)).toBe('Marta Conti');
    const h1 = document.createElement('h1');
    h1.textContent = 'Marta  Conti Rossi';
    card.append(h1);
    expect(profileName(document)).toBe('Marta Conti Rossi');
    // no top card recognised: the page-wide legacy fallbacks (main h1) only, never a sidebar trigger
    card.removeAttribute('id');
    expect(profileName(document)).toBe('Marta Conti Rossi');
    h1.remove();
    expect(profileName(document)).toBeUndefined();
  });

  for (const [file, url, name, id] of [
    ['site/messaging/thread/variant-jump/index.html', 'https://www.linkedin.com/messaging/thread/variant-jump/', 'Jane Doe', 'jane-doe'],
    ['site/messaging/thread/variant-jump-it/index.html', 'https://www.linkedin.com/messaging/thread/variant-jump-it/', 'Giulia Ferri', 'giulia-ferri'],
  ] as const) {
    it(`thread header: the entity title, not the jump target that wraps the headline too (${url})`, () => {
      loadPage(file, url);
      expect(document.getElementById('thread-detail-jump-target')!.textContent).toContain(name);
      expect(document.getElementById('thread-detail-jump-target')!.textContent!.trim()).not.toBe(name);
      const h = composer();
      expect(h.surface).toBe('thread');
      expect(h.recipient()).toEqual({ name, profileId: id, profileUrl: `https://www.linkedin.com/in/${id}`, source: 'thread-header' });
    });
  }

  it('compose page: the pill\'s "Remove <Name>" is the recipient; without the pill, "New message" is no name', () => {
    loadPage('site/messaging/compose/index.html', 'https://www.linkedin.com/messaging/compose/');
    const h = composer();
    expect(h.surface).toBe('new-message');
    const pill = document.querySelector('button.artdeco-pill--dismiss')!;
    expect(pill.textContent!.trim()).not.toBe('Marco Bianchi'); // its text alone (with the hidden "Remove") would be wrong
    expect(h.recipient()).toEqual({ name: 'Marco Bianchi', source: 'pill' });
    pill.remove();
    expect(h.recipient()).toEqual({});
  });

  it('draft bubble (Italian): "Rimuovi <Nome>" is the recipient; "Nuovo messaggio" never is', () => {
    loadPage('site/feed-draft-it/index.html', 'https://www.linkedin.com/feed/');
    const h = composer();
    expect(h.surface).toBe('new-message');
    expect(h.recipient()).toEqual({ name: 'Giulia Ferri', source: 'pill' });
    document.querySelector('button.artdeco-pill--dismiss')!.remove();
    expect(h.recipient()).toEqual({});
  });

  it('a draft bubble with no pill is a new message with no recipient, not one named "New message"', () => {
    loadPage(null, 'https://www.linkedin.com/feed/');
    document.body.append(elementOf('dom/composer-draft-bubble-en.html'));
    const h = composer();
    expect(h.surface).toBe('new-message');
    expect(h.recipient()).toEqual({});
  });

  it('pills: a group (several pills) has no single name; a hidden pill does not count; text when the label is unknown', () => {
    loadPage(null, 'https://www.linkedin.com/messaging/compose/');
    const box = document.createElement('div');
    const pill = (label: string | null, text: string) => {
      const b = document.createElement('button');
      b.className = 'artdeco-pill artdeco-pill--dismiss';
      if (label) b.setAttribute('aria-label', label);
      b.textContent = text;
      box.append(b);
      return b;
    };
    document.body.append(box);
    const a = pill('Remove Anna Neri', 'Anna Neri');
    const b = pill('Remove Paul Smith', 'Paul Smith');
    expect(pillName(box)).toBeUndefined();
    b.hidden = true;
    expect(pillName(box)).toBe('Anna Neri');
    a.remove();
    b.remove();
    pill('Supprimer Chloé Martin', 'Chloé Martin');
    expect(pillName(box)).toBe('Chloé Martin');
  });

  it('visibility helpers skip hidden duplicates, across shadow hosts', () => {
    loadPage(null, 'https://www.linkedin.com/feed/');
    const host = document.createElement('div');
    document.body.append(host);
    const sr = host.attachShadow({ mode: 'open' });
    const a = document.createElement('h1');
    a.textContent = 'A';
    const b = document.createElement('h1');
    b.textContent = 'B';
    sr.append(a, b);
    expect(firstVisible(sr, ['h1'])).toBe(a);
    a.style.display = 'none';
    expect(firstVisible(sr, ['h1'])).toBe(b);
    expect(allVisible(sr, ['h1'])).toEqual([b]);
    host.hidden = true;
    expect(firstVisible(sr, ['h1'])).toBeNull();
    // happy-dom has no :modal: the helper answers "not modal" rather than throwing; never a dialog of another document
    expect(() => modalDialogOf(b)).not.toThrow();
    const dialog = document.createElement('dialog');
    const inner = document.createElement('p');
    dialog.append(inner);
    document.body.append(dialog);
    expect(modalDialogOf(inner, document.implementation.createHTMLDocument('other'))).toBeNull();
  });
});
