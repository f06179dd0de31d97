// The invite dialog: stage 1 (send with or without a note) and stage 2, the
// note in textarea#custom-message. LinkedIn renders the dialog inside the open
// shadow root of div#interop-outlet (2026), in the light DOM (older pages) or in
// a same-origin interop iframe; this adapter works on whichever root holds it.
// Nothing here reads label text: buttons are found by their place in the dialog.
import type { FieldHandle, InviteWithoutNote, NoteQuota, Recipient } from '../types';
import {
  COUNTER_TEXT, INVITE_ACTIONBAR, INVITE_COUNTER, INVITE_DIALOG, INVITE_DIALOG_FALLBACK, INVITE_DISMISS, INVITE_HEADING, INVITE_LINK,
  INVITE_NOTE, INVITE_RECIPIENT_NAME, PRIMARY_BUTTON, PROFILE_NAME, PROFILE_TOP_CARD, TOP_CARD_NAME_H1, TOP_CARD_NAME_H2,
  TOP_CARD_NAME_TRIGGER, any,
} from '../selectors';
import {
  allVisible, cleanText, closestDeep, first, firstVisible, isTextarea, nameFromTitle, plausibleName, profileIdFromInviteLink,
  profileIdFromPath, topDocument,
} from '../dom';
import { insertIntoTextarea } from './edit';

// ---- finding

/** Invite dialogs directly in this root (not in nested shadow roots). */
export function findInviteDialogs(root: Document | ShadowRoot | Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  if ('matches' in root && root.matches(any(INVITE_DIALOG))) out.push(root as HTMLElement);
  for (const el of root.querySelectorAll<HTMLElement>(any(INVITE_DIALOG))) out.push(el);
  return out;
}

/** The note textarea of a dialog, when the dialog is at stage 2. */
export function noteEditorOf(dialog: Element): HTMLTextAreaElement | null {
  const el = first<HTMLElement>(dialog, INVITE_NOTE);
  return el && isTextarea(el) ? el : null;
}

/** The dialog around a note textarea (null when the textarea is not in an invite dialog). */
export function dialogOf(editor: Element): HTMLElement | null {
  return closestDeep<HTMLElement>(editor, INVITE_DIALOG)
    ?? (editor.id === 'custom-message' ? closestDeep<HTMLElement>(editor, INVITE_DIALOG_FALLBACK) : null);
}

/**
 * Stage 1 has no note field and no other input (an email gate or an upsell is
 * neither stage): it offers "add a note" and "send without a note".
 */
export function isStage1(dialog: Element): boolean {
  return !noteEditorOf(dialog) && !dialog.querySelector('input, textarea, [contenteditable="true"]');
}

// ---- recipient

const stage1Names = new WeakMap<Element, string>();
let lastInviteClick: { profileId: string; at: number } | undefined;
/** The last name stage 1 showed, with the invite it belonged to. */
let lastStage1: { name: string; profileId: string | undefined; at: number } | undefined;

/**
 * Remember the invite control the user clicked (the watcher calls this from a
 * capture-phase click listener), so a dialog opened from a "People also viewed"
 * card is tied to that person rather than to the profile being viewed.
 */
export function rememberInviteLink(href: string | null | undefined, now = Date.now()): void {
  const profileId = profileIdFromInviteLink(href);
  if (profileId) lastInviteClick = { profileId, at: now };
}

/** For tests: forget the last clicked invite link and the last stage-1 name. */
export function forgetInviteLink(): void {
  lastInviteClick = undefined;
  lastStage1 = undefined;
}

/** Read (and remember for stage 2) the name stage 1 shows in its <strong>. */
export function stage1Name(dialog: Element): string | undefined {
  // Only stage 1 names the person; a <strong> at stage 2 would be something else (e.g. the quota).
  if (!isStage1(dialog)) return stage1Names.get(dialog);
  const name = plausibleName(cleanText(firstVisible(dialog, INVITE_RECIPIENT_NAME)));
  if (name) stage1Names.set(dialog, name);
  return name ?? stage1Names.get(dialog);
}

