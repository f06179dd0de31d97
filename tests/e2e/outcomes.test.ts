// Issue 14 in real Chromium with the built extension on our fixture pages: an
// invite sent from people search becomes "accepted" once the user opens the
// person's profile in the connected state and "replied" once their reply is
// seen; the sent-invitations page turns an unlisted pending invite into "no
// longer pending"; nothing changes for people whose pages were not opened;
// the user's correction in the popup stands; the "What works" and "Follow up"
// views show the right counts for a seeded history. GARBO_SCREENSHOTS=1
// refreshes docs/screenshots/popup-{works,follow,works-dark}.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openNote, pressSend, readmeShot, records, setSettings, waitForRecords } from './linkedin-helpers';

const DAY = 86_400_000;
const NOTE = 'Hi Emma, we met at the Turin product meetup last week. I enjoyed your talk on roadmaps and would be glad to stay in touch.';
const send = (page: Page, msg: unknown) =>
  page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean; error?: string; data?: any }>;
const seedReport = (sendId: string, name: string, profileId: string, over: Record<string, unknown> = {}) => ({
  sendId, kind: 'invite', recipient: { name, profileId }, text: `Ciao ${name.split(' ')[0]}, ci siamo conosciuti al convegno di Bologna sulla logistica.`,
  sentAt: Date.now() - 30 * DAY, lang: 'it', score: 82, verdict: 'ready', failedChecks: [], page: `/in/${profileId}/`, gateOverridden: false, ...over,
});
const byId = (rows: any[], profileId: string) => rows.find((r) => r.recipient.profileId === profileId);

