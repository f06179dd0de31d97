import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ReportView } from '../../../components/report/ReportView';
import { Checker } from '../../../components/Checker';
import { MirrorText, mirrorStyleFrom } from '../../../components/highlight/Mirror';
import { ensureHighlightStyle, HIGHLIGHT_CSS, setFieldHighlights, clearFieldHighlights } from '../../../components/highlight/css-highlights';
import { marksFor } from '../../../lib/content/marks';
import type { AnalysisContext, Draft, Report } from '../../../lib/types';
import { check, miss, report } from '../content/report-fixtures';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let root: HTMLElement;
afterEach(() => { if (root) render(null, root); document.body.replaceChildren(); document.head.replaceChildren(); });
const mount = (vnode: preact.ComponentChild) => { root = document.createElement('div'); document.body.append(root); render(vnode, root); return root; };

describe('ReportView', () => {
  const text = 'Ciao Giulia, mi puoi segnalare per il lavoro? Grazei';
  const r = report({
    score: 41, verdict: 'stop', lang: 'it',
    checks: [check('how-met', 'warning', false), check('no-early-ask', 'error', false, [{ start: 13, end: 44 }]), check('personalized', 'error', true), check('follow-up', 'tip', false, [], false)],
    misspelled: [miss(text, 'Grazei', ['Grazie'])],
  });
  it('shows score, verdict, failed checks (errors first) with fixes, in the chosen language', () => {
    const el = mount(<ReportView report={r} lang="it" />);
    expect(el.querySelector('.g-score')!.textContent).toBe('41');
    expect(el.querySelector('.g-verdict')!.textContent).toBe('Da correggere prima di inviare');
    const items = [...el.querySelectorAll('.g-check')].map((li) => li.getAttribute('data-check'));
    expect(items).toEqual(['no-early-ask', 'how-met']);
    expect(el.querySelector('[data-check=no-early-ask]')!.textContent).toContain('fix:no-early-ask');
    expect(el.querySelector('[data-check=no-early-ask] .g-sev')!.textContent).toBe('Errore');
  });
  it('offers each suggestion and "add to dictionary" as buttons', () => {
    const onSuggestion = vi.fn(), onAddWord = vi.fn();
    const el = mount(<ReportView report={r} lang="en" onSuggestion={onSuggestion} onAddWord={onAddWord} />);
    const sugg = el.querySelector<HTMLButtonElement>('.g-sugg')!;
    expect(sugg.textContent).toBe('Grazie');
    sugg.click();
    expect(onSuggestion).toHaveBeenCalledWith(r.misspelled[0], 'Grazie');
    el.querySelector<HTMLButtonElement>('.g-add')!.click();
    expect(onAddWord).toHaveBeenCalledWith('Grazei');
  });
  it('renders user text as text, never as markup', () => {
    const evil = report({ checks: [check('no-early-ask', 'error', false)], misspelled: [{ start: 0, end: 5, word: '<img src=x onerror=alert(1)>', suggestions: ['<b>x</b>'] }] });
    const el = mount(<ReportView report={evil} lang="en" onSuggestion={() => undefined} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });
  it('shows a draft in another language as not judged, with no score', () => {
    const el = mount(<ReportView report={report({ score: 100, verdict: 'improve', foreign: 'de' })} lang="it" />);
    expect(el.querySelector('.g-score')!.textContent).toBe('–');
    expect(el.querySelector('.g-verdict')!.textContent).toBe('Non valutata');
    expect(el.querySelector('[data-testid=report-foreign]')!.textContent).toContain('Questa bozza sembra in tedesco.');
    expect(el.textContent).not.toContain('100');
  });
  it('says when there is nothing to fix, and when it is checking', () => {
    expect(mount(<ReportView report={report()} lang="en" />).textContent).toContain('Nothing to fix');
    render(null, root);
    expect(mount(<ReportView report={undefined} busy lang="en" />).textContent).toContain('Checking…');
  });
});

describe('mirror and highlight helpers', () => {
  it('mirrors the text with marks as spans and plain text nodes', () => {
    const text = 'ab refr cd';
    const marks = marksFor(report({ misspelled: [miss(text, 'refr', ['refer'])] }), text.length);
    const el = mount(<MirrorText text={text} marks={marks} />);
    expect(el.textContent).toBe(text);
    const span = el.querySelector('[data-mark="0"]')!;
    expect(span.textContent).toBe('refr');
    expect(span.className).toContain('g-spelling');
  });
  it('copies the layout properties of the textarea and wraps like one', () => {
    const ta = document.createElement('textarea');
    ta.style.fontSize = '17px';
    ta.style.paddingLeft = '9px';
    document.body.append(ta);
    const style = mirrorStyleFrom(getComputedStyle(ta));
    expect(style.fontSize).toBe('17px');
    expect(style.paddingLeft).toBe('9px');
    expect(style.whiteSpace).toBe('pre-wrap');
  });
  it('styles ::highlight in the document and in a shadow root, once each', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const sr = host.attachShadow({ mode: 'open' });
    ensureHighlightStyle(document);
    ensureHighlightStyle(sr);
    ensureHighlightStyle(sr);
    expect(document.querySelectorAll('#garbo-highlight-style')).toHaveLength(1);
    expect(document.getElementById('garbo-highlight-style')!.textContent).toBe(HIGHLIGHT_CSS);
    const inShadow = sr.adoptedStyleSheets.length + sr.querySelectorAll('style[data-garbo]').length;
    expect(inShadow).toBe(1);
  });
  it('registers named highlights from every field and drops a field on clear', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } }
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window & typeof globalThis;
    const a = {}, b = {};
    const r1 = document.createRange(), r2 = document.createRange(), r3 = document.createRange();
    setFieldHighlights(a, [r1], [r2], win);
    setFieldHighlights(b, [r3], [], win);
    expect(registry.get('garbo-spelling')!.ranges).toEqual([r1, r3]);
    expect(registry.get('garbo-issue')!.ranges).toEqual([r2]);
    clearFieldHighlights(a, win);
    expect(registry.get('garbo-spelling')!.ranges).toEqual([r3]);
    expect(registry.has('garbo-issue')).toBe(false);
  });
});

