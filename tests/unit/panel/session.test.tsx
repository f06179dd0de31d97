// One field's session in the content app (entrypoints/linkedin.content/field/):
// panel, analysis, highlights, the gate, and sends recorded only once LinkedIn
// (here a fake field that behaves like it) confirmed them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../lib/types';
import { HOST_TAG } from '../../../entrypoints/linkedin.content/field/panel';
import { MAX_RANGES } from '../../../entrypoints/linkedin.content/field/highlights';
import { EAGER_MAX, PANEL_WORDS } from '../../../entrypoints/linkedin.content/field/analysis';
import { check, miss, report } from '../content/report-fixtures';
import { fakeField, synthetic } from './fake-field';
import { appHarness, storage, tick } from './app-harness';
import { readEditor } from '../../../lib/linkedin/adapters/edit';

const askReport = (text: string): Report => report({
  score: 35, verdict: 'stop',
  checks: [check('no-early-ask', 'error', !/refer|job/.test(text), [{ start: 0, end: Math.min(4, text.length) }]), check('how-met', 'warning', false)],
});

const shadow = () => document.querySelector(HOST_TAG)!.shadowRoot!;
const hint = () => shadow().querySelector('.g-hint[role=status]')?.textContent;

afterEach(() => { document.body.replaceChildren(); });


/** Runs `body` with a fake CSS Custom Highlight API (happy-dom has none): its registry, and how many Highlight objects were built. */
async function withHighlights(body: (hl: { registry: Map<string, { ranges: Range[] }>; built: () => number }) => Promise<void>): Promise<void> {
  const registry = new Map<string, { ranges: Range[] }>();
  let built = 0;
  const w = window as unknown as { Highlight?: unknown };
  const savedCSS = Object.getOwnPropertyDescriptor(window, 'CSS');
  const savedH = w.Highlight;
  w.Highlight = class { ranges: Range[]; constructor(...r: Range[]) { built++; this.ranges = r; } };
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  try {
    await body({ registry, built: () => built });
  } finally {
    w.Highlight = savedH;
    if (savedCSS) Object.defineProperty(window, 'CSS', savedCSS);
    else delete (window as { CSS?: unknown }).CSS;
  }
}

