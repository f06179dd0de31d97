// Spelling gate over the three blind batches of December 2026
// (tests/fixtures/blind/2026-12-{a,b,c}.jsonl, 60 drafts each, written and
// labelled by others; `expect.misspelled` lists the real errors). First try,
// before the rules of NOTES-spell.md section C: precision 68/83/75 %, recall
// 100/94/100 %, 11.7/5.0/10.0 false alarms per 100 drafts. They then became
// development data for those rules; the gate holds the figures reached:
// no labelled error missed, at most 2 false alarms in the 180 drafts (the two
// left are a dialect noun, caruggi, and a lowercase brand one letter from
// words, moz: both kept flagged on purpose, see NOTES-spell.md).
import { describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { readDrafts, spellingAgreement } from './drafts';

const speller = loadSpellerSync();
const batches = ['a', 'b', 'c'].map((b) => readDrafts(`blind/2026-12-${b}.jsonl`));

describe('spelling on the 2026-12 blind batches', () => {
  it('holds three batches of 60 drafts with labelled errors', () => {
    for (const b of batches) expect(b).toHaveLength(60);
    expect(batches.flat().reduce((n, d) => n + d.expect.misspelled.length, 0)).toBeGreaterThanOrEqual(45);
  });

  it('misses no labelled error and raises at most 2 false alarms in the 180 drafts (precision ≥ 96 %)', () => {
    const all = spellingAgreement(batches.flat(), speller);
    console.log(`2026-12 blind spelling: ${all.summary}`);
    expect(all.tp).toBeGreaterThanOrEqual(45);
    expect(all.fn).toBe(0);
    expect(all.fp).toBeLessThanOrEqual(2);
    expect(all.precision).toBeGreaterThanOrEqual(0.96);
  });

  it('stays within 2 false alarms per 100 drafts in each batch except c (3.3: caruggi, moz) and misses nothing in any', () => {
    const per = batches.map((b) => spellingAgreement(b, speller));
    per.forEach((a, i) => {
      expect(a.fn, `batch ${'abc'[i]}`).toBe(0);
      expect((100 * a.fp) / 60, `batch ${'abc'[i]}`).toBeLessThanOrEqual(i === 2 ? 3.4 : 2);
    });
  });
});

// Batch d was written and double-labelled after the rules above and scored
// once, at first try (README, "Accuracy on drafts nobody tuned it to"):
// precision 79.2 %, recall 100 %, 5 false alarms (meccatronica, rollout, monzo,
// readmissions, roastery). Nothing was tuned on it; the gate keeps that level.
describe('spelling on the 2026-12 batch d (first try, untuned)', () => {
  const d = readDrafts('blind/2026-12-d.jsonl');
  it('misses no labelled error and raises at most 5 false alarms in its 60 drafts', () => {
    expect(d).toHaveLength(60);
    const a = spellingAgreement(d, speller);
    console.log(`2026-12-d spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThanOrEqual(15);
    expect(a.fn).toBe(0);
    expect(a.fp).toBeLessThanOrEqual(5);
  });
});

// Batch e was written and double-labelled blind in the next session and scored once at first
// try: precision 85.3 %, recall 93.5 %, 5 false alarms (scampia, yc, mins, mis, figma) and 2 misses
// (giovedi, cal). Then shorthand durations (mins) and hyphenated English prefixes (mis-picks) were
// taught; the gate holds what was reached: at most 3 false alarms and 2 misses in its 60 drafts.
describe('spelling on the 2026-12 batch e (first try, then development data)', () => {
  const e = readDrafts('blind/2026-12-e.jsonl');
  it('finds at least 29 of its 31 labelled errors and raises at most 3 false alarms', () => {
    expect(e).toHaveLength(60);
    const a = spellingAgreement(e, speller);
    console.log(`2026-12-e spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThanOrEqual(29);
    expect(a.fn).toBeLessThanOrEqual(2);
    expect(a.fp).toBeLessThanOrEqual(3);
  });
});

// Batch f, first try: precision 62.1 %, recall 85.7 %, 11 false alarms (lowercase brands, trade words missing
// from dictionary-it, British neighbourhood, rollout, ahah) and 3 misses (Im, dispozione, gionata). After the
// jargon, British -our and shorthand additions the gate holds: at most 4 false alarms and 3 misses.
describe('spelling on the 2026-12 batch f (first try, then development data)', () => {
  const f = readDrafts('blind/2026-12-f.jsonl');
  it('finds at least 18 of its 21 labelled errors and raises at most 4 false alarms', () => {
    expect(f).toHaveLength(60);
    const a = spellingAgreement(f, speller);
    console.log(`2026-12-f spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThanOrEqual(18);
    expect(a.fp).toBeLessThanOrEqual(4);
  });
});

// Batches g and h, first try on b8ccd95: g precision 82.6 %, recall 95.0 %, 4 false alarms (padlet, behance,
// cauda, maths); h precision 67.9 %, recall 100 %, 9 false alarms (riprogetterai, portese, eventbrite, kimchi
// twice, etsy, café, À, bientôt). After the platform, British and café additions the gate holds what was reached.
describe('spelling on the 2026-12 batches g and h (first try, then development data)', () => {
  const g = readDrafts('blind/2026-12-g.jsonl'), h = readDrafts('blind/2026-12-h.jsonl');
  it('g: at most 1 false alarm and 1 miss; h: at most 4 false alarms and no miss', () => {
    expect(g).toHaveLength(60);
    expect(h).toHaveLength(60);
    const a = spellingAgreement(g, speller), b = spellingAgreement(h, speller);
    console.log(`2026-12-g spelling: ${a.summary}\n2026-12-h spelling: ${b.summary}`);
    expect(a.fp).toBeLessThanOrEqual(1);
    expect(a.fn).toBeLessThanOrEqual(1);
    expect(b.fp).toBeLessThanOrEqual(4);
    expect(b.fn).toBe(0);
  });
});

// Batches i and j, first try on d97e7a7, untuned since: i precision 71.4 %, recall 95.2 %, 8 false alarms (adelphi,
// domiciliatario, Uè, carrellisti, drylining twice, roastery, pharma), 1 miss (c'e'); j precision 95.2 %, recall 100 %,
// 1 false alarm (Threadline). The gate keeps that level.
describe('spelling on the 2026-12 batches i and j (first try, untuned)', () => {
  const i = readDrafts('blind/2026-12-i.jsonl'), j = readDrafts('blind/2026-12-j.jsonl');
  it('i: at most 8 false alarms and 1 miss; j: at most 1 false alarm and no miss', () => {
    expect(i).toHaveLength(60);
    expect(j).toHaveLength(60);
    const a = spellingAgreement(i, speller), b = spellingAgreement(j, speller);
    console.log(`2026-12-i spelling: ${a.summary}\n2026-12-j spelling: ${b.summary}`);
    expect(a.fp).toBeLessThanOrEqual(8);
    expect(a.fn).toBeLessThanOrEqual(1);
    expect(b.fp).toBeLessThanOrEqual(1);
    expect(b.fn).toBe(0);
  });
});