describe('Checker', () => {
  it('analyses the typed draft with kind, name and language, shows the report and fixes a word', async () => {
    const calls: Array<[Draft, AnalysisContext]> = [];
    const analyze = async (d: Draft, c: AnalysisContext): Promise<Report> => {
      calls.push([d, c]);
      return report({ score: d.text.includes('refr') ? 50 : 90, verdict: d.text.includes('refr') ? 'improve' : 'ready', misspelled: d.text.includes('refr') ? [miss(d.text, 'refr', ['refer'])] : [] });
    };
    const el = mount(<Checker lang="en" analyze={analyze} debounceMs={5} />);
    const name = el.querySelector<HTMLInputElement>('.g-checker-recipient input')!;
    name.value = 'Jane Doe';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    el.querySelector<HTMLInputElement>('input[value=message]')!.click();
    const ta = el.querySelector('textarea')!;
    ta.value = 'Could you refr me?';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(el.querySelector('.g-score')?.textContent).toBe('50'));
    expect(calls.at(-1)).toEqual([{ text: 'Could you refr me?', kind: 'message' }, expect.objectContaining({ recipientName: 'Jane Doe', uiLang: 'en', firstContact: true })]);
    expect(el.querySelector('.g-mirror [data-mark]')!.textContent).toBe('refr');
    el.querySelector<HTMLButtonElement>('.g-sugg')!.click();
    await vi.waitFor(() => expect(el.querySelector('.g-score')?.textContent).toBe('90'));
    expect(ta.value).toBe('Could you refer me?');
  });
  it('counts an invite against the limit of the settings, or lets the user pick it (200 first) when the option reads it from LinkedIn', async () => {
    const calls: AnalysisContext[] = [];
    const analyze = async (_d: Draft, c: AnalysisContext): Promise<Report> => { calls.push(c); return report(); };
    const el = mount(<Checker lang="en" analyze={analyze} debounceMs={1} initialText={'x'.repeat(250)} />);
    expect(el.querySelector('.g-checker-count')!.textContent).toContain('250 / 200 characters');
    await vi.waitFor(() => expect(calls.at(-1)?.noteLimit).toBe(200));
    const pick = el.querySelector<HTMLSelectElement>('.g-checker-limit select')!;
    pick.value = '300';
    pick.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(calls.at(-1)?.noteLimit).toBe(300));
    expect(el.querySelector('.g-checker-count')!.textContent).toContain('250 / 300 characters');
    render(null, root);
    const fixed = mount(<Checker lang="it" analyze={analyze} debounceMs={1} noteLimit={300} initialText="ciao" />);
    expect(fixed.querySelector('.g-checker-limit')).toBeNull();
    expect(fixed.querySelector('.g-checker-count')!.textContent).toContain('4 / 300');
  });
  it('shows an error when the analysis fails and nothing for an empty draft', async () => {
    const el = mount(<Checker lang="it" analyze={async () => { throw new Error('worker asleep'); }} debounceMs={1} />);
    expect(el.textContent).toContain('Inizia a scrivere');
    const ta = el.querySelector('textarea')!;
    ta.value = 'ciao';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(el.querySelector('[role=alert]')).not.toBeNull());
    expect(el.querySelector('[role=alert]')!.textContent).toBe('Non è stato possibile controllare la bozza: worker asleep');
  });
});


describe('Guard', () => {
  it('hides the UI when a component throws while rendering, without rethrowing', async () => {
    const { Guard } = await import('../../../components/panel/Panel');
    const Boom = (): null => { throw new Error('markup changed'); };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const el = mount(<Guard><p>before</p><Boom /></Guard>);
    await tick();
    expect(el.textContent).toBe('');
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });
});