/** A click opens its dialog within this time; a dialog binds to the click once, when first read. */
const CLICK_BIND_MS = 2 * 60_000;
/** Stage 1's name is reused for a remounted stage 2 of the same invite within this time. */
const STAGE1_FRESH_MS = 10 * 60_000;
const dialogClicks = new WeakMap<Element, string | null>();

/** The invite link clicked just before this dialog appeared (bound once, so a later click never re-targets it). */
function clickedFor(dialog: Element): string | undefined {
  let bound = dialogClicks.get(dialog);
  if (bound === undefined) {
    bound = lastInviteClick && Date.now() - lastInviteClick.at < CLICK_BIND_MS ? lastInviteClick.profileId : null;
    dialogClicks.set(dialog, bound);
  }
  return bound ?? undefined;
}

/**
 * The profile's name, read in its top card only: the visible h1; else the
 * card's only visible h2 (2026-09 markup has no h1); else the verification
 * trigger inside the card (the same trigger on sidebar people is never read).
 * Without a recognised top card, the page-wide legacy headings.
 */
export function profileName(doc: Document): string | undefined {
  const card = firstVisible(doc, PROFILE_TOP_CARD);
  if (card) {
    const h1 = firstVisible(card, TOP_CARD_NAME_H1);
    if (h1) return plausibleName(cleanText(h1));
    const h2s = allVisible(card, TOP_CARD_NAME_H2);
    if (h2s.length === 1) return plausibleName(cleanText(h2s[0]));
    const trigger = firstVisible(card, TOP_CARD_NAME_TRIGGER);
    if (trigger) return plausibleName(cleanText(trigger));
  }
  return plausibleName(cleanText(firstVisible(doc, PROFILE_NAME)));
}

/** Who this invite goes to: the dialog's name, else the profile page's, plus the vanity name. */
export function inviteRecipient(dialog: Element): Recipient {
  const doc = topDocument(dialog.ownerDocument);
  const loc = doc.defaultView?.location;
  const href = loc?.href ?? '';
  const pageId = profileIdFromPath(loc?.pathname) ?? profileIdFromInviteLink(href);
  const clicked = clickedFor(dialog);
  const topCardLink = first<HTMLAnchorElement>(firstVisible(doc, PROFILE_TOP_CARD) ?? doc, INVITE_LINK);
  const profileId = clicked ?? pageId ?? profileIdFromInviteLink(topCardLink?.getAttribute('href'));
  // The page's own name is only this person's on their profile, when the invite is for them.
  const pathId = profileIdFromPath(loc?.pathname);
  const samePerson = !!pathId && (!clicked || clicked === pathId);

  const r: Recipient = {};
  if (profileId) {
    r.profileId = profileId;
    r.profileUrl = `${loc?.origin && loc.origin !== 'null' ? loc.origin : 'https://www.linkedin.com'}/in/${encodeURIComponent(profileId)}/`;
  }
  const fromDialog = stage1Name(dialog);
  if (fromDialog) {
    lastStage1 = { name: fromDialog, profileId, at: Date.now() };
    return { ...r, name: fromDialog, source: 'dialog' };
  }
  // LinkedIn may mount a new dialog element for stage 2: reuse the stage-1 name of the same invite.
  if (profileId && lastStage1?.profileId === profileId && Date.now() - lastStage1.at < STAGE1_FRESH_MS) {
    return { ...r, name: lastStage1.name, source: 'dialog' };
  }
  if (samePerson) {
    const h = profileName(doc);
    if (h) return { ...r, name: h, source: 'profile' };
    const t = nameFromTitle(doc.title);
    if (t) return { ...r, name: t, source: 'title' };
  }
  return r;
}

// ---- buttons

/** Buttons of the dialog that are not its close control (those before the heading or marked dismiss). */
function actionButtons(dialog: Element): HTMLButtonElement[] {
  const footer = first(dialog, INVITE_ACTIONBAR);
  if (footer) return Array.from(footer.querySelectorAll('button'));
  const heading = first(dialog, INVITE_HEADING);
  const dismiss = new Set<Element>(dialog.querySelectorAll(any(INVITE_DISMISS)));
  return Array.from(dialog.querySelectorAll('button')).filter((b) =>
    !dismiss.has(b) && !(heading && b.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING));
}

