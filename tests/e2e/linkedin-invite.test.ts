// The invite note on our LinkedIn-like profile pages (dialog inside
// #interop-outlet's open shadow root, textarea#custom-message): the panel, the
// mirror highlights, a suggestion replacing a word, the gate, the records.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { figure, gate, openNote, panel, pressSend, readmeShot, records, sent, setSettings, waitForRecords, poll } from './linkedin-helpers';

const EARLY_ASK_EN = 'Hi Jane, could you refer me for the open role at your company? Thanks';
const GOOD_EN = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on accessibility and would be glad to stay in touch.';
const TYPO_EN = 'Hi Jane, we met at the Turin JS meetup last week. I enjoyed your talk on acessibility.';
const EARLY_ASK_IT = 'Ciao Giulia, potresti segnalarmi per una posizione nella tua azienda? Grazie';

describe('Garbo on the invite note', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  beforeEach(async () => { await setSettings(h, {}); });

  it('shows the no-early-ask error with a highlight, gates Send: Edit keeps the dialog, Send anyway lets the next Send through and it is recorded once (EN)', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, 'textarea#custom-message', EARLY_ASK_EN);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    expect(await panel(page).locator('.g-verdict').textContent()).toBe('Fix before sending');
    expect(await panel(page).locator('.g-counter').textContent()).toBe(`${EARLY_ASK_EN.length} / 300 characters`);
    expect(await panel(page).locator('.g-quota').textContent()).toMatch(/^5 (of \d+ )?notes left this month$/);
    // The mirror overlay marks the ask, over the textarea and not inside LinkedIn's dialog.
    const mark = page.locator('garbo-panel .g-mirror-mark.g-issue').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(EARLY_ASK_EN.slice(9, 62));
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelectorAll('garbo-panel, .g-mirror').length)).toBe(0);
    const ta = (await page.locator('textarea#custom-message').boundingBox())!;
    const p = (await panel(page).boundingBox())!;
    expect(p.x >= ta.x + ta.width || p.x + p.width <= ta.x || p.y >= ta.y + ta.height || p.y + p.height <= ta.y).toBe(true);
    await readmeShot(h, page, 'invite-light');

    const send = page.locator('[role=dialog] button[aria-label="Send invitation"]');
    await send.click();
    await gate(page).waitFor();
    expect(await gate(page).textContent()).toContain((await panel(page).locator('[data-check=no-early-ask] .g-msg').textContent())!);
    await h.screenshot(page, 'invite-gate');
    await gate(page).locator('[data-gate=edit]').click();
    expect(await gate(page).count()).toBe(0);
    expect(await page.locator('[role=dialog]').count()).toBe(1);
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.activeElement?.id)).toBe('custom-message');
    expect(await sent(page)).toEqual([]);

    await send.click();
    await gate(page).locator('[data-gate=send]').click();
    // No scripted replay: Garbo lets the user's next own Send through and says so, with focus on LinkedIn's button.
    await poll(() => panel(page).locator('.g-hint[role=status]').textContent()).toBe('Press Send again: Garbo lets this one through.');
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('Send invitation');
    expect(await sent(page)).toEqual([]);
    expect((await records(h)).length).toBe(before);
    await page.keyboard.press('Enter'); // a keyboard press on the focused button is the user's own click
    await poll(() => sent(page)).toEqual([{ kind: 'invite', to: 'Jane Doe', note: EARLY_ASK_EN }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    const rec = rows.find((r) => r.text === EARLY_ASK_EN);
    expect(rec).toMatchObject({ kind: 'invite', gateOverridden: true, page: '/in/jane-doe/', lang: 'en', verdict: 'stop' });
    expect(rec.failedChecks).toContain('no-early-ask');
    expect(rec.recipient).toMatchObject({ name: 'Jane Doe', profileId: 'jane-doe' });
    await new Promise((r) => setTimeout(r, 500));
    expect((await records(h)).length).toBe(before + 1);
    expect(await page.locator('garbo-panel').count()).toBe(0); // the dialog closed: the panel went with it
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('underlines a misspelled word; clicking it offers suggestions and choosing one updates LinkedIn\'s counter', async () => {
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await h.typeInto(page, 'textarea#custom-message', TYPO_EN);
    const word = page.locator('garbo-panel .g-mirror-mark.g-spelling');
    await word.waitFor();
    expect(await word.textContent()).toBe('acessibility');
    // Click on the underlined word: the click lands on the textarea (the mirror lets it through).
    const box = (await word.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const pop = page.locator('garbo-panel .g-popover');
    await pop.waitFor();
    expect(await pop.textContent()).toContain('not in the dictionary');
    await pop.locator('.g-sugg', { hasText: /^accessibility$/ }).click();
    const fixed = TYPO_EN.replace('acessibility', 'accessibility');
    expect(await page.locator('textarea#custom-message').inputValue()).toBe(fixed);
    expect(await page.locator('[role=dialog] .counter').textContent()).toBe(`${fixed.length}/300`);
    await poll(() => word.count()).toBe(0);
    // Keyboard path: Alt+Shift+G on a flagged word opens the popover with focus inside.
    await page.keyboard.press('End');
    await page.keyboard.type(' See you, thnaks');
    await word.waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+G');
    await pop.waitFor();
    expect(await page.evaluate(() => document.querySelector('garbo-panel')!.shadowRoot!.activeElement?.className)).toMatch(/g-sugg|g-add/);
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('lets a good note through with no gate and records it once (EN), in dark theme', async () => {
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await h.typeInto(page, 'textarea#custom-message', GOOD_EN);
    await poll(() => panel(page).locator('.g-verdict').textContent()).toBe('Ready to send');
    expect(await page.locator('garbo-panel .g-root').getAttribute('data-theme')).toBe('dark');
    // The first test sent Jane an invite: the history says so in the panel.
    await poll(() => panel(page).locator('[data-testid=garbo-last-contact]').textContent()).toMatch(/^You already invited this person on \d+ \w+ \d{4}\./);
    await readmeShot(h, page, 'invite-dark');
    await pressSend(page, page.locator('[role=dialog] button[aria-label="Send invitation"]'));
    await poll(() => sent(page)).toHaveLength(1);
    expect(await gate(page).count()).toBe(0);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === GOOD_EN)).toMatchObject({ gateOverridden: false, verdict: 'ready' });
    expect(h.pageErrors(page)).toEqual([]);
  });

  it('works on the Italian UI: Italian panel, the gate names the ask, and a note-less invite is recorded too', async () => {
    await setSettings(h, { uiLang: 'it' });
    const before = (await records(h)).length;
    const page = await openNote(h, '/in/giulia-ferri/', 'Aggiungi una nota');
    await h.typeInto(page, 'textarea#custom-message', EARLY_ASK_IT);
    await panel(page).locator('[data-check=no-early-ask]').waitFor();
    expect(await panel(page).textContent()).toContain('Destinatario');
    expect(await panel(page).locator('.g-verdict').textContent()).toBe('Da correggere prima di inviare');
    await page.locator('[role=dialog] .artdeco-modal__actionbar button').last().click();
    await gate(page).waitFor();
    expect(await gate(page).locator('h2').textContent()).toBe('Inviare comunque?');
    await gate(page).locator('[data-gate=edit]').click();
    expect(await sent(page)).toEqual([]);

    const other = await h.openFixture('/in/giulia-ferri/');
    await other.locator('a[href*="/preload/custom-invite/"]').click();
    await other.locator('[role=dialog] button[aria-label="Invia senza nota"]').click();
    await poll(() => sent(other)).toEqual([{ kind: 'invite', to: 'Giulia Ferri', note: '' }]);
    const rows = await waitForRecords(h, (r) => r.length === before + 1);
    expect(rows.find((r) => r.text === '' && r.recipient?.profileId === 'giulia-ferri')).toMatchObject({ kind: 'invite', gateOverridden: false });
    expect(h.pageErrors(page)).toEqual([]);
    expect(h.pageErrors(other)).toEqual([]);
  });

  it('keeps the keystroke path light on a 300-character note', async () => {
    const page = await openNote(h, '/in/jane-doe/', 'Add a note');
    const note = (GOOD_EN + ' ').repeat(3).slice(0, 240);
    await h.typeInto(page, 'textarea#custom-message', note, 0);
    await panel(page).locator('.g-score').waitFor();
    // Garbo's own timings live in its isolated world (lib/content/perf.ts): read them over CDP.
    const cdp = await h.context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await new Promise((r) => setTimeout(r, 200));
    const evalIn = async (expression: string) => {
      for (const w of worlds.filter((x) => x.origin.startsWith('chrome-extension://'))) {
        const res = await cdp.send('Runtime.evaluate', { expression, contextId: w.id, returnByValue: true });
        if (res.result.value !== undefined && res.result.value !== null) return res.result.value;
      }
      throw new Error('Garbo perf log not found in any isolated world');
    };
    await evalIn('(() => { const p = globalThis.__garboPerf; if (!p) return null; p.input.length = 0; p.frame.length = 0; p.report.length = 0; return true; })()');
    await cdp.send('Performance.enable');
    const taskMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
    const t0 = await taskMs();
    // 60 more keys at a brisk typing pace up to a 300-character note (pauses let the debounced analyses run).
    const keys = 300 - note.length;
    await page.keyboard.press('End');
    await page.keyboard.type('x'.repeat(keys), { delay: 40 });
    await new Promise((r) => setTimeout(r, 600));
    const pageMs = (await taskMs()) - t0;
    const log = JSON.parse(await evalIn('JSON.stringify(globalThis.__garboPerf)')) as { input: number[]; frame: number[]; report: number[] };
    await cdp.detach();
    expect(await page.locator('textarea#custom-message').inputValue()).toHaveLength(300);
    expect(log.input.length).toBe(keys);
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    const sorted = [...log.input].sort((a, b) => a - b);
    const perKey = (sum(log.input) + sum(log.frame) + sum(log.report)) / keys;
    figure('content.keystroke_main_thread', perKey, 'ms');
    figure('content.keystroke_main_thread.input_p95', sorted[Math.floor(sorted.length * 0.95)]!, 'ms');
    figure('content.report_apply_max', Math.max(0, ...log.report), 'ms');
    figure('content.page_task_per_key', pageMs / keys, 'ms');
    expect(h.pageErrors(page)).toEqual([]);
  });
});

describe('Garbo on a page without a field', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('adds nothing to /jobs/ and logs no error', async () => {
    const page = await h.openFixture('/jobs/');
    expect((await h.contentScriptWorlds(page)).length).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelectorAll('garbo-panel, style#garbo-highlight-style').length)).toBe(0);
    expect(await page.evaluate(() => document.body.children.length)).toBe(1);
    expect(h.pageErrors(page)).toEqual([]);
  });
});
