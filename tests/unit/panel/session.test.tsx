import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { Request, Reply, SendReport } from '../../../lib/messages';
import type { Report } from '../../../lib/types';
import { defaultSettings } from '../../../lib/content/settings-lite';
import { FieldSession, HOST_TAG, type ContentEnv } from '../../../components/panel/session';
import { check, miss, report } from '../content/report-fixtures';
import { fakeField } from './fake-field';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** An env whose background answers 'analyze' with `score(text)`. */
function env(score: (text: string) => Report, over: Partial<ContentEnv> = {}) {
  const requests: Request[] = [];
  const records: SendReport[] = [];
  let ids = 0;
  const e: ContentEnv = {
    doc: document, win: window as Window & typeof globalThis,
    request: async (req): Promise<Reply> => {
      requests.push(req);
      if (req.type === 'analyze') return { ok: true, data: score(req.draft.text) };
      return { ok: true, data: null };
    },
    settings: signal(defaultSettings()), lang: signal('en'), theme: signal('light'),
    record: (r) => { records.push(r); },
    contactInfo: async () => ({ firstContact: true, justAccepted: false, previousTexts: [] }),
    newId: () => `send-id-${++ids}`,
    now: () => Date.now(),
    debounceMs: 5, trusted: () => true,
    ...over,
  };
  return { env: e, requests, records };
}

const askReport = (text: string) => report({
  score: 35, verdict: 'stop',
  checks: [check('no-early-ask', 'error', !/refer|job/.test(text), [{ start: 0, end: Math.min(4, text.length) }]), check('how-met', 'warning', false)],
});

const shadow = () => document.querySelector(HOST_TAG)!.shadowRoot!;

afterEach(() => { document.body.replaceChildren(); });