/** The footer's primary button, else its last one (LinkedIn puts the primary action last). */
function primaryOf(buttons: HTMLButtonElement[]): HTMLButtonElement | null {
  for (const sel of PRIMARY_BUTTON) {
    const b = buttons.find((x) => x.matches(sel));
    if (b) return b;
  }
  return buttons[buttons.length - 1] ?? null;
}

// ---- counter, limit, quota

function counterOf(dialog: Element): HTMLElement | null {
  for (const el of dialog.querySelectorAll<HTMLElement>(any(INVITE_COUNTER))) {
    if (COUNTER_TEXT.test(el.textContent ?? '')) return el;
  }
  for (const el of dialog.querySelectorAll<HTMLElement>('span, div, p, small')) {
    if (el.childElementCount === 0 && COUNTER_TEXT.test(el.textContent ?? '')) return el;
  }
  return null;
}

/** The note's limit: the counter's "/200" first (maxlength may still say 300 on free accounts), then maxlength. */
export function noteLimit(dialog: Element, editor: HTMLTextAreaElement | null): number | undefined {
  const m = COUNTER_TEXT.exec(counterOf(dialog)?.textContent ?? '');
  if (m) return Number(m[2]);
  const max = Number(editor?.getAttribute('maxlength'));
  return Number.isFinite(max) && max > 0 ? max : undefined;
}

const SKIP_QUOTA = 'button, label, h1, h2, h3, textarea, [aria-live], script, style';

/** The "N personalized invitations remaining" line, read by its digits only ("3 of 5", "3 su 5" → 3/5). */
export function noteQuota(dialog: Element): NoteQuota | undefined {
  for (const el of dialog.querySelectorAll<HTMLElement>('p, span, div, li')) {
    if (el.closest(SKIP_QUOTA) || el.querySelector('textarea, button, input, p, div, li')) continue;
    const text = el.textContent ?? '';
    if (COUNTER_TEXT.test(text)) continue;
    const nums = text.match(/\d+/g);
    if (!nums) continue;
    const left = Number(nums[0]);
    const total = nums.length > 1 ? Number(nums[1]) : undefined;
    return total !== undefined && total >= left ? { left, total } : { left };
  }
  return undefined;
}

// ---- handles

/** A FieldHandle for a note textarea, or null when it is not in an invite dialog. */
export function createInviteNote(editor: HTMLTextAreaElement): FieldHandle | null {
  const dialog = dialogOf(editor);
  if (!dialog) return null;
  const root = editor.getRootNode() as Document | ShadowRoot;
  return {
    kind: 'invite',
    surface: 'invite',
    editor,
    root,
    container: dialog,
    getText: () => editor.value,
    replaceRange: (start, end, text) => insertIntoTextarea(editor, start, end, text),
    rangeFor: () => null,
    recipient: () => inviteRecipient(dialog),
    limit: () => noteLimit(dialog, editor),
    quota: () => noteQuota(dialog),
    subject: () => undefined,
    priorMessages: () => undefined,
    sendButtons: () => {
      const b = primaryOf(actionButtons(dialog).filter((x) =>
        x.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_PRECEDING));
      return b ? [b] : [];
    },
    enterToSend: () => false, // Enter in the note is a newline
    isConnected: () => editor.isConnected && dialog.isConnected && dialog.contains(editor),
  };
}

/** Stage 1 of a dialog: "send without a note" is its primary button (null when only one action is offered). */
export function createInviteStage1(dialog: HTMLElement): InviteWithoutNote {
  inviteRecipient(dialog); // remember the name stage 1 shows, for stage 2
  return {
    root: dialog.getRootNode() as Document | ShadowRoot,
    container: dialog,
    recipient: () => inviteRecipient(dialog),
    sendWithoutNoteButton: () => {
      if (!isStage1(dialog)) return null;
      const buttons = actionButtons(dialog);
      return buttons.length >= 2 ? primaryOf(buttons) : null;
    },
  };
}
