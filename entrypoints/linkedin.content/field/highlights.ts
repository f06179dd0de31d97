// The flagged words of one field: marks kept in step with typing, drawn once
// per frame (a mirror overlay over a textarea, CSS Custom Highlights in a
// contenteditable editor), the word popover at the caret, and replacing a word.
//
// Long drafts: a 50,000-character message with thousands of flagged words must
// still type within a frame. Ranges are made only for the marks in the
// paragraphs on screen (with one read of the editor per frame), at most
// MAX_RANGES of them nearest the caret; the registry is left alone when the
// drawn set did not change.
import type { Misspelling, Report } from '../../../lib/types';
import { markAt, marksFor, moveMarks, shiftMarks, textEdit, type Edit, type Mark } from '../../../lib/content/marks';
import { timed } from '../../../lib/content/perf';
import { editModel, modelText, readEditor, rangesForEditor, type EditorModel } from '../../../lib/linkedin/adapters/edit';
import { clearFieldHighlights, ensureHighlightStyle, highlightsSupported, setFieldHighlights } from '../../../components/highlight/css-highlights';
import { mirrorStyleFrom } from '../../../components/highlight/Mirror';
import { listen, onAbort } from '../app/listen';
import { pageRect, type FieldCtx } from './context';
import type { Analysis } from './analysis';
import type { PanelHost } from './panel';

/** Most ranges registered for one field at a time. */
export const MAX_RANGES = 400;
const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export interface Highlights {
  marks(): readonly Mark[];
  /** Show (or hide) the popover for the mark under the caret; `keyboard` also moves focus into it. */
  popoverAtCaret(keyboard: boolean): boolean;
  /** Select a span of the text and open its popover (the panel's "show in text"). */
  show(span: { start: number; end: number }): void;
  replaceWord(m: Misspelling, suggestion: string): void;
}

/** Which marks to draw: those in the visible offset windows (all when unknown), nearest the caret first, at most `max`. */
export function pickMarks(marks: readonly Mark[], windows: ReadonlyArray<[number, number]> | undefined, caret: number, max = MAX_RANGES): Mark[] {
  const inView = windows ? marks.filter((m) => windows.some(([a, b]) => m.end >= a && m.start <= b)) : [...marks];
  if (inView.length <= max) return inView;
  return inView.map((m) => ({ m, d: Math.min(Math.abs(m.start - caret), Math.abs(m.end - caret)) }))
    .sort((x, y) => x.d - y.d).slice(0, max).map((x) => x.m).sort((a, b) => a.start - b.start);
}

