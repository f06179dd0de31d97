// marksFor on long drafts (issue 15.5): the interval sweep gives exactly what
// the first, quadratic version gave (kept here as the reference), and stays
// correct with thousands of marks (the bench measures the speed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marksFor, type Mark } from '../../../lib/content/marks';
import { failedChecks } from '../../../lib/content/gate';
import type { Report } from '../../../lib/types';
import { check, report } from './report-fixtures';

/** The original O(issues × marks) clipping, verbatim in behaviour. */
function reference(r: Report, textLength: number): Mark[] {
  const clip = (s: number, e: number) => [Math.max(0, Math.min(s, textLength)), Math.max(0, Math.min(e, textLength))] as const;
  const spelling: Mark[] = [];
  for (const m of r.misspelled) { const [s, e] = clip(m.start, m.end); if (e > s) spelling.push({ start: s, end: e, kind: 'spelling', misspelling: m }); }
  const issues: Mark[] = [];
  for (const c of failedChecks(r)) {
    if (c.id === 'spelling') continue;
    for (const span of c.spans) { const [s, e] = clip(span.start, span.end); if (e > s) issues.push({ start: s, end: e, kind: 'issue', check: c }); }
  }
  const out: Mark[] = [...spelling].sort((a, b) => a.start - b.start);
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

const words = (spans: Array<[number, number]>) => spans.map(([s, l]) => ({ word: 'x', start: s, end: s + l, suggestions: [], reason: 'dictionary' as const }));

describe('marksFor at scale', () => {
  it('equals the reference on random reports (property)', () => {
    const span = fc.tuple(fc.nat(120), fc.integer({ min: 1, max: 15 }));
    fc.assert(fc.property(
      fc.uniqueArray(span, { maxLength: 12, selector: ([s]) => s }),
      fc.array(fc.array(span, { maxLength: 5 }), { maxLength: 3 }),
      fc.integer({ min: 0, max: 140 }),
      (miss, checks, len) => {
        // Misspellings never overlap one another (the speller reports words).
        const sorted = [...miss].sort((a, b) => a[0] - b[0]).filter((m, i, a) => i === 0 || a[i - 1]![0] + a[i - 1]![1] <= m[0]);
        const ids = ['no-early-ask', 'how-met', 'no-pitch'] as const;
        const r = report({
          misspelled: words(sorted),
          checks: checks.map((spans, i) => check(ids[i]!, 'warning', false, spans.map(([s, l]) => ({ start: s, end: s + l })))),
        });
        const strip = (ms: Mark[]) => ms.map((m) => [m.kind, m.start, m.end, m.check?.id ?? m.misspelling?.start]);
        expect(strip(marksFor(r, len))).toEqual(strip(reference(r, len)));
      },
    ), { numRuns: 500 });
  });

  it('handles 3,000 misspellings and 1,000 issue spans', () => {
    const r = report({
      misspelled: words(Array.from({ length: 3000 }, (_, i) => [i * 16, 5] as [number, number])),
      checks: [check('no-pitch', 'warning', false, Array.from({ length: 1000 }, (_, i) => ({ start: i * 48 + 3, end: i * 48 + 30 })))],
    });
    const m = marksFor(r, 50_000);
    expect(m.filter((x) => x.kind === 'spelling')).toHaveLength(3000);
    expect(m.every((x, i) => i === 0 || m[i - 1]!.end <= x.start)).toBe(true);
    expect(m.filter((x) => x.kind === 'issue').length).toBeGreaterThanOrEqual(1000);
  });
});
