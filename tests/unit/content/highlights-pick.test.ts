// Long drafts (issue 15.5): ranges only for the marks on screen, at most
// MAX_RANGES nearest the caret; and one read of the editor for many ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_RANGES, pickMarks } from '../../../entrypoints/linkedin.content/field/highlights';
import { editModel, modelEnd, modelText, rangeForEditor, rangesForEditor, readEditor } from '../../../lib/linkedin/adapters/edit';
import { textEdit } from '../../../lib/content/marks';
import type { Mark } from '../../../lib/content/marks';

const mark = (start: number): Mark => ({ start, end: start + 3, kind: 'spelling' });

describe('pickMarks', () => {
  it('keeps only the marks in the visible windows', () => {
    const marks = [0, 10, 20, 30, 40].map(mark);
    expect(pickMarks(marks, [[9, 21]], 0).map((m) => m.start)).toEqual([10, 20]);
    expect(pickMarks(marks, undefined, 0)).toHaveLength(5);
  });
  it('caps thousands of marks to the ones nearest the caret, in text order', () => {
    const marks = Array.from({ length: 3000 }, (_, i) => mark(i * 10));
    const picked = pickMarks(marks, undefined, 29_990);
    expect(picked).toHaveLength(MAX_RANGES);
    expect(picked[picked.length - 1]!.start).toBe(29_990);
    expect(picked[0]!.start).toBe(29_990 - (MAX_RANGES - 1) * 10);
    expect(picked.every((m, i) => i === 0 || picked[i - 1]!.start < m.start)).toBe(true);
  });
});

describe('rangesForEditor', () => {
  // The DOM point of a text offset, found the slow and obvious way: the first text node holding it, else the
  // point before or after a <br> at it, else the paragraph's start.
  const naivePoint = (editor: Element, offset: number): [Node, number] => {
    const m = readEditor(editor);
    const o = Math.max(0, Math.min(offset, m.text.length));
    const t = m.items.find((it) => it.kind === 'text' && o >= it.start && o <= it.end);
    if (t) return [t.node, o - t.start];
    for (const it of m.items) {
      const at = it.kind === 'br' ? [...it.node.parentNode!.childNodes].indexOf(it.node) : -1;
      if (it.kind === 'br' && o === it.start) return [it.node.parentNode!, at];
      if (it.kind === 'br' && o === it.start + 1) return [it.node.parentNode!, at + 1];
    }
    const b = m.blocks.find((x) => o >= x.start && o <= x.end && x.el);
    return b ? [b.el!, 0] : [editor, editor.childNodes.length];
  };
  it('gives each span the DOM points of the text model, over paragraphs and line breaks (property)', () => {
    const editor = document.createElement('div');
    fc.assert(fc.property(
      fc.array(fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constant('<br>')), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 8 }),
      (paras, spans) => {
        editor.replaceChildren(...paras.map((parts) => {
          const p = document.createElement('p');
          for (const x of parts) p.append(x === '<br>' ? document.createElement('br') : document.createTextNode(x));
          return p;
        }));
        const len = readEditor(editor).text.length;
        const list = spans.map(([a, b]) => ({ start: Math.min(a, len), end: Math.min(a + b, len) }));
        const batch = rangesForEditor(editor, list);
        list.forEach((s, i) => {
          const [sn, so] = naivePoint(editor, s.start), [en, eo] = naivePoint(editor, s.end);
          for (const r of [batch[i]!, rangeForEditor(editor, s.start, s.end)]) {
            // toBe: the very nodes (toEqual would accept a look-alike text node elsewhere).
            expect(r.startContainer).toBe(sn);
            expect(r.endContainer).toBe(en);
            expect([r.startOffset, r.endOffset]).toEqual([so, eo]);
          }
        });
      },
    ), { numRuns: 200 });
  });
});

