// Watches a LinkedIn page for Garbo's fields: the invite note and the message
// composers. LinkedIn is a single-page app that renders its legacy modals in
// the open shadow root of #interop-outlet (a MutationObserver on the document
// does not see inside it) and some surfaces in a same-origin interop iframe,
// so every such root gets its own observer. Mutations are coalesced into one
// pass per microtask, and a pass only looks into added subtrees that contain a
// candidate (querySelector on the added node), so pages without a field cost
// next to nothing. Each field is attached once and detached when it leaves the
// page; no exception ever reaches the page.
import type { FieldHandle, WatchCallbacks } from './types';
import { CANDIDATES, INTEROP_IFRAME, INTEROP_OUTLET, INVITE_LINK, INVITE_NOTE, any } from './selectors';
import { all, isShadowRoot, isTextarea } from './dom';
import {
  createInviteNote, createInviteStage1, findInviteDialogs, isStage1, noteEditorOf, rememberInviteLink,
} from './adapters/invite-note';
import { createComposer, findComposers } from './adapters/composer';

const CANDIDATE = any(CANDIDATES);
const OUTLET = any(INTEROP_OUTLET);
const IFRAME = any(INTEROP_IFRAME);
const INVITE_CONTROL = any(INVITE_LINK);
/** Safety net for a shadow root attached to an existing host (attachShadow is not a mutation). */
const OUTLET_RECHECK_MS = 2000;

/** The real target of an event, also when it comes from inside a shadow root (events are retargeted to the host). */
export function eventTarget(ev: Event): EventTarget | null {
  try {
    const path = typeof ev.composedPath === 'function' ? ev.composedPath() : [];
    return path[0] ?? ev.target;
  } catch {
    return ev.target;
  }
}

/**
 * Should the content script running in this window watch it? Not in an interop
 * iframe whose same-origin parent already watches it (that would attach twice).
 */
export function shouldWatchFrame(win: Window): boolean {
  try {
    const host = win.frameElement;
    return !(host && host.matches(IFRAME));
  } catch {
    return true;
  }
}

type Root = Document | ShadowRoot;

