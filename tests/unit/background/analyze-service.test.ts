import { readFile } from 'node:fs/promises';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAnalyzeService } from '../../../lib/background/analyze-service';
import { handleRequest } from '../../../lib/background/handler';
import { openHistory } from '../../../lib/history/db';
import { DEFAULT_SETTINGS, withDictionaryWord, type Settings } from '../../../lib/settings';
import { dictionaryPath } from '../../../lib/spelling/node';
import type { Lang, Report } from '../../../lib/types';

const fromDisk = (lang: Lang) => readFile(dictionaryPath(lang));

function service(settings: Partial<Settings> = {}, loadBytes = fromDisk) {
  let loads = 0;
  const svc = createAnalyzeService({
    loadBytes: (lang) => { loads++; return loadBytes(lang); },
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
  });
  return { svc, loads: () => loads };
}

const typo = { text: 'Ciao Giulia, ci siamo conosciuti ieri al convegno di Bologna: il tuo intervento era bellisimo.', kind: 'invite' as const };

describe('background analyze service', () => {
  it('loads each dictionary once and flags misspellings with them', async () => {
    const { svc, loads } = service();
    const a = await svc.analyze(typo, { recipientName: 'Giulia Ferri' });
    const b = await svc.analyze(typo, { recipientName: 'Giulia Ferri' });
    expect(loads()).toBe(2); // it + en, once for the worker's life
    expect(a.misspelled.map((m) => m.word)).toEqual(['bellisimo']);
    expect(a.misspelled[0]!.suggestions[0]).toBe('bellissimo');
    expect(b).toEqual(a);
  });

  it("applies the user's personal dictionary, name and disabled rules from the settings", async () => {
    const { svc } = service({ dictionary: ['bellisimo'], disabledRules: ['about-them'], senderName: 'Marco Bianchi' });
    const r = await svc.analyze(typo, { recipientName: 'Giulia Ferri' });
    expect(r.misspelled).toEqual([]);
    const about = r.checks.find((c) => c.id === 'about-them');
    expect(about === undefined || about.applies === false).toBe(true);
  });

  it('uses the note limit from the settings unless the page gave one', async () => {
    const long = { text: `Ciao Giulia, ${'ci siamo visti al convegno di Bologna. '.repeat(7)}`, kind: 'invite' as const };
    const { svc } = service({ noteLimit: 200 });
    const fromSettings = await svc.analyze(long, { recipientName: 'Giulia Ferri' });
    expect(fromSettings.length.limit).toBe(200);
    expect(fromSettings.checks.find((c) => c.id === 'length')).toMatchObject({ pass: false, severity: 'error' });
    const fromPage = await svc.analyze(long, { recipientName: 'Giulia Ferri', noteLimit: 300 });
    expect(fromPage.length.limit).toBe(300);
  });

  it('still scores the draft when a dictionary cannot be read, and retries later', async () => {
    let fail = true;
    const { svc, loads } = service({}, (lang) => (fail ? Promise.reject(new Error('gone')) : fromDisk(lang)));
    const r = await svc.analyze(typo, { recipientName: 'Giulia Ferri' });
    expect(r.checks.find((c) => c.id === 'how-met')?.pass).toBe(true);
    expect(r.misspelled).toEqual([]);
    fail = false;
    const again = await svc.analyze(typo, { recipientName: 'Giulia Ferri' });
    expect(again.misspelled.map((m) => m.word)).toEqual(['bellisimo']);
    expect(loads()).toBe(4);
  });
});

describe('analyze and dictionary-add requests', () => {
  const deps = () => {
    const conn = openHistory('a', new IDBFactory());
    let dictionary: string[] = [];
    const { svc } = service();
    return {
      db: () => conn,
      statuses: new Map(),
      analyzer: svc,
      addWord: async (w: string) => (dictionary = withDictionaryWord(dictionary, w)),
      words: () => dictionary,
    };
  };

  it('answers a valid analyze request with a report and refuses an invalid one', async () => {
    const d = deps();
    const ok = await handleRequest({ type: 'analyze', draft: typo, context: { recipientName: 'Giulia Ferri' } }, { tabId: 1 }, d);
    expect(ok.ok).toBe(true);
    const report = (ok as { data: Report }).data;
    expect(report.lang).toBe('it');
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['personalized', 'how-met', 'no-early-ask', 'spelling']));
    const bad = await handleRequest({ type: 'analyze', draft: { text: 'hi', kind: 'tweet' }, context: {} }, { tabId: 1 }, d);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/draft\.kind/) });
  });

  it('adds a word to the personal dictionary once, whatever its case', async () => {
    const d = deps();
    await handleRequest({ type: 'dictionary-add', word: 'Garbo' }, { tabId: 1 }, d);
    await handleRequest({ type: 'dictionary-add', word: 'garbo' }, { tabId: 1 }, d);
    await handleRequest({ type: 'dictionary-add', word: 'arancini' }, { tabId: 1 }, d);
    expect(d.words()).toEqual(['arancini', 'Garbo']);
    expect(await handleRequest({ type: 'dictionary-add', word: '<b>x</b> y' }, { tabId: 1 }, d)).toMatchObject({ ok: false, error: expect.stringMatching(/not a word/) });
    expect(d.words()).toEqual(['arancini', 'Garbo']);
  });
});
