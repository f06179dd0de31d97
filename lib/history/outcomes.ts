// Outcomes learned from pages the user opened (issue 14 item 1): pure rules
// that say what status an observation implies for one record, and how a
// change is recorded. The user's choice always wins: a status the user set is
// never changed by what a page shows later.
import type { ConnectionState, PageOutcome, PersonRef } from '../linkedin/outcomes';
import { MAX_OUTCOME_EVENTS, recipientKey, type HistoryRecord, type OutcomeEvent, type Status } from './schema';

/** An invite sent this recently may not be on the sent list yet: never taken as gone. */
export const SENT_LIST_GRACE_MS = 10 * 60_000;

type Rec = Pick<HistoryRecord, 'kind' | 'status' | 'statusBy' | 'sentAt'>;

/**
 * The user decided this record's status: they set it in the popup, or it was
 * set before Garbo inferred anything (a record older than outcome tracking,
 * or imported from such a file, with a status other than "sent").
 */
export const userDecided = (r: Rec): boolean => r.statusBy === 'user' || (r.statusBy === undefined && r.status !== 'sent');

/** Profile rule: connected → accepted; Pending shown again → pending; Connect shown → no longer pending. */
export function fromProfile(r: Rec, state: ConnectionState, now: number): Status | null {
  if (r.kind !== 'invite' || userDecided(r)) return null;
  if (state === 'connected') return r.status === 'sent' || r.status === 'not-pending' ? 'accepted' : null;
  if (state === 'pending') return r.status === 'not-pending' ? 'sent' : null;
  return r.status === 'sent' && r.sentAt <= now - SENT_LIST_GRACE_MS ? 'not-pending' : null;
}

/**
 * Conversation rule: a message from them → replied, for their invites and for
 * the messages sent to them — except the newest message when the thread ends
 * with the user's own (that one has no answer yet).
 */
export function fromConversation(r: Rec, seen: { theyWrote: boolean; lastFromMe: boolean }, isNewestMessage: boolean): Status | null {
  if (!seen.theyWrote || userDecided(r) || r.status === 'replied') return null;
  if (r.kind === 'message' && seen.lastFromMe && isNewestMessage) return null;
  return 'replied';
}

/**
 * Sent-list rule: an invite listed is pending; one that was pending and is not
 * listed on a complete list is no longer pending (accepted or withdrawn: the
 * user decides). An incomplete list only confirms what it shows.
 */
export function fromSentList(r: Rec, listed: boolean, complete: boolean, now: number): Status | null {
  if (r.kind !== 'invite' || userDecided(r)) return null;
  if (listed) return r.status === 'not-pending' ? 'sent' : null;
  return complete && r.status === 'sent' && r.sentAt <= now - SENT_LIST_GRACE_MS ? 'not-pending' : null;
}

/** The record with its status changed and the change dated in its outcome history (oldest events dropped beyond the bound). */
export function withStatus(r: HistoryRecord, status: Status, by: OutcomeEvent['by'], at: number, source?: OutcomeEvent['source']): HistoryRecord {
  const event: OutcomeEvent = { at, status, by, ...(by === 'page' && source ? { source } : {}) };
  const outcomes = [...(r.outcomes ?? []), event].slice(-MAX_OUTCOME_EVENTS);
  return { ...r, status, statusBy: by, outcomes, updatedAt: Math.max(at, r.updatedAt + 1) };
}

/** When the record first reached `status` (its outcome history), if it did. */
export function firstAt(r: Pick<HistoryRecord, 'outcomes'>, status: Status): number | undefined {
  return (r.outcomes ?? []).find((e) => e.status === status)?.at;
}

/** The keys under which the history may have stored this person (profile id, and name for sends recorded without one). */
export function personKeys(p: PersonRef): string[] {
  const keys: string[] = [];
  if (p.profileId?.trim()) keys.push(recipientKey({ profileId: p.profileId }));
  if (p.name?.trim()) keys.push(recipientKey({ name: p.name }));
  return keys;
}

/**
 * Apply one observation to the records it may concern (the person's records
 * for a profile or conversation; the pending invites for the sent list) and
 * return only those that change, already updated.
 */
export function planOutcome(seen: PageOutcome, candidates: readonly HistoryRecord[], now: number): HistoryRecord[] {
  const changed: HistoryRecord[] = [];
  if (seen.page === 'profile') {
    for (const r of candidates) {
      const next = fromProfile(r, seen.state, now);
      if (next && next !== r.status) changed.push(withStatus(r, next, 'page', now, 'profile'));
    }
  } else if (seen.page === 'conversation') {
    let newest: HistoryRecord | undefined;
    for (const r of candidates) if (r.kind === 'message' && (!newest || r.sentAt > newest.sentAt)) newest = r;
    for (const r of candidates) {
      const next = fromConversation(r, seen, r === newest);
      if (next && next !== r.status) changed.push(withStatus(r, next, 'page', now, 'conversation'));
    }
  } else {
    const listed = new Set(seen.pending.flatMap(personKeys));
    for (const r of candidates) {
      const next = fromSentList(r, listed.has(r.recipientKey), seen.complete, now);
      if (next && next !== r.status) changed.push(withStatus(r, next, 'page', now, 'sent-page'));
    }
  }
  return changed;
}
