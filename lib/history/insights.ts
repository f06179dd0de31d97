// "What works for you" and the follow-up / clean-up lists (issue 14 items 2-4):
// pure functions over the history, one pass each, fast enough for 50,000
// records. Sample sizes travel with every rate; the view warns below SMALL.
import type { RuleId } from '../types';
import { DAY_MS, lastMessageAt, type Row } from './query';
import { firstAt } from './outcomes';
import type { HistoryRecord } from './schema';

/** The sample-size threshold and LinkedIn links live in a module the popup loads without zod. */
export { profileLink, SENT_INVITATIONS_URL, SMALL_SAMPLE } from './insights-links';

/** Too early to tell: a pending invite or an unanswered send younger than this is left out of the rates. */
export const TOO_EARLY_MS = 7 * DAY_MS;
/** Rules a note or message can pass or fail on its own (length, follow-up and honest depend on the situation). */
export const RULES_COMPARED: readonly RuleId[] = ['how-met', 'personalized', 'no-early-ask', 'gives-first', 'about-them', 'no-pitch', 'spelling'];
export const SCORE_BANDS = [[0, 49], [50, 69], [70, 79], [80, 100]] as const;

/** `n` of `of` cases. */
export interface Rate { n: number; of: number }
export interface Group { key: string; accepted: Rate; replied: Rate }
export interface RuleGroup { rule: RuleId; passed: Group; failed: Group }
export interface WhatWorks {
  /** Invites in the acceptance rates, and records in the reply rates. */
  invites: number;
  sends: number;
  overall: Group;
  byBand: Group[];
  byVerdict: Group[];
  byKind: Group[];
  byLang: Group[];
  byRule: RuleGroup[];
}

const group = (key: string): Group => ({ key, accepted: { n: 0, of: 0 }, replied: { n: 0, of: 0 } });
const accepted = (r: HistoryRecord) => r.status === 'accepted' || r.status === 'replied';
/** Which of note / bare / message a record is. */
export const kindKey = (r: Pick<HistoryRecord, 'kind' | 'text'>): 'note' | 'bare' | 'message' => (r.kind === 'message' ? 'message' : hasText(r.text) ? 'note' : 'bare');
/** Same answer as text.trim() !== '' without making a string (this runs per record). */
const hasText = (t: string) => /\S/.test(t);
export const bandKey = (score: number): string => {
  const b = SCORE_BANDS.find(([lo, hi]) => score >= lo && score <= hi + 0.999) ?? SCORE_BANDS[0];
  return `${b[0]}-${b[1]}`;
};

/**
 * Acceptance: invites, accepted = accepted or replied; left out are invites
 * whose fate is unknown ("no longer pending", not decided yet) and pending
 * ones younger than a week. Replies: every send, left out only when younger
 * than a week with no reply yet. Rules: only sends with text (a bare invite
 * passes no rule), acceptance for notes, replies for notes and messages.
 */
export function whatWorks(rows: readonly Row[], now = Date.now()): WhatWorks {
  const overall = group('all');
  const byBand = SCORE_BANDS.map(([lo, hi]) => group(`${lo}-${hi}`));
  const verdicts = { ready: group('ready'), improve: group('improve'), stop: group('stop') };
  const kinds = { note: group('note'), bare: group('bare'), message: group('message') };
  const langs = { it: group('it'), en: group('en') };
  const rules = RULES_COMPARED.map((rule) => ({ rule, passed: group('passed'), failed: group('failed') }));
  let invites = 0, sends = 0;
  // One pass, no allocation per record: this runs over 50,000 records.
  for (const { r } of rows) {
    const young = r.sentAt > now - TOO_EARLY_MS;
    const inAccept = r.kind === 'invite' && r.status !== 'not-pending' && !(young && r.status === 'sent');
    const inReply = !(young && r.status !== 'replied');
    if (!inAccept && !inReply) continue;
    const acc = inAccept ? (accepted(r) ? 1 : 0) : -1;
    const rep = inReply ? (r.status === 'replied' ? 1 : 0) : -1;
    if (inAccept) invites++;
    if (inReply) sends++;
    const s = r.score;
    count(overall, acc, rep);
    count(byBand[s < 50 ? 0 : s < 70 ? 1 : s < 80 ? 2 : 3]!, acc, rep);
    count(verdicts[r.verdict], acc, rep);
    count(kinds[kindKey(r)], acc, rep);
    count(langs[r.lang], acc, rep);
    if (hasText(r.text)) for (const g of rules) count(r.failedChecks.includes(g.rule) ? g.failed : g.passed, acc, rep);
  }
  return { invites, sends, overall, byBand, byVerdict: Object.values(verdicts), byKind: Object.values(kinds), byLang: Object.values(langs), byRule: rules };
}

