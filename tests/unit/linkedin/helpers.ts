// Builds test pages from OUR fixture HTML (tests/fixtures/site and tests/fixtures/dom)
// with DOM APIs: DOMParser on our own static files, then adoptNode into the test document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../fixtures');

export function fixtureText(rel: string): string {
  return readFileSync(resolve(FIXTURES, rel), 'utf8');
}

function parse(rel: string): Document {
  return new DOMParser().parseFromString(fixtureText(rel), 'text/html');
}

/** Nodes of a fixture's body, adopted into `doc` (scripts dropped: fixture.js is the e2e's job). */
export function nodesOf(rel: string, doc: Document = document): Node[] {
  const src = parse(rel);
  for (const s of Array.from(src.querySelectorAll('script'))) s.remove();
  return Array.from(src.body.childNodes).map((n) => doc.importNode(n, true));
}

/** The first element of a fixture snippet, adopted into `doc`. */
export function elementOf<T extends Element = HTMLElement>(rel: string, doc: Document = document): T {
  const el = nodesOf(rel, doc).find((n) => n.nodeType === 1);
  if (!el) throw new Error(`no element in ${rel}`);
  return el as T;
}

/** Make `document` look like a fixture-site page at a LinkedIn URL. */
export function loadPage(rel: string | null, url: string): void {
  (window as any).happyDOM.setURL(url);
  if (rel) {
    const src = parse(rel);
    document.title = src.title;
    document.documentElement.lang = src.documentElement.lang;
    document.body.replaceChildren(...nodesOf(rel));
  } else {
    document.title = '';
    document.body.replaceChildren();
  }
}

/** Open shadow root of #interop-outlet (created when missing). */
export function outletRoot(doc: Document = document): ShadowRoot {
  let host = doc.getElementById('interop-outlet');
  if (!host) {
    host = doc.createElement('div');
    host.id = 'interop-outlet';
    doc.body.append(host);
  }
  return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
}

/** Let microtasks (the watcher's coalesced pass) and MutationObserver callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
