// Issue 14 items 2-3: "what works for you" (acceptance and reply rates by
// band, verdict, kind, language and rule passed/failed, sample sizes kept) and
// the follow-up / clean-up lists.
import { describe, expect, it } from 'vitest';
import { bandKey, followUpLists, noteRates, profileLink, TOO_EARLY_MS, whatWorks } from '../../../lib/history/insights';
import { toRow } from '../../../lib/history/query';
import { withStatus } from '../../../lib/history/outcomes';
import { recordFromSend, type HistoryRecord, type Status } from '../../../lib/history/schema';
import type { SendReport } from '../../../lib/messages';
import type { RuleId } from '../../../lib/types';

const DAY = 86_400_000;
const NOW = 1_790_000_000_000;
let n = 0;
function rec(over: Partial<SendReport> = {}, status: Status = 'sent', at = NOW - 20 * DAY): HistoryRecord {
  n++;
  const r = recordFromSend({
    sendId: `rec-${String(n).padStart(5, '0')}`, kind: 'invite', recipient: { name: `Person ${n}`, profileId: `p-${n}` },
    text: 'Ciao, ci siamo visti al meetup.', sentAt: NOW - 30 * DAY, lang: 'it', score: 85, verdict: 'ready', failedChecks: [],
    page: '/in/x/', gateOverridden: false, ...over,
  }, NOW - 30 * DAY);
  return status === 'sent' ? r : withStatus(r, status, 'page', at, 'profile');
}
const rows = (rs: HistoryRecord[]) => rs.map(toRow);

describe('what works', () => {
  it('counts acceptance per rule passed and failed, with sample sizes ("how you met: 3 of 4; without: 1 of 3")', () => {
    const failed = (c: RuleId[]) => ({ failedChecks: c });
    const rs = [
      rec({}, 'accepted'), rec({}, 'accepted'), rec({}, 'replied'), rec({}, 'no-answer'),
      rec(failed(['how-met']), 'accepted'), rec(failed(['how-met'])), rec(failed(['how-met']), 'withdrawn'),
    ];
    const w = whatWorks(rows(rs), NOW);
    const howMet = w.byRule.find((g) => g.rule === 'how-met')!;
    expect(howMet.passed.accepted).toEqual({ n: 3, of: 4 });
    expect(howMet.failed.accepted).toEqual({ n: 1, of: 3 });
    expect(howMet.passed.replied).toEqual({ n: 1, of: 4 });
    expect(w.overall.accepted).toEqual({ n: 4, of: 7 });
    expect(w.invites).toBe(7);
  });

  it('groups by score band, verdict, kind (note / bare invite / message) and language', () => {
    const rs = [
      rec({ score: 30, verdict: 'stop' }), rec({ score: 55, verdict: 'improve' }, 'accepted'), rec({ score: 75, verdict: 'improve' }, 'accepted'),
      rec({ score: 92 }, 'accepted'), rec({ text: '' }), rec({ text: '   ', lang: 'en' }, 'accepted'),
      rec({ kind: 'message' }, 'replied'), rec({ kind: 'message', lang: 'en' }),
    ];
    const w = whatWorks(rows(rs), NOW);
    const by = (gs: typeof w.byBand) => Object.fromEntries(gs.map((g) => [g.key, [g.accepted.n, g.accepted.of, g.replied.n, g.replied.of]]));
    expect(by(w.byBand)).toEqual({ '0-49': [0, 1, 0, 1], '50-69': [1, 1, 0, 1], '70-79': [1, 1, 0, 1], '80-100': [2, 3, 1, 5] });
    expect(by(w.byVerdict)).toEqual({ ready: [2, 3, 1, 5], improve: [2, 2, 0, 2], stop: [0, 1, 0, 1] });
    expect(by(w.byKind)).toEqual({ note: [3, 4, 0, 4], bare: [1, 2, 0, 2], message: [0, 0, 1, 2] });
    expect(by(w.byLang)).toEqual({ it: [3, 5, 1, 6], en: [1, 1, 0, 2] });
    expect(noteRates(w)).toEqual({ note: { n: 3, of: 4 }, bare: { n: 1, of: 2 } });
    // A bare invite passes no rule: it is not in the rule groups.
    expect(w.byRule.find((g) => g.rule === 'personalized')!.passed.accepted.of).toBe(4);
  });

  it('leaves out what is too early to tell and invites whose fate the user has not decided', () => {
    const young = rec({ sentAt: NOW - TOO_EARLY_MS + DAY });
    const youngAccepted = withStatus(rec({ sentAt: NOW - 2 * DAY }), 'accepted', 'page', NOW - DAY);
    const gone = rec({}, 'not-pending');
    const w = whatWorks(rows([young, youngAccepted, gone]), NOW);
    expect(w.overall.accepted).toEqual({ n: 1, of: 1 });
    // Replies: only the old invite whose fate is open counts (the young ones may still get an answer).
    expect(w.overall.replied).toEqual({ n: 0, of: 1 });
  });

  it('bands cover 0..100 without gaps', () => {
    expect([0, 49, 49.5, 50, 69.9, 70, 79, 80, 100].map(bandKey)).toEqual(['0-49', '0-49', '0-49', '50-69', '50-69', '70-79', '70-79', '80-100', '80-100']);
  });
});