describe('readEditor', () => {
  // The text model spelled out in two passes: each paragraph's inline nodes in order, its trailing <br> dropped.
  const naiveRead = (editor: Element) => {
    const groups: Array<{ el: Node | null; nodes: Node[] }> = [];
    const inline = (n: Node, out: Node[]): void => {
      for (const c of [...n.childNodes]) {
        if (c.nodeType === 3 || (c as Element).tagName === 'BR') out.push(c);
        else if (c.nodeType === 1) inline(c, out);
      }
    };
    for (const c of [...editor.childNodes]) {
      const block = c.nodeType === 1 && ['P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'].includes((c as Element).tagName);
      if (block) groups.push({ el: c, nodes: [] });
      else if (c.nodeType !== 3 && c.nodeType !== 1) continue;
      else if (!groups.length || groups.at(-1)!.el) groups.push({ el: null, nodes: [] });
      if (block) inline(c, groups.at(-1)!.nodes);
      else if (c.nodeType === 3 || (c as Element).tagName === 'BR') groups.at(-1)!.nodes.push(c);
      else inline(c, groups.at(-1)!.nodes);
    }
    let text = '';
    const items: Array<[Node, number]> = [], blocks: Array<[Node | null, number, number]> = [];
    groups.forEach((g, i) => {
      if (i) text += '\n';
      const start = text.length;
      const nodes = g.nodes.at(-1)?.nodeType === 1 ? g.nodes.slice(0, -1) : g.nodes;
      for (const n of nodes) { items.push([n, text.length]); text += n.nodeType === 3 ? (n as Text).data : '\n'; }
      blocks.push([g.el, start, text.length]);
    });
    return { text, items, blocks };
  };
  it('reads paragraphs, loose text, inline elements and line breaks as the two-pass model does (property)', () => {
    const editor = document.createElement('div');
    const inline = fc.oneof(fc.string({ maxLength: 4 }), fc.constant('<br>'), fc.constant('<b>'), fc.constant('<!>'));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('p', 'div', 'loose', 'span'), fc.array(inline, { maxLength: 4 })), { maxLength: 5 }), (parts) => {
      const make = (x: string): Node => x === '<br>' ? document.createElement('br') : x === '<!>' ? document.createComment('c')
        : x === '<b>' ? Object.assign(document.createElement('b'), { textContent: 'b' }) : document.createTextNode(x);
      editor.replaceChildren(...parts.flatMap(([tag, xs]) => {
        if (tag === 'loose') return xs.map(make);
        const el = document.createElement(tag);
        el.append(...xs.map(make));
        return [el];
      }));
      const got = readEditor(editor), want = naiveRead(editor);
      expect(got.text).toBe(want.text);
      expect(got.items.length).toBe(want.items.length);
      got.items.forEach((it, i) => { expect(it.node).toBe(want.items[i]![0]); expect(it.start).toBe(want.items[i]![1]); });
      expect(got.blocks.length).toBe(want.blocks.length);
      got.blocks.forEach((b, i) => { expect(b.el).toBe(want.blocks[i]![0]); expect([b.start, b.end]).toEqual([want.blocks[i]![1], want.blocks[i]![2]]); });
    }), { numRuns: 300 });
  });
});

describe('editModel (the text model kept from typing)', () => {
  it('after an edit inside one text node, equals a fresh read of the editor: text, node offsets, paragraphs (property)', () => {
    const editor = document.createElement('div');
    const part = fc.oneof(fc.string({ maxLength: 6 }), fc.constant('<br>'));
    fc.assert(fc.property(
      fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      fc.nat(20), fc.nat(8), fc.nat(3), fc.string({ maxLength: 3 }),
      (paras, which, at, del, ins) => {
        editor.replaceChildren(...paras.map((parts) => {
          const p = document.createElement('p');
          for (const x of parts) p.append(x === '<br>' ? document.createElement('br') : document.createTextNode(x));
          return p;
        }));
        const kept = readEditor(editor);
        const texts = kept.items.map((it, k) => [it, k] as const).filter(([it]) => it.kind === 'text');
        if (!texts.length) return;
        const [item, k] = texts[which % texts.length]!;
        const node = item.node as Text, old = node.data;
        const pos = Math.min(at, old.length);
        node.replaceData(pos, del, ins);
        editModel(kept, k, textEdit(old, node.data));
        const fresh = readEditor(editor);
        expect(modelText(kept)).toBe(fresh.text);
        expect(modelEnd(kept)).toBe(fresh.text.length);
        expect(kept.items.map((it) => [it.node, it.start, it.kind === 'text' ? it.end : -1])).toEqual(fresh.items.map((it) => [it.node, it.start, it.kind === 'text' ? it.end : -1]));
        expect(kept.blocks.map((b) => [b.start, b.end])).toEqual(fresh.blocks.map((b) => [b.start, b.end]));
      },
    ), { numRuns: 300 });
  });
  it('gives back the text from before a change it was not told of, from the data the changed nodes held (property)', () => {
    const editor = document.createElement('div');
    const part = fc.oneof(fc.string({ maxLength: 6 }), fc.constant('<br>'));
    fc.assert(fc.property(fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.nat(20), fc.string({ maxLength: 3 }), (paras, which, ins) => {
      editor.replaceChildren(...paras.map((parts) => {
        const p = document.createElement('p');
        for (const x of parts) p.append(x === '<br>' ? document.createElement('br') : document.createTextNode(x));
        return p;
      }));
      const kept = readEditor(editor), before = kept.text;
      const texts = kept.items.filter((it) => it.kind === 'text');
      const old = new Map<Node, string>();
      if (texts.length) {
        const node = texts[which % texts.length]!.node as Text;
        old.set(node, node.data);
        node.data = ins + node.data; // then a new paragraph, and the first one goes (LinkedIn re-rendering)
      }
      editor.append(document.createElement('p'));
      editor.firstChild!.remove();
      expect(modelText(kept, old)).toBe(before);
    }), { numRuns: 300 });
  });
});
