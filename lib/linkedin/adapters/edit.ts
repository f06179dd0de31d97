// Reading and editing LinkedIn's fields the way their own editors do.
//
// Contenteditable text model (msg-form__contenteditable): one block per <p>
// (or other block child), blocks joined with "\n"; inside a block text nodes
// in order and each <br> as "\n", except the block's trailing <br>, which is
// only the placeholder that keeps an empty line open (`<p><br></p>` is "").
// getText(), rangeFor() and replaceRange() all use this one model, so offsets
// agree between them. Offsets are UTF-16 code units, like JavaScript strings.

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

type Item =
  | { kind: 'text'; node: Text; start: number; end: number }
  | { kind: 'br'; node: Element; start: number };

interface Block { el: Node | null; start: number; end: number }

export interface EditorModel {
  text: string;
  items: Item[];
  blocks: Block[];
}

/** The text model of a contenteditable editor. */
export function readEditor(editor: Element): EditorModel {
  const m: EditorModel = { text: '', items: [], blocks: [] };
  let block: Block | undefined, br: Element | undefined;
  // A <br> counts once something follows it in its block: the block's trailing one only keeps an empty line open.
  const flush = () => { if (br) m.items.push({ kind: 'br', node: br, start: m.text.length }), m.text += '\n'; br = undefined; };
  const add = (n: Node) => {
    if (n.nodeType === 3) {
      flush();
      const data = (n as Text).data;
      m.items.push({ kind: 'text', node: n as Text, start: m.text.length, end: m.text.length + data.length });
      m.text += data;
    } else if ((n as Element).tagName === 'BR') { flush(); br = n as Element; } else if (n.nodeType === 1) n.childNodes.forEach(add);
  };
  const open = (el: Node | null) => {
    if (block) { block.end = m.text.length; m.text += '\n'; }
    br = undefined;
    m.blocks.push(block = { el, start: m.text.length, end: 0 });
  };
  editor.childNodes.forEach((c) => {
    if (c.nodeType === 1 && BLOCK.has((c as Element).tagName)) { open(c); c.childNodes.forEach(add); } else if (c.nodeType === 3 || c.nodeType === 1) {
      if (!block || block.el) open(null);
      add(c);
    }
  });
  if (block) block.end = m.text.length;
  return m;
}

/** The length of the model's text (the same as `text.length` until editModel moved its offsets). */
export const modelEnd = (model: EditorModel): number => model.blocks[model.blocks.length - 1]?.end ?? 0;

/**
 * Bring `model` up to date after an edit [p, ea, eb] inside its text item `k` (offsets in the node's old and new
 * data): the offsets of that item and of the items and paragraphs after it. O(items), never O(text): `model.text`
 * stays as read (see modelText).
 */
export function editModel(model: EditorModel, k: number, [, ea, eb]: [number, number, number]): void {
  const s = model.items[k]!.start, d = eb - ea;
  model.items.forEach((it, i) => {
    if (i > k) it.start += d;
    if (i >= k && it.kind === 'text') it.end += d;
  });
  for (const b of model.blocks) {
    if (b.start > s) b.start += d;
    if (b.end >= s) b.end += d;
  }
}

/** The text of a model kept by editModel, from its nodes' data (`old`: what some of them held before edits it does not know of). */
export function modelText(model: EditorModel, old?: Map<Node, string>): string {
  let t = '';
  // Between two items, and after the last, there are only line breaks: a paragraph's end or a <br>.
  for (const it of model.items) {
    t = t.padEnd(it.start, '\n');
    if (it.kind === 'text') t += old?.get(it.node) ?? it.node.data;
  }
  return t.padEnd(modelEnd(model), '\n');
}

type Point = [Node, number];

function indexIn(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode!.childNodes, node);
}

/** The DOM point for a text offset (clamped to the text). */
export function pointFor(editor: Element, model: EditorModel, offset: number): Point {
  const o = Math.max(0, Math.min(offset, modelEnd(model)));
  // (Offsets inside a text node are found by rangesForEditor, the only caller.)
  for (const it of model.items) {
    if (it.kind === 'br' && o === it.start) return [it.node.parentNode!, indexIn(it.node)];
    if (it.kind === 'br' && o === it.start + 1) return [it.node.parentNode!, indexIn(it.node) + 1];
  }
  for (const b of model.blocks) {
    if (o >= b.start && o <= b.end && b.el) return [b.el, 0];
  }
  return [editor, editor.childNodes.length];
}

/** A DOM Range over text[start, end) of a contenteditable editor. */
export const rangeForEditor = (editor: Element, start: number, end: number): Range => rangesForEditor(editor, [{ start, end }])[0]!;

function selectionOf(editor: Element): Selection | null {
  const root = editor.getRootNode() as Document & { getSelection?: () => Selection | null };
  // Chromium exposes getSelection() on shadow roots; the document's selection works everywhere else.
  return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? editor.ownerDocument.getSelection();
}

