// The one bounded date every schema uses (stored records, messages, imports,
// settings): epoch milliseconds, a whole number, from LinkedIn's launch
// (2003-01-01 UTC) to a few years after the moment it is checked. A value
// outside that range (9e15, -1, NaN) is refused, so no stored date can make
// `new Date(x)` invalid and break the popup, the CSV export or the search.
import { z } from 'zod';

export const DAY_MS = 86_400_000;
/** 2003-01-01T00:00:00Z: LinkedIn's launch, nothing Garbo records can be older. */
export const MIN_DATE_MS = Date.UTC(2003, 0, 1);
/** How far ahead a date may be (a follow-up planned, a clock set wrong): five years. */
export const FUTURE_SLACK_MS = 5 * 366 * DAY_MS;

/** The latest acceptable date when checked at `now`. */
export const maxDateMs = (now = Date.now()) => now + FUTURE_SLACK_MS;

/** True for a date in range (no zod: the popup and CSV export use it on stored values). */
export function isSaneDate(v: unknown, now = Date.now()): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= MIN_DATE_MS && v <= maxDateMs(now);
}

export const DATE_RANGE_MESSAGE = 'not a valid date (expected milliseconds since 1970 between 2003-01-01 and five years from now)';

/** The bounded date schema. The upper bound is read from the clock at each check. */
export const DateMs = z.number().refine((v) => isSaneDate(v), { message: DATE_RANGE_MESSAGE });

/** A non-negative whole count (records, words, days). */
export const Count = z.number().int().min(0);
