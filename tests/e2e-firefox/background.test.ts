// Firefox runs Garbo's background as an event page and unloads it when idle
// (here after 1 s instead of 30): a send reported after that wakes it and is
// recorded once; the popup still opens with the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefox, until, type FirefoxHarness } from './harness';
import { poll, records, send, text, texts } from './helpers';

const report = (sendId: string) => ({
  sendId, kind: 'invite', recipient: { name: 'Giulia Ferri', profileId: 'giulia-ferri' },
  text: 'Ciao Giulia, ci siamo conosciuti ieri al festival.', sentAt: Date.now(), lang: 'it',
  score: 80, verdict: 'ready', failedChecks: [], page: '/in/giulia-ferri/', gateOverridden: false,
});

describe('Firefox: the event-page background', () => {
  let h: FirefoxHarness;
  beforeAll(async () => { h = await startFirefox({ backgroundIdleMs: 1000 }); });
  afterAll(async () => { await h?.close(); });

  /** Whether the background page is loaded right now (listing the extension's views does not wake it). */
  const backgroundLoaded = () => h.ext(() => (globalThis as any).browser.extension.getViews().some((w: Window) => /background/.test(w.location.pathname)) as boolean);

  it('records a send once after Firefox unloaded the idle event page', async () => {
    expect(await send(h, { type: 'record-send', report: report('ff-bg-0001') })).toMatchObject({ ok: true, data: { duplicate: false } });
    await until(backgroundLoaded, (loaded) => !loaded, 'the event page unloaded', 8000);
    expect(await send(h, { type: 'record-send', report: report('ff-bg-0002') })).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await backgroundLoaded()).toBe(true);
    await until(backgroundLoaded, (loaded) => !loaded, 'the event page unloaded again', 8000);
    expect(await send(h, { type: 'record-send', report: report('ff-bg-0002') })).toMatchObject({ ok: true, data: { duplicate: true } });
    expect((await records(h)).map((r) => r.id).sort()).toEqual(['ff-bg-0001', 'ff-bg-0002']);
  });

  it('opens the popup with the history while the event page is unloaded', async () => {
    await until(backgroundLoaded, (loaded) => !loaded, 'the event page unloaded', 8000);
    const popup = await h.openPopup();
    await poll(() => texts(popup, '[data-testid=history-row] .who')).toEqual(['Giulia Ferri', 'Giulia Ferri']);
    expect(await text(popup, '[data-stat=invites] dd')).toBe('2');
    expect(h.pageErrors(popup)).toEqual([]);
  });
});
