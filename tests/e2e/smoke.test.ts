import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('the built extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('runs its service worker with the manifest posture we promise', async () => {
    const manifest = await h.serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest() as Record<string, unknown>);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('injects the content script into a LinkedIn profile page, and only there', async () => {
    const page = await h.openFixture('/in/giulia-ferri/');
    await expect.poll(() => h.contentScriptWorlds(page)).toContain(`chrome-extension://${h.extensionId}`);
    expect(h.pageErrors(page)).toEqual([]);
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    expect(await h.contentScriptWorlds(blank)).toEqual([]);
  });

  it('opens the popup page', async () => {
    const popup = await h.openPopup();
    await expect.poll(() => popup.title()).toMatch(/Garbo/);
    await popup.locator('#app > *').first().waitFor();
    expect(await popup.locator('#app h1').textContent()).toBe('Garbo');
    expect(await popup.locator('#app').textContent()).toContain('Everything stays on this device');
    expect(h.pageErrors(popup)).toEqual([]);
  });
});