/** The element has focus in its own root (document or shadow root). */
function focused(el: Element): boolean {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  return !!active && (active === el || el.contains(active));
}

function execInsert(doc: Document, text: string): boolean {
  try {
    // execCommand is what LinkedIn's own editor listens to: its counter, Send button and undo follow.
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Multi-line text goes in one line at a time with a new paragraph between
 * (Firefox mishandles "\n" in insertText on a contenteditable; LinkedIn's model is a <p> per line).
 */
function execInsertLines(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  if (lines.length === 1) return execInsert(doc, text);
  if (!execInsert(doc, lines[0]!)) return false;
  for (const line of lines.slice(1)) {
    try { doc.execCommand('insertParagraph', false); } catch { /* keeps going: text still lands */ }
    if (line) execInsert(doc, line);
  }
  return true;
}

function fireInput(el: Element, text: string): void {
  const win = el.ownerDocument.defaultView;
  const Ctor = (win as (Window & typeof globalThis) | null)?.InputEvent ?? InputEvent;
  el.dispatchEvent(new Ctor('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Replace text[start, end) of a contenteditable editor, as typing would. */
export function insertIntoEditor(editor: HTMLElement, start: number, end: number, text: string): void {
  editor.focus(); // LinkedIn may rebuild the editor's nodes on focus: compute the range after it
  const range = rangeForEditor(editor, start, end);
  const sel = selectionOf(editor);
  if (sel) {
    sel.removeAllRanges();
    sel.addRange(range);
  }
  if (sel && focused(editor) && execInsertLines(editor.ownerDocument, text)) return;
  // Fallback (no execCommand): edit the nodes directly and tell the page with an input event.
  const blockOf = (n: Node): Node | null => {
    let x: Node | null = n;
    while (x && x.parentNode !== editor) x = x.parentNode;
    return x;
  };
  const startBlock = blockOf(range.startContainer);
  const endBlock = blockOf(range.endContainer);
  range.deleteContents();
  if (startBlock && endBlock && startBlock !== endBlock && startBlock.parentNode === editor && endBlock.parentNode === editor) {
    // the deleted newline joins the two paragraphs, as the editor itself would
    while (endBlock.firstChild) startBlock.appendChild(endBlock.firstChild);
    endBlock.parentNode.removeChild(endBlock);
  }
  if (text) {
    const node = editor.ownerDocument.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    if (sel) { sel.removeAllRanges(); sel.addRange(range); }
  }
  for (const block of Array.from(editor.children)) {
    // a paragraph emptied by the edit keeps its line open with LinkedIn's placeholder <br>
    if (BLOCK.has(block.tagName) && !block.textContent && !block.querySelector('br')) {
      block.append(editor.ownerDocument.createElement('br'));
    }
  }
  if (!editor.firstChild) {
    const p = editor.ownerDocument.createElement('p');
    p.append(editor.ownerDocument.createElement('br'));
    editor.append(p);
  }
  fireInput(editor, text);
}

/** Replace text[start, end) of a textarea, as typing would (undo and the page's counter follow). */
export function insertIntoTextarea(ta: HTMLTextAreaElement, start: number, end: number, text: string): void {
  const len = ta.value.length;
  const a = Math.max(0, Math.min(start, end, len));
  const b = Math.min(len, Math.max(start, end));
  ta.focus();
  ta.setSelectionRange(a, b);
  if (focused(ta) && execInsert(ta.ownerDocument, text)) return;
  ta.setRangeText(text, a, b, 'end');
  ta.setSelectionRange(a + text.length, a + text.length); // caret after the new text, as typing leaves it
  fireInput(ta, text);
}

/**
 * DOM Ranges for many spans with one read of the editor (a long draft with
 * thousands of flagged words must not re-read the editor once per word): each
 * offset is found by binary search over the text nodes.
 */
export function rangesForEditor(editor: Element, spans: ReadonlyArray<{ start: number; end: number }>, model: EditorModel = readEditor(editor)): Range[] {
  const texts = model.items.filter((it): it is Extract<Item, { kind: 'text' }> => it.kind === 'text');
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, modelEnd(model)));
    let lo = 0, hi = texts.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (texts[mid]!.start <= o) { hit = mid; lo = mid + 1; } else hi = mid - 1;
    }
    // A caret between two text nodes belongs to the end of the earlier one, as in pointFor.
    while (hit > 0 && texts[hit - 1]!.end >= o && texts[hit]!.start === o) hit--;
    const t = texts[hit];
    if (t && o >= t.start && o <= t.end) return [t.node, o - t.start];
    return pointFor(editor, model, o);
  };
  const doc = editor.ownerDocument;
  return spans.map((s) => {
    const r = doc.createRange();
    const [sn, so] = point(Math.min(s.start, s.end));
    const [en, eo] = point(Math.max(s.start, s.end));
    r.setStart(sn, so);
    r.setEnd(en, eo);
    return r;
  });
}
