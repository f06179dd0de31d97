// Firefox: the invite note on our LinkedIn-like profile pages (dialog inside
// #interop-outlet's open shadow root, textarea#custom-message): the panel and
// its verdict, the mirror highlight, the gate with Edit / Send anyway, and
// each send recorded once in the extension's IndexedDB.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFirefox, type FirefoxHarness } from './harness';
import { click, count, DIALOG, GATE, NOTE, openNote, PANEL, poll, records, sent, setSettings, text, texts, waitFor, waitForRecords, waitGone } from './helpers';

const EARLY_ASK_EN = 'Hi Jane, could you refer me for the open role at your company? Thanks';
const GOOD_EN = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on accessibility and would be glad to stay in touch.';
const TYPO_EN = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on acessibility.';
const EARLY_ASK_IT = 'Ciao Giulia, potresti segnalarmi per una posizione nella tua azienda? Grazie';
const SEND_EN = `${DIALOG} button[aria-label="Send invitation"]`;

describe('Firefox: Garbo on the invite note', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  it('flags an early ask with a verdict and a highlight; the gate\'s Edit keeps the dialog and sends nothing', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, NOTE, EARLY_ASK_EN);
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    expect(await text(page, `${PANEL} .g-verdict`)).toBe('Fix before sending');
    expect(await text(page, `${PANEL} .g-counter`)).toBe(`${EARLY_ASK_EN.length} / 300 characters`);
    // The mirror overlay marks the ask, outside LinkedIn's dialog.
    await waitFor(page, '>>> garbo-panel >>> .g-mirror-mark.g-issue');
    expect(await text(page, '>>> garbo-panel >>> .g-mirror-mark.g-issue')).toBe(EARLY_ASK_EN.slice(9, 62));
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelectorAll('garbo-panel, .g-mirror').length)).toBe(0);
    await h.screenshot(page, 'invite-panel');

    await click(page, SEND_EN);
    await waitFor(page, GATE);
    expect(await text(page, GATE)).toContain((await text(page, `${PANEL} [data-check=no-early-ask] .g-msg`))!);
    await h.screenshot(page, 'invite-gate');
    await click(page, `${GATE} [data-gate=edit]`);
    await waitGone(page, GATE);
    expect(await count(page, DIALOG)).toBe(1);
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.activeElement?.id)).toBe('custom-message');
    expect(await sent(page)).toEqual([]);
    expect(await records(h)).toHaveLength(before);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('the gate\'s Send anyway lets the next Send through; the note is sent once and recorded once, marked as overridden', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, NOTE, EARLY_ASK_EN);
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    await click(page, SEND_EN);
    await click(page, `${GATE} [data-gate=send]`);
    // No scripted replay: Garbo lets the user's next own Send through, with focus on LinkedIn's button.
    await poll(() => page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('Send invitation');
    expect(await sent(page)).toEqual([]);
    expect(await records(h)).toHaveLength(before);
    await page.keyboard.press('Enter'); // the user's own press on the focused Send button
    await poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Jane Doe', note: EARLY_ASK_EN }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    const rec = rows.find((r) => r.text === EARLY_ASK_EN);
    expect(rec).toMatchObject({ kind: 'invite', gateOverridden: true, page: '/in/jane-doe/', lang: 'en', verdict: 'stop' });
    expect(rec.failedChecks).toContain('no-early-ask');
    expect(rec.recipient).toMatchObject({ name: 'Jane Doe', profileId: 'jane-doe' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(page)).toHaveLength(1);
    expect(await records(h)).toHaveLength(before + 1);
    await waitGone(page, 'garbo-panel'); // the dialog closed: the panel went with it
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('underlines a misspelled word over the textarea; clicking it offers suggestions and choosing one updates LinkedIn\'s counter', async () => {
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, NOTE, TYPO_EN);
    const word = '>>> garbo-panel >>> .g-mirror-mark.g-spelling';
    await waitFor(page, word);
    expect(await text(page, word)).toBe('acessibility');
    // The click lands on the textarea (the mirror lets it through) and opens the popover.
    const box = (await (await page.$(word))!.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const sugg = '>>> garbo-panel >>> .g-popover .g-sugg';
    await waitFor(page, sugg);
    expect(await text(page, '>>> garbo-panel >>> .g-popover')).toContain('not in the dictionary');
    const i = (await texts(page, sugg)).indexOf('accessibility');
    expect(i).toBeGreaterThanOrEqual(0);
    await (await page.$$(sugg))[i]!.click();
    const fixed = TYPO_EN.replace('acessibility', 'accessibility');
    await poll(() => page.$eval(NOTE, (el) => (el as HTMLTextAreaElement).value)).toBe(fixed);
    expect(await text(page, `${DIALOG} .counter`)).toBe(`${fixed.length}/300`);
    await waitGone(page, word);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('lets a good note through with no gate and records it once, in LinkedIn\'s dark theme', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await h.typeInto(page, NOTE, GOOD_EN);
    await poll(() => text(page, `${PANEL} .g-verdict`)).toBe('Ready to send');
    expect(await page.$eval('>>> garbo-panel >>> .g-root', (e) => e.getAttribute('data-theme'))).toBe('dark');
    await h.screenshot(page, 'invite-dark');
    // The first test sent Jane an invite: the history says so in the panel.
    await poll(() => text(page, `${PANEL} [data-testid=garbo-last-contact]`)).toMatch(/^You already invited this person on \d+ \w+ \d{4}\./);
    await click(page, SEND_EN);
    await poll(() => sent(page)).toHaveLength(1);
    expect(await count(page, GATE)).toBe(0);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === GOOD_EN)).toMatchObject({ gateOverridden: false, verdict: 'ready' });
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('works on the Italian UI: Italian panel and gate, and a note-less invite is recorded too', async () => {
    await setSettings(h, { uiLang: 'it' });
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/giulia-ferri/', 'Aggiungi una nota');
    await h.typeInto(page, NOTE, EARLY_ASK_IT);
    await waitFor(page, `${PANEL} [data-check=no-early-ask]`);
    expect(await text(page, PANEL)).toContain('Destinatario');
    expect(await text(page, `${PANEL} .g-verdict`)).toBe('Da correggere prima di inviare');
    await click(page, `${DIALOG} .artdeco-modal__actionbar button:last-child`);
    await waitFor(page, GATE);
    expect(await text(page, `${GATE} h2`)).toBe('Inviare comunque?');
    await click(page, `${GATE} [data-gate=edit]`);
    expect(await sent(page)).toEqual([]);

    const other = await h.openFixture('/in/giulia-ferri/');
    await click(other, 'a[href*="/preload/custom-invite/"]');
    await click(other, `${DIALOG} button[aria-label="Invia senza nota"]`);
    await poll(() => sent(other)).toEqual([{ kind: 'invite', to: 'Giulia Ferri', note: '' }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === '' && r.recipient?.profileId === 'giulia-ferri')).toMatchObject({ kind: 'invite', gateOverridden: false });
    expect(h.pageErrors(page)).toEqual([]);
    expect(h.pageErrors(other)).toEqual([]);
  });
});
