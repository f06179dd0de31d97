// The popup and the options page in real Chromium with the built extension:
// records sent through the background appear, search/filter/detail edits
// persist across reopening, a corrupted import changes nothing, a 10,000-record
// history opens and scrolls, options persist. Set GARBO_SCREENSHOTS=1 to
// refresh docs/screenshots/popup-{list,detail,checker}.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { REPO } from './paths';

const DAY = 86_400_000;
const report = (sendId: string, over: Record<string, unknown> = {}) => ({
  sendId, kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri', profileUrl: 'https://www.linkedin.com/in/giulia-ferri/' },
  text: 'Ciao Giulia, ci siamo conosciuti ieri al festival di Internazionale: il tuo intervento sulla logistica mi ha colpito.',
  sentAt: Date.now() - 3_600_000, lang: 'it', score: 86, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false, ...over,
});
const send = (page: Page, msg: unknown) =>
  page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean; error?: string; data?: any }>;

async function shot(h: Harness, page: Page, name: string) {
  if (process.env.GARBO_SCREENSHOTS) {
    const dir = join(REPO, 'docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  } else {
    await h.screenshot(page, name);
  }
}

async function openPopup(h: Harness, query = '') {
  const page = await h.openPopup(query);
  await page.setViewportSize({ width: 420, height: 600 });
  return page;
}
const badge = (h: Harness) => h.serviceWorker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({})) as Promise<string>;
const rows = (page: Page) => page.locator('[data-testid=history-row] .who');

