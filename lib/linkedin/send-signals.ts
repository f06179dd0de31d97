// What LinkedIn shows after a send, read from the page so that Garbo records
// only sends LinkedIn confirmed (shared/research/linkedin-live-2026.md):
// - an invite went out when its dialog closes without a Premium upsell and/or
//   the person's Connect control flips to pending (componentkey
//   `ConnectButtonstate:invitation:urn:li:member:<id>_connect` → `…_pending`,
//   label "Pending" / "In sospeso");
// - a free account whose notes are used up gets a dialog linking to
//   `/premium/…` instead (at submit, or in place of the note step): nothing sent;
// - on My Network ("people you may know") Connect is a <button> that sends a
//   bare invite at once, with no dialog: only the flip says it went out.
// Selectors and pure functions of a root passed in (no DOM globals), like the
// rest of lib/linkedin. Structure and attributes first; the two labels below
// are the only text read, as a fallback for the pending state.
import type { Recipient } from './types';
import { INTEROP_IFRAME, INTEROP_OUTLET, type SelectorList } from './selectors';
import { cleanText, plausibleName, profileIdFromPath } from './dom';

/** A modal of any kind (the upsell is not an invite dialog). */
export const ANY_DIALOG: SelectorList = ['[role="dialog"]', '[role="alertdialog"]', 'dialog[open]', '[aria-modal="true"]', '.artdeco-modal'];
/** The upsell's tell, in any language: a link to a Premium page. */
export const PREMIUM_LINK = 'a[href*="/premium/"], a[href^="/premium"]';
/** A person's Connect control (top card, More menu, search or My Network card); its componentkey ends in _connect or _pending. */
export const CONNECT_CONTROL: SelectorList = ['[componentkey^="ConnectButtonstate:"]'];
/** Connect links that open the invite dialog: the top card, "More" (a[role=menuitem]) and people search. */
export const INVITE_DIALOG_LINK: SelectorList = ['a[href*="/preload/custom-invite/"]', 'a[href*="/preload/search-custom-invite/"]'];
/** Labels of a pending invite (EN, IT): a fallback when the componentkey is gone. */
const PENDING_LABEL = /^(pending|in sospeso|invitation sent|invito inviato)$/i;
/** "Invite Jane Doe to connect" / "Invita Jane Doe a collegarsi": the card's person when its link is not found. */
const INVITE_LABEL = /^(?:invite\s+(.+?)\s+to connect|invita\s+(.+?)\s+a collegarsi)$/i;

type Root = Document | ShadowRoot;

/** The roots an invite's dialogs can be in: the document, #interop-outlet's shadow root, a same-origin interop iframe. */
export function inviteRoots(doc: Document): Root[] {
  const out: Root[] = [doc];
  for (const sel of INTEROP_OUTLET) {
    const host = doc.querySelector(sel);
    if (host?.shadowRoot && !out.includes(host.shadowRoot)) out.push(host.shadowRoot);
  }
  for (const sel of INTEROP_IFRAME) {
    for (const f of Array.from(doc.querySelectorAll<HTMLIFrameElement>(sel))) {
      try { const d = f.contentDocument; if (d && !out.includes(d)) out.push(d); } catch { /* cross-origin: not ours */ }
    }
  }
  return out;
}

/** Is the element rendered at all (not removed, not hidden, not a closed <dialog>)? */
export function isShown(el: Element | null | undefined): boolean {
  if (!el || !el.isConnected) return false;
  if (el.closest('[hidden]')) return false;
  if (el.tagName === 'DIALOG' && !(el as HTMLDialogElement).open) return false;
  const win = el.ownerDocument.defaultView;
  const frame = win?.frameElement;
  if (frame && frame.closest('[hidden]')) return false;
  return true;
}

/** A shown dialog that links to a Premium page (LinkedIn's upsell), in any of the roots. */
export function findPremiumUpsell(roots: readonly Root[]): Element | null {
  for (const root of roots) {
    for (const a of Array.from(root.querySelectorAll(PREMIUM_LINK))) {
      const dialog = ANY_DIALOG.map((s) => a.closest(s)).find(Boolean);
      if (dialog && isShown(dialog)) return dialog;
    }
  }
  return null;
}

