// What a LinkedIn page the user opened shows about the people they invited or
// wrote to (issue 14): a profile's connection state, a conversation's partner
// and whether they wrote, and the people still listed on the sent-invitations
// page. Pure reading: each function takes a root and returns what it sees; it
// never clicks, scrolls, fetches or navigates. No zod here (content-script
// bundle): the background validates what is sent (lib/messages.ts).
import { cleanText, first, plausibleName, profileIdFromInviteLink, profileIdFromPath } from './dom';
import { any, BUBBLE_RECIPIENT_NAME, INVITE_LINK, PROFILE_NAME, PROFILE_TOP_CARD, RECIPIENT_PROFILE_LINK, THREAD_RECIPIENT_NAME, type SelectorList } from './selectors';

/** A person as a page names them (at least one of the two). */
export interface PersonRef { profileId?: string; name?: string }

export type ConnectionState = 'connected' | 'pending' | 'not-connected';

/** One observation, as sent to the background in an `outcome-seen` message. */
export type PageOutcome =
  | { page: 'profile'; person: PersonRef; state: ConnectionState }
  | { page: 'conversation'; person: PersonRef; theyWrote: boolean; lastFromMe: boolean }
  | { page: 'sent-invitations'; pending: PersonRef[]; complete: boolean };

/** The top card: the 2026 componentkey, the `[id$=Topcard]` form seen live in 2026-09, the legacy classes. */
export const TOP_CARD: SelectorList = [PROFILE_TOP_CARD[0]!, '[id$="Topcard"]', ...PROFILE_TOP_CARD.slice(1)];

/** The profile's Message action: a link into the composer (its href is the same in every UI language). */
export const PROFILE_MESSAGE: SelectorList = ['a[href*="/messaging/compose/"]', 'a[href*="/messaging/thread/"]'];
/** The distance badge as LinkedIn prints it for a 1st-degree connection (English "1st", Italian "1°"). */
const FIRST_DEGREE = /(^|[\s·•(])(1st|1°|1º)(?=$|[\s·•)])/u;
/** Messages from the other person (legacy msg-* app, still used in 2026). */
export const OTHER_MESSAGE: SelectorList = ['.msg-s-event-listitem--other', '[data-sender="other"]'];
export const MESSAGE_EVENT: SelectorList = ['li.msg-s-message-list__event', '[data-view-name="message-list-item"]'];
/** Conversation containers: a full-page thread or an overlay bubble. */
export const CONVERSATION: SelectorList = ['.msg-thread', '.msg-overlay-conversation-bubble'];
/** The sent-invitations list and its cards. */
export const SENT_LIST: SelectorList = ['[data-view-name="sent-invitations-list"]', '.mn-invitation-manager__invitation-list', 'main ul'];
export const SENT_CARD: SelectorList = ['[data-view-name="sent-invitation-card"]', 'li.invitation-card', 'li'];
/** "Load more" / pagination: when present, the list on screen is not the whole list. */
export const MORE_PAGES: SelectorList = [
  '.artdeco-pagination', 'button.scaffold-finite-scroll__load-button', '[data-view-name="pagination"]', '[data-testid="pagination"]',
];

/** Hidden by the page (LinkedIn pre-renders hidden copies of controls and badges). */
function hidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  const view = el.ownerDocument?.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') return true;
  }
  return false;
}
const visible = (scope: ParentNode, list: SelectorList): Element[] => Array.from(scope.querySelectorAll(any(list))).filter((e) => !hidden(e));

/** Visible text of `scope` (text in hidden elements skipped), whitespace collapsed. */
function visibleText(scope: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) { parts.push(n.textContent ?? ''); return; }
    if (n.nodeType !== 1 || hidden(n as Element)) return;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    for (const c of Array.from(n.childNodes)) walk(c);
    parts.push(' ');
  };
  walk(scope);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * A profile page (`/in/<slug>/`): who it is and how the user is connected.
 * connected = a visible 1st-degree badge, a Message link and no Connect or
 * Pending control in the top card; pending = a Pending control; not-connected
 * = a Connect control. Anything else (a creator profile with Connect hidden
 * under "More", a page still loading): undefined, nothing is inferred.
 */