describe('popup', () => {
  let h: Harness;
  let seedPage: Page;
  beforeAll(async () => {
    h = await startHarness();
    seedPage = await h.openPopup();
    await seedPage.locator('[data-testid=popup]').waitFor();
    for (const r of [
      report('e2e-pop-0001'),
      report('e2e-pop-0002', {
        kind: 'message', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, lang: 'en', score: 48, verdict: 'improve',
        text: 'Hi Jane, thanks for connecting! Could you refer me for the open role?', failedChecks: ['no-early-ask', 'gives-first'], sentAt: Date.now() - 2 * 3_600_000,
      }),
      report('e2e-pop-0003', {
        recipient: { name: 'Marco Bianchi', profileId: 'marco-bianchi' }, text: '', score: 20, verdict: 'stop',
        failedChecks: ['personalized', 'how-met'], sentAt: Date.now() - 12 * DAY,
      }),
    ]) expect(await send(seedPage, { type: 'record-send', report: r })).toMatchObject({ ok: true });
  });
  afterAll(async () => { await h?.close(); });

  it('lists the sends, follow-ups due first, with the figures', async () => {
    const page = await openPopup(h);
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Marco Bianchi', 'Giulia Ferri', 'Jane Doe']);
    await expect.poll(() => page.locator('[data-stat=due] dd').textContent()).toBe('1');
    expect(await page.locator('[data-stat=avg] dd').textContent()).toBe('51');
    expect(await page.locator('[data-testid=score-badge]').first().textContent()).toMatch(/^20\s*Fix before sending$/);
    expect(await page.locator('[data-testid=tab-status]').textContent()).toMatch(/Not a LinkedIn page/);
    await expect.poll(() => badge(h)).toBe('1');
    await shot(h, page, 'popup-list');
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('searches and filters', async () => {
    const page = await openPopup(h);
    await rows(page).first().waitFor();
    await page.fill('[data-testid=search]', 'JANE');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Jane Doe']);
    await page.fill('[data-testid=search]', 'logistica');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Giulia Ferri']);
    await page.fill('[data-testid=search]', '');
    await page.selectOption('[data-testid=filter-band]', 'stop');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Marco Bianchi']);
    await page.selectOption('[data-testid=filter-band]', '');
    await page.check('[data-testid=filter-due]');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Marco Bianchi']);
    await page.close();
  });

  it('saves detail edits that persist after reopening, keyboard only', async () => {
    let page = await openPopup(h);
    await rows(page).first().waitFor();
    const list = page.locator('[role=listbox]');
    await list.focus();
    // Each key waits for the list to show the state it acts on: on a loaded machine the first render may still be settling.
    await expect.poll(() => list.getAttribute('aria-activedescendant')).toMatch(/-0$/); // row 0 is active on focus
    await page.keyboard.press('ArrowDown'); // move to Giulia
    await expect.poll(() => list.getAttribute('aria-activedescendant')).toMatch(/-1$/);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=detail]').waitFor();
    expect(await page.locator('#detail-title').textContent()).toBe('Giulia Ferri');
    await page.selectOption('[data-testid=edit-status]', 'accepted');
    await expect.poll(() => page.locator('[data-testid=save-state]').textContent()).toBe('Saved');
    await page.fill('[data-testid=edit-met]', 'Festival di Internazionale, Ferrara, ottobre');
    await page.locator('[data-testid=edit-notes]').focus(); // change fires on blur
    await page.keyboard.type('Lavora sulla logistica del porto di Genova.');
    await page.locator('[data-testid=edit-followup]').focus();
    await expect.poll(() => h.readStore<any>('garbo', 'records').then((r) => r.find((x) => x.id === 'e2e-pop-0001')?.notes)).toBe('Lavora sulla logistica del porto di Genova.');
    await page.keyboard.press('Escape');
    await page.locator('[role=listbox]').waitFor();
    await page.close();

    page = await openPopup(h);
    await page.selectOption('[data-testid=filter-status]', 'accepted');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Giulia Ferri']);
    await page.locator('[data-testid=history-row]').first().click();
    await page.locator('[data-testid=detail]').waitFor();
    expect(await page.locator('[data-testid=edit-status]').inputValue()).toBe('accepted');
    expect(await page.locator('[data-testid=edit-met]').inputValue()).toBe('Festival di Internazionale, Ferrara, ottobre');
    expect(await page.locator('[data-testid=edit-notes]').inputValue()).toBe('Lavora sulla logistica del porto di Genova.');
    expect(await page.locator('[data-testid=detail-text]').textContent()).toMatch(/^Ciao Giulia/);
    await shot(h, page, 'popup-detail');
    await page.close();
  });

  it('deletes with undo', async () => {
    const page = await openPopup(h);
    await rows(page).first().waitFor();
    await page.locator('[data-testid=history-row]', { hasText: 'Jane Doe' }).click();
    await page.click('[data-testid=delete]');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Marco Bianchi', 'Giulia Ferri']);
    expect(await h.readStore('garbo', 'records')).toHaveLength(2);
    await page.click('[data-testid=undo]');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Marco Bianchi', 'Giulia Ferri', 'Jane Doe']);
    expect(await h.readStore('garbo', 'records')).toHaveLength(3);
    await page.close();
  });

  it('refuses a corrupted import, shows why and leaves the history unchanged', async () => {
    const before = await h.readStore<any>('garbo', 'records');
    const page = await openPopup(h);
    await rows(page).first().waitFor();
    await page.click('details.more summary');
    const exported = (await send(page, { type: 'history-export' })).data as any[];
    const doc = { format: 'garbo-history', version: 1, exportedAt: new Date().toISOString(), records: exported.map((r) => ({ ...r, notes: 'overwritten', updatedAt: Date.now() + 1e6 })) };
    doc.records[1].sentAt = 'yesterday';
    await page.setInputFiles('[data-testid=import-file]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    const msg = page.locator('[data-testid=transfer-message][role=alert]');
    await msg.waitFor();
    expect(await msg.textContent()).toMatch(/Nothing was imported\. record 2 \(id e2e-pop-\d+\): sentAt/);
    // An impossible date (9e15 is a safe integer but no date) is named with its record, and nothing changes.
    doc.records[1].sentAt = Date.now();
    doc.records[2].sentAt = 9e15;
    await page.setInputFiles('[data-testid=import-file]', { name: 'bad-date.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await expect.poll(() => msg.textContent()).toMatch(/Nothing was imported\. record 3 \(id e2e-pop-\d+\): sentAt: not a valid date/);
    await page.setInputFiles('[data-testid=import-file]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"truncated": ') });
    await expect.poll(() => msg.textContent()).toMatch(/not a JSON file/);
    const after = await h.readStore<any>('garbo', 'records');
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    await page.close();
  });

  it('exports JSON and CSV files, and the JSON imports back without duplicates', async () => {
    const page = await openPopup(h);
    await rows(page).first().waitFor();
    await page.click('details.more summary');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
    expect(json.suggestedFilename()).toMatch(/^garbo-history-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await json.path())!, 'utf8');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'garbo-history', version: 2 });
    expect(doc.records.map((r: { id: string }) => r.id).sort()).toEqual(['e2e-pop-0001', 'e2e-pop-0002', 'e2e-pop-0003']);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^id,kind,sentAt,recipientName,/);
    expect(lines.filter(Boolean)).toHaveLength(4);
    await page.setInputFiles('[data-testid=import-file]', { name: 'garbo.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('[data-testid=transfer-message]').textContent()).toBe('Imported: 0 new, 0 updated, 3 unchanged.');
    expect(await h.readStore('garbo', 'records')).toHaveLength(3);
    await page.close();
  });

  it('checks a typed draft with no LinkedIn tab', async () => {
    const page = await openPopup(h, '?tab=checker');
    const box = page.locator('[data-testid=checker] textarea').first();
    await box.waitFor();
    await page.locator('[data-testid=checker] .g-checker-recipient input').fill('Giulia Ferri');
    await box.click();
    await page.keyboard.type('Ciao Giulia, ci siamo conosciuti al festival di Ferrara: mi ha colpito il tuo intervento sulla logistica. Potresti segnalarmi per la posizione aperta nel tuo team? Grazie per l\'attenzzione.', { delay: 2 });
    const score = page.locator('[data-testid=checker] .g-score');
    await score.waitFor({ timeout: 15_000 });
    expect(Number(await score.textContent())).toBeGreaterThanOrEqual(0);
    // The ask and the typo are caught, as on LinkedIn.
    await page.locator('[data-testid=checker] [data-check=no-early-ask]').waitFor();
    expect(await page.locator('[data-testid=checker] section.g-spelling').textContent()).toContain('attenzzione');
    expect(await page.locator('[data-testid=checker] .g-verdict').textContent()).toMatch(/\w/);
    expect(await page.locator('[data-testid=checker] [role=alert]').count()).toBe(0);
    await shot(h, page, 'popup-checker');
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('keeps the options after reopening', async () => {
    let page = await h.openOptions();
    await page.locator('[data-testid=opt-limit-200]').check();
    await expect.poll(() => page.locator('[data-testid=opt-state]').textContent()).toBe('Saved');
    await page.locator('[data-testid=opt-rule-no-pitch]').uncheck();
    await page.fill('[data-testid=opt-days]', '3');
    await page.locator('[data-testid=opt-days]').press('Tab');
    await page.locator('[data-testid=opt-badge]').uncheck();
    await expect.poll(() => badge(h)).toBe('');
    await page.locator('[data-testid=opt-badge]').check();
    await expect.poll(() => badge(h)).toBe('1');
    await page.fill('[data-testid=opt-word]', 'Codemotion');
    await page.click('[data-testid=opt-word-add]');
    await expect.poll(() => page.locator('[data-testid=opt-words]').textContent()).toContain('Codemotion');
    await page.close();
    page = await h.openOptions();
    await page.locator('[data-testid=opt-gate]').waitFor();
    expect(await page.locator('[data-testid=opt-limit-200]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid=opt-rule-no-pitch]').isChecked()).toBe(false);
    expect(await page.locator('[data-testid=opt-days]').inputValue()).toBe('3');
    expect(await page.locator('[data-testid=opt-words]').textContent()).toContain('Codemotion');
    const stored = await h.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ noteLimit: 200, followUpDays: 3, disabledRules: ['no-pitch'], dictionary: ['Codemotion'] });
    // The popup follows: "n of 5" personalised notes on a free account, and the due count with 3 days.
    const popup = await openPopup(h);
    await expect.poll(() => popup.locator('[data-stat=notes] dd').textContent()).toMatch(/^\d+ of 5$/);
    expect(h.pageErrors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows an invite sent on the LinkedIn fixture, with its score and checks', async () => {
    const note = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on accessibility and would be glad to stay in touch.';
    const li = await h.openFixture('/in/jane-doe/');
    await li.locator('a[href*="/preload/custom-invite/"]').click();
    await li.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await h.typeInto(li, 'textarea#custom-message', note);
    await li.locator('garbo-panel .g-panel .g-verdict').waitFor({ timeout: 15_000 });
    await li.locator('[role=dialog] button[aria-label="Send invitation"]').click();
    await h.waitForStore<any>('garbo', 'records', (r) => r.some((x) => x.text === note));
    const page = await openPopup(h);
    await page.fill('[data-testid=search]', 'turin js meetup');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Jane Doe']);
    const row = page.locator('[data-testid=history-row]').first();
    expect(await row.locator('.kind').textContent()).toBe('Invite');
    expect(await row.locator('[data-testid=score-badge]').textContent()).toMatch(/^\d+\s+\S/);
    await row.click();
    expect(await page.locator('[data-testid=detail-text]').textContent()).toBe(note);
    expect(await page.locator('[data-testid=detail-checks] li').count()).toBeGreaterThan(0);
    await li.close();
    await page.close();
  });

  it('opens and scrolls a 10,000-record history', async () => {
    const now = Date.now();
    const records = Array.from({ length: 10_000 }, (_, i) => ({
      id: `bulk-${String(i).padStart(6, '0')}`, kind: i % 3 ? 'invite' : 'message',
      recipient: { name: `Persona ${i}`, profileId: `persona-${i}` }, text: `Ciao, ci siamo visti al meetup numero ${i}.`,
      sentAt: now - 20 * DAY - i * 60_000, lang: 'it', score: i % 100, verdict: ['ready', 'improve', 'stop'][i % 3],
      failedChecks: [], page: '/in/x/', gateOverridden: false, status: 'replied', metWhere: '', followUpDue: null, notes: '', updatedAt: now, recipientKey: `id:persona-${i}`,
    }));
    const page = await openPopup(h);
    const res = await send(page, { type: 'history-import', text: JSON.stringify({ format: 'garbo-history', version: 1, exportedAt: new Date(now).toISOString(), records }) });
    expect(res).toMatchObject({ ok: true, data: { added: 10_000 } });
    await page.reload();
    await rows(page).first().waitFor();
    await expect.poll(() => page.locator('[data-testid=list-count]').textContent()).toBe('10004 sent');
    expect(await page.locator('[role=option]').count()).toBeLessThan(40);
    await page.locator('[role=listbox]').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await expect.poll(() => rows(page).allTextContents(), { timeout: 10_000 }).toContain('Persona 9999');
    await page.locator('[role=listbox]').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => rows(page).allTextContents()).toContain('Marco Bianchi');
    await page.fill('[data-testid=search]', 'persona 4242');
    await expect.poll(() => rows(page).allTextContents()).toEqual(['Persona 4242']);
    expect(h.pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('deletes all data from the options page after confirmation', async () => {
    const page = await h.openOptions();
    await page.click('[data-testid=opt-delete-all]');
    await page.click('[data-testid=opt-delete-cancel]');
    expect((await h.readStore('garbo', 'records')).length).toBeGreaterThan(10_000);
    await page.click('[data-testid=opt-delete-all]');
    await page.click('[data-testid=opt-delete-confirm]');
    await page.locator('[data-testid=opt-wiped]').waitFor();
    expect(await h.readStore('garbo', 'records')).toEqual([]);
    const stored = await h.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    expect(stored.settings === undefined || stored.settings.dictionary.length === 0).toBe(true);
    await expect.poll(() => badge(h)).toBe('');
    const popup = await openPopup(h);
    await popup.locator('[data-testid=list-empty]').waitFor();
    await expect.poll(() => popup.locator('[data-stat=invites] dd').textContent()).toBe('0');
    expect(h.pageErrors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
