// A LinkedIn page is hostile (issue 15.1): nothing Garbo broadcasts may carry
// its id or name, and nothing a page script dispatches may switch it off. WXT's
// own content-script context posted "<id>:linkedin:wxt:content-script-started"
// to the window and stopped when a page script dispatched that event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { gate, openNote, panel, records, sent } from './linkedin-helpers';

const EARLY_ASK_EN = 'Hi Jane, could you refer me for the open role at your company? Thanks';

describe('a hostile page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // In the page's own world, before any script of the page or of Garbo runs:
    // keep every window message and every document event whose type names an extension.
    await h.context.addInitScript(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      window.addEventListener('message', (e) => {
        let s: string;
        try { s = JSON.stringify(e.data); } catch { s = String(e.data); }
        w.__seen.push(`message ${s}`);
      }, true);
    });
  });
  afterAll(async () => { await h?.close(); });

  it('posts no window message naming the extension, and WXT\'s "script started" event does not stop the gate', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    const id = h.extensionId;
    // The content script is there and running (its panel is on the note).
    await panel(page).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    for (const s of seen) {
      expect(s).not.toContain(id);
      expect(s.toLowerCase()).not.toContain('wxt');
      expect(s.toLowerCase()).not.toContain('garbo');
    }
    // A page script that knows the id (it is public for a store extension) tries WXT's stop signal, both ways.
    await page.evaluate((extId) => {
      const type = `${extId}:linkedin:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'linkedin', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'linkedin', messageId: 'page' }, '*');
    }, id);
    await page.waitForTimeout(300);
    await h.typeInto(page, 'textarea#custom-message', EARLY_ASK_EN);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    await page.locator('[role=dialog] button[aria-label="Send invitation"]').click();
    await gate(page).waitFor();
    expect(await sent(page)).toEqual([]);
    await page.waitForTimeout(500);
    expect((await records(h)).length).toBe(before);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('a page script\'s fake Enter or Alt+Shift+G is not taken for the user\'s', async () => {
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, 'textarea#custom-message', EARLY_ASK_EN);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    // A scripted Alt+Shift+G on the note: no popover opens (only the user's own keys count).
    await page.evaluate(() => {
      const ta = document.getElementById('interop-outlet')!.shadowRoot!.querySelector('textarea')!;
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    });
    await page.waitForTimeout(300);
    expect(await page.locator('garbo-panel .g-popover').count()).toBe(0);
    expect(h.pageErrors(page)).toEqual([]);
  });
});