export function startHighlights(ctx: FieldCtx, analysis: Analysis, panel: PanelHost, onInput: () => void): Highlights {
  const { field, model, signal, fieldWin } = ctx;
  let marks: Mark[] = [];
  /** The editor's text model (contenteditable), kept current from the mutation records: the keystroke path never reads the whole editor. */
  let em: EditorModel | undefined = ctx.isTextarea ? undefined : readEditor(field.editor);
  /** The textarea's text the marks are for; the text's length. */
  let marksText = em ? em.text : field.getText(), len = marksText.length;
  let changed = false;
  /** The editor's nodes were replaced, or it scrolled: ranges must be made (or chosen) again. */
  let dirty = true;
  /** The marks changed since they were last drawn. */
  let marksChanged = true;
  let mirrorStyle: Record<string, string> | undefined;
  let drawnKey = '';
  const owner = {};
  model.chars.value = len;

  const selection = () => {
    const root = field.root as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
    return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? field.editor.ownerDocument.getSelection();
  };
  /** `live`: the edit was made in a text node's data, so the ranges drawn followed it (live ranges) unless it touched them. */
  const moveTo = (n: number, edit: Edit, live?: boolean) => {
    const moved = moveMarks(marks, edit);
    // A range starting where the edit ended grew over the new text: that one is drawn again.
    if (moved !== marks && (!live || moved.length < marks.length || moved.some((m) => m.start === edit[2]))) marksChanged = true;
    marks = moved;
    changed ||= edit[1] > edit[0] || edit[2] > edit[0];
    len = n;
  };
  /**
   * Read the whole editor again (its nodes changed, not only one text node's data) and move the marks by the difference
   * from the text before: the kept model's, with the data the changed nodes held (`old`).
   */
  const reread = (old?: Map<Node, string>) => {
    const before = modelText(em!, old);
    em = readEditor(field.editor);
    moveTo(em.text.length, textEdit(before, em.text));
  };
  /** Apply the editor's mutation records: the data of one of its text nodes changed (typing), or else read it all again. */
  const absorb = (records: MutationRecord[] | undefined) => {
    if (!records?.length) { if (!records) reread(); return; }
    const node = records[0]!.target, old = records[0]!.oldValue ?? '';
    const k = em!.items.findIndex((it) => it.node === node), it = em!.items[k];
    if (!it || (it as { end: number }).end - it.start !== old.length || records.some((r) => r.type !== 'characterData' || r.target !== node)) {
      const before = new Map<Node, string>();
      for (const r of records) {
        if (r.removedNodes.length) dirty = true;
        if (r.type === 'characterData' && !before.has(r.target)) before.set(r.target, r.oldValue ?? '');
      }
      reread(before);
      return;
    }
    const s0 = it.start;
    const edit = textEdit(old, (node as Text).data);
    editModel(em!, k, edit);
    moveTo(len + edit[2] - edit[1], [s0 + edit[0], s0 + edit[1], s0 + edit[2]], true);
  };
  // The editor's mutations, applied by the input handler (or, without an input event, in the next frame). Records
  // delivered here first (a page listener ran before Garbo's) wait for them.
  let pending: MutationRecord[] = [];
  const MO = (fieldWin as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const mo = em && MO ? new MO((records) => { pending = pending.concat(records); ctx.redraw(); }) : undefined;
  mo?.observe(field.editor, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  onAbort(signal, () => mo?.disconnect());
  const sync = () => {
    if (!em) return;
    const records = mo && pending.concat(mo.takeRecords());
    pending = [];
    absorb(records);
  };

  analysis.onReport((report: Report | undefined, text: string) => {
    sync();
    const live = field.getText();
    // A fresh model with each report (off the keystroke path), should the one kept from the records ever drift.
    if (em) em = readEditor(field.editor);
    marks = shiftMarks(marksFor(report, text.length), text, live);
    marksChanged = true;
    marksText = live;
    len = live.length;
    if (model.popover.value) model.popover.value = undefined;
    ctx.redraw();
  });

  // ---- the keystroke path: what changed (one text node's data, or the textarea's value near the caret), move the marks,
  // update the counter, schedule. Nothing else.
  const input = () => {
    if (em) sync();
    else {
      const ta = field.editor as HTMLTextAreaElement;
      moveTo(ta.value.length, textEdit(marksText, ta.value));
      marksText = ta.value;
    }
    if (!changed) return;
    changed = false;
    model.chars.value = len;
    onInput();
    ctx.redraw();
  };

  const caretOffset = (): number => {
    if (ctx.isTextarea) return (field.editor as HTMLTextAreaElement).selectionStart ?? 0;
    return len;
  };

  /** Offset windows of the editor's paragraphs that are on screen (undefined: cannot tell, draw by proximity). */
  const visibleWindows = (model2: EditorModel): Array<[number, number]> | undefined => {
    if (model2.blocks.length < 2) return undefined;
    const er = field.editor.getBoundingClientRect();
    const top = Math.max(er.top, 0), bottom = Math.min(er.bottom, fieldWin.innerHeight || er.bottom);
    if (!(bottom > top)) return undefined;
    const out: Array<[number, number]> = [];
    for (const b of model2.blocks) {
      const el = b.el as Element | null;
      if (!el || el.nodeType !== 1) continue;
      const r = el.getBoundingClientRect();
      if (r.bottom >= top && r.top <= bottom) out.push([b.start, b.end]);
    }
    return out;
  };

  const drawMirror = () => {
    const ta = field.editor as HTMLTextAreaElement;
    if (marks.length === 0) { model.mirror.value = undefined; return; }
    const r = pageRect(ctx, ta)!;
    if (!mirrorStyle) {
      const cs = fieldWin.getComputedStyle(ta);
      const style = mirrorStyleFrom(cs);
      // The text wraps inside the client box (without the scrollbar).
      const bl = parseFloat(cs.borderLeftWidth) || 0, br = parseFloat(cs.borderRightWidth) || 0;
      style.width = `${ta.clientWidth + bl + br}px`;
      style.boxSizing = 'border-box';
      mirrorStyle = style;
    }
    model.mirror.value = {
      text: ta.value, marks, style: mirrorStyle,
      box: { left: r.left, top: r.top, width: r.width, height: r.height },
      scrollTop: ta.scrollTop, scrollLeft: ta.scrollLeft,
    };
  };

  const drawRanges = () => {
    sync();
    if (!highlightsSupported(fieldWin)) return;
    if (!marks.length) {
      if (drawnKey) { drawnKey = ''; clearFieldHighlights(owner, fieldWin); }
      return;
    }
    // Nothing moved and no node of the editor was replaced: the ranges registered last time still hold (they are live).
    if (!dirty && !marksChanged && drawnKey) return;
    ensureHighlightStyle(field.root);
    const editorModel = em!;
    const chosen = pickMarks(marks, visibleWindows(editorModel), caretOffset());
    const key = `${chosen.length}:${chosen[0]?.start}:${chosen[0]?.end}:${chosen[chosen.length - 1]?.start}:${chosen[chosen.length - 1]?.end}`;
    const same = key === drawnKey && !dirty;
    drawnKey = key;
    dirty = false;
    marksChanged = false;
    if (same) return;
    const ranges = rangesForEditor(field.editor, chosen, editorModel);
    const spelling: Range[] = [], issue: Range[] = [];
    chosen.forEach((m, i) => (m.kind === 'spelling' ? spelling : issue).push(ranges[i]!));
    setFieldHighlights(owner, spelling, issue, fieldWin);
  };

  ctx.onFrame(() => { if (ctx.isTextarea) drawMirror(); else drawRanges(); });
  onAbort(signal, () => clearFieldHighlights(owner, fieldWin));

  // ---- the popover ---------------------------------------------------------
  const markIndexAtCaret = (): number => {
    const ta = field.editor as HTMLTextAreaElement, sel = selection();
    let at = -1;
    if (ctx.isTextarea) { if (ta.selectionStart === ta.selectionEnd) at = ta.selectionStart; } else if (sel?.isCollapsed) {
      // The caret's offset in the text, from the kept model (the caret is in one of the editor's text nodes).
      sync();
      const it = em!.items.find((x) => x.node === sel.anchorNode);
      if (it) at = it.start + sel.anchorOffset;
    }
    const m = at < 0 ? undefined : markAt(marks, at);
    return m ? marks.indexOf(m) : -1;
  };
  const anchorFor = (index: number) => {
    const m = marks[index]!;
    const rect = ctx.isTextarea
      ? panel.shadow.querySelector(`[data-mark="${index}"]`)?.getBoundingClientRect()
      : pageRect(ctx, field.rangeFor(m.start, m.end));
    const r = rect ?? pageRect(ctx, field.editor)!;
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const popoverAtCaret = (keyboard: boolean): boolean => {
    let index = markIndexAtCaret();
    if (index < 0 && keyboard && marks.length) index = 0;
    if (index < 0) { model.popover.value = undefined; return false; }
    const mark = marks[index]!;
    const cur = model.popover.value;
    if (!keyboard && cur && cur.index === index) return true;
    model.popover.value = { mark, index, anchor: anchorFor(index), focus: keyboard };
    return true;
  };
  const caretChanged = (keyboard: boolean) => {
    if (marks.length === 0) { model.popover.value = undefined; return; }
    popoverAtCaret(keyboard);
  };

  // ---- events --------------------------------------------------------------
  listen(field.editor, 'input', () => timed('input', input), signal);
  listen(field.editor, 'click', () => caretChanged(false), signal);
  // Moving the caret onto a flagged word shows its popover; typing does not pop it up.
  listen<KeyboardEvent>(field.editor, 'keyup', (e) => {
    if (e.altKey || e.key === 'Escape') return;
    if (NAV_KEYS.has(e.key)) caretChanged(false);
    else if (model.popover.value && !model.popover.value.focus) model.popover.value = undefined;
  }, signal);
  listen(field.editor, 'scroll', () => { dirty = true; ctx.redraw(); }, signal);
  listen(fieldWin, 'scroll', () => { dirty = true; ctx.redraw(); }, signal, { capture: true, passive: true });
  if (fieldWin !== ctx.app.win) listen(ctx.app.win, 'scroll', () => ctx.redraw(), signal, { capture: true, passive: true });
  listen(ctx.app.win, 'resize', () => { mirrorStyle = undefined; dirty = true; ctx.redraw(); }, signal);
  const RO = (ctx.app.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (RO) {
    const ro = new RO(() => { mirrorStyle = undefined; dirty = true; ctx.redraw(); });
    ro.observe(field.container);
    ro.observe(field.editor);
    onAbort(signal, () => ro.disconnect());
  }

  return {
    marks: () => marks,
    popoverAtCaret,
    show(span) {
      const index = marks.findIndex((m) => m.start <= span.start && m.end >= span.end);
      const editor = field.editor as HTMLElement;
      editor.focus();
      if (ctx.isTextarea) (editor as HTMLTextAreaElement).setSelectionRange(span.start, span.end);
      else {
        const r = field.rangeFor(span.start, span.end);
        const sel = field.editor.ownerDocument.getSelection();
        if (r && sel) { sel.removeAllRanges(); sel.addRange(r); }
      }
      if (index >= 0) model.popover.value = { mark: marks[index]!, index, anchor: anchorFor(index), focus: true };
    },
    replaceWord(m, s) {
      const text = field.getText();
      const mark = marks.find((k) => k.misspelling === m);
      let start = mark?.start ?? m.start, end = mark?.end ?? m.end;
      if (text.slice(start, end) !== m.word) {
        // The text moved since the report: take the occurrence nearest to where it was.
        let best = -1;
        for (let i = text.indexOf(m.word); i >= 0; i = text.indexOf(m.word, i + 1)) {
          if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
        }
        if (best < 0) return;
        start = best; end = best + m.word.length;
      }
      model.popover.value = undefined;
      (field.editor as HTMLElement).focus();
      field.replaceRange(start, end, s);
      input();
    },
  };
}
