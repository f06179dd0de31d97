// Small DOM helpers shared by the adapters and the watcher: fallback-ordered
// queries, shadow-aware closest(), and reading names / profile ids from the page.
import { PROFILE_PATH, VANITY_PARAM, type SelectorList } from './selectors';

type Scope = Document | ShadowRoot | Element;

/** First element matching the list, trying each selector in fallback order. */
export function first<T extends Element = HTMLElement>(scope: Scope, list: SelectorList): T | null {
  for (const sel of list) {
    const el = scope.querySelector<Element>(sel);
    if (el) return el as T;
  }
  return null;
}

/**
 * Is the element rendered? LinkedIn pre-renders hidden duplicates (a second
 * name, a second degree badge, a sticky copy of the action bar). Walks up,
 * across shadow hosts, looking for `hidden`, an inline display:none or
 * visibility:hidden, or a closed <dialog>; then asks checkVisibility() where
 * the browser has it (stylesheets, display:none from CSS).
 */
export function isVisible(el: Element): boolean {
  let cur: Element | null = el;
  while (cur) {
    if (cur.hasAttribute('hidden')) return false;
    if (cur.tagName === 'DIALOG' && !cur.hasAttribute('open')) return false;
    const style = (cur as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    const parent: Element | null = cur.parentElement;
    if (parent) { cur = parent; continue; }
    const root = cur.getRootNode();
    cur = isShadowRoot(root) ? root.host : null;
  }
  const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof cv === 'function') {
    try { return cv.call(el, { visibilityProperty: true }); } catch { /* older engine: the walk above decides */ }
  }
  return true;
}

/** First VISIBLE element matching the list, trying each selector in fallback order (hidden duplicates skipped). */
export function firstVisible<T extends Element = HTMLElement>(scope: Scope, list: SelectorList): T | null {
  for (const sel of list) {
    for (const el of Array.from(scope.querySelectorAll<Element>(sel))) if (isVisible(el)) return el as T;
  }
  return null;
}

/** Visible matches of one list in document order (hidden duplicates dropped). */
export function allVisible<T extends Element = HTMLElement>(scope: Scope, list: SelectorList): T[] {
  return all<T>(scope, list).filter(isVisible);
}

/** Like first(), but also accepts `scope` itself when it matches. */
export function selfOrFirst<T extends Element = HTMLElement>(scope: Element, list: SelectorList): T | null {
  for (const sel of list) {
    if (scope.matches(sel)) return scope as T;
    const el = scope.querySelector<Element>(sel);
    if (el) return el as T;
  }
  return null;
}

/** All elements matching any selector of the list, in document order, without duplicates. */
export function all<T extends Element = HTMLElement>(scope: Scope, list: SelectorList): T[] {
  return Array.from(scope.querySelectorAll<Element>(list.join(', '))) as T[];
}

/** closest() for the list in fallback order, climbing out of shadow roots through their hosts. */
export function closestDeep<T extends Element = HTMLElement>(from: Element, list: SelectorList): T | null {
  for (const sel of list) {
    let el: Element | null = from;
    while (el) {
      const hit: Element | null = el.closest(sel);
      if (hit) return hit as T;
      const root = el.getRootNode();
      el = isShadowRoot(root) ? root.host : null;
    }
  }
  return null;
}

/** A shadow root, whatever window (frame) it comes from: instanceof would fail across frames. */
export function isShadowRoot(n: Node | null | undefined): n is ShadowRoot {
  return !!n && n.nodeType === 11 && 'host' in n && !!(n as ShadowRoot).host;
}

/** Visible-ish text of an element, whitespace collapsed. */
export function cleanText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A plausible person name (not empty, not just digits or punctuation). */
export function plausibleName(s: string): string | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 120 || !/\p{L}/u.test(t)) return undefined;
  return t;
}

/** The vanity name from a /in/<slug>/ path or URL, lower-cased. */
export function profileIdFromPath(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const m = PROFILE_PATH.exec(href);
  return m ? safeDecode(m[1]!).toLowerCase() : undefined;
}

/** The vanity name from an invite link's vanityName= parameter, lower-cased. */
export function profileIdFromInviteLink(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const m = VANITY_PARAM.exec(href);
  return m ? safeDecode(m[1]!).toLowerCase() : undefined;
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** The top-level document of a frame when it is reachable (same origin), else the frame's own. */
export function topDocument(doc: Document): Document {
  try {
    const top = doc.defaultView?.top;
    if (top && top !== doc.defaultView && top.document) return top.document;
  } catch { /* cross-origin top: keep our own document */ }
  return doc;
}

/** "Jane Doe | LinkedIn" → "Jane Doe" (drops a leading "(3) " unread count); nothing for "LinkedIn" alone. */
export function nameFromTitle(title: string): string | undefined {
  const parts = title.split('|').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  return plausibleName(parts[0]!.replace(/^\(\d+\)\s*/, ''));
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

/**
 * The modal native <dialog> around an element, if any, in `doc` (by default the
 * element's own document; a dialog inside an iframe is not the top page's).
 * A modal dialog sits in the browser's top layer and makes the rest of the
 * page inert: Garbo's panel must be placed inside it to be seen and used.
 */
export function modalDialogOf(el: Element, doc: Document = el.ownerDocument): HTMLElement | null {
  const dialog = closestDeep<HTMLElement>(el, ['dialog']);
  if (!dialog || dialog.ownerDocument !== doc) return null;
  try { return dialog.matches(':modal') ? dialog : null; } catch { return null; } // :modal unsupported: treat as non-modal
}
