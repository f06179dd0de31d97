// "Report a page Garbo missed": a sanitized skeleton of the page around the
// field (or of the main area and LinkedIn's modal roots when no field is
// found), for a user to paste into a bug report. Structure only: tags, ids,
// classes, roles, aria attributes, componentkeys, data-view-name, contenteditable,
// type, and hrefs reduced to their route pattern (/in/*/). Every text node,
// value, placeholder, title, alt, name and aria-label is replaced by a
// placeholder that keeps only its length class; member URNs, profile ids,
// long numbers and the page's own profile slugs are masked wherever they
// appear in ids, classes and keys. Descends into open shadow roots and
// same-origin iframes, and is bounded (nodes, depth, characters) with a note
// when cut. Pure: takes the root to read, touches no browser API, changes nothing.
import {
  any, BUBBLE_RECIPIENT_NAME, COMPOSER_CONTAINER, COMPOSER_EDITOR, INTEROP_IFRAME, INTEROP_OUTLET, INVITE_DIALOG, INVITE_DIALOG_FALLBACK,
  INVITE_LINK, INVITE_NOTE, PROFILE_TOP_CARD, RECIPIENT_PILL, THREAD_RECIPIENT_NAME, type SelectorList,
} from './selectors';
import { closestDeep, isShadowRoot, isVisible } from './dom';

export interface SkeletonOptions {
  /** Elements written at most (default 1500). */
  maxNodes?: number;
  /** Nesting written at most, below the scope (default 40). */
  maxDepth?: number;
  /** Characters of output at most (default 120,000; lib/messages.ts bounds the reply at 200,000). */
  maxChars?: number;
}

export interface PageSkeleton {
  text: string;
  /** What the skeleton covers: the field's surroundings, or the main area when no field was found. */
  scope: 'field' | 'main';
  /** Elements written. */
  nodes: number;
  /** A cap (nodes, depth or characters) cut the skeleton short. */
  truncated: boolean;
}

export const SKELETON_VERSION = 1;
const DEFAULTS = { maxNodes: 1500, maxDepth: 40, maxChars: 120_000 };
/** Elements looked at while searching for the field and the profile slugs (not written). */
const SCAN_CAP = 60_000;

type Root = Document | ShadowRoot | Element;

// ---- placeholders and masks

/** Length class of a text: its only trace in the skeleton. */
export function lengthClass(n: number): string {
  if (n <= 0) return '0';
  if (n <= 9) return '1-9';
  if (n <= 29) return '10-29';
  if (n <= 99) return '30-99';
  if (n <= 299) return '100-299';
  return '300+';
}
const placeholder = (s: string) => `[text ${lengthClass(s.trim().length)}]`;

/** Digits and punctuation only ("0/300", "3 / 5"): keep the shape with every digit as 9. */
const NUMERIC = /^[\d\s/.,:+\-–()%]+$/;
function textPlaceholder(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (NUMERIC.test(t) && /\d/.test(t) && t.length <= 20) return `#text[shape "${t.replace(/\d/g, '9')}"]`;
  return `#text[${lengthClass(t.length)}]`;
}

// Tables are space-separated strings: the content script has a 40 KB budget.
/** Path segments kept as they are in hrefs (LinkedIn's routes); any other segment becomes *. */
const ROUTES = new Set((
  'in company school groups events feed posts pulse messaging thread compose new preload custom-invite search-custom-invite search '
  + 'results people mynetwork grow invitation-manager jobs view notifications premium sales lead inbox overlay contact-info details '
  + 'recent-activity me settings help edit').split(' '));
