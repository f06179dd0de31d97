// The message composers on our LinkedIn-like pages: the overlay bubble in
// Enter-to-send mode (feed) and the full thread page with a Send button. The
// contenteditable is highlighted with the CSS Custom Highlight API (ranges in
// the page's CSS.highlights registry, no element inserted into the editor).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { gate, panel, readmeShot, records, sent, setSettings, waitForRecords, poll } from './linkedin-helpers';

const EDITOR = '#msg-overlay div.msg-form__contenteditable';
const EARLY_ASK = 'Hi Jane, can you introduce me to your CTO? I would like to pitch our product.';
const TYPO = 'Hi Jane, thanks for the great chat at the Turin meetup. I enjoyed your talk on acessibility.';
const GOOD = 'Hi Jane, thanks for the great chat at the Turin meetup. Here is the article on accessibility I mentioned.';
const EARLY_ASK_IT = 'Ciao Giulia, potresti segnalarmi per una posizione nella tua azienda? Grazie';

/** The text of each range of a named highlight, read in the page's own world. */
const highlighted = (page: Page, name: string) => page.evaluate((n) => {
  const h = (CSS as any).highlights?.get(n) as Iterable<Range> | undefined;
  return h ? [...h].map((r) => r.toString()) : [];
}, name);

describe('Garbo in the message composers', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  it('flags an early ask with a highlight and gates Enter-to-send: Edit keeps the text, Send anyway lets the next Enter through, recorded once', async () => {
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, EARLY_ASK);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    await poll(() => highlighted(page, 'garbo-issue')).toContain('can you introduce me to your CTO?');
    // Nothing of Garbo's went into LinkedIn's editor.
    expect(await page.locator(EDITOR).evaluate((el) => el.querySelectorAll('*:not(p):not(br)').length)).toBe(0);
    await readmeShot(h, page, 'message-light');

    await page.keyboard.press('Enter');
    await gate(page).waitFor();
    expect(await sent(page)).toEqual([]);
    await gate(page).locator('[data-gate=edit]').click();
    expect(await gate(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('msg-form__contenteditable');
    expect((await page.locator(EDITOR).innerText()).trim()).toBe(EARLY_ASK);

    await page.keyboard.press('Enter');
    await gate(page).locator('[data-gate=send]').click();
    // Enter-to-send has no Send button: focus goes back to the editor, and the user's own Enter sends.
    await poll(() => panel(page).locator('.g-hint[role=status]').textContent()).toBe('Press Send again: Garbo lets this one through.');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('msg-form__contenteditable');
    expect(await sent(page)).toEqual([]);
    expect(await records(h)).toHaveLength(0);
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Jane Doe', text: EARLY_ASK }]);
    const rows = await waitForRecords(h, (r) => r.length === 1);
    expect(rows[0]).toMatchObject({ kind: 'message', text: EARLY_ASK, gateOverridden: true, page: '/feed-en/', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } });
    expect(rows[0].failedChecks).toContain('no-early-ask');
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(page)).toHaveLength(1);
    expect(await records(h)).toHaveLength(1);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('underlines a misspelling in the contenteditable and replaces it with a suggestion', async () => {
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, TYPO);
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual(['acessibility']);
    const box = await page.evaluate(() => {
      const r = [...((CSS as any).highlights.get('garbo-spelling') as Iterable<Range>)][0]!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const pop = page.locator('garbo-panel .g-popover');
    await pop.waitFor();
    await pop.locator('.g-sugg', { hasText: /^accessibility$/ }).click();
    await poll(async () => (await page.locator(EDITOR).innerText()).trim()).toBe(TYPO.replace('acessibility', 'accessibility'));
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('adds a flagged word to the personal dictionary from the popover (keyboard), and it is no longer flagged', async () => {
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, 'Hi Jane, I loved your talk on netwerking at the Turin meetup.');
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual(['netwerking']);
    // Caret into the word with the keyboard, then Alt+Shift+G: focus moves into the popover.
    for (let i = 0; i < 'at the Turin meetup.'.length + 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+G');
    const add = page.locator('garbo-panel .g-popover .g-add');
    await add.waitFor();
    await add.click();
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual([]);
    const dict = await h.serviceWorker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('settings')).settings?.dictionary ?? []) as string[]);
    expect(dict.map((w) => w.toLowerCase())).toContain('netwerking');
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('sends a good message on Enter with no gate (dark theme)', async () => {
    const before = (await records(h)).length;
    const page = await h.openFixture('/feed-en/');
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await h.typeInto(page, EDITOR, GOOD);
    await panel(page).locator('.g-score').waitFor();
    expect(await panel(page).locator('[data-check=no-early-ask]').count()).toBe(0);
    await readmeShot(h, page, 'message-dark');
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toHaveLength(1);
    expect(await gate(page).count()).toBe(0);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === GOOD)).toMatchObject({ kind: 'message', gateOverridden: false });
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('gates the Send button on the Italian thread page, in Italian', async () => {
    await setSettings(h, { uiLang: 'it' });
    const before = (await records(h)).length;
    const page = await h.openFixture('/messaging/thread/2-giulia/');
    await h.typeInto(page, 'div.msg-form__contenteditable', EARLY_ASK_IT);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    expect(await panel(page).locator('.g-verdict').textContent()).toBe('Da correggere prima di inviare');
    await page.locator('button.msg-form__send-button').click();
    await gate(page).waitFor();
    expect(await gate(page).locator('[data-gate=send]').textContent()).toBe('Invia comunque');
    await gate(page).locator('[data-gate=send]').click();
    await poll(() => panel(page).locator('.g-hint[role=status]').textContent()).toBe('Premi di nuovo Invia: Garbo lascia passare questo invio.');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('msg-form__send-button');
    expect(await sent(page)).toEqual([]);
    await page.locator('button.msg-form__send-button').click();
    await poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Giulia Ferri', text: EARLY_ASK_IT }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === EARLY_ASK_IT)).toMatchObject({ kind: 'message', gateOverridden: true, lang: 'it', page: '/messaging/thread/2-giulia/' });
    // A short Enter in click-to-send mode is a newline, never a send.
    await h.typeInto(page, 'div.msg-form__contenteditable', 'Grazie ancora');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toHaveLength(1);
    expect(h.pageErrors(page)).toEqual([]);
  });
});
