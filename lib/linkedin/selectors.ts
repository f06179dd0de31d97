// Every selector Garbo uses on LinkedIn, in one place (issue 4 item 1).
//
// Rules for this file:
// - Structure and attributes only: ids, roles, aria-labelledby ids, componentkey,
//   data-* hooks, hrefs, and the few msg-* / artdeco-* classes LinkedIn's legacy
//   messaging app has kept for years. Never label text: aria-labels and button
//   texts are localized (an Italian account never says "Send invitation").
// - Each entry is a list in fallback order: the 2026 markup first, older
//   variants after (shared/research/linkedin-dom.md §0, §1.2–§1.5, §2, §3, §5).
//   `first()` in dom.ts tries them in that order; `any()` joins them when only
//   "is there a candidate at all?" matters (the watcher's cheap check).
// - SDUI pages (profile, feed, search) hash their class names per build, so no
//   class selector below targets an SDUI element.

export type SelectorList = readonly string[];

/** Host of the open shadow root where SDUI pages render legacy modals (invite dialog, bubbles). */
export const INTEROP_OUTLET: SelectorList = [
  '#interop-outlet', // 2026: div#interop-outlet, open shadowRoot
  '[data-testid="interop-shadowdom"]', // same host, test hook (kept if the id changes)
];

/** Same-origin iframe that hosts some legacy surfaces (job search, sometimes the messaging drawer). */
export const INTEROP_IFRAME: SelectorList = [
  'iframe[data-testid="interop-iframe"]', // 2026 test hook
  'iframe.interop-iframe', // its class
  'iframe[src*="/preload/"]', // its src path, if both hooks go
];

/** The invite dialog (both stages). */
export const INVITE_DIALOG: SelectorList = [
  '[role="dialog"][aria-labelledby="send-invite-modal"]', // 2026, shadow root or light DOM
  'dialog[aria-labelledby="send-invite-modal"]', // native <dialog> (LinkedIn uses them for other modals in 2026)
  '[role="alertdialog"][aria-labelledby="send-invite-modal"]', // 2026-05 gating variant
  '[data-test-modal-id="send-invite-modal"]', // test hook on the modal root
  '[aria-modal="true"][aria-labelledby="send-invite-modal"]', // role dropped, aria-modal kept
  '.send-invite[role="dialog"], .send-invite[role="alertdialog"]', // legacy Ember class (≈2019–2025)
];

/**
 * Any modal around textarea#custom-message, when none of INVITE_DIALOG matches
 * (roles or the heading id changed): the note's own id is specific enough.
 */
export const INVITE_DIALOG_FALLBACK: SelectorList = [
  '[role="dialog"]',
  '[role="alertdialog"]',
  'dialog', // native <dialog>: role implicit, no attribute to match
  '[aria-modal="true"]',
  '[data-test-modal]',
  '.artdeco-modal',
];

/** The dialog's heading id (the dialog's accessible name points at it). */
export const INVITE_HEADING: SelectorList = ['#send-invite-modal'];

/** The note editor of stage 2 ("add a note"). */
export const INVITE_NOTE: SelectorList = [
  'textarea#custom-message', // 2026 and legacy
  'textarea[name="message"]', // same element if the id changes
  'textarea.connect-button-send-invite__custom-message', // legacy Ember class
];

/** The recipient's name in stage 1 ("Personalize your invitation to <strong>Name</strong>"). */
export const INVITE_RECIPIENT_NAME: SelectorList = [
  '.artdeco-modal__content strong', // legacy-modal content block
  'strong', // any <strong> in the dialog (classes renamed)
];

/** The dialog's close control: excluded when picking the dialog's primary button. */
export const INVITE_DISMISS: SelectorList = [
  'button.artdeco-modal__dismiss',
  'button[data-test-modal-close-btn]',
];

/** The dialog's footer; the send button is its primary (else last) button. */
export const INVITE_ACTIONBAR: SelectorList = [
  '.artdeco-modal__actionbar', // legacy-modal footer, still used inside the shadow root
];

/** The primary button inside a footer. */
export const PRIMARY_BUTTON: SelectorList = [
  'button.artdeco-button--primary',
  'button[type="submit"]',
];

/** The note's live character counter ("0/200", "0/300"). Matched by its digits too. */
export const INVITE_COUNTER: SelectorList = [
  '[aria-live]', // 2026: span[aria-live=polite]; filtered by the N/M pattern in the adapter
];

/** Invite links: the profile's Connect control; vanityName= carries the profile id. */
export const INVITE_LINK: SelectorList = [
  'a[href*="/preload/custom-invite/"]', // 2026 SDUI profile top card
  'a[href*="/preload/search-custom-invite/"]', // 2026 people search
  '[componentkey^="ConnectButtonstate:"]', // componentkey of the control (…_connect / …_pending)
];

/**
 * The profile's top card. Its name is read inside it only (profileName() in
 * adapters/invite-note.ts): the visible h1, else the card's only h2 (one 2026-09
 * survey has no h1 at all), else the verification trigger, which also sits on
 * sidebar people ("People also viewed") and so is never queried page-wide.
 */