/** Query parameter names kept (values never are); any other name is only counted. */
const PARAMS = new Set('vanityName profileUrn keywords origin trk recipient conversationUrn currentJobId q'.split(' '));
/** An href (or the page's URL) reduced to its route pattern: /in/jane-doe/?x=1#y → /in/*\/?x=*#*. */
export function hrefPattern(href: string): string {
  const raw = href.trim();
  if (!raw) return '';
  let u: URL;
  try { u = new URL(raw, 'https://www.linkedin.com/'); } catch { return '[unparsable]'; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `${u.protocol}*`;
  const host = /(^|\.)linkedin\.com$/i.test(u.hostname) ? '' : 'https://[external]';
  const path = u.pathname.split('/').map((seg) => (seg === '' || ROUTES.has(seg.toLowerCase()) ? seg : '*')).join('/');
  const all = [...new Set([...u.searchParams.keys()])];
  const names = all.filter((k) => PARAMS.has(k)).slice(0, 12).map((k) => `${k}=*`);
  if (all.length > names.length) names.push(`[${all.length - names.length} other]`);
  const query = names.length ? `?${names.join('&')}` : '';
  return `${host}${host ? '/*' : path}${query}${u.hash ? '#*' : ''}`;
}

/** Profile and company slugs the page links to (/in/<slug>/, vanityName=<slug>, /messaging/thread/<id>/). */
const SLUG_SOURCES = [/\/in\/([^/?#]+)/g, /[?&]vanityName=([^&#]+)/g, /\/company\/([^/?#]+)/g, /\/thread\/([^/?#]+)/g];
function slugsOf(href: string, into: Set<string>): void {
  for (const re of SLUG_SOURCES) {
    re.lastIndex = 0;
    for (let m = re.exec(href); m; m = re.exec(href)) {
      let s = m[1]!;
      try { s = decodeURIComponent(s); } catch { /* keep as is */ }
      if (s.length >= 3) into.add(s.toLowerCase());
    }
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks for the structural values (ids, keys, data hooks): member URNs, profile
 * ids (ACoA…, up to a trailing CamelCase word such as "Topcard"), long random
 * tokens, runs of 3+ digits, and the page's own slugs. Classes get all but the digits.
 */
function makeMasker(slugs: Set<string>) {
  const slugRe = slugs.size
    ? new RegExp([...slugs].sort((a, b) => b.length - a.length).slice(0, 300).map(escapeRe).join('|'), 'gi')
    : null;
  const base = (s: string) => {
    let v = s.replace(/urn:li:([A-Za-z_]+):(\([^)]*\)|[A-Za-z0-9-]+)/g, 'urn:li:$1:*');
    v = v.replace(/ACoA[A-Za-z0-9_-]{4,}?(?=(?:[A-Z][a-z]{2,})+$|[^A-Za-z0-9_-]|$)/g, 'ACoA*');
    if (slugRe) v = v.replace(slugRe, '*');
    // long random tokens (letters and digits mixed, 16+)
    v = v.replace(/[A-Za-z0-9_-]{16,}/g, (t) => (/\d/.test(t) && /[A-Za-z]/.test(t) && !/^[a-z]+(?:[-_][a-z]+)*$/.test(t) ? '*' : t));
    return v;
  };
  return {
    token: (s: string) => base(s).replace(/\d{3,}/g, '#').slice(0, 160),
    cls: (s: string) => base(s).slice(0, 80),
  };
}

// ---- attributes

/** aria-* values kept when they are one of ARIA's own tokens (true, polite, dialog…) or a number. */
const ARIA_TOKEN = /^(true|false|mixed|polite|assertive|off|none|list|both|inline|menu|dialog|listbox|tree|grid|page|step|date|time|\d{1,4})$/;
/** aria-* whose values are id references (masked like ids). */
const ARIA_IDREFS = new Set('aria-labelledby aria-describedby aria-controls aria-owns aria-activedescendant'.split(' '));
/** Plain attributes whose values are tokens (kept if they look like one). */
const TOKEN_ATTRS = new Set('role type contenteditable tabindex hidden disabled open maxlength minlength rows dir lang method readonly required'.split(' '));
const TOKEN = /^[\w .:-]{0,40}$/;
/** data-* hooks whose values are structural (masked like ids); any other data-* keeps its name only. */
const DATA_HOOKS = /^data-(view-name|testid|test-[\w-]+|sdui-screen|control-name)$/;

type Masker = ReturnType<typeof makeMasker>;

function attributesOf(el: Element, mask: Masker): string {
  const out: string[] = [];
  for (const a of Array.from(el.attributes).slice(0, 40)) {
    const name = a.name.toLowerCase();
    const v = a.value;
    if (name === 'id') out.push(`id="${mask.token(v)}"`);
    else if (name === 'class') {
      const cls = v.split(/\s+/).filter(Boolean).slice(0, 16).map(mask.cls).join(' ');
      if (cls) out.push(`class="${cls.slice(0, 400)}"`);
    } else if (name === 'componentkey') out.push(`componentkey="${mask.token(v)}"`);
    else if (ARIA_IDREFS.has(name) || name === 'for') out.push(`${name}="${v.split(/\s+/).filter(Boolean).slice(0, 8).map(mask.token).join(' ')}"`);
    else if (TOKEN_ATTRS.has(name)) out.push(TOKEN.test(v) ? `${name}="${v}"` : `${name}=${placeholder(v)}`);
    // aria-label, -description, -placeholder, -valuetext…: text
    else if (name.startsWith('aria-')) out.push(ARIA_TOKEN.test(v) ? `${name}="${v}"` : `${name}=${placeholder(v)}`);
    else if (name === 'href' || name === 'action' || (name === 'src' && el.tagName === 'IFRAME')) out.push(`${name}="${hrefPattern(v)}"`);
    else if (DATA_HOOKS.test(name)) out.push(/^[\w.:()\-,]{0,200}$/.test(v) ? `${name}="${mask.token(v)}"` : `${name}=${placeholder(v)}`);
    else if (name === 'style') {
      if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(v)) out.push('style=[hides it]');
    } else if (/^[a-z][\w-]{0,40}$/.test(name) && !name.startsWith('on')) {
      // name, value, placeholder, title, alt, label, src, srcset, any other data-*: their presence, never their value
      out.push(`${name}=${placeholder(v)}`);
    }
  }
  return out.join(' ');
}

// ---- walking

const SKIP_CHILDREN = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS VIDEO AUDIO PICTURE OBJECT'.split(' '));
const isGarbo = (el: Element) => el.tagName.toLowerCase().startsWith('garbo-');

/** The document of a same-origin iframe, or null (cross-origin, not loaded). */
function frameDoc(el: Element): Document | null {
  if (el.tagName !== 'IFRAME') return null;
  try { return (el as HTMLIFrameElement).contentDocument ?? null; } catch { return null; }
}

/** Every root reachable from `start` (open shadow roots, same-origin iframes), breadth first, bounded. */
function reachableRoots(start: Root): Root[] {
  const roots: Root[] = [start];
  let seen = 0;
  for (let i = 0; i < roots.length && seen < SCAN_CAP; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (++seen > SCAN_CAP) break;
      if (isGarbo(el)) continue;
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const d = frameDoc(el);
      if (d) roots.push(d);
    }
  }
  return roots;
}

/** The focused element, through open shadow roots and same-origin iframes. */
function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let i = 0; el && i < 20; i++) {
    const inner: Element | null | undefined = el.shadowRoot?.activeElement ?? frameDoc(el)?.activeElement;
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';

/** The field the report is about: the focused editor, else Garbo's known fields, else any visible editor. */
function findField(roots: Root[], doc: Document | null): Element | null {
  const active = doc ? deepActive(doc) : null;
  if (active && active.matches(EDITABLE) && !isGarbo(active)) return active;
  for (const list of [INVITE_NOTE, COMPOSER_EDITOR, [EDITABLE]]) {
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll(any(list)))) {
        if (isVisible(el) && !inGarbo(el)) return el;
      }
    }
  }
  return null;
}

