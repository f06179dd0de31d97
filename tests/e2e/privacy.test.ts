// Garbo makes no network request: during a whole session on the fixture pages
// (profile + invite note, thread, overlay bubble, popup, options) every request
// Chromium reports — pages, frames and the extension's service worker — goes to
// the fixture origin or to the extension's own files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('privacy', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('sees every request (the recorder itself works)', async () => {
    await h.serviceWorker.evaluate(async () => {
      await fetch((globalThis as any).chrome.runtime.getURL('/manifest.json'));
    });
    expect(h.requests).toContain(`chrome-extension://${h.extensionId}/manifest.json`);
  });

  it('sends nothing beyond the page and the extension during a full session', async () => {
    const before = h.requests.length;
    const profile = await h.openFixture('/in/jane-doe/');
    await profile.locator('a[href*="/preload/custom-invite/"]').click();
    await profile.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await h.typeInto(profile, 'textarea#custom-message', 'Hi Jane, we met at the Milan meetup yesterday.');
    await profile.locator('[role=dialog] .artdeco-modal__actionbar button').last().click();
    const thread = await h.openFixture('/messaging/thread/2-jane/');
    await h.typeInto(thread, 'div.msg-form__contenteditable', 'Thanks for connecting!');
    await thread.locator('button.msg-form__send-button').click();
    const feed = await h.openFixture('/feed/');
    await h.typeInto(feed, '#msg-overlay div.msg-form__contenteditable', 'Grazie!');
    await feed.keyboard.press('Enter');
    const popup = await h.openPopup();
    await popup.locator('#app h1').waitFor();
    const options = await h.openOptions();
    await options.locator('#app h1').waitFor();
    await new Promise((r) => setTimeout(r, 500));

    const seen = h.requests.slice(before);
    expect(seen.length).toBeGreaterThan(5);
    const foreign = seen.filter(
      (u) => !u.startsWith('https://www.linkedin.com/') && !u.startsWith(`chrome-extension://${h.extensionId}/`),
    );
    expect(foreign).toEqual([]);
  });
});
