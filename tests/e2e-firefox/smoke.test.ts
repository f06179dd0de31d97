import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefox, type FirefoxHarness } from './harness';

describe('the built extension in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox(); });
  afterAll(async () => { await h?.close(); });

  it('probe', async () => {
    const manifest = await h.ext(() => (globalThis as any).browser.runtime.getManifest());
    console.log(JSON.stringify(manifest).slice(0, 300));
    const page = await h.openFixture('/in/jane-doe/');
    console.log(await page.evaluate(() => document.title));
    await page.click('a[href*="/preload/custom-invite/"]');
    await page.click('>>> [role=dialog] button[aria-label="Add a note"]');
    await h.typeInto(page, '>>> textarea#custom-message', 'Hi Jane, could you refer me for the open role at your company? Thanks');
    await new Promise((r) => setTimeout(r, 3000));
    await h.screenshot(page, 'probe');
    console.log(await page.evaluate(() => [document.querySelectorAll('garbo-panel').length, document.body.innerHTML.length, [...document.body.children].map((e) => e.tagName).join(',')]));
    console.log(h.pageErrors(page));
    console.log(await page.evaluate(() => { const g = document.querySelector('garbo-panel')!; return [String(g.shadowRoot), g.shadowRoot?.childNodes.length, g.shadowRoot?.querySelector('.g-verdict')?.textContent]; }));
    console.log((await page.$$('>>> garbo-panel >>> .g-verdict')).length, (await page.$$('>>> .g-verdict')).length, (await page.$$('pierce/.g-verdict')).length, (await page.$$('>>> textarea#custom-message')).length);
    
    await new Promise((r) => setTimeout(r, 5000));
    console.log(JSON.stringify(h.connections.map((c) => [c.at - h.installedAt, c.target])));
    expect(1).toBe(1);
  });
});
