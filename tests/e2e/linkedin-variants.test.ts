// LinkedIn changes its markup: the invite dialog in the light DOM or in a
// same-origin interop iframe, hashed class names, no recipient name anywhere,
// the bubble inside #interop-outlet's shadow root, a new-message window with a
// subject. Garbo still coaches, gates and records on each, with no console error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { gate, panel, sent, setSettings, waitForRecords, poll } from './linkedin-helpers';

const ask = (name: string, it: boolean) => it
  ? `Ciao ${name}, potresti segnalarmi per una posizione nella tua azienda? Grazie`
  : `Hi ${name}, could you refer me for the open role at your company? Thanks`;

const highlighted = (page: Page, name: string) => page.evaluate((n) => {
  const h = (CSS as any).highlights?.get(n) as Iterable<Range> | undefined;
  return h ? [...h].map((r) => r.toString()) : [];
}, name);

describe('Garbo on changed LinkedIn markup', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  for (const [path, name, it_] of [
    ['/in/variant-light-dom/', 'Sam', false],
    ['/in/variant-renamed/', 'Chiara', true],
    ['/in/variant-iframe/', 'Paolo', true],
  ] as const) {
    it(`coaches, gates and records the invite note (${path})`, async () => {
      const page = await h.openFixture(path);
      const scope: Page | FrameLocator = path.includes('iframe') ? page.frameLocator('iframe[data-testid="interop-iframe"]') : page;
      await page.locator('a[href*="/preload/custom-invite/"]').click();
      await scope.locator(`button[aria-label="${it_ ? 'Aggiungi una nota' : 'Add a note'}"]`).click();
      await scope.locator('textarea#custom-message').click();
      const text = ask(name, it_);
      await page.keyboard.type(text, { delay: 5 });
      await panel(page).locator('[data-check=no-early-ask]').waitFor();
      await page.locator('garbo-panel .g-mirror-mark.g-issue').first().waitFor();
      await scope.locator(`button[aria-label="${it_ ? 'Invia invito' : 'Send invitation'}"]`).click();
      await gate(page).waitFor();
      expect(await sent(page)).toEqual([]);
      await gate(page).locator('[data-gate=send]').click();
      // Nothing is replayed for the user: their own next click on LinkedIn's Send goes through.
      await panel(page).locator('.g-hint[role=status]').waitFor();
      expect(await sent(page)).toEqual([]);
      await scope.locator(`button[aria-label="${it_ ? 'Invia invito' : 'Send invitation'}"]`).click();
      await poll(() => sent(page)).toHaveLength(1);
      const rows = await waitForRecords(h, (r) => r.some((x) => x.text === text));
      expect(rows.find((x) => x.text === text)).toMatchObject({ kind: 'invite', gateOverridden: true, recipient: { profileId: path.split('/')[2] } });
      expect(h.pageErrors(page)).toEqual([]);
    });
  }

  it('says it could not read the recipient, and the name the user types is used', async () => {
    const page = await h.openFixture('/in/variant-noname/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await page.locator('button[aria-label="Add a note"]').click();
    await panel(page).waitFor();
    expect(await panel(page).textContent()).toContain("Garbo could not read the recipient's name");
    await panel(page).locator('input[type=text]').fill('Alex Moreau');
    const text = 'Hi Alex, we met at the Lyon design meetup last week. I enjoyed your talk on typography and would be glad to stay in touch.';
    await h.typeInto(page, 'textarea#custom-message', text);
    await poll(() => panel(page).locator('.g-verdict').textContent()).toBe('Ready to send');
    await page.locator('button[aria-label="Send invitation"]').click();
    const rows = await waitForRecords(h, (r) => r.some((x) => x.text === text));
    expect(rows.find((x) => x.text === text).recipient.name).toBe('Alex Moreau');
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('highlights and gates the bubble inside the interop shadow root', async () => {
    const page = await h.openFixture('/feed-shadow/');
    // Not the invites' wording: a text sent to others before is flagged whole as a re-used template.
    const text = 'Hi Jane, can you introduce me to your CTO? I would like to pitch our product.';
    await h.typeInto(page, 'div.msg-form__contenteditable', text);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    await poll(() => highlighted(page, 'garbo-issue')).toContain('can you introduce me to your CTO?');
    // The ::highlight rule is also given to that shadow root (Firefox does not inherit it across the boundary).
    expect(await page.evaluate(() => {
      const sr = document.getElementById('interop-outlet')!.shadowRoot!;
      return sr.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('garbo-issue')))
        || !!sr.querySelector('style[data-garbo]');
    })).toBe(true);
    await page.locator('button.msg-form__send-button').click();
    await gate(page).waitFor();
    await gate(page).locator('[data-gate=edit]').click();
    expect(await sent(page)).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('records the subject of a new message (Italian UI)', async () => {
    await setSettings(h, { uiLang: 'it' });
    const page = await h.openFixture('/messaging/new/');
    await page.locator('input[name=subject]').fill('Collaborazione');
    const text = 'Ciao Marco, grazie per la bella chiacchierata al meetup di Torino. Ti mando l\'articolo sul design di cui parlavamo.';
    await h.typeInto(page, 'div.msg-form__contenteditable', text);
    await panel(page).locator('.g-score').waitFor();
    expect(await panel(page).textContent()).toContain('Destinatario');
    await page.locator('button.msg-form__send-button').click();
    await poll(() => sent(page)).toHaveLength(1);
    const rows = await waitForRecords(h, (r) => r.some((x) => x.text === text));
    expect(rows.find((x) => x.text === text)).toMatchObject({ kind: 'message', subject: 'Collaborazione', recipient: { name: 'Marco Bianchi' } });
    expect(h.pageErrors(page)).toEqual([]);
  });
});
