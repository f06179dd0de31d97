// A FieldHandle over plain DOM built in the test document: a dialog with a
// textarea (invite) or a contenteditable (message), a Send button whose click
// handler plays LinkedIn's send, and Enter-to-send for the contenteditable.
import type { FieldHandle } from '../../../lib/linkedin/types';

export interface FakeField extends FieldHandle {
  sent: string[];
  button: HTMLButtonElement | null;
  type(text: string): void;
}

export function fakeField(kind: 'invite' | 'message', opts: { enterToSend?: boolean; name?: string; limit?: number; priorMessages?: number } = {}): FakeField {
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
  container.append(editor);
  const getText = () => (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? ''));
  const setText = (s: string) => {
    if (editor instanceof HTMLTextAreaElement) editor.value = s;
    else editor.textContent = s;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const doSend = () => { if (getText().trim()) { sent.push(getText()); setText(''); } };
  let button: HTMLButtonElement | null = null;
  if (!opts.enterToSend) {
    button = doc.createElement('button');
    button.textContent = 'Send';
    button.addEventListener('click', doSend);
    container.append(button);
  } else {
    (editor as HTMLElement).addEventListener('keydown', (e: KeyboardEvent) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); doSend(); } });
  }
  doc.body.append(container);
  return {
    kind, surface: kind === 'invite' ? 'invite' : 'bubble', editor, root: doc, container, sent, button,
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
    priorMessages: () => (kind === 'message' ? opts.priorMessages ?? 0 : undefined),
    sendButtons: () => (button ? [button] : []),
    enterToSend: () => !!opts.enterToSend,
    isConnected: () => container.isConnected,
  };
}