export function watchFields(doc: Document, cb: WatchCallbacks): () => void {
  let disposed = false;
  let scheduled = false;
  let removals = false;
  const pending: Node[] = [];
  const observers: MutationObserver[] = [];
  const observed = new WeakSet<Node>();
  const docs: Document[] = [];
  const frames = new Map<Document, HTMLIFrameElement>();
  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  const attached = new Map<Element, FieldHandle>();
  const stage1Seen = new WeakSet<Element>();
  const cleanups: Array<() => void> = [];

  const fail = (reason: string, error?: unknown) => {
    try { cb.failed?.(reason, error); } catch { /* never into the page */ }
  };
  const safely = (reason: string, fn: () => void) => {
    try { fn(); } catch (e) { fail(reason, e); }
  };

  const schedule = () => {
    if (scheduled || disposed) return;
    scheduled = true;
    queueMicrotask(() => { scheduled = false; if (!disposed) safely('scan', flush); });
  };

  const docAlive = (d: Document) => {
    if (d === doc) return true;
    const frame = frames.get(d);
    if (!frame) return true;
    try { return frame.isConnected && frame.contentDocument === d; } catch { return false; }
  };

  const observe = (root: Root) => {
    if (observed.has(root)) return;
    observed.add(root);
    const Ctor = (root.ownerDocument ?? (root as Document)).defaultView?.MutationObserver ?? MutationObserver;
    const mo = new Ctor((records) => {
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) pending.push(n);
        if (r.removedNodes.length) removals = true;
      }
      schedule();
    });
    mo.observe(root, { childList: true, subtree: true });
    observers.push(mo);
    pending.push(root);
    schedule();
  };

  const watchDocument = (d: Document) => {
    if (observed.has(d)) return;
    docs.push(d);
    // Clicks and focus from inside shadow roots reach the document (composed); their path shows the roots.
    const onClick = (ev: Event) => safely('click', () => {
      const path = ev.composedPath();
      // Only the user's own click says which person an invite dialog is for (a page script could fake one).
      for (const n of ev.isTrusted === false ? [] : path) {
        if ((n as Node).nodeType === 1 && (n as Element).matches(INVITE_CONTROL)) {
          rememberInviteLink((n as Element).getAttribute('href'));
          break;
        }
      }
      discoverRoots(path);
    });
    const onFocus = (ev: Event) => safely('focus', () => discoverRoots(ev.composedPath()));
    d.addEventListener('click', onClick, true);
    d.addEventListener('focusin', onFocus, true);
    cleanups.push(() => {
      d.removeEventListener('click', onClick, true);
      d.removeEventListener('focusin', onFocus, true);
    });
    observe(d);
  };

  /**
   * Other shadow roots (not an interop outlet's) are watched only once they hold
   * a candidate: a page's own widgets, and Garbo's own panel, re-render often
   * and must cost the watcher nothing. They are looked at again on every
   * insertion, focus or click that reveals them.
   */
  const maybeObserve = (root: ShadowRoot) => {
    if (observed.has(root)) return;
    if (root.host.matches(OUTLET) || root.querySelector(CANDIDATE)) observe(root);
  };

  const discoverRoots = (path: EventTarget[]) => {
    for (const n of path) if (isShadowRoot(n as Node)) maybeObserve(n as ShadowRoot);
  };

  const watchFrame = (iframe: HTMLIFrameElement) => {
    if (watchedFrames.has(iframe)) return;
    watchedFrames.add(iframe);
    const tryDoc = () => safely('iframe', () => {
      let d: Document | null = null;
      try { d = iframe.contentDocument; } catch { d = null; } // cross-origin: not ours to read
      removals = true; // a navigation inside the frame drops its old fields
      if (d) { frames.set(d, iframe); watchDocument(d); }
      schedule();
    });
    iframe.addEventListener('load', tryDoc);
    cleanups.push(() => iframe.removeEventListener('load', tryDoc));
    tryDoc();
  };

  const checkOutlets = (scope: Document | ShadowRoot | Element) => {
    const hosts: Element[] = [];
    if ('matches' in scope && scope.matches(OUTLET)) hosts.push(scope);
    hosts.push(...Array.from(scope.querySelectorAll(OUTLET)));
    for (const host of hosts) if (host.shadowRoot) observe(host.shadowRoot);
  };

  const attach = (h: FieldHandle | null) => {
    if (!h || attached.has(h.editor)) return;
    attached.set(h.editor, h);
    safely('attach', () => cb.attach(h));
  };

  const detach = (editor: Element, h: FieldHandle) => {
    attached.delete(editor);
    safely('detach', () => cb.detach(h));
  };

  const scan = (scope: Node) => {
    const s = scope as Document | ShadowRoot | Element;
    const isEl = scope.nodeType === 1;
    if (isEl) {
      const el = scope as Element;
      if (el.shadowRoot) maybeObserve(el.shadowRoot);
      // The cheap test that keeps pages without a field idle.
      if (!el.matches(CANDIDATE) && !el.querySelector(CANDIDATE)) return;
    }
    checkOutlets(s);
    const iframes: Element[] = [];
    if (isEl && (scope as Element).matches(IFRAME)) iframes.push(scope as Element);
    iframes.push(...Array.from(s.querySelectorAll(IFRAME)));
    for (const f of iframes) if (f.tagName === 'IFRAME') watchFrame(f as HTMLIFrameElement);

    for (const dialog of findInviteDialogs(s)) {
      safely('invite', () => {
        if (!noteEditorOf(dialog) && isStage1(dialog) && !stage1Seen.has(dialog)) {
          stage1Seen.add(dialog);
          cb.inviteStage1?.(createInviteStage1(dialog));
        }
      });
    }
    // Note fields: in a dialog just added, or added into a dialog already on the page (stage 1 → 2 in place).
    const notes = all<HTMLElement>(s, INVITE_NOTE);
    if (isEl && (scope as Element).matches(any(INVITE_NOTE))) notes.push(scope as HTMLElement);
    for (const ta of notes) {
      if (!isTextarea(ta) || attached.has(ta)) continue;
      safely('invite', () => {
        const h = createInviteNote(ta);
        if (h) attach(h);
        // The note's own id but no dialog Garbo recognises around it: LinkedIn changed the markup.
        else if (ta.id === 'custom-message') fail('invite: no dialog around the note field');
      });
    }
    for (const ed of findComposers(s)) safely('composer', () => attach(createComposer(ed)));
  };

  function flush() {
    if (removals) {
      removals = false;
      for (const [editor, h] of [...attached]) {
        let live = false;
        try { live = h.isConnected() && docAlive(editor.ownerDocument); } catch { live = false; }
        if (!live) detach(editor, h);
      }
    }
    // getElementById is a hash lookup: cheap enough for every pass (the full list waits for the timer).
    for (const d of docs) {
      const host = docAlive(d) ? d.getElementById('interop-outlet') : null;
      if (host?.shadowRoot) observe(host.shadowRoot);
    }
    const batch = pending.splice(0);
    for (const n of batch) {
      if (n.nodeType === 1 && !(n as Element).isConnected) continue;
      scan(n);
    }
  }

  safely('start', () => {
    watchDocument(doc);
    const timer = setInterval(() => safely('outlet', () => {
      for (const d of docs) if (docAlive(d)) checkOutlets(d);
    }), OUTLET_RECHECK_MS);
    cleanups.push(() => clearInterval(timer));
  });

  return () => {
    if (disposed) return;
    disposed = true;
    for (const mo of observers) mo.disconnect();
    for (const c of cleanups) safely('dispose', c);
    for (const [editor, h] of [...attached]) detach(editor, h);
  };
}