/** Add one record to a group: acc / rep are 1 (yes), 0 (no) or -1 (not counted). */
function count(g: Group, acc: number, rep: number) {
  if (acc >= 0) { g.accepted.of++; g.accepted.n += acc; }
  if (rep >= 0) { g.replied.of++; g.replied.n += rep; }
}

export interface ListItem {
  id: string;
  name?: string;
  profileId?: string;
  profileUrl?: string;
  sentAt: number;
  /** Accepted list: when the acceptance was first seen or set. */
  at?: number;
}
export interface Lists {
  /** Accepted invites with no message sent to the person since. */
  thank: ListItem[];
  thankTotal: number;
  /** Invites pending longer than the chosen number of weeks, oldest first. */
  stale: ListItem[];
  staleTotal: number;
  /** All invites still pending, whatever their age. */
  pendingTotal: number;
  /** Invites no longer on LinkedIn's sent list and not seen accepted: the user says accepted or withdrawn. */
  undecided: ListItem[];
  undecidedTotal: number;
  pendingWeeks: number;
}
export const LIST_LIMIT = 100;

const item = (r: HistoryRecord, at?: number): ListItem => ({
  id: r.id, name: r.recipient.name, profileId: r.recipient.profileId, profileUrl: r.recipient.profileUrl, sentAt: r.sentAt, ...(at ? { at } : {}),
});

export function followUpLists(rows: readonly Row[], opts: { now?: number; pendingWeeks?: number } = {}, lastMsg = lastMessageAt(rows)): Lists {
  const now = opts.now ?? Date.now();
  const weeks = opts.pendingWeeks ?? 3;
  const thank: Array<[number, HistoryRecord]> = [];
  const stale: HistoryRecord[] = [];
  const undecided: Array<[number, HistoryRecord]> = [];
  let pending = 0;
  for (const { r } of rows) {
    if (r.kind !== 'invite') continue;
    if (r.status === 'accepted' && (lastMsg.get(r.recipientKey) ?? -1) < r.sentAt) thank.push([firstAt(r, 'accepted') ?? r.updatedAt, r]);
    if (r.status === 'not-pending') undecided.push([firstAt(r, 'not-pending') ?? r.updatedAt, r]);
    if (r.status === 'sent') {
      pending++;
      if (r.sentAt <= now - weeks * 7 * DAY_MS) stale.push(r);
    }
  }
  thank.sort((a, b) => b[0] - a[0]);
  stale.sort((a, b) => a.sentAt - b.sentAt);
  undecided.sort((a, b) => b[0] - a[0]);
  return {
    thank: thank.slice(0, LIST_LIMIT).map(([at, r]) => item(r, at)), thankTotal: thank.length,
    stale: stale.slice(0, LIST_LIMIT).map((r) => item(r)), staleTotal: stale.length,
    pendingTotal: pending, pendingWeeks: weeks,
    undecided: undecided.slice(0, LIST_LIMIT).map(([at, r]) => item(r, at)), undecidedTotal: undecided.length,
  };
}

/** Notes vs bare invites in the user's own history (the panel's note-budget advice). */
export function noteRates(w: WhatWorks): { note: Rate; bare: Rate } {
  const k = (key: string) => w.byKind.find((g) => g.key === key)!.accepted;
  return { note: k('note'), bare: k('bare') };
}
