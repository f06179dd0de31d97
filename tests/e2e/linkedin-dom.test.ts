// Garbo's LinkedIn DOM layer (lib/linkedin: selectors, adapters, watcher) in
// real Chromium on our fixture pages: what happy-dom cannot show — execCommand
// edits that LinkedIn's own counter, Send button and undo follow, selections
// inside shadow roots and iframes, real layout for ranges. The layer is bundled
// on the fly and injected into the page; it is the same code the content script uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { DOM_LAYER_BUNDLE } from './dom-bundle';
import { pressSend, setSettings } from './linkedin-helpers';

const BUNDLE = DOM_LAYER_BUNDLE;

async function open(h: Harness, path: string): Promise<Page> {
  const page = await h.openFixture(path);
  await page.addScriptTag({ content: BUNDLE });
  await page.waitForFunction(() => (window as any).__g);
  return page;
}
const log = (page: Page) => page.evaluate(() => (window as any).__g.log as string[]);
const field = <T,>(page: Page, fn: string) => page.evaluate(`(() => { const f = window.__g.field(); return ${fn}; })()`) as Promise<T>;
const sent = (page: Page) => page.evaluate(() => (window as any).__fixture.sent);

describe('LinkedIn DOM layer in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // The built extension runs here too: keep its send gate out of these sends.
    await setSettings(h, { sendGate: false });
  });
  afterAll(async () => { await h?.close(); });

  it('invite in the shadow root: stage 1, note attach, a replacement LinkedIn\'s counter, Send and undo follow', async () => {
    const page = await open(h, '/in/jane-doe/');
    expect(await log(page)).toEqual([]);
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await expect.poll(() => log(page)).toEqual(['stage1']);
    expect(await page.evaluate(() => (window as any).__g.stage1[0].sendWithoutNoteButton()?.getAttribute('aria-label'))).toBe('Send without a note');
    expect(await page.evaluate(() => (window as any).__g.stage1[0].recipient())).toMatchObject({ name: 'Jane Doe', profileId: 'jane-doe' });
    await page.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await expect.poll(() => log(page)).toEqual(['stage1', 'attach invite']);
    expect(await field(page, '[f.limit(), f.quota(), f.recipient(), f.root === document.getElementById("interop-outlet").shadowRoot]'))
      .toEqual([300, { left: 5 }, { name: 'Jane Doe', profileId: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', source: 'dialog' }, true]);
    await h.typeInto(page, 'textarea#custom-message', 'Ciao Jane, ho apprezatto il tuo talk');
    expect(await field(page, 'f.getText()')).toBe('Ciao Jane, ho apprezatto il tuo talk');
    await field(page, 'f.replaceRange(14, 14 + "apprezatto".length, "apprezzato")');
    expect(await field(page, 'f.getText()')).toBe('Ciao Jane, ho apprezzato il tuo talk');
    await expect.poll(() => page.locator('[role=dialog] .counter').textContent()).toBe(`${'Ciao Jane, ho apprezzato il tuo talk'.length}/300`);
    // undo takes back exactly the replacement (the edit went through the editing pipeline)
    await page.keyboard.press('Control+z');
    await expect.poll(() => field(page, 'f.getText()')).toBe('Ciao Jane, ho apprezatto il tuo talk');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => field(page, 'f.getText()')).toBe('Ciao Jane, ho apprezzato il tuo talk');
    // emptying it through the adapter disables LinkedIn's Send, as typing would
    await field(page, 'f.replaceRange(0, f.getText().length, "")');
    await expect.poll(() => field(page, 'f.sendButtons()[0].disabled')).toBe(true);
    await field(page, 'f.replaceRange(0, 0, "Ciao!")');
    await expect.poll(() => field(page, 'f.sendButtons()[0].disabled')).toBe(false);
    await pressSend(page, page.locator('[role=dialog] button[aria-label="Send invitation"]'));
    await expect.poll(() => log(page)).toEqual(['stage1', 'attach invite', 'detach invite']);
    expect(await sent(page)).toEqual([{ kind: 'invite', to: 'Jane Doe', note: 'Ciao!' }]);
    expect(await page.evaluate(() => (window as any).__g.failures)).toEqual([]);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('thread composer: getText is what LinkedIn sends; replaceRange and rangeFor agree on multi-line text', async () => {
    const page = await open(h, '/messaging/thread/2-giulia/');
    await expect.poll(() => log(page)).toEqual(['attach thread']);
    expect(await field(page, '[f.enterToSend(), f.recipient().name, f.recipient().profileId]')).toEqual([false, 'Giulia Ferri', 'giulia-ferri']);
    await h.typeInto(page, 'div.msg-form__contenteditable', 'Ciao Gulia 👋');
    await page.keyboard.press('Enter');
    await page.keyboard.type('seconda riga', { delay: 5 });
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('terza', { delay: 5 });
    const text = await field<string>(page, 'f.getText()');
    expect(text).toBe('Ciao Gulia 👋\nseconda riga\nterza');
    const rect = await field<{ w: number; h: number; s: string }>(page,
      '(() => { const r = f.rangeFor(5, 10); const b = r.getBoundingClientRect(); return { w: b.width, h: b.height, s: r.toString() }; })()');
    expect(rect.s).toBe('Gulia');
    expect(rect.w).toBeGreaterThan(10);
    expect(rect.h).toBeGreaterThan(5);
    expect(await field(page, 'f.rangeFor(f.getText().indexOf("seconda"), f.getText().indexOf("seconda") + 7).toString()')).toBe('seconda');
    await field(page, 'f.replaceRange(5, 10, "Giulia")');
    const fixed = await field<string>(page, 'f.getText()');
    expect(fixed).toBe('Ciao Giulia 👋\nseconda riga\nterza');
    expect(await field(page, 'f.rangeFor(f.getText().indexOf("terza"), f.getText().length).toString()')).toBe('terza');
    // a multi-line replacement becomes paragraphs, and reads back the same
    await field(page, 'f.replaceRange(f.getText().length, f.getText().length, "\\nA presto\\nLuca")');
    expect(await field(page, 'f.getText()')).toBe('Ciao Giulia 👋\nseconda riga\nterza\nA presto\nLuca');
    await field(page, 'f.replaceRange(f.getText().indexOf("\\nA presto"), f.getText().length, "")');
    await pressSend(page, page.locator('button.msg-form__send-button'));
    await expect.poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Giulia Ferri', text: fixed }]);
    expect(await field(page, 'f.getText()')).toBe('');
  });

  it('bubble inside the shadow root: attaches there and edits through the shadow root\'s selection', async () => {
    const page = await open(h, '/feed-shadow/');
    await expect.poll(() => log(page)).toEqual(['attach bubble']);
    expect(await field(page, 'f.root === document.getElementById("interop-outlet").shadowRoot')).toBe(true);
    await h.typeInto(page, 'div.msg-form__contenteditable', 'Hello Jnae');
    await field(page, 'f.replaceRange(6, 10, "Jane")');
    expect(await field(page, 'f.getText()')).toBe('Hello Jane');
    await page.keyboard.type('!', { delay: 5 }); // the caret sits after the replacement
    expect(await field(page, 'f.getText()')).toBe('Hello Jane!');
    await page.locator('form.msg-form button[type=submit]').click();
    await expect.poll(() => sent(page)).toEqual([{ kind: 'message', to: 'Jane Doe', text: 'Hello Jane!' }]);
  });

  it('Enter-to-send bubble and the new-message window', async () => {
    const bubble = await open(h, '/feed/');
    await expect.poll(() => log(bubble)).toEqual(['attach bubble']);
    expect(await field(bubble, '[f.enterToSend(), f.sendButtons().length, f.recipient().name]')).toEqual([true, 0, 'Giulia Ferri']);
    const compose = await open(h, '/messaging/new/');
    await expect.poll(() => log(compose)).toEqual(['attach new-message']);
    await h.typeInto(compose, 'input[name="subject"]', 'Proposta');
    expect(await field(compose, '[f.subject(), f.recipient().name, f.recipient().profileId, f.enterToSend()]'))
      .toEqual(['Proposta', 'Marco Bianchi', 'marco-bianchi', false]);
  });

  it('variants: light DOM, interop iframe, renamed classes, no name', async () => {
    const light = await open(h, '/in/variant-light-dom/');
    await light.locator('a[href*="/preload/custom-invite/"]').click();
    await light.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await expect.poll(() => log(light)).toEqual(['stage1', 'attach invite']);
    expect(await field(light, '[f.root === document, f.limit(), f.quota().left, f.recipient().name]')).toEqual([true, 200, 4, 'Sam Carter']);

    const framed = await open(h, '/in/variant-iframe/');
    await framed.locator('a[href*="/preload/custom-invite/"]').click();
    await expect.poll(() => log(framed)).toEqual(['stage1']);
    const frame = framed.frameLocator('iframe[data-testid="interop-iframe"]');
    await frame.locator('[role=dialog] button[aria-label="Aggiungi una nota"]').click();
    await expect.poll(() => log(framed)).toEqual(['stage1', 'attach invite']);
    await frame.locator('textarea#custom-message').pressSequentially('Ciao Palo', { delay: 5 });
    await field(framed, 'f.replaceRange(5, 9, "Paolo")');
    expect(await field(framed, '[f.getText(), f.limit(), f.recipient().name, f.recipient().profileId]'))
      .toEqual(['Ciao Paolo', 200, 'Paolo Greco', 'variant-iframe']);
    await expect.poll(() => frame.locator('[role=dialog] [aria-live]').textContent()).toBe('10/200');

    const renamed = await open(h, '/in/variant-renamed/');
    await renamed.locator('a[href*="/preload/custom-invite/"]').click();
    await expect.poll(() => renamed.evaluate(() => (window as any).__g.stage1[0]?.sendWithoutNoteButton()?.getAttribute('aria-label'))).toBe('Invia senza nota');
    await renamed.locator('[role=dialog] button[aria-label="Aggiungi una nota"]').click();
    await expect.poll(() => log(renamed)).toEqual(['stage1', 'attach invite']);
    expect(await field(renamed, '[f.limit(), f.quota(), f.sendButtons().map(b => b.getAttribute("aria-label"))]')).toEqual([300, { left: 3 }, ['Invia invito']]);

    const noname = await open(h, '/in/variant-noname/');
    await noname.locator('a[href*="/preload/custom-invite/"]').click();
    await noname.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await expect.poll(() => log(noname)).toEqual(['stage1', 'attach invite']);
    expect(await field(noname, 'f.recipient()')).toEqual({ profileId: 'variant-noname', profileUrl: 'https://www.linkedin.com/in/variant-noname/' });

    const sidebar = await open(h, '/in/variant-sidebar/');
    await sidebar.locator('aside a[href*="vanityName=luca-verdi"]').click();
    await sidebar.locator('[role=dialog] button[aria-label="Add a note"]').click();
    await expect.poll(() => log(sidebar)).toEqual(['stage1', 'attach invite']);
    // the note step is a new dialog element: the name comes from stage 1, the id from the clicked card
    expect(await field(sidebar, 'f.recipient()')).toEqual({ name: 'Luca Verdi', profileId: 'luca-verdi', profileUrl: 'https://www.linkedin.com/in/luca-verdi/', source: 'dialog' });

    const thread = await open(h, '/messaging/thread/variant-renamed/');
    await expect.poll(() => log(thread)).toEqual(['attach thread']);
    expect(await field(thread, '[f.recipient().name, f.sendButtons().length]')).toEqual(['Jane Doe', 1]);
    for (const p of [light, framed, renamed, noname, sidebar, thread]) {
      expect(await p.evaluate(() => (window as any).__g.failures)).toEqual([]);
      expect(h.pageErrors(p)).toEqual([]);
    }
  });

  it('a page without a field gets no callback', async () => {
    const page = await open(h, '/jobs/');
    await page.locator('input[type=search]').fill('designer');
    await page.waitForTimeout(100);
    expect(await log(page)).toEqual([]);
  });
});
