// "Report a page Garbo missed" (issue 12 item 5) and Sales Navigator (item 4) in real Chromium with the
// built extension: the popup reads the LinkedIn tab's sanitized skeleton (here with the note inside a
// same-origin interop iframe), shows it and copies it; on a page whose note Garbo cannot attach to, the
// content script offers the same report itself; and Garbo never runs on /sales/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { panel, poll, setSettings } from './linkedin-helpers';

const SECRET = 'Zqk private words typed by the user';

describe('report a page Garbo missed', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  /** The popup, in a tab of its own, reading the LinkedIn tab `page` as the active tab. */
  async function popupFor(page: Page): Promise<Page> {
    const popup = await h.openPopup();
    const url = page.url();
    await popup.evaluate(async (u) => {
      const c = (globalThis as any).chrome;
      const [tab] = await c.tabs.query({ url: u });
      await c.tabs.update(tab.id, { active: true });
    }, url);
    await popup.reload();
    return popup;
  }

  it('the popup shows the skeleton of a page whose note sits in an interop iframe, then copies it', async () => {
    const page = await h.openFixture('/in/variant-iframe/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
    await frame.locator('button[aria-label="Aggiungi una nota"]').click();
    await frame.locator('textarea#custom-message').pressSequentially(SECRET, { delay: 2 });
    await panel(page).waitFor();
    const popup = await popupFor(page);
    await popup.locator('[data-testid=report-page]').click();
    const text = await popup.locator('[data-testid=report-text]').inputValue();
    expect(text).toContain('Garbo page skeleton v1');
    expect(text).toContain('page: /in/*/');
    expect(text).toContain('#document (same-origin iframe)');
    expect(text).toMatch(/<textarea id="custom-message" name=\[text 1-9\] maxlength="200" minlength="1" rows="5" value=\[text 30-99\]>\s+<- field/);
    expect(text).toMatch(/selectors matching: .*INTEROP_IFRAME/);
    expect(text).toContain('<iframe data-testid="interop-iframe" class="interop-iframe" src="/preload/*/"');
    for (const shown of ['Zqk', 'Paolo', 'Greco', 'variant-iframe', 'Aggiungi', 'Invia']) expect(text).not.toContain(shown);
    // copying needs the popup focused, as it is when the user clicks in it
    await popup.bringToFront();
    await popup.locator('[data-testid=report-copy]').click();
    await poll(() => popup.locator('[data-testid=report-copy-status]').textContent()).toBe('Copied. Paste it into your bug report.');
    // read the clipboard back where reading may be granted (not an extension page): what was copied is the preview
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(h.pageErrors(popup)).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
    await popup.close();
  });

  it('the page itself offers the report when Garbo finds a note it cannot attach to (Italian UI)', async () => {
    await setSettings(h, { uiLang: 'it' });
    const page = await h.openFixture('/in/variant-unknown/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await page.locator('button[aria-label="Add a note"]').click();
    await h.typeInto(page, 'textarea#custom-message', SECRET);
    const notice = page.locator('garbo-report [data-garbo=report-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('non è riuscito ad agganciarsi');
    expect(await page.locator('garbo-panel').count()).toBe(0); // no panel: nothing was attached
    await notice.locator('summary').click();
    await poll(() => notice.locator('textarea').inputValue()).toContain('<- field');
    const text = await notice.locator('textarea').inputValue();
    for (const shown of ['Zqk', 'Iris', 'Bauer', 'variant-unknown']) expect(text).not.toContain(shown);
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await notice.locator('[data-garbo=report-copy]').click();
    await poll(() => notice.locator('[role=status]').textContent()).toBe('Copiato. Incollalo nella tua segnalazione.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Garbo page skeleton v1');
    // the popup says this tab failed, and offers the report there too
    const popup = await popupFor(page);
    await poll(() => popup.locator('[data-testid=tab-status]').textContent()).toContain('non è riuscito');
    expect(await popup.locator('[data-testid=report-page]').count()).toBe(1);
    await popup.close();
    expect(h.pageErrors(page)).toEqual([]);
  });
});

describe('Sales Navigator', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('is excluded from the content script: no Garbo on /sales/ pages, Garbo on the profile next to them', async () => {
    const manifest = JSON.parse(readFileSync(join(inject('garboExt'), 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts.map((cs: { exclude_matches?: string[] }) => cs.exclude_matches)).toEqual([['https://www.linkedin.com/sales/*']]);
    const profile = await h.openFixture('/in/jane-doe/');
    await poll(() => h.contentScriptWorlds(profile)).toContain(`chrome-extension://${h.extensionId}`);
    const sales = await h.openFixture('/sales/lead/variant/');
    await h.typeInto(sales, 'textarea#custom-message', 'Hi Jane, could you refer me for the open role?');
    await sales.waitForTimeout(300);
    expect(await h.contentScriptWorlds(sales)).toEqual([]);
    expect(await sales.locator('garbo-panel, garbo-report').count()).toBe(0);
    expect(h.pageErrors(sales)).toEqual([]);
  });
});