describe('FieldSession', () => {
  it('mounts one panel host in the body (not in the field) and removes it on stop', async () => {
    const f = fakeField('invite', { limit: 200 });
    const s = new FieldSession(f, env(askReport).env);
    s.start();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.querySelector(HOST_TAG)!.parentElement).toBe(document.body);
    expect(f.container.querySelector(HOST_TAG)).toBeNull();
    expect(shadow().querySelector('[role=region]')).not.toBeNull();
    expect(shadow().textContent).toContain('0 / 200 characters');
    expect(shadow().textContent).toContain('3 of 5 notes left this month');
    expect((shadow().querySelector('input[type=text]') as HTMLInputElement).value).toBe('Jane Doe');
    s.stop();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('analyses after typing (debounced) with draft and context, and shows the failed checks', async () => {
    const f = fakeField('invite');
    const { env: e, requests } = env(askReport);
    const s = new FieldSession(f, e);
    s.start();
    f.type('Hi'); f.type('Hi Jane'); f.type('Hi Jane, refer me');
    expect(requests.filter((r) => r.type === 'analyze')).toHaveLength(0);
    await vi.waitFor(() => expect(requests.filter((r) => r.type === 'analyze')).toHaveLength(1));
    const analyses = requests.filter((r) => r.type === 'analyze');
    expect(analyses[0]).toMatchObject({ draft: { text: 'Hi Jane, refer me', kind: 'invite' }, context: { recipientName: 'Jane Doe', firstContact: true, uiLang: 'en' } });
    await vi.waitFor(() => expect(shadow().querySelector('[data-check=no-early-ask]')?.textContent).toContain('msg:no-early-ask'));
    expect(shadow().querySelector('.g-score')?.textContent).toBe('35');
    s.stop();
  });

  it('drops a reply that arrives after a newer one', async () => {
    const f = fakeField('invite');
    const resolvers: Array<(r: Reply) => void> = [];
    const e = env(askReport, { request: (req) => (req.type === 'analyze' ? new Promise<Reply>((r) => resolvers.push(r)) : Promise.resolve({ ok: true, data: null })) }).env;
    const s = new FieldSession(f, e);
    s.start();
    f.type('first');
    const a = s.analyzeNow();
    f.type('second');
    const b = s.analyzeNow();
    resolvers[1]!({ ok: true, data: report({ score: 90 }) });
    await b;
    resolvers[0]!({ ok: true, data: report({ score: 10 }) });
    await a;
    expect(s.model.report.value?.score).toBe(90);
    s.stop();
  });

  it('gates Send on an error: Edit keeps the draft unsent, Send anyway sends once and records once', async () => {
    const f = fakeField('invite');
    const { env: e, records } = env(askReport);
    const s = new FieldSession(f, e);
    s.start();
    f.type('Can you refer me for the job?');
    await s.analyzeNow();
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
    expect(records).toEqual([]);
    f.button!.click();
    await tick();
    (shadow().querySelector('[data-gate=send]') as HTMLButtonElement).click();
    expect(f.sent).toEqual(['Can you refer me for the job?']);
    await tick();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'invite', text: 'Can you refer me for the job?', gateOverridden: true, failedChecks: ['no-early-ask', 'how-met'], score: 35, recipient: { name: 'Jane Doe', profileId: 'jane-doe' } });
    s.stop();
  });

  it('lets a fine draft through with no gate, and a double click records once', async () => {
    const f = fakeField('invite');
    const { env: e, records } = env(askReport);
    const s = new FieldSession(f, e);
    s.start();
    f.type('We met at the Turin meetup');
    await s.analyzeNow();
    // Our fake keeps the button enabled after a send, so a double click reaches us twice.
    const text = f.getText();
    f.button!.click();
    f.type(text); // the page still shows the same text for the second click
    await s.analyzeNow();
    f.button!.click();
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    expect(f.sent).toEqual([text, text]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ gateOverridden: false, sendId: 'send-id-1' });
    s.stop();
  });

  it('re-analyses a text changed since the last report before deciding', async () => {
    const f = fakeField('invite');
    const { env: e, records } = env(askReport);
    const s = new FieldSession(f, e);
    s.start();
    f.type('We met at the meetup');
    await s.analyzeNow();
    f.type('We met at the meetup, can you refer me?');
    f.button!.click();
    expect(f.sent).toEqual([]); // held while the fresh report comes
    await vi.waitFor(() => expect(shadow().querySelector('[role=alertdialog]')).not.toBeNull());
    (shadow().querySelector('[data-gate=edit]') as HTMLButtonElement).click();
    f.type('We met at the meetup, great talk');
    f.button!.click();
    await vi.waitFor(() => expect(f.sent).toEqual(['We met at the meetup, great talk']));
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    await tick();
    expect(records.map((r) => r.gateOverridden)).toEqual([false]);
    s.stop();
  });

  it('does not gate when the user switched the gate off', async () => {
    const f = fakeField('invite');
    const settings = signal({ ...defaultSettings(), sendGate: false });
    const { env: e, records } = env(askReport, { settings });
    const s = new FieldSession(f, e);
    s.start();
    f.type('refer me');
    await s.analyzeNow();
    f.button!.click();
    expect(f.sent).toEqual(['refer me']);
    await tick();
    expect(records).toHaveLength(1);
    s.stop();
  });

  it('gates Enter in an Enter-to-send composer and re-sends with one Enter', async () => {
    const f = fakeField('message', { enterToSend: true });
    const { env: e, records } = env(askReport);
    const s = new FieldSession(f, e);
    s.start();
    f.type('job please');
    await s.analyzeNow();
    const enter = (shiftKey = false) => f.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey, bubbles: true, cancelable: true, composed: true }));
    enter(true);
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')).toBeNull();
    enter();
    expect(f.sent).toEqual([]);
    await tick();
    expect(shadow().querySelector('[role=alertdialog]')).not.toBeNull();
    (shadow().querySelector('[data-gate=send]') as HTMLButtonElement).click();
    expect(f.sent).toEqual(['job please']);
    await tick();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'message', gateOverridden: true });
    s.stop();
  });

  it('replaces a misspelled word through the field when a suggestion is chosen', async () => {
    const f = fakeField('invite');
    const text = 'We met at the meetp in Turin';
    const { env: e } = env((t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup', 'meet'])] : [] }));
    const spy = vi.spyOn(f, 'replaceRange');
    const s = new FieldSession(f, e);
    s.start();
    f.type(text);
    await s.analyzeNow();
    const button = [...shadow().querySelectorAll<HTMLButtonElement>('.g-sugg')].find((b) => b.textContent === 'meetup')!;
    expect(button.getAttribute('aria-label')).toBe('Replace meetp with meetup');
    button.click();
    expect(spy).toHaveBeenCalledWith(14, 19, 'meetup');
    expect(f.getText()).toBe('We met at the meetup in Turin');
    s.stop();
  });

  it('Alt+Shift+G opens the popover for the flagged word at the caret, or focuses the panel when nothing is flagged', async () => {
    const f = fakeField('invite');
    const { env: e } = env((t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup'])] : [] }));
    const s = new FieldSession(f, e);
    s.start();
    const shortcut = () => f.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true }));
    f.type('We met in Turin');
    await s.analyzeNow();
    shortcut();
    await vi.waitFor(() => expect(shadow().activeElement?.className).toBe('g-icon'));
    f.type('We met at the meetp in Turin');
    await s.analyzeNow();
    (f.editor as HTMLTextAreaElement).setSelectionRange(16, 16);
    shortcut();
    await vi.waitFor(() => expect(shadow().querySelector('.g-popover')).not.toBeNull());
    expect(shadow().activeElement?.textContent).toBe('meetup');
    s.stop();
  });

  it('draws Custom Highlight ranges on the words of a contenteditable and redraws them when LinkedIn re-creates its nodes', async () => {
    // happy-dom has no Custom Highlight API: a registry with the same shape stands in for it.
    const registry = new Map<string, { ranges: Range[] }>();
    const w = window as unknown as { Highlight?: unknown };
    const savedCSS = Object.getOwnPropertyDescriptor(window, 'CSS');
    const savedH = w.Highlight;
    w.Highlight = class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } };
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    try {
      const f = fakeField('message');
      const { env: e } = env((t) => report({ misspelled: t.includes('meetp') ? [miss(t, 'meetp', ['meetup'])] : [] }));
      const s = new FieldSession(f, e);
      s.start();
      f.type('See you at the meetp');
      await s.analyzeNow();
      await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges.map(String)).toEqual(['meetp']));
      expect(document.getElementById('garbo-highlight-style')).not.toBeNull();
      expect(f.editor.children).toHaveLength(0); // nothing inserted into the editor
      const fresh = document.createTextNode('See you at the meetp');
      f.editor.replaceChildren(fresh); // no input event, as when LinkedIn re-renders
      await vi.waitFor(() => expect(registry.get('garbo-spelling')?.ranges[0]?.startContainer).toBe(fresh));
      expect(registry.get('garbo-spelling')!.ranges.map(String)).toEqual(['meetp']);
      s.stop();
      expect(registry.has('garbo-spelling')).toBe(false);
    } finally {
      w.Highlight = savedH;
      if (savedCSS) Object.defineProperty(window, 'CSS', savedCSS);
      else delete (window as { CSS?: unknown }).CSS;
    }
  });

  it('collapses to a badge (aria-expanded) and Escape collapses the open panel', async () => {
    const f = fakeField('invite');
    const s = new FieldSession(f, env(askReport).env);
    s.start();
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
    s.stop();
  });
  it('says when the history already has a send to this person, and counts free notes when LinkedIn shows no quota', async () => {
    const sentAt = new Date(2026, 10, 12, 10).getTime();
    const contactInfo = async () => ({ firstContact: false, justAccepted: false, previousTexts: [], last: { kind: 'invite' as const, sentAt, hadNote: true }, notesThisMonth: 4 });
    const f = { ...fakeField('invite', { limit: 200 }), quota: () => undefined };
    const s = new FieldSession(f, env(askReport, { contactInfo }).env);
    s.start();
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid=garbo-last-contact]')?.textContent).toBe('You already invited this person on 12 Nov 2026. If that invitation is still pending, a message or patience works better than a second one.'));
    expect(shadow().querySelector('[data-testid=garbo-quota]')!.textContent).toBe("4 of 5 free notes sent this month (Garbo's count)");
    s.stop();

    // A message to the same person names the invite plainly; no note quota on messages; Italian.
    const m = fakeField('message');
    const it = new FieldSession(m, env(askReport, { contactInfo, lang: signal('it') }).env);
    it.start();
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid=garbo-last-contact]')?.textContent).toBe('Nella tua cronologia: invito del 12 nov 2026.'));
    expect(shadow().querySelector('[data-testid=garbo-quota]')).toBeNull();
    it.stop();
  });

  it('shows no count of its own on a Premium note (300) or when LinkedIn shows the quota, and nothing for a first contact', async () => {
    const contactInfo = async () => ({ firstContact: true, justAccepted: false, previousTexts: [], last: null, notesThisMonth: 2 });
    const premium = new FieldSession({ ...fakeField('invite', { limit: 300 }), quota: () => undefined }, env(askReport, { contactInfo }).env);
    premium.start();
    await tick(20);
    expect(shadow().querySelector('[data-testid=garbo-quota]')).toBeNull();
    expect(shadow().querySelector('[data-testid=garbo-last-contact]')).toBeNull();
    premium.stop();
    const linkedin = new FieldSession(fakeField('invite', { limit: 200 }), env(askReport, { contactInfo }).env);
    linkedin.start();
    await tick(20);
    expect(shadow().querySelector('[data-testid=garbo-quota]')!.textContent).toBe('3 of 5 notes left this month');
    linkedin.stop();
  });
  it('treats a conversation that already shows messages as no first contact, unless the user says otherwise', async () => {
    const m = fakeField('message', { priorMessages: 2 });
    const { env: e, requests } = env(askReport);
    const s = new FieldSession(m, e);
    s.start();
    m.type('Could you refer me?');
    await vi.waitFor(() => expect(requests.filter((r) => r.type === 'analyze')).toHaveLength(1));
    expect(requests.find((r) => r.type === 'analyze')).toMatchObject({ context: { firstContact: false } });
    expect(shadow().textContent).toContain('This conversation already has messages.');
    const box = shadow().querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    box.click();
    await vi.waitFor(() => expect(requests.filter((r) => r.type === 'analyze').at(-1)).toMatchObject({ context: { firstContact: true } }));
    expect(shadow().textContent).not.toContain('This conversation already has messages.');
    s.stop();

    const empty = new FieldSession(fakeField('message', { priorMessages: 0 }), env(askReport).env);
    empty.start();
    expect(shadow().querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    empty.stop();
  });
});