export const PROFILE_TOP_CARD: SelectorList = [
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', // SDUI 2025–2026
  '[id$="Topcard"]', // 2026-09: the same card keyed by id instead of componentkey
  '.pv-text-details__left-panel', // legacy Ember (≈2021–2025)
  '.ph5',
];
/** The name heading inside the top card: h1 first; an h2 counts only when it is the card's only one. */
export const TOP_CARD_NAME_H1: SelectorList = ['h1'];
export const TOP_CARD_NAME_H2: SelectorList = ['h2'];
/** The name on its own, next to the verification badge; inside the top card only. */
export const TOP_CARD_NAME_TRIGGER: SelectorList = ['[componentkey^="ProfileVerificationTriggerRef-"]'];
/** Page-wide name fallbacks when no top card is recognised. */
export const PROFILE_NAME: SelectorList = [
  'h1.text-heading-xlarge', // legacy Ember
  'main h1',
];

// ---- messaging (still LinkedIn's legacy msg-* app in 2026) ----

/** The message editor (contenteditable with one <p> per line). */
export const COMPOSER_EDITOR: SelectorList = [
  'div.msg-form__contenteditable[contenteditable="true"]', // 2026 and legacy
  'form.msg-form [role="textbox"][contenteditable="true"]', // class renamed, form kept
  '.msg-form__msg-content-container [contenteditable="true"]',
];

/** The form around the editor. */
export const COMPOSER_FORM: SelectorList = ['form.msg-form', 'form'];

/** The composer's send button (absent in "Press Enter to Send" mode). */
export const COMPOSER_SEND: SelectorList = [
  'button.msg-form__send-button', // 2026, type=submit
  'button.msg-form__send-btn', // older class
  'button[type="submit"]', // any submit in the form
];

/** The send-options toggle (present in both modes). */
export const COMPOSER_SEND_TOGGLE: SelectorList = ['button.msg-form__send-toggle'];

/** What contains one conversation's composer, most specific first. */
export const COMPOSER_CONTAINER: SelectorList = [
  '.msg-overlay-conversation-bubble', // overlay bubble
  '.msg-convo-wrapper',
  '.msg-thread', // full-page thread
  '[role="dialog"]', // new-message window
  'form.msg-form',
];
export const BUBBLE: SelectorList = ['.msg-overlay-conversation-bubble', '#msg-overlay', 'aside.msg-overlay-container'];
export const THREAD: SelectorList = ['.msg-thread', '.scaffold-layout__detail'];

/** Recipient name inside a conversation container, per surface. */
export const BUBBLE_RECIPIENT_NAME: SelectorList = [
  '.msg-overlay-bubble-header__title',
  '.msg-overlay-bubble-header a[href*="/in/"]',
];
export const THREAD_RECIPIENT_NAME: SelectorList = [
  'h2.msg-entity-lockup__entity-title', // exactly the name (2026)
  '#thread-detail-jump-target', // the header's h2 in older markup; in 2026 it can wrap the headline too
  '.msg-title-bar h2',
  '.artdeco-entity-lockup__title > :first-child', // InMail header
];
/**
 * New message: the recipient pill(s). In 2026 each is a button.artdeco-pill--dismiss
 * whose aria-label is "Remove <Name>" / "Rimuovi <Nome>" (PILL_REMOVE_LABEL reads the name).
 */
export const RECIPIENT_PILL: SelectorList = [
  'button.artdeco-pill--dismiss',
  '.artdeco-pill',
];
/** Profile links that identify a conversation's recipient. */
export const RECIPIENT_PROFILE_LINK: SelectorList = [
  'a.msg-thread__link-to-profile[href*="/in/"]',
  '.msg-overlay-bubble-header a[href*="/in/"]',
  'a[href*="/in/"]',
];
/** InMail / new-message subject. */
export const SUBJECT: SelectorList = ['input[name="subject"]', 'input.msg-form__subject'];

/** Messages already in a conversation (either side): a thread with any is not a first contact. */
export const THREAD_MESSAGE: SelectorList = [
  'li.msg-s-message-list__event', // 2026 and legacy
  '.msg-s-event-listitem', // the event's own block
  '[data-view-name="message-list-item"]', // newer markup
];

/** A composer on a page means messaging surfaces; a note textarea means the invite. */
export const CANDIDATES: SelectorList = [
  ...INVITE_NOTE,
  ...COMPOSER_EDITOR.slice(0, 1),
  '[contenteditable="true"][role="textbox"]',
  ...INVITE_DIALOG,
  ...INTEROP_OUTLET,
  ...INTEROP_IFRAME,
];

/** Join a fallback list into one selector (document order, not preference order). */
export function any(list: SelectorList): string {
  return list.join(', ');
}

/** /in/<slug>/ in a path or URL. */
export const PROFILE_PATH = /\/in\/([^/?#]+)\/?/;
/** vanityName=<slug> in an invite link. */
export const VANITY_PARAM = /[?&]vanityName=([^&#]+)/;
// ---- the few places where text is unavoidable: per-locale tables (EN, IT), never used to find an element

/** A pill's "Remove <Name>" / "Rimuovi <Nome>" label: the name in group 1. */
export const PILL_REMOVE_LABEL = /^\s*(?:Remove|Rimuovi)\s+(.+?)\s*$/i;
/** Titles a draft or new-message bubble shows where a conversation shows the person's name. */
export const DRAFT_TITLE = /^\s*(?:New message|Nuovo messaggio)\s*$/i;

/** "12/200": the counter's digits. */
export const COUNTER_TEXT = /^\s*(\d+)\s*\/\s*(\d{2,4})\s*$/;
