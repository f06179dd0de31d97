// The fixture site itself must behave like LinkedIn, or every other e2e test
// proves nothing: the invite dialog lives in #interop-outlet's open shadow root,
// Send enables with text, the dialog closes on send; composers send on click or,
// in Enter-to-send mode, on Enter (Shift+Enter is a newline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { setSettings } from './linkedin-helpers';

const sent = (page: Page) => page.evaluate(() => (window as any).__fixture.sent as Array<Record<string, string>>);

describe('LinkedIn-like fixture pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // These tests prove the fixture site, not Garbo: its send gate would hold back the deliberately plain drafts.
    await setSettings(h, { sendGate: false });
  });
  afterAll(async () => { await h?.close(); });

  for (const [path, name, addNote] of [
    ['/in/jane-doe/', 'Jane Doe', 'Add a note'],
    ['/in/giulia-ferri/', 'Giulia Ferri', 'Aggiungi una nota'],
  ] as const) {
    it(`opens the invite dialog in the shadow root and sends a note (${path})`, async () => {
      const page = await h.openFixture(path);
      await page.locator('a[href*="/preload/custom-invite/"]').click();
      const inShadow = await page.evaluate(() =>
        !!document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role=dialog][aria-labelledby=send-invite-modal]'));
      expect(inShadow).toBe(true);
      expect(await page.evaluate(() => document.querySelector('[role=dialog]'))).toBeNull();
      await expect.poll(() => page.locator('[role=dialog] strong').textContent()).toBe(name);
      await page.locator(`[role=dialog] button[aria-label="${addNote}"]`).click();
      const send = page.locator('[role=dialog] .artdeco-modal__actionbar button').last();
      expect(await send.isDisabled()).toBe(true);
      await h.typeInto(page, 'textarea#custom-message', 'Ciao!');
      expect(await send.isDisabled()).toBe(false);
      await expect.poll(() => page.locator('[role=dialog] .counter').textContent()).toMatch(/^5\/(200|300)$/);
      await send.click();
      await expect.poll(() => page.locator('[role=dialog]').count()).toBe(0);
      expect(await sent(page)).toEqual([{ kind: 'invite', to: name, note: 'Ciao!' }]);
      expect(h.pageErrors(page)).toEqual([]);
    });
  }

  for (const [path, who] of [['/messaging/thread/2-jane/', 'Jane Doe'], ['/messaging/thread/2-giulia/', 'Giulia Ferri']] as const)
  it(`sends a thread message with the Send button only when there is text (${path})`, async () => {
    const page = await h.openFixture(path);
    const send = page.locator('button.msg-form__send-button');
    expect(await send.isDisabled()).toBe(true);
    await h.typeInto(page, 'div.msg-form__contenteditable', 'Hello Jane');
    await page.keyboard.press('Enter'); // click-to-send mode: Enter is a newline
    expect(await sent(page)).toEqual([]);
    await send.click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'message', to: who, text: 'Hello Jane' }]);
    expect(await page.locator('li.msg-s-event-listitem').count()).toBe(1);
    expect(await send.isDisabled()).toBe(true);
  });

  for (const [path, who] of [['/feed/', 'Giulia Ferri'], ['/feed-en/', 'Jane Doe']] as const)
  it(`sends from the overlay bubble on Enter in Enter-to-send mode (${path})`, async () => {
    const page = await h.openFixture(path);
    expect(await page.locator('button.msg-form__send-button').count()).toBe(0);
    await h.typeInto(page, '#msg-overlay div.msg-form__contenteditable', 'Prima riga');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('seconda');
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ kind: 'message', to: who, text: 'Prima riga\nseconda' }]);
  });

  it('serves a page with no field at all', async () => {
    const page = await h.openFixture('/jobs/');
    expect(await page.locator('textarea, [contenteditable=true]').count()).toBe(0);
    expect(h.pageErrors(page)).toEqual([]);
  });
  // ---- variants for the resilience tests (issue 6, 3c): LinkedIn's markup changed, the site still works
  // the dialog's primary action is its last button (found by position, as Garbo's adapter does)
  const lastButton = (scope: Page | ReturnType<Page['frameLocator']>) =>
    scope.locator('[role=dialog][aria-labelledby=send-invite-modal] button').last();
  it('variant-light-dom: the dialog renders in the light DOM, not in a shadow root', async () => {
    const page = await h.openFixture('/in/variant-light-dom/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    expect(await page.evaluate(() => !!document.querySelector('#artdeco-modal-outlet > [role=dialog][aria-labelledby=send-invite-modal]'))).toBe(true);
    expect(await page.evaluate(() => document.getElementById('interop-outlet'))).toBeNull();
    await page.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await h.typeInto(page, 'textarea#custom-message', 'Hi Sam');
    await expect.poll(() => page.locator('[role=dialog] [aria-live]').textContent()).toBe('6/200');
    await lastButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Sam Carter', note: 'Hi Sam' }]);
    expect(await page.locator('[role=dialog]').count()).toBe(0);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('variant-iframe: the dialog renders inside a same-origin interop iframe', async () => {
    const page = await h.openFixture('/in/variant-iframe/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
    await expect.poll(() => frame.locator('[role=dialog] strong').textContent()).toBe('Paolo Greco');
    expect(await page.evaluate(() => !!document.querySelector('[role=dialog]'))).toBe(false);
    await frame.locator('[role=dialog] button[aria-label="Aggiungi una nota"]').click();
    const send = lastButton(frame);
    expect(await send.isDisabled()).toBe(true);
    await frame.locator('textarea#custom-message').pressSequentially('Ciao Paolo', { delay: 5 });
    await expect.poll(() => frame.locator('[role=dialog] [aria-live]').textContent()).toBe('10/200');
    expect(await frame.locator('[role=dialog] p').first().textContent()).toMatch(/\b2\b/);
    await send.click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Paolo Greco', note: 'Ciao Paolo' }]);
    expect(await page.locator('iframe[data-testid="interop-iframe"]').isHidden()).toBe(true);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('variant-renamed: hashed class names, ids and roles kept; the flow is unchanged', async () => {
    const page = await h.openFixture('/in/variant-renamed/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    const classes = await page.evaluate(() => [...document.getElementById('interop-outlet')!.shadowRoot!.querySelectorAll('[class]')]
      .flatMap((e) => [...e.classList]));
    expect(classes.length).toBeGreaterThan(3);
    expect(classes.filter((c) => c.startsWith('artdeco'))).toEqual([]);
    await page.locator('[role=dialog] button[aria-label="Aggiungi una nota"]').click();
    await h.typeInto(page, 'textarea#custom-message', 'Ciao Chiara');
    await expect.poll(() => page.locator('[role=dialog] [aria-live]').textContent()).toBe('11/300');
    await lastButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Chiara Conti', note: 'Ciao Chiara' }]);
  });

  it('variant-noname: no name in the page, the title or the dialog; sending without a note still works', async () => {
    const page = await h.openFixture('/in/variant-noname/');
    expect(await page.title()).toBe('LinkedIn');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await expect.poll(() => page.locator('[role=dialog] p').count()).toBe(1);
    expect(await page.locator('[role=dialog] strong, h1').count()).toBe(0);
    await page.locator('[role=dialog] button[aria-label="Send without a note"]').click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'invite', to: '', note: '' }]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('variant-sidebar: an invite from a "People also viewed" card goes to that person; the note step is a new dialog', async () => {
    const page = await h.openFixture('/in/variant-sidebar/');
    await page.locator('aside a[href*="vanityName=luca-verdi"]').click();
    await expect.poll(() => page.locator('[role=dialog] strong').textContent()).toBe('Luca Verdi');
    const first = await page.evaluate(() => { const d = document.getElementById('interop-outlet')!.shadowRoot!.querySelector('[role=dialog]'); (window as any).__d1 = d; return !!d; });
    expect(first).toBe(true);
    await page.locator('[role=dialog] button[aria-label="Add a note"]').click();
    expect(await page.evaluate(() => (window as any).__d1.isConnected)).toBe(false);
    await h.typeInto(page, 'textarea#custom-message', 'Hi Luca');
    await lastButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Luca Verdi', note: 'Hi Luca' }]);
    expect(await page.locator('main a[href*="/preload/custom-invite/"]').textContent()).toBe('Connect');
    expect(h.pageErrors(page)).toEqual([]);
  });

  for (const [path, editor, who, extra] of [
    ['/messaging/new/', 'div.msg-form__contenteditable', 'Marco Bianchi', { subject: 'Proposta' }],
    ['/messaging/thread/variant-renamed/', 'form.msg-form [contenteditable=true]', 'Jane Doe', {}],
    ['/feed-shadow/', 'div.msg-form__contenteditable', 'Jane Doe', {}],
  ] as const)
  it(`sends with the Send button on ${path}`, async () => {
    const page = await h.openFixture(path);
    if (path === '/feed-shadow/') {
      expect(await page.evaluate(() => !!document.getElementById('interop-outlet')!.shadowRoot!.querySelector('form.msg-form'))).toBe(true);
      expect(await page.evaluate(() => document.querySelector('form.msg-form'))).toBeNull();
    }
    if ('subject' in extra) await h.typeInto(page, 'input[name="subject"]', extra.subject);
    const send = page.locator('form.msg-form button[type="submit"]');
    expect(await send.isDisabled()).toBe(true);
    await h.typeInto(page, editor, 'Buongiorno');
    await send.click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'message', to: who, text: 'Buongiorno', ...extra }]);
    expect(await send.isDisabled()).toBe(true);
    expect(h.pageErrors(page)).toEqual([]);
  });
});
