// Firefox: the popup and the options page as extension pages in a tab
// (moz-extension://<pinned uuid>/…): sends recorded through the event-page
// background once each, the history list with its figures, search and
// filters, a detail edit that persists, an invite sent on the fixture listed
// with its score, the draft checker, and options that persist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFirefox, type FirefoxHarness } from './harness';
import { click, count, DIALOG, fill, NOTE, openNote, PANEL, poll, pressSend, records, send, text, texts, waitFor, waitForRecords } from './helpers';

const DAY = 86_400_000;
const report = (sendId: string, over: Record<string, unknown> = {}) => ({
  sendId, kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri', profileUrl: 'https://www.linkedin.com/in/giulia-ferri/' },
  text: 'Ciao Giulia, ci siamo conosciuti ieri al festival di Internazionale: il tuo intervento sulla logistica mi ha colpito.',
  sentAt: Date.now() - 3_600_000, lang: 'it', score: 86, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false, ...over,
});
const ROWS = '[data-testid=history-row] .who';
const rows = (page: Page) => texts(page, ROWS);
const badge = (h: FirefoxHarness) => h.ext(() => (globalThis as any).browser.action.getBadgeText({})) as Promise<string>;

describe('Firefox: popup and options', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox(); });
  afterAll(async () => { await h?.close(); });

  it('records each send once through the background and refuses an invalid one', async () => {
    expect(await send(h, { type: 'record-send', report: report('e2e-pop-0001') })).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await send(h, { type: 'record-send', report: report('e2e-pop-0001') })).toMatchObject({ ok: true, data: { duplicate: true } });
    for (const r of [
      report('e2e-pop-0002', {
        kind: 'message', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, lang: 'en', score: 48, verdict: 'improve',
        text: 'Hi Jane, thanks for connecting! Could you refer me for the open role?', failedChecks: ['no-early-ask', 'gives-first'], sentAt: Date.now() - 2 * 3_600_000,
      }),
      report('e2e-pop-0003', {
        recipient: { name: 'Marco Bianchi', profileId: 'marco-bianchi' }, text: '', score: 20, verdict: 'stop',
        failedChecks: ['personalized', 'how-met'], sentAt: Date.now() - 12 * DAY,
      }),
    ]) expect(await send(h, { type: 'record-send', report: r })).toMatchObject({ ok: true, data: { duplicate: false } });
    const bad = await send(h, { type: 'record-send', report: { ...report('e2e-pop-bad'), score: 'high' } });
    expect(bad.ok).toBe(false);
    expect((await records(h)).map((r) => r.id).sort()).toEqual(['e2e-pop-0001', 'e2e-pop-0002', 'e2e-pop-0003']);
    // The history lives in the extension's database, not the page's.
    const li = await h.openFixture('/in/giulia-ferri/');
    expect(await li.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('garbo');
  });

  it('lists the sends, follow-ups due first, with the figures and the badge; search and filters narrow the list', async () => {
    const page = await h.openPopup();
    await poll(() => rows(page)).toEqual(['Marco Bianchi', 'Giulia Ferri', 'Jane Doe']);
    await poll(() => text(page, '[data-stat=due] dd')).toBe('1');
    expect(await text(page, '[data-stat=avg] dd')).toBe('51');
    expect(await text(page, '[data-testid=score-badge]')).toMatch(/^20\s*Fix before sending$/);
    expect(await text(page, '[data-testid=tab-status]')).toMatch(/Not a LinkedIn page/);
    await poll(() => badge(h)).toBe('1');
    await h.screenshot(page, 'popup-list');
    await fill(page, '[data-testid=search]', 'JANE');
    await poll(() => rows(page)).toEqual(['Jane Doe']);
    await fill(page, '[data-testid=search]', 'logistica');
    await poll(() => rows(page)).toEqual(['Giulia Ferri']);
    await fill(page, '[data-testid=search]', '');
    await page.select('[data-testid=filter-band]', 'stop');
    await poll(() => rows(page)).toEqual(['Marco Bianchi']);
    await page.select('[data-testid=filter-band]', '');
    await poll(() => rows(page)).toHaveLength(3);
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('saves a detail edit that persists after reopening', async () => {
    let page = await h.openPopup();
    await poll(() => rows(page)).toHaveLength(3);
    await click(page, '[data-testid=history-row][data-id=e2e-pop-0001]');
    await waitFor(page, '[data-testid=detail]');
    expect(await text(page, '#detail-title')).toBe('Giulia Ferri');
    await page.select('[data-testid=edit-status]', 'accepted');
    await poll(() => text(page, '[data-testid=save-state]')).toBe('Saved');
    await click(page, '[data-testid=edit-notes]');
    await page.keyboard.type('Lavora sulla logistica del porto di Genova.');
    await click(page, '[data-testid=edit-met]'); // change fires on blur
    await poll(async () => (await records(h)).find((x) => x.id === 'e2e-pop-0001')?.notes).toBe('Lavora sulla logistica del porto di Genova.');
    await page.close();

    page = await h.openPopup();
    await waitFor(page, '[data-testid=filter-status]');
    await page.select('[data-testid=filter-status]', 'accepted');
    await poll(() => rows(page)).toEqual(['Giulia Ferri']);
    await click(page, '[data-testid=history-row]');
    await waitFor(page, '[data-testid=detail]');
    expect(await page.$eval('[data-testid=edit-status]', (e) => (e as HTMLSelectElement).value)).toBe('accepted');
    expect(await page.$eval('[data-testid=edit-notes]', (e) => (e as HTMLTextAreaElement).value)).toBe('Lavora sulla logistica del porto di Genova.');
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lists an invite sent on the LinkedIn fixture, with its score and checks', async () => {
    const note = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on accessibility and would be glad to stay in touch.';
    const li = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(li, NOTE, note);
    await waitFor(li, `${PANEL} .g-verdict`);
    await pressSend(li, () => click(li, `${DIALOG} button[aria-label="Send invitation"]`));
    await waitForRecords(h, (r) => r.some((x) => x.text === note));
    const page = await h.openPopup();
    await fill(page, '[data-testid=search]', 'turin js meetup');
    await poll(() => rows(page)).toEqual(['Jane Doe']);
    expect(await text(page, '[data-testid=history-row] .kind')).toBe('Invite');
    expect(await text(page, '[data-testid=history-row] [data-testid=score-badge]')).toMatch(/^\d+\s+\S/);
    await click(page, '[data-testid=history-row]');
    await poll(() => text(page, '[data-testid=detail-text]')).toBe(note);
    expect(await count(page, '[data-testid=detail-checks] li')).toBeGreaterThan(0);
    await page.close();
    await li.close();
  });

  it('checks a typed draft in the popup\'s checker', async () => {
    const page = await h.openPopup('?tab=checker');
    await waitFor(page, '[data-testid=checker] textarea');
    await click(page, '[data-testid=checker] .g-checker-recipient input');
    await page.keyboard.type('Giulia Ferri');
    await click(page, '[data-testid=checker] textarea');
    await page.keyboard.type('Ciao Giulia, ci siamo conosciuti al festival di Ferrara: mi ha colpito il tuo intervento sulla logistica. Potresti segnalarmi per la posizione aperta nel tuo team? Grazie per l\'attenzzione.', { delay: 1 });
    await waitFor(page, '[data-testid=checker] .g-score', 15_000);
    expect(Number(await text(page, '[data-testid=checker] .g-score'))).toBeGreaterThanOrEqual(0);
    await waitFor(page, '[data-testid=checker] [data-check=no-early-ask]');
    await poll(() => text(page, '[data-testid=checker] section.g-spelling')).toContain('attenzzione');
    expect(await count(page, '[data-testid=checker] [role=alert]')).toBe(0);
    await h.screenshot(page, 'popup-checker');
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('keeps the options after reopening, and the background follows them', async () => {
    let page = await h.openOptions();
    await click(page, '[data-testid=opt-limit-200]');
    await poll(() => text(page, '[data-testid=opt-state]')).toBe('Saved');
    await click(page, '[data-testid=opt-rule-no-pitch]');
    await fill(page, '[data-testid=opt-days]', '3');
    await page.keyboard.press('Tab');
    await click(page, '[data-testid=opt-badge]');
    await poll(() => badge(h)).toBe('');
    await click(page, '[data-testid=opt-badge]');
    await poll(() => badge(h)).toBe('1');
    await fill(page, '[data-testid=opt-word]', 'Codemotion');
    await click(page, '[data-testid=opt-word-add]');
    await poll(() => text(page, '[data-testid=opt-words]')).toContain('Codemotion');
    await h.screenshot(page, 'options');
    await page.close();

    page = await h.openOptions();
    await waitFor(page, '[data-testid=opt-gate]');
    const checked = (sel: string) => page.$eval(sel, (e) => (e as HTMLInputElement).checked);
    expect(await checked('[data-testid=opt-limit-200]')).toBe(true);
    expect(await checked('[data-testid=opt-rule-no-pitch]')).toBe(false);
    expect(await page.$eval('[data-testid=opt-days]', (e) => (e as HTMLInputElement).value)).toBe('3');
    expect(await text(page, '[data-testid=opt-words]')).toContain('Codemotion');
    const stored = await h.ext(() => (globalThis as any).browser.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ noteLimit: 200, followUpDays: 3, disabledRules: ['no-pitch'], dictionary: ['Codemotion'] });
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });
});