function inGarbo(el: Element): boolean {
  const root = el.getRootNode();
  return isShadowRoot(root) && isGarbo(root.host);
}

/** One level up, across shadow roots and out of same-origin iframes. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  if (isShadowRoot(root)) return root.host;
  try { return (root as Document).defaultView?.frameElement ?? null; } catch { return null; }
}

const CONTAINERS: SelectorList = [...INVITE_DIALOG, ...INVITE_DIALOG_FALLBACK, ...COMPOSER_CONTAINER];

/** The block around the field: its dialog or conversation, two levels up for context (out of an iframe too); else six levels up. */
function scopeAround(field: Element): Element {
  let el: Element = closestDeep(field, CONTAINERS) ?? field;
  const levels = el === field ? 6 : 2;
  for (let i = 0; i < levels; i++) {
    let up = parentOf(el);
    if (up && (up.tagName === 'BODY' || up.tagName === 'HTML')) {
      // at the top of a same-origin iframe: continue from the iframe element, so the report shows where the frame sits
      let frame: Element | null = null;
      try { frame = up.ownerDocument.defaultView?.frameElement ?? null; } catch { frame = null; }
      up = frame;
    }
    if (!up) break;
    el = up;
  }
  return el;
}

function describe(el: Element, mask: Masker): string {
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${mask.token(el.id)}` : '';
  const cls = el.classList.length ? `.${Array.from(el.classList).slice(0, 3).map(mask.cls).join('.')}` : '';
  const role = el.getAttribute('role');
  return `${tag}${id}${cls}${role && TOKEN.test(role) ? `[role=${role}]` : ''}`;
}

/** The chain from the document down to the scope, one short step per level. */
function pathTo(el: Element, mask: Masker): string {
  const steps: string[] = [];
  for (let cur: Element | null = el, i = 0; cur && i < 30; i++) {
    steps.unshift(describe(cur, mask));
    const up = parentOf(cur);
    if (up && up !== cur.parentElement) steps.unshift(isShadowRoot(cur.getRootNode()) ? '#shadow-root' : '#document(iframe)');
    cur = up;
  }
  return steps.join(' > ');
}

/** Garbo's main selector lists that match anything reachable (the first thing a maintainer asks). */
const LISTS: Record<string, SelectorList> = {
  INTEROP_OUTLET, INTEROP_IFRAME, INVITE_DIALOG, INVITE_DIALOG_FALLBACK, INVITE_NOTE, INVITE_LINK, PROFILE_TOP_CARD,
  COMPOSER_EDITOR, COMPOSER_CONTAINER, THREAD_RECIPIENT_NAME, BUBBLE_RECIPIENT_NAME, RECIPIENT_PILL,
};
function matchedLists(roots: Root[]): string[] {
  return Object.keys(LISTS).filter((name) => roots.some((r) => !!r.querySelector(any(LISTS[name]!))));
}

/** Build the skeleton of `root` (a document, shadow root or element): see the file's header. */
export function buildSkeleton(root: Document | ShadowRoot | Element, options: SkeletonOptions = {}): PageSkeleton {
  const opts = {
    maxNodes: options.maxNodes ?? DEFAULTS.maxNodes,
    maxDepth: options.maxDepth ?? DEFAULTS.maxDepth,
    maxChars: options.maxChars ?? DEFAULTS.maxChars,
  };
  const doc: Document | null = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const roots = reachableRoots(root);

  // Slugs the page links to, masked wherever they appear in ids, classes and keys.
  const slugs = new Set<string>();
  let looked = 0;
  for (const r of roots) {
    for (const a of Array.from(r.querySelectorAll('[href], [src]'))) {
      if (++looked > SCAN_CAP) break;
      slugsOf(a.getAttribute('href') ?? a.getAttribute('src') ?? '', slugs);
    }
  }
  try { slugsOf(doc?.defaultView?.location?.href ?? '', slugs); } catch { /* no location */ }
  const mask = makeMasker(slugs);

  const field = findField(roots, doc);
  const scopes: Element[] = [];
  if (root.nodeType === 1 && !field) scopes.push(root as Element);
  else if (field) scopes.push(scopeAround(field));
  else {
    const main = root.querySelector('main, [role="main"]') ?? doc?.body ?? null;
    if (main) scopes.push(main);
    // LinkedIn renders its modals and bubbles outside <main>: the interop outlet, dialogs, the messaging overlay.
    if (main && doc) {
      for (const el of Array.from(doc.querySelectorAll('#interop-outlet, [role="dialog"], [role="alertdialog"], dialog, #msg-overlay, iframe'))) {
        if (!main.contains(el) && !scopes.some((s) => s.contains(el)) && !isGarbo(el)) scopes.push(el);
        if (scopes.length > 12) break;
      }
    }
  }

  const lines: string[] = [];
  let chars = 0;
  let nodes = 0;
  let truncated = false;
  const cuts: string[] = [];
  const push = (depth: number, s: string): boolean => {
    if (truncated) return false;
    const line = `${'  '.repeat(Math.min(depth, 60))}${s}`;
    if (chars + line.length + 1 > opts.maxChars) { truncated = true; cuts.push(`character cap (${opts.maxChars})`); return false; }
    lines.push(line);
    chars += line.length + 1;
    return true;
  };

  const walkChildren = (parent: Node, depth: number, hidden: boolean) => {
    for (const child of Array.from(parent.childNodes)) {
      if (truncated) return;
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        if (t.trim()) push(depth, textPlaceholder(t));
      } else if (child.nodeType === 1) {
        walk(child as Element, depth, hidden);
      }
    }
  };

  const walk = (el: Element, depth: number, parentHidden = false) => {
    if (truncated || isGarbo(el)) return;
    if (nodes >= opts.maxNodes) { truncated = true; cuts.push(`node cap (${opts.maxNodes})`); return; }
    nodes++;
    const tag = el.tagName.toLowerCase();
    const attrs = attributesOf(el, mask);
    const control = el as HTMLInputElement;
    const value = (tag === 'textarea' || tag === 'input' || tag === 'select') && typeof control.value === 'string' && control.value
      ? ` value=${placeholder(control.value)}` : '';
    const hidden = !parentHidden && !isVisible(el);
    const marks = `${el === field ? '   <- field' : ''}${hidden ? '   (not visible)' : ''}`;
    if (!push(depth, `<${tag}${attrs ? ` ${attrs}` : ''}${value}>${marks}`)) return;
    if (SKIP_CHILDREN.has(el.tagName.toUpperCase()) || tag === 'textarea') return; // a textarea's text is its value
    const kids = el.childNodes.length + (el.shadowRoot ? 1 : 0);
    const sub = frameDoc(el);
    if (depth >= opts.maxDepth && (kids || sub)) {
      push(depth + 1, `… ${kids} more below the depth cap`);
      if (!cuts.includes(`depth cap (${opts.maxDepth})`)) cuts.push(`depth cap (${opts.maxDepth})`);
      return;
    }
    if (el.shadowRoot) {
      push(depth + 1, '#shadow-root (open)');
      walkChildren(el.shadowRoot, depth + 2, hidden || parentHidden);
    }
    if (el.tagName === 'IFRAME') {
      if (sub?.body) {
        push(depth + 1, '#document (same-origin iframe)');
        walk(sub.body, depth + 2, hidden || parentHidden);
      } else {
        push(depth + 1, '#document (not readable)');
      }
    }
    walkChildren(el, depth + 1, hidden || parentHidden);
  };

  const header: string[] = [
    `Garbo page skeleton v${SKELETON_VERSION} (texts, values and names replaced by their length)`,
    `page: ${hrefPattern(doc?.defaultView?.location?.href ?? '')}   lang: ${TOKEN.test(doc?.documentElement.lang ?? '') ? doc?.documentElement.lang || '-' : '?'}   `
      + `title: ${placeholder(doc?.title ?? '')}`,
    `scope: ${field ? `around the field ${describe(field, mask)}` : 'no field: main and modal roots'}`,
    `selectors matching: ${matchedLists(roots).join(', ') || 'none'}`,
  ];
  for (const scope of scopes) {
    if (truncated) break;
    push(0, `--- ${pathTo(scope, mask)}`);
    walk(scope, 0);
  }
  if (cuts.length) header.push(`cut short: ${[...new Set(cuts)].join(', ')}; ${nodes} elements written`);
  else header.push(`${nodes} elements`);
  const text = `${header.join('\n')}\n${lines.join('\n')}\n`;
  return { text, scope: field ? 'field' : 'main', nodes, truncated: cuts.length > 0 };
}
