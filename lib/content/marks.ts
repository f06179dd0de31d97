// From a report to the marks drawn on the words (highlights, mirror overlay),
// and from marks to the plain segments a mirror renders. Pure.
import type { CheckResult, Misspelling, Report } from '../types';
import { failedChecks } from './gate';

export type MarkKind = 'spelling' | 'issue';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The misspelling (kind 'spelling'). */
  misspelling?: Misspelling;
  /** The failed check the span belongs to (kind 'issue'). */
  check?: CheckResult;
}

/**
 * Marks for a report, clipped to the text, sorted by start. Spelling marks win
 * over issue marks where they overlap (a word is underlined once, with the most
 * specific reason); overlapping issue spans are kept apart by clipping.
 */
export function marksFor(report: Report | undefined, textLength: number): Mark[] {
  if (!report) return [];
  const clip = (s: number, e: number) => [Math.max(0, Math.min(s, textLength)), Math.max(0, Math.min(e, textLength))] as const;
  const spelling: Mark[] = [];
  for (const m of report.misspelled) {
    const [s, e] = clip(m.start, m.end);
    if (e > s) spelling.push({ start: s, end: e, kind: 'spelling', misspelling: m });
  }
  const issues: Mark[] = [];
  for (const c of failedChecks(report)) {
    if (c.id === 'spelling') continue; // drawn from report.misspelled
    for (const span of c.spans) {
      const [s, e] = clip(span.start, span.end);
      if (e > s) issues.push({ start: s, end: e, kind: 'issue', check: c });
    }
  }
  const out: Mark[] = [...spelling].sort((a, b) => a.start - b.start);
  // Remove the parts of issue marks covered by spelling marks or earlier issue marks.
  for (const m of issues.sort((a, b) => a.start - b.start)) {
    let pieces: Mark[] = [m];
    for (const taken of out) {
      pieces = pieces.flatMap((p) => {
        if (taken.end <= p.start || taken.start >= p.end) return [p];
        const parts: Mark[] = [];
        if (taken.start > p.start) parts.push({ ...p, end: taken.start });
        if (taken.end < p.end) parts.push({ ...p, start: taken.end });
        return parts;
      });
    }
    out.push(...pieces);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The mark under a caret offset (inclusive of both edges: a caret right after a word counts). */
export function markAt(marks: readonly Mark[], offset: number): Mark | undefined {
  return marks.find((m) => m.kind === 'spelling' && offset >= m.start && offset <= m.end)
    ?? marks.find((m) => offset >= m.start && offset <= m.end);
}

export interface Segment {
  text: string;
  mark?: Mark;
}

/** Split text into plain and marked segments (marks must not overlap; see marksFor). */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * Keep marks usable while the user types, before the next report arrives:
 * marks wholly before the edit stay, marks wholly after it move by the length
 * change, marks touched by the edit are dropped. O(text length).
 */
export function shiftMarks(marks: readonly Mark[], oldText: string, newText: string): Mark[] {
  if (oldText === newText) return [...marks];
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const editEndOld = oldText.length - s;
  const delta = newText.length - oldText.length;
  const out: Mark[] = [];
  for (const m of marks) {
    if (m.end <= p) out.push(m);
    else if (m.start >= editEndOld) out.push({ ...m, start: m.start + delta, end: m.end + delta });
  }
  return out;
}
