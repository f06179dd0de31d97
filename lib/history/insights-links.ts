// What the popup's "What works" and "Follow up" views need from
// lib/history/insights.ts besides types: kept apart (no imports) so the popup
// loads without the history's query and schema modules (and zod).

/** Below this many cases a rate means little: the popup says so. */
export const SMALL_SAMPLE = 10;

/** Links to LinkedIn the lists offer (plain links the user clicks; Garbo never opens them itself). */
export const SENT_INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
export function profileLink(i: { profileId?: string; profileUrl?: string }): string | undefined {
  if (i.profileUrl?.startsWith('https://www.linkedin.com/')) return i.profileUrl;
  if (i.profileId && /^[\p{L}\p{N}_-]{1,100}$/u.test(i.profileId)) return `https://www.linkedin.com/in/${encodeURIComponent(i.profileId)}/`;
  return undefined;
}
