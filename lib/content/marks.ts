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
  // The text already marked, as sorted disjoint [start, end) intervals: each issue mark keeps only what is
  // not covered yet. Binary search and merge keep this O((S + I) log) on a long draft with thousands of marks.
  const cover: Array<[number, number]> = [];
  const add = (s: number, e: number) => {
    const i = firstEndingAfter(cover, s - 1);
    let ns = s, ne = e;
    let j = i;
    while (j < cover.length && cover[j]![0] <= ne) { ns = Math.min(ns, cover[j]![0]); ne = Math.max(ne, cover[j]![1]); j++; }
    cover.splice(i, j - i, [ns, ne]);
  };
  for (const m of out) add(m.start, m.end);
  for (const m of issues.sort((a, b) => a.start - b.start)) {
    let at = m.start;
    for (let i = firstEndingAfter(cover, m.start); i < cover.length && cover[i]![0] < m.end; i++) {
      const [cs, ce] = cover[i]!;
      if (cs > at) out.push({ ...m, start: at, end: cs });
      at = Math.max(at, ce);
    }
    if (at < m.end) out.push({ ...m, start: at, end: m.end });
    add(m.start, m.end);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first interval whose end is after `x` (intervals sorted and disjoint). */
function firstEndingAfter(cover: ReadonlyArray<[number, number]>, x: number): number {
  let lo = 0, hi = cover.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cover[mid]![1] > x) hi = mid; else lo = mid + 1;
  }
  return lo;
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

/** An edit: [start, end in the old text, end in the new text]; the text between start and end was replaced. */
export type Edit = [number, number, number];

/**
 * Where `b` differs from `a`: the longest common prefix, then suffix, found by binary lifting over native string
 * comparisons (about 2 × 16 of them for a 50,000-character text, comparing each character at most about twice),
 * never a step of script per character.
 */
export function textEdit(a: string, b: string): Edit {
  const max = Math.min(a.length, b.length), eq = (i: number, j: number, n: number) => a.slice(i, i + n) === b.slice(j, j + n);
  let p = 0, s = 0;
  for (let n = 1 << 30; n; n >>= 1) if (p + n <= max && eq(p, p, n)) p += n;
  for (let n = 1 << 30; n; n >>= 1) if (s + n <= max - p && eq(a.length - s - n, b.length - s - n, n)) s += n;
  return [p, a.length - s, b.length - s];
}

/**
 * Keep marks usable while the user types, before the next report arrives:
 * marks wholly before the edit stay, marks wholly after it move by the length
 * change, marks touched by the edit are dropped. The same array when nothing
 * moved; O(log marks) when typing after them (marks are sorted and disjoint).
 */
export function moveMarks(marks: readonly Mark[], [p, ea, eb]: Edit): Mark[] {
  let i = 0, j = marks.length;
  while (i < j) { const mid = (i + j) >> 1; if (marks[mid]!.end <= p) i = mid + 1; else j = mid; }
  while (j < marks.length && marks[j]!.start < ea) j++;
  const d = eb - ea;
  return i === j && (!d || j === marks.length) ? marks as Mark[] : marks.slice(0, i).concat(marks.slice(j).map((m) => ({ ...m, start: m.start + d, end: m.end + d })));
}

/** moveMarks for a whole old and new text. */
export const shiftMarks = (marks: readonly Mark[], oldText: string, newText: string): Mark[] => moveMarks(marks, textEdit(oldText, newText));
