// Firefox: the message composers on our LinkedIn-like pages — the overlay
// bubble in Enter-to-send mode (feed) and the thread page with a Send button.
// The contenteditable is underlined with the CSS Custom Highlight API: the
// ranges are read from the page's CSS.highlights registry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFirefox, type FirefoxHarness } from './harness';
import { click, count, GATE, PANEL, poll, pressSend, records, send, sent, setSettings, text, texts, waitFor, waitForRecords, waitGone } from './helpers';

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

describe('Firefox: Garbo in the message composers', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  it('flags an early ask with a highlight and gates Enter-to-send: Edit keeps the text, Send anyway lets the next Enter through, sent and recorded once', async () => {
    const before = (await records(h)).length;
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, EARLY_ASK);
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    expect(await text(page, `${PANEL} .g-verdict`)).toBe('Fix before sending');
    await poll(() => highlighted(page, 'garbo-issue')).toContain('can you introduce me to your CTO?');
    // Nothing of Garbo's went into LinkedIn's editor.
    expect(await page.$eval(EDITOR, (el) => el.querySelectorAll('*:not(p):not(br)').length)).toBe(0);
    await h.screenshot(page, 'message-panel');

    await page.keyboard.press('Enter');
    await waitFor(page, GATE);
    expect(await sent(page)).toEqual([]);
    await click(page, `${GATE} [data-gate=edit]`);
    await waitGone(page, GATE);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('msg-form__contenteditable');
    expect((await page.$eval(EDITOR, (el) => (el as HTMLElement).innerText)).trim()).toBe(EARLY_ASK);

    await page.keyboard.press('Enter');
    await click(page, `${GATE} [data-gate=send]`);
    // No scripted replay: the user's next own Enter in the editor goes through.
    await waitGone(page, GATE);
    expect(await sent(page)).toEqual([]);
    await poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('msg-form__contenteditable');
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Jane Doe', text: EARLY_ASK }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    const rec = rows.find((r) => r.text === EARLY_ASK);
    expect(rec).toMatchObject({ kind: 'message', gateOverridden: true, page: '/feed-en/', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } });
    expect(rec.failedChecks).toContain('no-early-ask');
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(page)).toHaveLength(1);
    expect(await records(h)).toHaveLength(before + 1);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('underlines a misspelling in the contenteditable and replaces it with a suggestion', async () => {
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, TYPO);
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual(['acessibility']);
    expect(await page.$eval(EDITOR, (el) => el.querySelectorAll('*:not(p):not(br)').length)).toBe(0);
    // Click on the underlined word: the popover offers the fix, and choosing it edits LinkedIn's editor.
    const box = await page.evaluate(() => {
      const r = [...((CSS as any).highlights.get('garbo-spelling') as Iterable<Range>)][0]!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const sugg = '>>> garbo-panel >>> .g-popover .g-sugg';
    await waitFor(page, sugg);
    const i = (await texts(page, sugg)).indexOf('accessibility');
    expect(i).toBeGreaterThanOrEqual(0);
    await (await page.$$(sugg))[i]!.click();
    await poll(async () => (await page.$eval(EDITOR, (el) => (el as HTMLElement).innerText)).trim()).toBe(TYPO.replace('acessibility', 'accessibility'));
    await poll(() => highlighted(page, 'garbo-spelling')).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('sends a good message on Enter with no gate and records it once', async () => {
    const before = (await records(h)).length;
    const page = await h.openFixture('/feed-en/');
    await h.typeInto(page, EDITOR, GOOD);
    await waitFor(page, `${PANEL} .g-score`);
    expect(await count(page, `${PANEL} [data-check=no-early-ask]`)).toBe(0);
    await pressSend(page, () => page.keyboard.press('Enter'));
    await poll(() => sent(page)).toHaveLength(1);
    expect(await count(page, GATE)).toBe(0);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === GOOD)).toMatchObject({ kind: 'message', gateOverridden: false });
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('highlights a bubble inside a shadow root, with the ::highlight rule given to that shadow root', async () => {
    // A first contact again (the tests above messaged Jane): the ask is an error that gates.
    expect(await send(h, { type: 'history-clear', confirm: true })).toMatchObject({ ok: true });
    const page = await h.openFixture('/feed-shadow/');
    const shadowEditor = '>>> div.msg-form__contenteditable';
    await h.typeInto(page, shadowEditor, 'Hi Jane, can you introduce me to your CTO? I would like to pitch our product.');
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    expect(await text(page, `${PANEL} .g-verdict`)).toBe('Fix before sending');
    await poll(() => highlighted(page, 'garbo-issue')).toContain('can you introduce me to your CTO?');
    // Firefox does not carry document-level ::highlight rules across the shadow boundary.
    expect(await page.evaluate(() => {
      const sr = document.getElementById('interop-outlet')!.shadowRoot!;
      return sr.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('garbo-issue')))
        || [...sr.querySelectorAll('style[data-garbo]')].some((s) => s.textContent!.includes('garbo-issue'));
    })).toBe(true);
    await h.screenshot(page, 'message-shadow');
    await click(page, '>>> button.msg-form__send-button');
    await waitFor(page, GATE);
    await click(page, `${GATE} [data-gate=edit]`);
    expect(await sent(page)).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('gates the Send button on the Italian thread page, in Italian', async () => {
    await setSettings(h, { uiLang: 'it' });
    const before = (await records(h)).length;
    const page = await h.openFixture('/messaging/thread/2-giulia/');
    await h.typeInto(page, 'div.msg-form__contenteditable', EARLY_ASK_IT);
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    expect(await text(page, `${PANEL} .g-verdict`)).toBe('Da correggere prima di inviare');
    await click(page, 'button.msg-form__send-button');
    await waitFor(page, GATE);
    expect(await text(page, `${GATE} [data-gate=send]`)).toBe('Invia comunque');
    await click(page, `${GATE} [data-gate=send]`);
    // No scripted replay: the user's next own click on Send goes through.
    await waitGone(page, GATE);
    expect(await sent(page)).toEqual([]);
    await click(page, 'button.msg-form__send-button');
    await poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Giulia Ferri', text: EARLY_ASK_IT }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === EARLY_ASK_IT)).toMatchObject({ kind: 'message', gateOverridden: true, lang: 'it', page: '/messaging/thread/2-giulia/' });
    expect(h.pageErrors(page)).toEqual([]);
  });
});