describe('a field session', () => {
  it('mounts one panel host in the body (not in the field) and removes it on detach', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('invite', { limit: 200 });
    h.attach(f);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.querySelector(HOST_TAG)!.parentElement).toBe(document.body);
    expect(f.container.querySelector(HOST_TAG)).toBeNull();
    expect(shadow().querySelector('[role=region]')).not.toBeNull();
    expect(shadow().textContent).toContain('0 / 200 characters');
    expect(shadow().textContent).toContain('3 of 5 notes left this month');
    expect((shadow().querySelector('input[type=text]') as HTMLInputElement).value).toBe('Jane Doe');
    h.detach(f);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    h.rt.stop();
  });

  it('analyses after typing (debounced) with draft and context, names the recipient instead of sending texts, and shows the failed checks', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('invite');
    h.attach(f);
    await tick(); // the history's answer about this person is in (it would change the context and forget what was checked ahead)
    f.type('Hi'); f.type('Hi Jane'); f.type('Hi Jane, refer me');
    // A short draft is checked ahead at each key, one request at a time, the newest text next; nothing is shown yet.
    const texts = () => h.requests.filter((r) => r.type === 'analyze').map((r) => (r as { draft: { text: string } }).draft.text);
    expect(texts()).toEqual(['Hi']);
    expect(shadow().querySelector('[data-check]')).toBeNull();
    await vi.waitFor(() => expect(texts()).toEqual(['Hi', 'Hi Jane, refer me']));
    const analysis = h.requests.filter((r) => r.type === 'analyze')[1]!;
    expect(analysis).toMatchObject({ draft: { text: 'Hi Jane, refer me', kind: 'invite' }, context: { recipientName: 'Jane Doe', firstContact: true, uiLang: 'en', recipient: { name: 'Jane Doe', profileId: 'jane-doe' } } });
    expect((analysis as { context: { previousTexts?: unknown } }).context.previousTexts).toBeUndefined();
    await vi.waitFor(() => expect(shadow().querySelector('[data-check=no-early-ask]')?.textContent).toContain('msg:no-early-ask'));
    expect(shadow().querySelector('.g-score')?.textContent).toBe('35');
    expect(texts()).toHaveLength(2); // the pause showed the report checked ahead: no third request
    h.rt.stop();
  });

  it('drops a reply that arrives after a newer one', async () => {
    const resolvers: Array<(r: any) => void> = [];
    const h = appHarness({ score: askReport });
    const f = fakeField('invite');
    const s = h.attach(f);
    const request = h.rt.app.request;
    const pending: Record<string, Array<(r: any) => void>> = {};
    h.rt.app.request = ((req: { type: string; draft?: { text: string } }) => (req.type === 'analyze'
      ? new Promise<any>((r) => (pending[req.draft!.text] ??= []).push(r))
      : request(req as never))) as typeof request;
    f.type('first');
    const a = s.analysis.now();
    f.type('second');
    const b = s.analysis.now();
    for (const r of pending.second!) r({ ok: true, data: report({ score: 90 }) });
    await b;
    for (const r of pending.first!) r({ ok: true, data: report({ score: 10 }) });
    await a;
    await tick();
    expect(s.model.report.value?.score).toBe(90);
    h.rt.stop();
  });

  it('a Send right after typing a short draft finds the report checked ahead for that very text: not held, and the pause asks nothing more', async () => {
    const h = appHarness({ score: askReport, debounceMs: 60_000 });
    const f = fakeField('message');
    const s = h.attach(f);
    await tick();
    f.type('We met at the meetup, great talk');
    await tick();
    expect(s.model.report.value).toBeUndefined(); // checked ahead, not shown yet
    f.button!.click();
    expect(f.sent).toEqual(['We met at the meetup, great talk']);
    expect(s.model.report.value).toBeDefined(); // the send showed the report it was judged on
    expect(h.requests.filter((r) => r.type === 'analyze')).toHaveLength(1);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    // An error checked ahead opens the gate at once, with no wait for a check.
    f.type('Can you refer me for the job?');
    await tick();
    f.button!.click();
    expect(f.sent).toHaveLength(1);
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')?.textContent).toContain('msg:no-early-ask');
    h.rt.stop();
  });

  it('checks nothing ahead for a draft longer than EAGER_MAX, nor after the context changed (a recipient corrected)', async () => {
    const h = appHarness({ score: askReport, debounceMs: 60_000 });
    const f = fakeField('message');
    const s = h.attach(f);
    await tick();
    const long = 'We met at the meetup. '.repeat(Math.ceil((EAGER_MAX + 1) / 22));
    f.type(long);
    await tick(20);
    expect(h.requests.filter((r) => r.type === 'analyze')).toHaveLength(0);
    f.type('We met at the meetup, great talk');
    await vi.waitFor(() => expect(h.requests.filter((r) => r.type === 'analyze')).toHaveLength(1));
    await tick();
    s.analysis.soon(); // what setRecipient does: the report checked ahead was for the old recipient
    f.button!.click();
    expect(f.sent).toEqual([]); // held for a check in the new context
    await vi.waitFor(() => expect(hint()).toBe('Checked: nothing to fix. Press Send again to send it.'));
    expect(h.requests.filter((r) => r.type === 'analyze')).toHaveLength(2);
    h.rt.stop();
  });

  it('gates Send on an error: Edit keeps the draft unsent; Send anyway replays nothing, lets the next Send through, and the confirmed send is recorded once', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('invite');
    const s = h.attach(f);
    f.type('Can you refer me for the job?');
    await s.analysis.now();
    f.button!.click();
    expect(f.sent).toEqual([]);
    await tick();
    const gate = shadow().querySelector('[role=alertdialog]')!;
    expect(gate).not.toBeNull();
    expect(gate.textContent).toContain('msg:no-early-ask');
    expect(gate.textContent).not.toContain('msg:how-met');
    expect(shadow().activeElement).toBe(gate.querySelector('[data-gate=edit]'));
    (gate.querySelector('[data-gate=edit]') as HTMLButtonElement).click();
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    expect(document.activeElement).toBe(f.editor);
    expect(f.sent).toEqual([]);
    f.button!.click();
    await tick();
    (shadow().querySelector('[data-gate=send]') as HTMLButtonElement).click();
    await tick();
    // Nothing was clicked for the user: the panel says to press Send, with focus on LinkedIn's button.
    expect(f.sent).toEqual([]);
    expect(hint()).toBe('Press Send again: Garbo lets this one through.');
    expect(document.activeElement).toBe(f.button);
    await tick(60);
    expect(h.sends()).toEqual([]);
    f.button!.click();
    expect(f.sent).toEqual(['Can you refer me for the job?']);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(h.sends()[0]).toMatchObject({
      kind: 'invite', text: 'Can you refer me for the job?', gateOverridden: true, recipient: { name: 'Jane Doe', profileId: 'jane-doe' },
      context: { recipientName: 'Jane Doe', firstContact: true, uiLang: 'en' }, fallbackLang: 'en',
    });
    // The claim carries no score: the background scores the send itself.
    expect(h.sends()[0]).not.toHaveProperty('score');
    expect(h.sends()[0]).not.toHaveProperty('verdict');
    await tick(80);
    expect(h.sends()).toHaveLength(1);
    h.rt.stop();
  });

  it('a page script\'s click on Send is neither gated nor taken as the user\'s send, and LinkedIn ignoring it records nothing', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('invite', { ignoreUntrusted: true });
    const s = h.attach(f);
    f.type('Can you refer me for the job?');
    await s.analysis.now();
    f.button!.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
    await tick(60);
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    expect(f.sent).toEqual([]);
    expect(h.sends()).toEqual([]);
    // The user's own click: gated, Send anyway, the user's next click goes out and is recorded once.
    f.button!.click();
    await tick();
    (shadow().querySelector('[data-gate=send]') as HTMLButtonElement).click();
    f.button!.click();
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(f.sent).toHaveLength(1);
    h.rt.stop();
  });

  it('a double click on a message\'s Send records once; the same text sent twice later is two records', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('message');
    const s = h.attach(f);
    f.type('We met at the Turin meetup');
    await s.analysis.now();
    f.button!.click();
    f.button!.click(); // the editor is empty by now: LinkedIn sends nothing, Garbo records nothing
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    f.type('We met at the Turin meetup');
    await s.analysis.now();
    f.button!.click();
    await vi.waitFor(() => expect(h.sends()).toHaveLength(2));
    await tick(60);
    expect(f.sent).toEqual(['We met at the Turin meetup', 'We met at the Turin meetup']);
    const [a, b] = h.sends();
    expect(a!.sendId).not.toBe(b!.sendId);
    expect(h.sends()).toHaveLength(2);
    h.rt.stop();
  });

  it('re-analyses a text changed since the last report before deciding; a fresh report with no error clicks nothing, says so, and the next Send goes out once', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('invite');
    const s = h.attach(f);
    f.type('We met at the meetup');
    await s.analysis.now();
    f.type('We met at the meetup, can you refer me?');
    f.button!.click();
    expect(f.sent).toEqual([]); // held while the fresh report comes
    await vi.waitFor(() => expect(shadow().querySelector('[role=alertdialog]')).not.toBeNull());
    (shadow().querySelector('[data-gate=edit]') as HTMLButtonElement).click();
    f.type('We met at the meetup, great talk');
    f.button!.click();
    await vi.waitFor(() => expect(hint()).toBe('Checked: nothing to fix. Press Send again to send it.'));
    expect(f.sent).toEqual([]);
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    f.button!.click();
    expect(f.sent).toEqual(['We met at the meetup, great talk']);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(h.sends().map((r) => r.gateOverridden)).toEqual([false]);
    await tick(80);
    expect(h.sends()).toHaveLength(1);
    h.rt.stop();
  });

  it('never clicks Send itself: a Send that would take any click stays unsent until the user\'s own click, which goes out once', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('message', { accept: () => true });
    const s = h.attach(f);
    f.type('We met at the meetup');
    await s.analysis.now();
    f.type('We met at the meetup, great talk');
    f.button!.click(); // the report is older than the text: held and checked, nothing blocking
    await vi.waitFor(() => expect(hint()).toBe('Checked: nothing to fix. Press Send again to send it.'));
    await tick(80);
    expect(f.sent).toEqual([]);
    expect(h.sends()).toEqual([]);
    expect(document.activeElement).toBe(f.button);
    f.button!.click();
    expect(f.sent).toEqual(['We met at the meetup, great talk']);
    await vi.waitFor(() => expect(hint()).toBeFalsy());
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    await tick(80);
    expect(h.sends()).toHaveLength(1);
    h.rt.stop();
  });

  it('the user\'s press on Send (pointer down, or focus moving to it) analyses a changed text at once, so the click that follows is not held', async () => {
    const h = appHarness({ score: askReport, debounceMs: 60_000 });
    const f = fakeField('message');
    const s = h.attach(f);
    f.type('We met at the meetup');
    await s.analysis.now();
    f.type('We met at the meetup, great talk');
    expect(s.analysis.latest().text).toBe('We met at the meetup');
    f.button!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(s.analysis.latest().text).toBe('We met at the meetup, great talk'));
    f.button!.click();
    expect(f.sent).toEqual(['We met at the meetup, great talk']);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    f.type('Thanks for the talk at the meetup');
    f.button!.dispatchEvent(synthetic(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    f.button!.dispatchEvent(synthetic(new FocusEvent('focusin', { bubbles: true, composed: true })));
    await tick(80);
    expect(s.analysis.latest().text).toBe('We met at the meetup, great talk'); // a page script's press starts nothing
    f.button!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(s.analysis.latest().text).toBe('Thanks for the talk at the meetup'));
    h.rt.stop();
  });

  it('does not gate when the user switched the gate off', async () => {
    const h = appHarness({ score: askReport, store: storage({ settings: { sendGate: false } }) });
    await tick();
    const f = fakeField('invite');
    const s = h.attach(f);
    f.type('refer me');
    await s.analysis.now();
    f.button!.click();
    expect(f.sent).toEqual(['refer me']);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    h.rt.stop();
  });

  it('gates Enter in an Enter-to-send composer; Send anyway, then the user\'s Enter sends once and is recorded once', async () => {
    const h = appHarness({ score: askReport });
    const f = fakeField('message', { enterToSend: true });
    const s = h.attach(f);
    f.type('job please');
    await s.analysis.now();
    const enter = (shiftKey = false) => f.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey, bubbles: true, cancelable: true, composed: true }));
    enter(true);
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    enter();
    expect(f.sent).toEqual([]);
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')).not.toBeNull();
    (shadow().querySelector('[data-gate=send]') as HTMLButtonElement).click();
    expect(f.sent).toEqual([]);
    expect(document.activeElement).toBe(f.editor);
    enter();
    expect(f.sent).toEqual(['job please']);
    await vi.waitFor(() => expect(h.sends()).toHaveLength(1));
    expect(h.sends()[0]).toMatchObject({ kind: 'message', gateOverridden: true });
    h.rt.stop();
  });

  it('records nothing when LinkedIn answers Send with the Premium upsell, and says so', async () => {
    const h = appHarness({ score: (t) => report({ lang: 'en', score: 90, verdict: 'ready' }) });
    const f = fakeField('invite', { upsell: true });
    const s = h.attach(f);
    f.type('Glad we met at the Turin meetup');
    await s.analysis.now();
    f.button!.click();
    await vi.waitFor(() => expect(document.querySelector('garbo-notice')?.shadowRoot?.textContent).toContain('Not sent: LinkedIn asked for Premium.'));
    await tick(80);
    expect(h.sends()).toEqual([]);
    h.rt.stop();
  });

  it('records nothing when LinkedIn shows no sign of sending, or the user cancels the dialog after Send', async () => {
    const h = appHarness({ score: () => report({ lang: 'en', score: 90, verdict: 'ready' }) });
    // A Send that does nothing at all (LinkedIn ignored it).
    const f = fakeField('message');
    const dead = document.createElement('button');
    f.button!.replaceWith(dead);
    const s = h.attach({ ...f, sendButtons: () => [dead] });
    f.type('Hello there');
    await s.analysis.now();
    dead.click();
    await vi.waitFor(() => expect(hint()).toBe('Not sent: LinkedIn did not send this. Your text is still here.'), { timeout: 3000 });
    expect(f.getText()).toBe('Hello there');
    expect(h.sends()).toEqual([]);
    // An invite whose Send the user follows with Cancel: the dialog closes, but nothing went out.
    const g = fakeField('invite');
    const quiet = document.createElement('button');
    g.button!.replaceWith(quiet);
    const cancel = document.createElement('button');
    cancel.addEventListener('click', () => g.container.remove());
    g.container.append(cancel);
    const gs = h.attach({ ...g, sendButtons: () => [quiet] });
    g.type('Glad we met');
    await gs.analysis.now();
    quiet.click();
    cancel.click();
    await tick(150);
    expect(h.sends()).toEqual([]);
    h.rt.stop();
  });

  it('replaces a misspelled word through the field when a suggestion is chosen', async () => {
    const h = appHarness({ score: (t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup', 'meet'])] : [] }) });
    const f = fakeField('invite');
    const spy = vi.spyOn(f, 'replaceRange');
    const s = h.attach(f);
    f.type('We met at the meetp in Turin');
    await s.analysis.now();
    const button = [...shadow().querySelectorAll<HTMLButtonElement>('.g-sugg')].find((b) => b.textContent === 'meetup')!;
    expect(button.getAttribute('aria-label')).toBe('Replace meetp with meetup');
    button.click();
    expect(spy).toHaveBeenCalledWith(14, 19, 'meetup');
    expect(f.getText()).toBe('We met at the meetup in Turin');
    h.rt.stop();
  });

  it('Alt+Shift+G opens the popover for the flagged word at the caret, or focuses the panel when nothing is flagged; a page script\'s shortcut does nothing', async () => {
    const h = appHarness({ score: (t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup'])] : [] }) });
    const f = fakeField('invite');
    const s = h.attach(f);
    const key = () => new KeyboardEvent('keydown', { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true });
    f.type('We met in Turin');
    await s.analysis.now();
    f.editor.dispatchEvent(key());
    await vi.waitFor(() => expect(shadow().activeElement?.className).toBe('g-icon'));
    f.type('We met at the meetp in Turin');
    await s.analysis.now();
    (f.editor as HTMLTextAreaElement).setSelectionRange(16, 16);
    f.editor.dispatchEvent(synthetic(key()));
    await tick(20);
    expect(shadow().querySelector('.g-popover')).toBeNull();
    f.editor.dispatchEvent(key());
    await vi.waitFor(() => expect(shadow().querySelector('.g-popover')).not.toBeNull());
    expect(shadow().activeElement?.textContent).toBe('meetup');
    h.rt.stop();
  });

  it('draws Custom Highlight ranges on the words of a contenteditable and redraws them when LinkedIn re-creates its nodes', async () => {
    await withHighlights(async ({ registry }) => {
    const h = appHarness({ score: (t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup'])] : [] }) });
    const f = fakeField('message');
    const s = h.attach(f);
    f.type('See you at the meetp');
    await s.analysis.now();
    await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges.map(String)).toEqual(['meetp']));
    expect(document.getElementById('garbo-highlight-style')).not.toBeNull();
    expect(f.editor.children).toHaveLength(0); // nothing inserted into the editor
    const fresh = document.createTextNode('See you at the meetp');
    f.editor.replaceChildren(fresh); // no input event, as when LinkedIn re-renders
    await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges[0]?.startContainer).toBe(fresh));
    expect(registry.get('garbo-spelling')!.ranges.map(String)).toEqual(['meetp']);
    h.detach(f);
    expect(registry.has('garbo-spelling')).toBe(false);
    h.rt.stop();
    });
  });

  it('a long draft full of typos: ranges for at most MAX_RANGES words, the panel lists PANEL_WORDS, and typing after them draws nothing again', async () => {
    await withHighlights(async ({ registry, built }) => {
    const draft = 'teh '.repeat(1000);
    const h = appHarness({ score: (t) => report({ misspelled: [...t.matchAll(/teh/g)].map((m) => ({ ...miss(t, 'teh', ['the']), start: m.index, end: m.index + 3 })) }) });
    const f = fakeField('message');
    const s = h.attach(f);
    f.type(draft);
    await s.analysis.now();
    await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges).toHaveLength(MAX_RANGES));
    // The ones nearest the caret (the end of the draft).
    expect(registry.get('garbo-spelling')!.ranges.at(-1)!.startOffset).toBe(draft.length - 4);
    expect(shadow().querySelectorAll('.g-sugg').length).toBeLessThanOrEqual(PANEL_WORDS);
    expect(s.model.report.value!.misspelled).toHaveLength(PANEL_WORDS);
    const before = built();
    // Typing at the end changes the text node in place: the live ranges hold, nothing is rebuilt.
    (f.editor.firstChild as Text).appendData('x');
    f.editor.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await tick(30);
    expect(built()).toBe(before);
    expect(s.model.chars.value).toBe(draft.length + 1);
    h.rt.stop();
    });
  });

  it('typing inside a long draft moves the marks and leaves the drawn (live) ranges alone, unless it touched a flagged word', async () => {
    await withHighlights(async ({ registry, built }) => {
    const draft = 'teh '.repeat(1000);
    // No analysis between the keys (its report would draw everything again).
    const h = appHarness({ debounceMs: 60_000, score: (t) => report({ misspelled: [...t.matchAll(/teh/g)].map((m) => ({ ...miss(t, 'teh', ['the']), start: m.index, end: m.index + 3 })) }) });
    const f = fakeField('message');
    const s = h.attach(f);
    f.type(draft);
    await s.analysis.now();
    await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges).toHaveLength(MAX_RANGES));
    const node = f.editor.firstChild as Text;
    const key = async (offset: number, ch: string) => {
      node.insertData(offset, ch);
      document.getSelection()!.collapse(node, offset + ch.length);
      f.editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    };
    const onTeh = () => s.highlights.marks().every((m) => node.data.slice(m.start, m.end) === 'teh');
    let before = built();
    await key(2003, 'x'); // between "teh" and its space: every mark after it moves, none is touched
    expect(built()).toBe(before);
    expect(s.highlights.marks()).toHaveLength(1000);
    expect(onTeh()).toBe(true);
    before = built();
    await key(2005, 'y'); // right in front of a flagged word: its range would grow over the "y", so it is drawn again
    expect(built()).toBe(before + 1);
    expect(onTeh()).toBe(true);
    before = built();
    await key(3999, 'z'); // inside the last flagged word (3998-4001 after the two keys): its mark goes, drawn again
    expect(built()).toBe(before + 1);
    expect(s.highlights.marks()).toHaveLength(999);
    expect(onTeh()).toBe(true);
    h.rt.stop();
    });
  });

  it('a keystroke in a 50,000-character draft reads only the text node it changed: no whole-editor read, no analysis per key', async () => {
    // 200 paragraphs of misspelled words, read as LinkedIn's composer is (a line per paragraph).
    const f = fakeField('message');
    const line = 'We met at teh meetup and teh talk was grate. '.repeat(6).trim();
    f.editor.replaceChildren(...Array.from({ length: 200 }, () => { const p = document.createElement('p'); p.append(line); return p; }));
    f.getText = () => readEditor(f.editor).text;
    const getText = vi.spyOn(f, 'getText');
    const h = appHarness({ score: (t) => report({ misspelled: [...t.matchAll(/teh/g)].map((m) => ({ ...miss(t, 'teh', ['the']), start: m.index, end: m.index + 3 })) }) });
    const s = h.attach(f);
    await s.analysis.now();
    const flagged = s.highlights.marks().length;
    expect(flagged).toBe(2400);
    // Count every read of a paragraph's text while Garbo handles a key: readEditor (or textContent) reads them all.
    let counting = false;
    const texts = [...f.editor.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const reads = new Map<Text, number>();
    const dataOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(texts[0]!)), 'data')!;
    for (const t of texts) {
      Object.defineProperty(t, 'data', { configurable: true, get() { if (counting) reads.set(t, (reads.get(t) ?? 0) + 1); return dataOf.get!.call(this); }, set(v) { dataOf.set!.call(this, v); } });
    }
    getText.mockClear();
    const analyses = () => h.requests.filter((r) => r.type === 'analyze').length;
    const before = analyses();
    const typeAt = (node: Text, offset: number, ch: string) => {
      node.insertData(offset, ch);
      document.getSelection()!.collapse(node, offset + ch.length);
      counting = true;
      f.editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
      counting = false;
    };
    // 30 keys at the end of the last paragraph, then 30 in the middle of the 100th (in front of its words).
    const last = texts[199]!, mid = texts[99]!;
    for (let i = 0; i < 30; i++) typeAt(last, line.length + i, i % 2 ? ' ' : 'x');
    for (let i = 0; i < 30; i++) typeAt(mid, 8 + i, i % 2 ? ' ' : 'y');
    expect(getText).not.toHaveBeenCalled();
    expect([...reads].filter(([t]) => t !== last && t !== mid)).toEqual([]);
    // Garbo reads the edited node once a key (happy-dom's selection reads it once more).
    expect((reads.get(last) ?? 0) + (reads.get(mid) ?? 0)).toBeLessThanOrEqual(2 * 60);
    expect(analyses()).toBe(before); // debounced: nothing while typing
    // What the keys did is right: the counter, and every kept mark still on a "teh" of the live text.
    const live = readEditor(f.editor).text;
    expect(s.model.chars.value).toBe(live.length);
    expect(s.highlights.marks()).toHaveLength(flagged);
    expect(s.highlights.marks().every((m) => live.slice(m.start, m.end) === 'teh')).toBe(true);
    await vi.waitFor(() => expect(analyses()).toBe(before + 1));
    await tick(20);
    expect(analyses()).toBe(before + 1); // one analysis for the burst
    // Enter in the middle of the 50th paragraph: its text node is cut and a new paragraph holds the rest. The marks
    // after it move by the line break (the editor is read again, its text before taken from the model kept so far).
    const cut = texts[49]!, rest = cut.data.slice(30);
    cut.deleteData(30, rest.length);
    const p = document.createElement('p');
    p.append(rest);
    (cut.parentNode as Element).after(p);
    document.getSelection()!.collapse(p.firstChild!, 0);
    f.editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertParagraph' }));
    const after = readEditor(f.editor).text;
    expect(after.length).toBe(live.length + 1);
    expect(s.model.chars.value).toBe(after.length);
    expect(s.highlights.marks().length).toBeGreaterThanOrEqual(flagged - 1);
    expect(s.highlights.marks().every((m) => after.slice(m.start, m.end) === 'teh')).toBe(true);
    h.rt.stop();
  });

  it('collapses to a badge (aria-expanded) and Escape collapses the open panel', async () => {
    const h = appHarness({ score: askReport });
    h.attach(fakeField('invite'));
    const collapse = shadow().querySelector('.g-icon') as HTMLButtonElement;
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    collapse.click();
    await tick();
    const badge = shadow().querySelector('.g-badge') as HTMLButtonElement;
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    badge.click();
    await tick();
    shadow().querySelector('.g-panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(shadow().querySelector('.g-panel')).toBeNull();
    expect(shadow().querySelector('.g-badge')).not.toBeNull();
    h.rt.stop();
  });

  it('says when the history already has a send to this person, and counts free notes when LinkedIn shows no quota', async () => {
    const sentAt = new Date(2026, 10, 12, 10).getTime();
    const contact = { firstContact: false, justAccepted: false, last: { kind: 'invite' as const, sentAt, hadNote: true }, notesThisMonth: 4 };
    const h = appHarness({ score: askReport, contact });
    const f = { ...fakeField('invite', { limit: 200 }), quota: () => undefined };
    h.attach(f);
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid=garbo-last-contact]')?.textContent).toBe('You already invited this person on 12 Nov 2026. If that invitation is still pending, a message or patience works better than a second one.'));
    expect(shadow().querySelector('[data-testid=garbo-quota]')!.textContent).toBe("4 of 5 free notes sent this month (Garbo's count)");
    h.rt.stop();

    // A message to the same person names the invite plainly; no note quota on messages; Italian.
    const it2 = appHarness({ score: askReport, contact, uiLang: 'it' });
    it2.attach(fakeField('message'));
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid=garbo-last-contact]')?.textContent).toBe('Nella tua cronologia: invito del 12 nov 2026.'));
    expect(shadow().querySelector('[data-testid=garbo-quota]')).toBeNull();
    it2.rt.stop();
  });

  it('shows no count of its own on a Premium note (300) or when LinkedIn shows the quota, and nothing for a first contact', async () => {
    const contact = { firstContact: true, justAccepted: false, last: null, notesThisMonth: 2 };
    const premium = appHarness({ score: askReport, contact });
    premium.attach({ ...fakeField('invite', { limit: 300 }), quota: () => undefined });
    await tick(20);
    expect(shadow().querySelector('[data-testid=garbo-quota]')).toBeNull();
    expect(shadow().querySelector('[data-testid=garbo-last-contact]')).toBeNull();
    premium.rt.stop();
    const linkedin = appHarness({ score: askReport, contact });
    linkedin.attach(fakeField('invite', { limit: 200 }));
    await tick(20);
    expect(shadow().querySelector('[data-testid=garbo-quota]')!.textContent).toBe('3 of 5 notes left this month');
    linkedin.rt.stop();
  });

  it('treats a conversation that already shows messages as no first contact, unless the user says otherwise', async () => {
    const h = appHarness({ score: askReport });
    const m = fakeField('message', { priorMessages: 2 });
    h.attach(m);
    m.type('Could you refer me?');
    await vi.waitFor(() => expect(h.requests.filter((r) => r.type === 'analyze')).toHaveLength(1));
    expect(h.requests.find((r) => r.type === 'analyze')).toMatchObject({ context: { firstContact: false } });
    expect(shadow().textContent).toContain('This conversation already has messages.');
    const box = shadow().querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    box.click();
    await vi.waitFor(() => expect(h.requests.filter((r) => r.type === 'analyze').at(-1)).toMatchObject({ context: { firstContact: true } }));
    expect(shadow().textContent).not.toContain('This conversation already has messages.');
    h.rt.stop();

    const e = appHarness({ score: askReport });
    e.attach(fakeField('message', { priorMessages: 0 }));
    expect(shadow().querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    e.rt.stop();
  });
});
