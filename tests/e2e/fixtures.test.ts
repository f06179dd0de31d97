// The fixture site itself must behave like LinkedIn, or every other e2e test
// proves nothing: the invite dialog lives in #interop-outlet's open shadow root,
// Send enables with text, the dialog closes on send; composers send on click or,
// in Enter-to-send mode, on Enter (Shift+Enter is a newline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

const sent = (page: Page) => page.evaluate(() => (window as any).__fixture.sent as Array<Record<string, string>>);

describe('LinkedIn-like fixture pages', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
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
});
