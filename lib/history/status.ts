// The outcome statuses, in a module of their own (no imports), so that the
// query schema and the record schema can both use them without an import cycle.

/**
 * What happened after a send. Invites: sent (pending) → accepted / no-answer
 * (ignored) / withdrawn, or not-pending (left LinkedIn's sent list without
 * being seen accepted: the user decides which). Anyone: replied once they wrote back.
 */
export const STATUSES = ['sent', 'accepted', 'replied', 'no-answer', 'withdrawn', 'not-pending'] as const;
export type Status = (typeof STATUSES)[number];