describe('follow-up and clean-up lists', () => {
  it('accepted invites with no message since, newest acceptance first; pending invites older than N weeks, oldest first', () => {
    const a1 = rec({ recipient: { name: 'Anna', profileId: 'anna' } }, 'accepted', NOW - 3 * DAY);
    const a2 = rec({ recipient: { name: 'Bruno', profileId: 'bruno' } }, 'accepted', NOW - DAY);
    const a3 = rec({ recipient: { name: 'Carla', profileId: 'carla' } }, 'accepted', NOW - 2 * DAY);
    const thanked = rec({ kind: 'message', recipient: { name: 'Carla', profileId: 'carla' }, sentAt: NOW - DAY });
    const old = rec({ sentAt: NOW - 40 * DAY });
    const older = rec({ sentAt: NOW - 60 * DAY });
    const recent = rec({ sentAt: NOW - 10 * DAY });
    const l = followUpLists(rows([a1, a2, a3, thanked, old, older, recent]), { now: NOW, pendingWeeks: 3 });
    expect(l.thank.map((i) => i.name)).toEqual(['Bruno', 'Anna']);
    expect(l.thank[0]).toMatchObject({ at: NOW - DAY, profileId: 'bruno' });
    expect(l.stale.map((i) => i.id)).toEqual([older.id, old.id]);
    expect([l.staleTotal, l.pendingTotal, l.thankTotal]).toEqual([2, 3, 2]);
    expect(followUpLists(rows([old, older, recent]), { now: NOW, pendingWeeks: 1 }).staleTotal).toBe(3);
  });

  it('links only to LinkedIn profiles', () => {
    expect(profileLink({ profileId: 'anna-b' })).toBe('https://www.linkedin.com/in/anna-b/');
    expect(profileLink({ profileUrl: 'https://www.linkedin.com/in/x/' })).toBe('https://www.linkedin.com/in/x/');
    expect(profileLink({ profileUrl: 'https://evil.example/in/x/', profileId: 'a/../b' })).toBeUndefined();
  });
});

describe('follow-ups due (the toolbar badge)', () => {
  it('due as before (an accepted invite after the follow-up days, the user\'s date first); withdrawn and no-longer-pending ones are not due', async () => {
    const { isFollowUpDue, lastMessageAt } = await import('../../../lib/history/query');
    const fresh = rec({ sentAt: NOW - 2 * DAY });
    const acceptedNow = withStatus(fresh, 'accepted', 'page', NOW - DAY, 'profile');
    const none = lastMessageAt([]);
    expect(isFollowUpDue(fresh, none, NOW, 7)).toBe(false);
    expect(isFollowUpDue(acceptedNow, none, NOW, 7)).toBe(false);
    expect(isFollowUpDue(acceptedNow, none, NOW, 1)).toBe(true);
    expect(isFollowUpDue({ ...acceptedNow, followUpDue: NOW + DAY }, none, NOW, 1)).toBe(false); // the user's date decides
    const old = rec({ sentAt: NOW - 30 * DAY });
    expect(isFollowUpDue(old, none, NOW, 7)).toBe(true);
    expect(isFollowUpDue(withStatus(old, 'withdrawn', 'user', NOW), none, NOW, 7)).toBe(false);
    expect(isFollowUpDue(withStatus(old, 'not-pending', 'page', NOW), none, NOW, 7)).toBe(false);
  });
});
