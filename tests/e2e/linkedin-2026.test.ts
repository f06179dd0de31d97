// The 2026 markup seen live (issue 12 item 4) in real Chromium: native <dialog> invites (light DOM and
// a bare one in the interop shadow root), Connect under "More", the top card keyed by id with sidebar
// verification triggers, a thread header whose jump target wraps more than the name, the compose pill's
// "Remove <Name>" and a draft bubble titled "Nuovo messaggio". First the DOM layer alone (bundled and
// injected, as in linkedin-dom.test.ts), then the whole extension on the native dialogs (panel, gate, record).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { DOM_LAYER_BUNDLE } from './dom-bundle';
import { gate, panel, poll, pressSend, sent, setSettings, waitForRecords } from './linkedin-helpers';

const BUNDLE = DOM_LAYER_BUNDLE;

const log = (page: Page) => page.evaluate(() => (window as any).__g.log as string[]);
const field = <T,>(page: Page, fn: string) => page.evaluate(`(() => { const f = window.__g.field(); return ${fn}; })()`) as Promise<T>;
const clean = async (page: Page, h: Harness) => {
  expect(await page.evaluate(() => (window as any).__g.failures)).toEqual([]);
  expect(h.pageErrors(page)).toEqual([]);
};

describe('2026 markup: the DOM layer in Chromium', () => {
  let h: Harness;
  const open = async (path: string) => {
    const page = await h.openFixture(path);
    await page.addScriptTag({ content: BUNDLE });
    await page.waitForFunction(() => (window as any).__g);
    return page;
  };
  beforeAll(async () => {
    h = await startHarness();
    await setSettings(h, { sendGate: false }); // the built extension runs here too: keep its gate out of these sends
  });
  afterAll(async () => { await h?.close(); });

  it('Connect under "More" opens a native <dialog>: stage 1, the note, the counter as the limit, the send', async () => {
    const page = await open('/in/variant-native-dialog/');
    expect(await page.locator('a[role=menuitem][href*="/preload/custom-invite/"]').isVisible()).toBe(false);
    await page.locator('button[aria-haspopup=menu]').click();
    await page.locator('a[role=menuitem][href*="/preload/custom-invite/"]').click();
    await poll(() => log(page)).toEqual(['stage1']);
    expect(await page.evaluate(() => (window as any).__g.stage1[0].recipient())).toMatchObject({ name: 'Nora Quinn', profileId: 'variant-native-dialog' });
    expect(await page.evaluate(() => (window as any).__g.stage1[0].sendWithoutNoteButton()?.getAttribute('aria-label'))).toBe('Send without a note');
    await page.locator('dialog button[aria-label="Add a note"]').click();
    await poll(() => log(page)).toEqual(['stage1', 'attach invite']);
    expect(await page.evaluate(() => document.querySelector('textarea#custom-message')!.hasAttribute('maxlength'))).toBe(false);
    expect(await field(page, '[f.container.tagName, f.container.matches(":modal"), f.limit(), f.quota(), f.recipient()]')).toEqual([
      'DIALOG', true, 300, { left: 5 },
      { name: 'Nora Quinn', profileId: 'variant-native-dialog', profileUrl: 'https://www.linkedin.com/in/variant-native-dialog/', source: 'dialog' },
    ]);
    await h.typeInto(page, 'textarea#custom-message', 'Hello Nora');
    await pressSend(page, page.locator('dialog button[aria-label="Send invitation"]'));
    await poll(() => log(page)).toEqual(['stage1', 'attach invite', 'detach invite']);
    expect(await sent(page)).toEqual([{ kind: 'invite', to: 'Nora Quinn', note: 'Hello Nora' }]);
    await clean(page, h);
  });

  it('a bare native <dialog> in a shadow root created on click (Italian): the note attaches by its id', async () => {
    const page = await open('/in/variant-native-dialog-it/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await page.locator('dialog button[aria-label="Aggiungi una nota"]').click();
    await poll(() => log(page)).toEqual(['attach invite']); // no heading id: no stage-1 callback, the note still attaches
    expect(await field(page, '[f.root === document.getElementById("interop-outlet").shadowRoot, f.container.tagName, f.limit(), f.quota()]'))
      .toEqual([true, 'DIALOG', 200, { left: 2 }]);
    expect(await field(page, 'f.recipient()')).toMatchObject({ name: 'Elena Marchetti', profileId: 'variant-native-dialog-it', source: 'profile' });
    await h.typeInto(page, 'textarea#custom-message', 'Ciao Elena');
    expect(await field(page, 'f.sendButtons().map((b) => b.textContent)')).toEqual(['Invia']);
    await clean(page, h);
  });

  it('Connect only under "Altro" (Italian), the usual dialog in the interop shadow root', async () => {
    const page = await open('/in/variant-more-it/');
    await page.locator('button[aria-haspopup=menu]').click();
    await page.locator('a[role=menuitem]').click();
    await poll(() => log(page)).toEqual(['stage1']);
    await page.locator('[role=dialog] button[aria-label="Aggiungi una nota"]').click();
    await poll(() => log(page)).toEqual(['stage1', 'attach invite']);
    expect(await field(page, '[f.limit(), f.recipient().name, f.recipient().profileId, f.recipient().source]'))
      .toEqual([200, 'Davide Russo', 'variant-more-it', 'dialog']);
    await clean(page, h);
  });

  for (const [path, name] of [['/in/variant-topcard-id/', 'Marta Conti'], ['/in/variant-topcard-id-it/', 'Sofia Galli']] as const) {
    it(`top card keyed by id, name in its only h2, sidebar triggers first in the page (${path})`, async () => {
      const page = await open(path);
      await page.locator('main a[href*="/preload/custom-invite/"]').click();
      await poll(() => log(page)).toEqual(['stage1']);
      await page.locator('[role=dialog] .artdeco-button--secondary').click();
      await poll(() => log(page)).toEqual(['stage1', 'attach invite']);
      // stage 1 named nobody here: the name is the page's, from its top card, not the sidebar person's
      expect(await field(page, 'f.recipient()')).toEqual({ name, profileId: path.split('/')[2], profileUrl: `https://www.linkedin.com${path}`, source: 'profile' });
      await clean(page, h);
    });
  }

  for (const [path, name] of [['/messaging/thread/variant-jump/', 'Jane Doe'], ['/messaging/thread/variant-jump-it/', 'Giulia Ferri']] as const) {
    it(`thread header: the entity title, not the wrapper that holds the headline too (${path})`, async () => {
      const page = await open(path);
      await poll(() => log(page)).toEqual(['attach thread']);
      expect(await field(page, 'f.recipient().name')).toBe(name);
      await clean(page, h);
    });
  }

  it('compose page: "Remove <Name>" names the recipient; once removed, "New message" is no name', async () => {
    const page = await open('/messaging/compose/');
    await poll(() => log(page)).toEqual(['attach new-message']);
    expect(await field(page, 'f.recipient()')).toEqual({ name: 'Marco Bianchi', source: 'pill' });
    await page.locator('button.artdeco-pill--dismiss').click();
    expect(await field(page, 'f.recipient()')).toEqual({});
    await clean(page, h);
  });

  it('draft bubble (Italian): "Rimuovi <Nome>" names the recipient; "Nuovo messaggio" never does', async () => {
    const page = await open('/feed-draft-it/');
    await poll(() => log(page)).toEqual(['attach new-message']);
    expect(await field(page, 'f.recipient()')).toEqual({ name: 'Giulia Ferri', source: 'pill' });
    await page.locator('button.artdeco-pill--dismiss').click();
    expect(await field(page, '[f.surface, f.recipient()]')).toEqual(['new-message', {}]);
    await clean(page, h);
  });
});

describe('2026 markup: the extension on native <dialog> invites', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  it('coaches, gates and records inside a modal <dialog> (its panel lives in the top layer with it)', async () => {
    const page = await h.openFixture('/in/variant-native-dialog/');
    await page.locator('button[aria-haspopup=menu]').click();
    await page.locator('a[role=menuitem][href*="/preload/custom-invite/"]').click();
    await page.locator('dialog button[aria-label="Add a note"]').click();
    await page.locator('textarea#custom-message').click();
    const text = 'Hi Nora, could you refer me for the open role at your company? Thanks';
    await page.keyboard.type(text, { delay: 5 });
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    // the rest of the page is inert under a modal dialog: the panel is inside it
    expect(await page.evaluate(() => !!document.querySelector('dialog garbo-panel'))).toBe(true);
    expect(await panel(page).locator('input[type=text]').inputValue()).toBe('Nora Quinn');
    await page.locator('dialog button[aria-label="Send invitation"]').click();
    await gate(page).waitFor();
    expect(await sent(page)).toEqual([]);
    await gate(page).locator('[data-gate=send]').click(); // a real click: the gate is usable in the top layer
    // Send anyway replays nothing: the user's next own Send goes through.
    await poll(() => panel(page).locator('.g-hint[role=status]').textContent()).toBe('Press Send again: Garbo lets this one through.');
    expect(await sent(page)).toEqual([]);
    await page.locator('dialog button[aria-label="Send invitation"]').click();
    await poll(() => sent(page)).toHaveLength(1);
    const rows = await waitForRecords(h, (r) => r.some((x) => x.text === text));
    expect(rows.find((x) => x.text === text)).toMatchObject({ kind: 'invite', gateOverridden: true, recipient: { profileId: 'variant-native-dialog', name: 'Nora Quinn' } });
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('reads the 200 counter and the top-card name for a bare <dialog> in the shadow root (Italian UI)', async () => {
    await setSettings(h, { uiLang: 'it' });
    const page = await h.openFixture('/in/variant-native-dialog-it/');
    await page.locator('a[href*="/preload/custom-invite/"]').click();
    await page.locator('dialog button[aria-label="Aggiungi una nota"]').click();
    const text = 'Ciao Elena, ci siamo conosciute al meetup di design a Bologna. Mi è piaciuto il tuo intervento sulla tipografia: restiamo in contatto!';
    await h.typeInto(page, 'textarea#custom-message', text);
    await panel(page).locator('.g-score').waitFor();
    expect(await page.evaluate(() => !!document.getElementById('interop-outlet')!.shadowRoot!.querySelector('dialog garbo-panel'))).toBe(true);
    expect(await panel(page).locator('input[type=text]').inputValue()).toBe('Elena Marchetti');
    expect(await panel(page).textContent()).toContain(`${text.length} / 200`);
    await pressSend(page, page.locator('dialog button', { hasText: 'Invia' }).last());
    const rows = await waitForRecords(h, (r) => r.some((x) => x.text === text));
    expect(rows.find((x) => x.text === text)).toMatchObject({ kind: 'invite', recipient: { profileId: 'variant-native-dialog-it', name: 'Elena Marchetti' } });
    expect(h.pageErrors(page)).toEqual([]);
  });
});
