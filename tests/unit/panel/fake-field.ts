// A FieldHandle over plain DOM built in the test document, behaving like
// LinkedIn: an invite dialog (textarea) whose Send closes the dialog, or a
// message composer (contenteditable) whose Send empties the editor and adds a
// message to the conversation; Enter-to-send for the composer. Options model
// what LinkedIn does on the live site: ignore untrusted clicks, answer with a
// Premium upsell instead of sending.
import type { FieldHandle } from '../../../lib/linkedin/types';

/** Events a test marks as a page script's (untrusted); the harness's `trusted` reads this. */
export const SYNTHETIC = Symbol('synthetic');
export const synthetic = <E extends Event>(e: E): E => Object.assign(e, { [SYNTHETIC]: true });
export const isTrustedInTest = (e: Event) => !(e as unknown as Record<symbol, unknown>)[SYNTHETIC];

export interface FakeField extends FieldHandle {
  sent: string[];
  button: HTMLButtonElement | null;
  list: HTMLElement;
  type(text: string): void;
}

export interface FakeOptions {
  enterToSend?: boolean; name?: string; limit?: number; priorMessages?: number;
  /** Send ignores clicks a page script made (as LinkedIn may). */
  ignoreUntrusted?: boolean;
  /** Send is answered with a Premium upsell in the dialog; nothing is sent. */
  upsell?: boolean;
  /** Send acts only on the events this accepts (e.g. only the clicks the test made as the user). */
  accept?(e: Event): boolean;
}

export function fakeField(kind: 'invite' | 'message', opts: FakeOptions = {}): FakeField {
  const doc = document;
  const container = doc.createElement('div');
  container.setAttribute('role', 'dialog');
  const sent: string[] = [];
  let editor: HTMLTextAreaElement | HTMLElement;
  if (kind === 'invite') {
    const ta = doc.createElement('textarea');
    ta.id = 'custom-message';
    editor = ta;
  } else {
    const ce = doc.createElement('div');
    ce.setAttribute('contenteditable', 'true');
    ce.className = 'msg-form__contenteditable';
    editor = ce;
  }
  const list = doc.createElement('ul');
  for (let i = 0; i < (opts.priorMessages ?? 0); i++) list.append(doc.createElement('li'));
  if (kind === 'message') container.append(list);
  container.append(editor);
  const getText = () => (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? ''));
  const setText = (s: string) => {
    if (editor instanceof HTMLTextAreaElement) editor.value = s;
    else editor.textContent = s;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const doSend = (e: Event) => {
    if (opts.ignoreUntrusted && !isTrustedInTest(e)) return;
    if (opts.accept && !opts.accept(e)) return;
    if (!getText().trim()) return;
    if (opts.upsell) {
      const upsell = doc.createElement('div');
      upsell.setAttribute('role', 'dialog');
      const a = doc.createElement('a');
      a.href = '/premium/products/?upsellOrderOrigin=custom_invite';
      a.textContent = 'Try Premium';
      upsell.append(a);
      container.replaceWith(upsell);
      return;
    }
    sent.push(getText());
    if (kind === 'invite') { container.remove(); return; }
    const li = doc.createElement('li');
    li.textContent = getText();
    list.append(li);
    setText('');
  };
  let button: HTMLButtonElement | null = null;
  if (!opts.enterToSend) {
    button = doc.createElement('button');
    button.textContent = 'Send';
    button.addEventListener('click', doSend);
    container.append(button);
  } else {
    (editor as HTMLElement).addEventListener('keydown', (e: KeyboardEvent) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); doSend(e); } });
  }
  doc.body.append(container);
  return {
    kind, surface: kind === 'invite' ? 'invite' : 'bubble', editor, root: doc, container, sent, button, list,
    type: setText,
    getText,
    replaceRange(start, end, text) { const s = getText(); setText(s.slice(0, start) + text + s.slice(end)); },
    rangeFor(start, end) {
      if (editor instanceof HTMLTextAreaElement) return null;
      const node = editor.firstChild;
      if (!node) return null;
      const r = doc.createRange();
      r.setStart(node, start); r.setEnd(node, end);
      return r;
    },
    recipient: () => ({ name: opts.name ?? 'Jane Doe', profileId: 'jane-doe' }),
    limit: () => opts.limit,
    quota: () => (kind === 'invite' ? { left: 3, total: 5 } : undefined),
    subject: () => undefined,
    priorMessages: () => (kind === 'message' ? list.children.length : undefined),
    sendButtons: () => (button ? [button] : []),
    enterToSend: () => !!opts.enterToSend,
    isConnected: () => container.isConnected,
  };
}
