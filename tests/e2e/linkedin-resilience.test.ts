// Sends from the real pages survive a stopped service worker, and two tabs
// sending at the same moment both get their record (issue 6, 3a/3b, through
// the content script rather than hand-made requests).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { openNote, panel, poll, pressSend, records, sent, waitForRecords } from './linkedin-helpers';

const GOOD_EN = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on accessibility and would be glad to stay in touch.';
const GOOD_IT = 'Ciao Giulia, ci siamo conosciute al meetup di Torino la settimana scorsa. Il tuo intervento sull\'accessibilità mi è piaciuto molto: restiamo in contatto!';

describe('Garbo when the worker sleeps and tabs race', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('scores and records a send made after the service worker was stopped', async () => {
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, 'textarea#custom-message', GOOD_EN.slice(0, 60));
    await panel(page).locator('.g-score').waitFor();
    await h.stopServiceWorker();
    // Typing wakes the worker: the new text is scored (dictionaries reloaded), then sent.
    await page.keyboard.type(GOOD_EN.slice(60), { delay: 5 });
    await poll(() => panel(page).locator('.g-verdict').textContent()).toBe('Ready to send');
    await h.stopServiceWorker();
    // The verdict shown may still be the 60-character prefix's: then Garbo holds the send, checks, and asks for the user's press.
    await pressSend(page, page.locator('[role=dialog] button[aria-label="Send invitation"]'));
    await poll(() => sent(page)).toHaveLength(1);
    const rows = await waitForRecords(h, (r) => r.some((x) => x.text === GOOD_EN), 20_000);
    expect(rows.filter((x) => x.text === GOOD_EN)).toHaveLength(1);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('records both of two invites sent at the same moment from two tabs', async () => {
    const before = (await records(h)).length;
    const a = await openNote(h, '/in/jane-doe/', 'Add a note');
    const b = await openNote(h, '/in/giulia-ferri/', 'Aggiungi una nota');
    // Fill both notes without typing character by character, as a paste would.
    for (const [page, text] of [[a, GOOD_EN + ' Again.'], [b, GOOD_IT]] as const) {
      await page.locator('textarea#custom-message').click();
      await page.keyboard.insertText(text);
      await panel(page).locator('.g-score').waitFor();
    }
    await Promise.all([
      a.locator('[role=dialog] button[aria-label="Send invitation"]').click(),
      b.locator('[role=dialog] button[aria-label="Invia invito"]').click(),
    ]);
    await poll(async () => (await sent(a)).length + (await sent(b)).length).toBe(2);
    const rows = await waitForRecords(h, (r) => r.length === before + 2, 20_000);
    expect(rows.some((r) => r.text === GOOD_IT)).toBe(true);
    expect(rows.some((r) => r.text === GOOD_EN + ' Again.')).toBe(true);
    expect(h.pageErrors(a)).toEqual([]);
    expect(h.pageErrors(b)).toEqual([]);
  });
});