/** The member URN in a Connect control's componentkey ("urn:li:member:101"), when it has one. */
export function memberKeyOf(control: Element | null | undefined): string | undefined {
  const key = control?.getAttribute('componentkey') ?? '';
  const m = /(urn:li:[a-z_]+:[A-Za-z0-9_-]+?)_(?:connect|pending)$/.exec(key);
  return m?.[1];
}

export type ConnectState = 'connect' | 'pending' | undefined;

/** A Connect control's state: from its componentkey, else from its label. */
export function connectState(control: Element): ConnectState {
  const key = control.getAttribute('componentkey') ?? '';
  if (/_pending$/.test(key)) return 'pending';
  if (/_connect$/.test(key)) return 'connect';
  const label = (control.getAttribute('aria-label') ?? cleanText(control)).trim();
  return PENDING_LABEL.test(label) ? 'pending' : undefined;
}

/**
 * Did the invite to this person go pending? The control itself (LinkedIn may
 * update it in place) or, when it was re-rendered, any control with the same
 * member key ending in _pending.
 */
export function invitePending(roots: readonly Root[], control: Element | undefined, memberKey: string | undefined): boolean {
  if (control?.isConnected && connectState(control) === 'pending') return true;
  if (!memberKey) return false;
  const sel = `[componentkey$="${memberKey.replace(/["\\]/g, '')}_pending"]`;
  return roots.some((r) => !!r.querySelector(sel));
}

/** The Connect control the user clicked, from an event's composed path (link or button). */
export function connectControlIn(path: readonly EventTarget[]): Element | undefined {
  for (const n of path) {
    const el = n as Element;
    if (el?.nodeType !== 1) continue;
    if (CONNECT_CONTROL.some((s) => el.matches(s)) || INVITE_DIALOG_LINK.some((s) => el.matches(s))) return el;
    if (el.tagName === 'BUTTON' && INVITE_LABEL.test(el.getAttribute('aria-label') ?? '')) return el;
  }
  return undefined;
}

/**
 * A control that sends a bare invite at once (My Network cards): a <button>
 * in the connect state, not a link that opens the dialog.
 */
export function isDirectConnect(control: Element): boolean {
  if (control.tagName !== 'BUTTON') return false;
  if (control.getAttribute('aria-haspopup') || control.getAttribute('role') === 'menuitem') return false;
  const state = connectState(control);
  return state === 'connect' || (state === undefined && INVITE_LABEL.test(control.getAttribute('aria-label') ?? ''));
}

/** The card around a control: the nearest ancestor (up to 8 levels) with a link to a profile. */
function cardOf(control: Element): Element | null {
  let el: Element | null = control.parentElement;
  for (let i = 0; i < 8 && el; i++, el = el.parentElement) {
    if (el.querySelector('a[href*="/in/"]')) return el;
    if (el.tagName === 'BODY' || el.tagName === 'MAIN') break;
  }
  return null;
}

/** The person a card's Connect control is for: the card's profile link (name, id, URL), else the control's label. */
export function cardPerson(control: Element, origin = 'https://www.linkedin.com'): Recipient {
  const r: Recipient = {};
  const link = cardOf(control)?.querySelector<HTMLAnchorElement>('a[href*="/in/"]');
  const href = link?.getAttribute('href');
  const id = profileIdFromPath(href);
  if (id) {
    r.profileId = id;
    try { r.profileUrl = new URL(href!, origin).href.replace(/[?#].*$/, ''); } catch { /* id only */ }
  }
  const m = INVITE_LABEL.exec((control.getAttribute('aria-label') ?? '').trim());
  const name = plausibleName(m?.[1] ?? m?.[2] ?? '') ?? plausibleName(cleanText(link));
  if (name) { r.name = name; r.source = 'card'; }
  return r;
}


