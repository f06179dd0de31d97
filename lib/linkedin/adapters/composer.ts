// The message composer: div.msg-form__contenteditable in the overlay bubble,
// on /messaging/thread/… and in a new-message window (LinkedIn's legacy msg-*
// app, which keeps its class names). It may sit in the light DOM, inside
// #interop-outlet's shadow root, or in a same-origin interop iframe.
import type { FieldHandle, Recipient, Surface } from '../types';
import {
  BUBBLE, BUBBLE_RECIPIENT_NAME, COMPOSER_CONTAINER, COMPOSER_EDITOR, COMPOSER_FORM, COMPOSER_SEND, DRAFT_TITLE,
  PILL_REMOVE_LABEL, RECIPIENT_PILL, RECIPIENT_PROFILE_LINK, SUBJECT, THREAD, THREAD_MESSAGE, THREAD_RECIPIENT_NAME, any,
} from '../selectors';
import { allVisible, cleanText, closestDeep, first, firstVisible, plausibleName, profileIdFromPath, topDocument } from '../dom';
import { insertIntoEditor, rangeForEditor, readEditor } from './edit';

/** Composer editors directly in this root (not in nested shadow roots). */
export function findComposers(root: Document | ShadowRoot | Element): HTMLElement[] {
  const out = new Set<HTMLElement>();
  if ('matches' in root && root.matches(any(COMPOSER_EDITOR))) out.add(root as HTMLElement);
  for (const el of root.querySelectorAll<HTMLElement>(any(COMPOSER_EDITOR))) out.add(el);
  return [...out];
}

