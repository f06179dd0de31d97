// Firefox: the installed add-on's posture, and no network request. Firefox
// has no request log over BiDi, so the evidence is the test proxy's log of
// every connection Firefox opens (tests/e2e-firefox/harness.ts): the PAC file
// sends all of them there, with no direct fallback. Connections made before
// the add-on was installed are Firefox's own start-up traffic (the harness's
// prefs switch most of it off); from the install on, the only host allowed
// is www.linkedin.com, which the fixture pages themselves need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFirefox, type FirefoxHarness } from './harness';
import { click, DIALOG, GATE, NOTE, openNote, PANEL, poll, pressSend, sent, waitFor, waitForRecords } from './helpers';

/** Hosts of Mozilla's own services (remote settings, updates, telemetry, push, captive-portal check). */
const MOZILLA = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net)(:\d+)?$/;

describe('Firefox: the add-on and privacy', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox(); });
  afterAll(async () => { await h?.close(); });

  it('runs as an MV3 add-on with an event-page background, one host permission and no web-accessible resource', async () => {
    const m = await h.ext(() => (globalThis as any).browser.runtime.getManifest());
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(m.permissions).toEqual(['storage']);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.background.scripts).toEqual([`${h.extOrigin}/background.js`]); // Firefox resolves the path
    expect(m.background.service_worker ?? null).toBeNull();
    const built = JSON.parse(readFileSync(join(inject('garboExt'), 'manifest.json'), 'utf8'));
    expect(built.background).toEqual({ scripts: ['background.js'] });
    // The event page is alive and answers the popup's requests.
    expect(await h.ext(async () => {
      const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
      return bg?.location?.pathname;
    })).toMatch(/background/);
    const granted = await h.ext(() => (globalThis as any).browser.permissions.contains({ origins: ['https://www.linkedin.com/*'] }));
    expect(granted).toBe(true);
  });

  /** Every connection since Firefox started: its own start-up traffic apart, the rest only to the fixture host. */
  const expectOnlyLinkedIn = () => {
    const firefoxOwn = h.connections.filter((c) => c.at < h.installedAt);
    const afterInstall = h.connections.filter((c) => c.at >= h.installedAt);
    // Firefox's own start-up traffic, if any, went to Mozilla's services and was refused.
    for (const c of firefoxOwn) {
      expect(c.target, `start-up connection ${c.method} ${c.target}`).toMatch(MOZILLA);
      expect(c.allowed).toBe(false);
    }
    expect(afterInstall.length).toBeGreaterThan(0);
    expect(afterInstall.filter((c) => c.method !== 'CONNECT' || c.target !== 'www.linkedin.com:443')).toEqual([]);
  };

  it('connects to nothing but www.linkedin.com while coaching and recording an invite note', async () => {
    const profile = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(profile, NOTE, 'Hi Jane, we met at the Milan meetup yesterday.');
    await waitFor(profile, `${PANEL} .g-verdict`);
    await pressSend(profile, () => click(profile, `${DIALOG} .artdeco-modal__actionbar button:last-child`));
    await poll(() => sent(profile)).toHaveLength(1);
    await waitForRecords(h, (r) => r.length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    expectOnlyLinkedIn();
  });

  it('connects to nothing but www.linkedin.com while coaching and recording in the composers (thread, bubble)', async () => {
    const thread = await h.openFixture('/messaging/thread/2-jane/');
    await h.typeInto(thread, 'div.msg-form__contenteditable', 'Thanks for connecting! Here is the article on design systems I mentioned.');
    await waitFor(thread, `${PANEL} .g-verdict`);
    await pressSend(thread, () => click(thread, 'button.msg-form__send-button'), true);
    await poll(async () => (await sent(thread)).length + (await thread.$$eval(GATE, (e) => e.length))).toBe(1);
    const feed = await h.openFixture('/feed/');
    await h.typeInto(feed, '#msg-overlay div.msg-form__contenteditable', 'Grazie!');
    await pressSend(feed, () => feed.keyboard.press('Enter'));
    await poll(() => sent(feed)).toHaveLength(1);
    await waitForRecords(h, (r) => r.length >= 2);
    await new Promise((r) => setTimeout(r, 500));
    expectOnlyLinkedIn();
  });

  it('connects to nothing at all from the popup, its checker and the options page', async () => {
    const n = h.connections.length;
    const popup = await h.openPopup('?tab=checker');
    await waitFor(popup, '[data-testid=checker] textarea');
    await click(popup, '[data-testid=checker] textarea');
    await popup.keyboard.type('Ciao Giulia, ci siamo visti al meetup di Torino.');
    await waitFor(popup, '[data-testid=checker] .g-score', 15_000);
    const options = await h.openOptions();
    await waitFor(options, '[data-testid=opt-gate]');
    await waitFor(await h.openPopup(), '[data-testid=history-row]');
    await new Promise((r) => setTimeout(r, 500));
    expect(h.connections.slice(n)).toEqual([]);
    expectOnlyLinkedIn();
  });

  it('logs a connection the extension makes (the recorder sees the add-on\'s own traffic)', async () => {
    const n = h.connections.length;
    const outcome = await h.ext(() => fetch('https://garbo-recorder-check.example/').then(() => 'answered', () => 'refused'));
    expect(outcome).toBe('refused');
    expect(h.connections.slice(n)).toContainEqual(expect.objectContaining({ method: 'CONNECT', target: 'garbo-recorder-check.example:443', allowed: false }));
  });
});
