// Long drafts (issue 15.5): ranges only for the marks on screen, at most
// MAX_RANGES nearest the caret; and one read of the editor for many ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_RANGES, pickMarks } from '../../../entrypoints/linkedin.content/field/highlights';
import { rangeForEditor, rangesForEditor, readEditor } from '../../../lib/linkedin/adapters/edit';
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
  it('gives the same ranges as rangeForEditor, span by span, over paragraphs and line breaks (property)', () => {
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
          const one = rangeForEditor(editor, s.start, s.end);
          expect(batch[i]!.toString()).toBe(one.toString());
        });
      },
    ), { numRuns: 200 });
  });
});
