// The mirror of a textarea: the same text, laid out with the textarea's own
// font, padding, wrapping and scroll, in which the flagged spans are <span>s
// with an underline. The text itself is transparent, so only the marks show
// over (or under) the real textarea. Text nodes only; pointer-events: none.
// Used by the panel on LinkedIn (over textarea#custom-message) and by the
// popup's draft checker.
import type { JSX } from 'preact';
import { segments, type Mark } from '../../lib/content/marks';

/** Properties that decide where each character of a textarea is drawn. */
export const MIRROR_PROPS = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing',
  'tabSize', 'direction', 'whiteSpace', 'overflowWrap', 'wordBreak',
] as const;

/** Style for the mirror box, copied from the textarea's computed style. */
export function mirrorStyleFrom(cs: CSSStyleDeclaration): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of MIRROR_PROPS) {
    const v = (cs as unknown as Record<string, string>)[p];
    if (v) out[p] = v;
  }
  // A textarea wraps like pre-wrap and breaks long words; its border is transparent in the copy.
  out.whiteSpace = 'pre-wrap';
  out.overflowWrap = cs.overflowWrap && cs.overflowWrap !== 'normal' ? cs.overflowWrap : 'break-word';
  out.borderColor = 'transparent';
  out.overflowX = 'hidden';
  out.overflowY = 'hidden';
  return out;
}

export interface MirrorTextProps {
  text: string;
  marks: readonly Mark[];
  /** Index of the mark shown as active (popover open). */
  active?: number;
}

/** The mirrored text: plain runs as text nodes, marks as spans (data-mark = index in `marks`). */
export function MirrorText({ text, marks, active }: MirrorTextProps) {
  const segs = segments(text, marks);
  const children: Array<string | JSX.Element> = [];
  segs.forEach((s, i) => {
    if (!s.mark) { children.push(s.text); return; }
    const index = marks.indexOf(s.mark);
    children.push(
      <span key={i} class={`g-mirror-mark g-${s.mark.kind}${index === active ? ' g-active' : ''}`} data-mark={String(index)}>{s.text}</span>,
    );
  });
  // A trailing newline needs one more character to give the last line its height.
  if (text.endsWith('\n')) children.push(' ');
  return <>{children}</>;
}