export function readProfile(doc: Document, path: string): Extract<PageOutcome, { page: 'profile' }> | undefined {
  const slug = profileIdFromPath(path);
  if (!slug || !/^\/in\//.test(path)) return undefined;
  const card = first(doc, TOP_CARD);
  if (!card) return undefined;
  const name = plausibleName(cleanText(first(card, ['h1', 'h2']) ?? first(doc, PROFILE_NAME)));
  const controls = visible(card, INVITE_LINK);
  // The invite control names its own person: a control for someone else (a sidebar card inside the top card) is not this profile's.
  const own = controls.filter((c) => { const id = profileIdFromInviteLink(c.getAttribute('href')); return !id || id === slug; });
  const person: PersonRef = { profileId: slug, ...(name ? { name } : {}) };
  if (own.some((c) => /_pending$/.test(c.getAttribute('componentkey') ?? ''))) return { page: 'profile', person, state: 'pending' };
  if (own.length) return { page: 'profile', person, state: 'not-connected' };
  const message = visible(card, PROFILE_MESSAGE).length > 0;
  if (message && FIRST_DEGREE.test(visibleText(card))) return { page: 'profile', person, state: 'connected' };
  return undefined;
}

/**
 * Every conversation on screen (the full-page thread and open bubbles): the
 * partner, whether any message in it is theirs, and whether the last one is
 * the user's. Group conversations (several profile links in the header) and
 * conversations whose partner cannot be named are left out.
 */
export function readConversations(doc: Document | ShadowRoot): Array<Extract<PageOutcome, { page: 'conversation' }>> {
  const out: Array<Extract<PageOutcome, { page: 'conversation' }>> = [];
  for (const box of Array.from(doc.querySelectorAll(any(CONVERSATION)))) {
    if (box.parentElement?.closest(any(CONVERSATION))) continue; // nested match: the outer box is read
    const events = Array.from(box.querySelectorAll(any(MESSAGE_EVENT)));
    if (!events.length) continue;
    const fromThem = events.map((e) => e.matches(any(OTHER_MESSAGE)) || !!e.querySelector(any(OTHER_MESSAGE)));
    const links = Array.from(new Set(Array.from(box.querySelectorAll(any(RECIPIENT_PROFILE_LINK)))
      .filter((a) => !a.closest(any(MESSAGE_EVENT)))
      .map((a) => profileIdFromPath(a.getAttribute('href'))).filter((x): x is string => !!x)));
    if (links.length > 1) continue;
    const name = plausibleName(cleanText(first(box, THREAD_RECIPIENT_NAME) ?? first(box, BUBBLE_RECIPIENT_NAME)));
    const person: PersonRef = { ...(links[0] ? { profileId: links[0] } : {}), ...(name ? { name } : {}) };
    if (!person.profileId && !person.name) continue;
    out.push({ page: 'conversation', person, theyWrote: fromThem.some(Boolean), lastFromMe: !fromThem[fromThem.length - 1] });
  }
  return out;
}

/**
 * The sent-invitations page (`/mynetwork/invitation-manager/sent/`, people
 * tab): everyone listed as still pending, and whether the list on screen is
 * complete (no pagination or "load more": only then can an invite missing
 * from it be taken as no longer pending).
 */
export function readSentInvitations(doc: Document, path: string, search = ''): Extract<PageOutcome, { page: 'sent-invitations' }> | undefined {
  if (!/^\/mynetwork\/invitation-manager\/sent\/?$/.test(path)) return undefined;
  const type = new URLSearchParams(search).get('invitationType');
  if (type && type.toUpperCase() !== 'CONNECTION') return undefined;
  const main = doc.querySelector('main');
  const list = main ? first(main, SENT_LIST) : null;
  if (!main || !list) return undefined;
  const pending: PersonRef[] = [];
  const seen = new Set<string>();
  for (const card of Array.from(list.querySelectorAll(any(SENT_CARD)))) {
    const outer = card.parentElement?.closest(any(SENT_CARD));
    if (outer && list.contains(outer)) continue; // a card inside a card: the outer one is read
    const link = Array.from(card.querySelectorAll('a[href*="/in/"]')).find((a) => profileIdFromPath(a.getAttribute('href')));
    const profileId = profileIdFromPath(link?.getAttribute('href'));
    if (!profileId || seen.has(profileId)) continue;
    seen.add(profileId);
    const name = plausibleName(cleanText(card.querySelector('[data-view-name="invitee-name"], .invitation-card__title') ?? link));
    pending.push({ profileId, ...(name ? { name } : {}) });
  }
  return { page: 'sent-invitations', pending, complete: visible(main, MORE_PAGES).length === 0 };
}

/** Everything the page at `path` shows; [] on a page with nothing to read. */
export function readOutcomes(doc: Document, path: string, search = ''): PageOutcome[] {
  const out: PageOutcome[] = [];
  const profile = readProfile(doc, path);
  if (profile) out.push(profile);
  const sent = readSentInvitations(doc, path, search);
  if (sent) out.push(sent);
  out.push(...readConversations(doc));
  // Bubbles may live in #interop-outlet's open shadow root on SDUI pages.
  const outlet = doc.getElementById('interop-outlet')?.shadowRoot;
  if (outlet) out.push(...readConversations(outlet));
  return out;
}