describe('outcomes learned from pages the user opens', () => {
  let h: Harness;
  let popup: Page;
  beforeAll(async () => {
    h = await startHarness();
    await setSettings(h, {});
    popup = await h.openPopup();
    await popup.locator('#app h1').waitFor();
  });
  afterAll(async () => { await h?.close(); });

  it('an invite becomes accepted on its connected profile, replied on their reply; unopened people stay as they were', async () => {
    // Two older invites whose pages the user will not open (Luca) or will see listed (Paul).
    for (const r of [seedReport('e2e-out-luca-01', 'Luca Moretti', 'luca-moretti'), seedReport('e2e-out-paul-01', 'Paul Smith', 'paul-smith')]) {
      expect(await send(popup, { type: 'record-send', report: r })).toMatchObject({ ok: true });
    }
    // Send an invite with a note from people search (the dialog, the panel, LinkedIn's confirmation).
    const search = await openNote(h, '/search/results/people/outcomes/', 'Add a note');
    await h.typeInto(search, 'textarea#custom-message', NOTE);
    await pressSend(search, search.locator('[role=dialog] button[aria-label="Send invitation"]'));
    let rows = await waitForRecords(h, (rs) => !!byId(rs, 'emma-clark'));
    expect(byId(rows, 'emma-clark')).toMatchObject({ kind: 'invite', status: 'sent', outcomes: [] });
    // The search page (Emma's card now shows Pending) infers nothing.
    await search.waitForTimeout(2500);
    rows = await records(h);
    expect(rows.map((r) => [r.recipient.profileId, r.status]).sort()).toEqual([['emma-clark', 'sent'], ['luca-moretti', 'sent'], ['paul-smith', 'sent']]);

    // The user opens Emma's profile: she is a 1st-degree connection now.
    const profile = await h.openFixture('/in/emma-clark/');
    rows = await waitForRecords(h, (rs) => byId(rs, 'emma-clark')?.status === 'accepted');
    const accepted = byId(rows, 'emma-clark');
    expect(accepted).toMatchObject({ statusBy: 'page', outcomes: [{ status: 'accepted', by: 'page', source: 'profile' }] });
    expect(Math.abs(accepted.outcomes[0].at - Date.now())).toBeLessThan(60_000);
    expect(byId(rows, 'luca-moretti').status).toBe('sent');
    await profile.close();

    // Their reply in the conversation.
    const thread = await h.openFixture('/messaging/thread/3-emma/');
    rows = await waitForRecords(h, (rs) => byId(rs, 'emma-clark')?.status === 'replied');
    expect(byId(rows, 'emma-clark').outcomes.map((e: any) => e.status)).toEqual(['accepted', 'replied']);
    expect(byId(rows, 'luca-moretti').status).toBe('sent');
    expect(byId(rows, 'paul-smith').status).toBe('sent');
    await thread.close();

    // The sent-invitations page lists Paul (still pending) but not Luca: Luca is no longer pending.
    const sentPage = await h.openFixture('/mynetwork/invitation-manager/sent/');
    rows = await waitForRecords(h, (rs) => byId(rs, 'luca-moretti')?.status === 'not-pending');
    expect(byId(rows, 'paul-smith').status).toBe('sent');
    expect(byId(rows, 'emma-clark').status).toBe('replied');
    await sentPage.close();

    // The user says Luca's invite was withdrawn; a later page view does not undo it.
    const luca = byId(rows, 'luca-moretti');
    expect(await send(popup, { type: 'history-update', id: luca.id, patch: { status: 'withdrawn' } })).toMatchObject({ ok: true });
    const again = await h.openFixture('/mynetwork/invitation-manager/sent/');
    await again.waitForTimeout(2500);
    expect(byId(await records(h), 'luca-moretti')).toMatchObject({ status: 'withdrawn', statusBy: 'user' });
    await again.close();
    // Only the pages' own origin and the extension were involved: nothing was fetched for these inferences.
    expect(h.requests.filter((u) => !u.startsWith(h.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('https://www.linkedin.com/'))).toEqual([]);
  });

  it('"What works" and "Follow up" show the right counts for a seeded history', async () => {
    expect(await send(popup, { type: 'history-clear', confirm: true })).toMatchObject({ ok: true });
    const now = Date.now();
    const rec = (i: number, over: Record<string, unknown>, status = 'sent') => ({
      id: `e2e-seed-${String(i).padStart(4, '0')}`, kind: 'invite', recipient: { name: `Persona ${i}`, profileId: `persona-${i}` },
      text: 'Ciao, ci siamo conosciuti al convegno di Bologna: il tuo intervento sui magazzini mi è piaciuto.',
      sentAt: now - (40 + i) * DAY, lang: 'it', score: 85, verdict: 'ready', failedChecks: [], page: '/in/x/', gateOverridden: false,
      status, ...(status === 'sent' ? {} : { statusBy: 'page', outcomes: [{ at: now - (i + 1) * DAY, status, by: 'page', source: 'profile' }] }),
      metWhere: '', followUpDue: null, notes: '', updatedAt: now, recipientKey: `id:persona-${i}`, ...over,
    });
    // 23 notes that said how you met (18 accepted, 6 of them replied), 17 that did not (7 accepted, 1 replied), 12 bare invites (3 accepted).
    const records = [
      ...Array.from({ length: 23 }, (_, i) => rec(i, {}, i < 6 ? 'replied' : i < 18 ? 'accepted' : 'sent')),
      ...Array.from({ length: 17 }, (_, i) => rec(100 + i, { failedChecks: ['how-met'], score: 62, verdict: 'improve' }, i < 1 ? 'replied' : i < 7 ? 'accepted' : 'sent')),
      ...Array.from({ length: 12 }, (_, i) => rec(200 + i, { text: '' }, i < 3 ? 'accepted' : 'sent')),
    ];
    const text = JSON.stringify({ format: 'garbo-history', version: 2, exportedAt: new Date(now).toISOString(), records });
    expect(await send(popup, { type: 'history-import', text })).toMatchObject({ ok: true, data: { added: 52 } });

    const works = await h.openPopup('?tab=works');
    await works.setViewportSize({ width: 420, height: 600 });
    const howMet = works.locator('[data-testid=works-rule][data-rule=how-met]');
    await howMet.waitFor();
    expect(await howMet.locator('[data-testid=works-rule-with]').textContent()).toContain('with: 18 of 23 (78%) accepted');
    expect(await howMet.locator('[data-testid=works-rule-without]').textContent()).toContain('without: 7 of 17 (41%) accepted');
    expect(await howMet.textContent()).toContain('replies with: 6 of 23 (26%); without: 1 of 17 (6%)');
    await readmeShot(h, works, 'popup-works');
    await works.emulateMedia({ colorScheme: 'dark' });
    await readmeShot(h, works, 'popup-works-dark');
    await works.emulateMedia({ colorScheme: 'light' });
    const kinds = works.locator('[data-testid=works-kind] [data-testid=works-row]');
    expect(await kinds.nth(0).locator('[data-testid=works-accepted]').textContent()).toContain('25 of 40 (63%)');
    expect(await kinds.nth(1).locator('[data-testid=works-accepted]').textContent()).toContain('3 of 12 (25%)');
    // Keyboard: the rule section folds from its summary.
    await works.locator('[data-testid=works-rules] summary').focus();
    await works.keyboard.press('Enter');
    expect(await works.locator('[data-testid=works-rules]').getAttribute('open')).toBeNull();
    await works.keyboard.press('Enter');
    expect(await works.locator('[data-testid=works-rules]').getAttribute('open')).toBe('');
    await works.close();

    const follow = await h.openPopup('?tab=follow');
    await follow.setViewportSize({ width: 420, height: 600 });
    await follow.locator('[data-testid=lists]').waitFor();
    expect(await follow.locator('[data-testid=thank-item]').count()).toBe(21); // accepted, not replied: 12 + 6 + 3
    expect(await follow.locator('#lists-stale').textContent()).toBe('Pending for more than 3 weeks (24)');
    expect(await follow.locator('[data-testid=sent-page-link]').getAttribute('href')).toBe('https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    await readmeShot(h, follow, 'popup-follow');
    await follow.close();
  });
});