/** Which surface a composer is on: the bubble, a full thread, or a new-message window. */
export function composerSurface(editor: Element, container: Element): Surface {
  if (closestDeep(editor, BUBBLE)) {
    // A bubble with a recipient pill, or titled "New message", is a new-message window (a draft), not a conversation.
    if (first(container, RECIPIENT_PILL)) return 'new-message';
    return DRAFT_TITLE.test(cleanText(first(container, BUBBLE_RECIPIENT_NAME))) ? 'new-message' : 'bubble';
  }
  const path = topDocument(editor.ownerDocument).defaultView?.location?.pathname ?? '';
  if (/^\/messaging\/(compose|new)\b/.test(path) || first(container, SUBJECT)
      || (first(container, RECIPIENT_PILL) && !first(container, THREAD_RECIPIENT_NAME))) return 'new-message';
  if (closestDeep(editor, THREAD) || /^\/messaging\/thread\//.test(path)) return 'thread';
  return 'new-message';
}

/** The conversation's recipient, read inside the composer's own container (several bubbles can be open). */
export function composerRecipient(container: Element, surface: Surface): Recipient {
  const link = first<HTMLAnchorElement>(container, RECIPIENT_PROFILE_LINK);
  const profileId = profileIdFromPath(link?.getAttribute('href'));
  const r: Recipient = {};
  if (profileId) {
    r.profileId = profileId;
    try {
      r.profileUrl = new URL(link!.getAttribute('href')!, 'https://www.linkedin.com').href;
    } catch { /* unparsable href: id only */ }
  }
  const tries: Array<[string, readonly string[]]> = surface === 'bubble'
    ? [['bubble-header', BUBBLE_RECIPIENT_NAME], ['pill', RECIPIENT_PILL], ['thread-header', THREAD_RECIPIENT_NAME]]
    : surface === 'thread'
      ? [['thread-header', THREAD_RECIPIENT_NAME], ['bubble-header', BUBBLE_RECIPIENT_NAME], ['pill', RECIPIENT_PILL]]
      // new message: only the pill names the recipient; the window's header is its title
      : [['pill', RECIPIENT_PILL], ['thread-header', THREAD_RECIPIENT_NAME]];
  for (const [source, list] of tries) {
    const name = source === 'pill' ? pillName(container) : headerName(container, list);
    if (name) return { ...r, name, source };
  }
  return r;
}

/** The one recipient pill's name: its "Remove <Name>" label, else its text; none for a group (several pills). */
export function pillName(container: Element): string | undefined {
  for (const sel of RECIPIENT_PILL) {
    const pills = allVisible(container, [sel]);
    if (pills.length !== 1) continue;
    const pill = pills[0]!;
    const m = PILL_REMOVE_LABEL.exec(pill.getAttribute('aria-label') ?? '');
    const name = plausibleName(m?.[1] ?? '') ?? notDraftTitle(plausibleName(cleanText(pill)));
    if (name) return name;
  }
  return undefined;
}

/** A header's name, in fallback order; a draft's title ("New message", "Nuovo messaggio") is no name. */
function headerName(container: Element, list: readonly string[]): string | undefined {
  for (const sel of list) {
    const name = notDraftTitle(plausibleName(cleanText(firstVisible(container, [sel]))));
    if (name) return name;
  }
  return undefined;
}

const notDraftTitle = (s: string | undefined) => (s && !DRAFT_TITLE.test(s) ? s : undefined);

const HEADER = any([...THREAD_RECIPIENT_NAME, ...BUBBLE_RECIPIENT_NAME]);

/**
 * When only the bare form was recognised (conversation classes renamed), climb a
 * few levels to the block that also holds the conversation header, so the
 * recipient is read from this conversation and not from elsewhere on the page.
 */
function widen(container: HTMLElement | null): HTMLElement | null {
  if (!container || !container.matches('form')) return container;
  let el: HTMLElement | null = container;
  for (let i = 0; i < 6 && el; i++) {
    if (el.querySelector(HEADER)) return el;
    el = el.parentElement;
    if (!el || el.tagName === 'BODY' || el.tagName === 'MAIN') break;
  }
  return container;
}

const MESSAGE = any(THREAD_MESSAGE);

/** Messages shown in a conversation: outermost matches only (a list item and its event block are one message). */
export function countMessages(container: Element): number {
  let n = 0;
  for (const el of container.querySelectorAll(MESSAGE)) {
    const outer = el.parentElement?.closest(MESSAGE);
    if (!outer || !container.contains(outer)) n++;
  }
  return n;
}

/** A FieldHandle for a composer editor. */
export function createComposer(editor: HTMLElement): FieldHandle | null {
  if (editor.getAttribute('contenteditable') !== 'true') return null;
  const form = closestDeep<HTMLFormElement>(editor, COMPOSER_FORM);
  const container = widen(closestDeep<HTMLElement>(editor, COMPOSER_CONTAINER) ?? form ?? editor.parentElement);
  if (!container) return null;
  const surface = composerSurface(editor, container);
  const scope = form ?? container;
  return {
    kind: 'message',
    surface,
    editor,
    root: editor.getRootNode() as Document | ShadowRoot,
    container,
    getText: () => readEditor(editor).text,
    replaceRange: (start, end, text) => insertIntoEditor(editor, start, end, text),
    rangeFor: (start, end) => rangeForEditor(editor, start, end),
    recipient: () => composerRecipient(container, surface),
    limit: () => undefined, // LinkedIn shows no counter for messages
    quota: () => undefined,
    subject: () => {
      const input = first<HTMLInputElement>(container, SUBJECT) ?? first<HTMLInputElement>(scope, SUBJECT);
      return input ? input.value : undefined;
    },
    // Counted in this conversation's own container (several bubbles can be open).
    priorMessages: () => countMessages(container),
    sendButtons: () => {
      const b = first(scope, COMPOSER_SEND);
      return b ? [b] : [];
    },
    // "Press Enter to Send" renders no Send button, only the send-options toggle (research §2.3).
    enterToSend: () => !first(scope, COMPOSER_SEND),
    isConnected: () => editor.isConnected && container.isConnected,
  };
}
