import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createComposer, findComposers } from '../../../lib/linkedin/adapters/composer';
import { readEditor } from '../../../lib/linkedin/adapters/edit';
import { elementOf, loadPage, outletRoot } from './helpers';

/** Fill an editor the way LinkedIn's does: one <p> per line, <p><br></p> for an empty one. */
function setLines(editor: HTMLElement, lines: string[]) {
  editor.replaceChildren(...lines.map((l) => {
    const p = document.createElement('p');
    if (l) p.append(l); else p.append(document.createElement('br'));
    return p;
  }));
}

function only(root: Document | ShadowRoot | Element = document) {
  const eds = findComposers(root);
  expect(eds).toHaveLength(1);
  const h = createComposer(eds[0]!);
  expect(h).not.toBeNull();
  return h!;
}

describe('composer adapter', () => {
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  for (const [file, url, name, id] of [
    ['site/messaging/thread/2-jane/index.html', 'https://www.linkedin.com/messaging/thread/2-jane/', 'Jane Doe', 'jane-doe'],
    ['site/messaging/thread/2-giulia/index.html', 'https://www.linkedin.com/messaging/thread/2-giulia/', 'Giulia Ferri', 'giulia-ferri'],
  ] as const) {
    it(`reads a full-page thread (${url}): recipient from the header, Send button, click-to-send`, () => {
      loadPage(file, url);
      const h = only();
      expect(h.kind).toBe('message');
      expect(h.surface).toBe('thread');
      expect(h.container.classList.contains('msg-thread')).toBe(true);
      expect(h.recipient()).toEqual({ name, profileId: id, profileUrl: `https://www.linkedin.com/in/${id}`, source: 'thread-header' });
      expect(h.sendButtons().map((b) => b.className)).toEqual(['msg-form__send-button']);
      expect(h.enterToSend()).toBe(false);
      expect(h.limit()).toBeUndefined();
      expect(h.quota()).toBeUndefined();
      expect(h.subject()).toBeUndefined();
      expect(h.priorMessages()).toBe(0); // an empty thread: nothing said yet
      expect(h.getText()).toBe('');
    });
  }

  it('counts the messages already in each conversation, in its own container only', () => {
    loadPage('dom/composer-thread-history.html', 'https://www.linkedin.com/messaging/thread/2-sara/');
    const [thread, bubble] = findComposers(document).map((e) => createComposer(e)!);
    expect(thread!.recipient().name).toBe('Sara Colombo');
    expect(thread!.priorMessages()).toBe(2); // a list item and its event block are one message
    expect(bubble!.recipient().name).toBe('Paul Smith');
    expect(bubble!.priorMessages()).toBe(1);
  });

  for (const [file, name, id] of [
    ['site/feed-en/index.html', 'Jane Doe', 'jane-doe'],
    ['site/feed/index.html', 'Giulia Ferri', 'giulia-ferri'],
  ] as const) {
    it(`reads the overlay bubble (${file}): bubble header, Enter-to-send (no Send button)`, () => {
      loadPage(file, 'https://www.linkedin.com/feed/');
      const h = only();
      expect(h.surface).toBe('bubble');
      expect(h.container.classList.contains('msg-overlay-conversation-bubble')).toBe(true);
      expect(h.recipient()).toMatchObject({ name, profileId: id, source: 'bubble-header' });
      expect(h.sendButtons()).toEqual([]);
      expect(h.enterToSend()).toBe(true);
    });
  }

  it('keeps stacked bubbles apart: each reads its own header and Send state', () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const overlay = document.getElementById('msg-overlay')!;
    const second = overlay.querySelector('.msg-overlay-conversation-bubble')!.cloneNode(true) as HTMLElement;
    second.querySelector('a')!.setAttribute('href', '/in/giulia-ferri/');
    second.querySelector('span')!.textContent = 'Giulia Ferri';
    const send = document.createElement('button');
    send.type = 'submit';
    send.className = 'msg-form__send-button';
    second.querySelector('form')!.append(send);
    overlay.append(second);
    const handles = findComposers(document).map((e) => createComposer(e)!);
    expect(handles.map((h) => [h.recipient().name, h.recipient().profileId, h.enterToSend()])).toEqual([
      ['Jane Doe', 'jane-doe', true],
      ['Giulia Ferri', 'giulia-ferri', false],
    ]);
    expect(handles[1]!.sendButtons()).toEqual([send]);
  });

  it('reads a new-message window in the shadow root: recipient pill, subject, Send button', () => {
    loadPage('site/feed/index.html', 'https://www.linkedin.com/feed/');
    document.getElementById('msg-overlay')!.remove();
    outletRoot().append(elementOf('dom/composer-new-message-it.html'));
    expect(findComposers(document)).toEqual([]);
    const h = only(outletRoot());
    expect(h.root).toBe(outletRoot());
    expect(h.surface).toBe('new-message');
    expect(h.recipient()).toMatchObject({ name: 'Marco Bianchi', profileId: 'marco-bianchi', source: 'pill' });
    expect(h.subject()).toBe('Collaborazione');
    expect(h.sendButtons()).toHaveLength(1);
    expect(h.enterToSend()).toBe(false);
  });

  it('never takes a new-message window\'s title for a name when a recipient pill is there', () => {
    loadPage(null, 'https://www.linkedin.com/feed/');
    const win = elementOf('dom/composer-new-message-it.html');
    // LinkedIn may give the window's title the same class as a conversation's header
    win.querySelector('h2')!.className = 'msg-overlay-bubble-header__title';
    document.body.append(win);
    const h = only();
    expect(h.surface).toBe('new-message');
    expect(h.recipient()).toMatchObject({ name: 'Marco Bianchi', source: 'pill' });
  });

  it('still attaches when the editor class is renamed, and says nothing about a name it cannot read', () => {
    loadPage(null, 'https://www.linkedin.com/feed/');
    document.body.append(elementOf('dom/composer-renamed.html'));
    const h = only();
    expect(h.surface).toBe('bubble');
    expect(h.recipient()).toEqual({});
    expect(h.sendButtons()).toHaveLength(1);
  });

  it('reads paragraphs joined by \\n, empty lines, Shift+Enter <br>s and emoji', () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const h = only();
    const ed = h.editor;
    setLines(ed, ['Ciao Giulia 👋', '', 'Ho letto il tuo post.']);
    expect(h.getText()).toBe('Ciao Giulia 👋\n\nHo letto il tuo post.');
    // Chromium's Shift+Enter: <p>first<br>second</p>; the block's trailing <br> is only a placeholder
    const p = document.createElement('p');
    p.append('Prima riga', document.createElement('br'), 'seconda', document.createElement('br'));
    ed.replaceChildren(p);
    expect(h.getText()).toBe('Prima riga\nseconda');
    setLines(ed, ['']);
    expect(h.getText()).toBe('');
  });

  it('maps offsets to DOM ranges over the <p> text nodes (emoji are two code units)', () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const h = only();
    setLines(h.editor, ['Hi Jane 👋 great', '', 'talk yesterday']);
    const text = h.getText();
    const r = h.rangeFor(text.indexOf('👋'), text.indexOf('👋') + 2)!;
    expect(r.toString()).toBe('👋');
    expect(r.startContainer.parentNode).toBe(h.editor.children[0]);
    const t = h.rangeFor(text.indexOf('talk'), text.length)!;
    expect(t.toString()).toBe('talk yesterday');
    expect(t.startContainer.parentNode).toBe(h.editor.children[2]);
    // across paragraphs: the Range spans both <p>s (Range.toString has no newline)
    const across = h.rangeFor(text.indexOf('great'), text.indexOf('talk') + 4)!;
    expect(across.toString()).toBe('greattalk');
  });

  it('replaces a word in place, keeps the other paragraphs, fires input, leaves the caret after it', () => {
    loadPage('site/feed/index.html', 'https://www.linkedin.com/feed/');
    const h = only();
    setLines(h.editor, ['Ciao Giulia,', 'ho visto la tua presentazzione 😀 ieri.', 'A presto']);
    const inputs: Array<string | null> = [];
    h.editor.addEventListener('input', (e) => inputs.push((e as InputEvent).data));
    const text = h.getText();
    const at = text.indexOf('presentazzione');
    h.replaceRange(at, at + 'presentazzione'.length, 'presentazione');
    expect(h.getText()).toBe('Ciao Giulia,\nho visto la tua presentazione 😀 ieri.\nA presto');
    expect(h.editor.children).toHaveLength(3);
    expect(inputs).toEqual(['presentazione']);
    const sel = document.getSelection()!;
    expect(sel.rangeCount).toBe(1);
    // deleting the emoji (two code units) and the space after it
    const e = h.getText().indexOf('😀');
    h.replaceRange(e, e + 3, '');
    expect(h.getText()).toBe('Ciao Giulia,\nho visto la tua presentazione ieri.\nA presto');
    // emptying everything returns LinkedIn's empty shape
    h.replaceRange(0, h.getText().length, '');
    expect(h.getText()).toBe('');
  });

  it('agrees with itself: for any lines, getText/rangeFor/replaceRange use the same offsets (property)', () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const h = only();
    const line = fc.array(fc.constantFrom('a', 'b', 'è', ' ', '👋', 'Z', '.'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'né'), (lines, i, j, ins) => {
      setLines(h.editor, lines);
      const text = h.getText();
      expect(text).toBe(lines.join('\n'));
      // keep offsets on code-point boundaries and within one line, as word edits are
      const li = i % lines.length;
      const lineStart = lines.slice(0, li).reduce((n, l) => n + l.length + 1, 0);
      const cps = Array.from(lines[li]!);
      const a = i % (cps.length + 1);
      const b = a + (j % (cps.length - a + 1));
      const s = lineStart + cps.slice(0, a).join('').length;
      const e = lineStart + cps.slice(0, b).join('').length;
      expect(h.rangeFor(s, e)!.toString()).toBe(text.slice(s, e));
      h.replaceRange(s, e, ins);
      expect(h.getText()).toBe(text.slice(0, s) + ins + text.slice(e));
      expect(readEditor(h.editor).text).toBe(h.getText());
    }), { numRuns: 200 });
  });

  it('detects that the editor left the page', () => {
    loadPage('site/feed-en/index.html', 'https://www.linkedin.com/feed/');
    const h = only();
    expect(h.isConnected()).toBe(true);
    h.container.remove();
    expect(h.isConnected()).toBe(false);
  });
});
