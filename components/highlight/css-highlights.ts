// Underlines in contenteditable editors with the CSS Custom Highlight API:
// no element is ever inserted into LinkedIn's editor, only Range objects are
// registered. The registry (CSS.highlights) is per document and shared by every
// field on the page, so each field owns its own set of ranges and the two
// named highlights are rebuilt from all of them.
//
// Styles: `::highlight(garbo-spelling)` / `::highlight(garbo-issue)` rules
// must exist where the ranges are painted. Chrome applies document-level
// ::highlight rules inside shadow roots, but Firefox does not inherit them
// across the shadow boundary (w3c/csswg-drafts#12497, Bugzilla 1868009), so
// the rule is also adopted by each ShadowRoot an editor lives in. In Firefox a
// content script's constructed stylesheet cannot always be adopted by a page
// shadow root (Xray wrappers), so there we fall back to one small <style>
// element in that shadow root: fixed CSS, never user text.

export const HIGHLIGHT_NAMES = { spelling: 'garbo-spelling', issue: 'garbo-issue' } as const;

export const HIGHLIGHT_CSS =
  `::highlight(${HIGHLIGHT_NAMES.spelling}){text-decoration:underline wavy #d93025;text-decoration-thickness:1.5px;text-decoration-skip-ink:none}` +
  `::highlight(${HIGHLIGHT_NAMES.issue}){background-color:rgba(232,163,23,.25);text-decoration:underline wavy #e8a317;text-decoration-skip-ink:none}`;

const STYLE_ID = 'garbo-highlight-style';

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

const styled = new WeakSet<Document | ShadowRoot>();

/** Make the ::highlight rules apply in `root` (and in its document). Idempotent. */
export function ensureHighlightStyle(root: Document | ShadowRoot): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  if (!styled.has(doc) && !doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  styled.add(doc);
  if (root.nodeType === 9 || styled.has(root)) return;
  const shadow = root as ShadowRoot;
  let adopted = false;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      adopted = true;
    }
  } catch { adopted = false; }
  if (!adopted) {
    const style = doc.createElement('style');
    style.setAttribute('data-garbo', 'highlight');
    style.textContent = HIGHLIGHT_CSS;
    shadow.append(style);
  }
  styled.add(shadow);
}

type Win = Window & typeof globalThis;
type Owner = object;
const ranges = new Map<Owner, { win: Win; spelling: Range[]; issue: Range[] }>();

function rebuild(win: Win): void {
  if (!highlightsSupported(win)) return;
  const reg = (win.CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const H = (win as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  const mine = [...ranges.values()].filter((r) => r.win === win);
  for (const kind of ['spelling', 'issue'] as const) {
    const all = mine.flatMap((r) => r[kind]);
    if (all.length) reg.set(HIGHLIGHT_NAMES[kind], new H(...all));
    else reg.delete(HIGHLIGHT_NAMES[kind]);
  }
}

/** Replace the ranges one field (`owner`) contributes to its window's registry. */
export function setFieldHighlights(owner: Owner, spelling: Range[], issue: Range[], win: Win = window): void {
  if (spelling.length === 0 && issue.length === 0) ranges.delete(owner);
  else ranges.set(owner, { win, spelling, issue });
  rebuild(win);
}

export function clearFieldHighlights(owner: Owner, win: Win = window): void {
  if (ranges.delete(owner)) rebuild(win);
}
