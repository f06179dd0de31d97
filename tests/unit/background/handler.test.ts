import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../lib/background/handler';
import { openHistory } from '../../../lib/history/db';

const deps = (): HandlerDeps => {
  const conn = openHistory('h', new IDBFactory());
  return { db: () => conn, statuses: new Map() };
};
const report = {
  sendId: 'abcdef-123', kind: 'message', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, text: 'Thanks for connecting!',
  sentAt: 1_700_000_000_000, lang: 'en', score: 70, verdict: 'improve', failedChecks: ['how-met'], page: '/messaging/thread/2-jane/',
};

describe('background request handler', () => {
  it('rejects malformed requests with a clear error and stores nothing', async () => {
    const d = deps();
    expect(await handleRequest({ type: 'drop-tables' }, {}, d)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    const bad = await handleRequest({ type: 'record-send', report: { ...report, failedChecks: ['made-up'] } }, {}, d);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/report\.failedChecks\.0/) });
    expect(await (await d.db()).count('records')).toBe(0);
  });

  it('records a send once and answers contact-info from the history', async () => {
    const d = deps();
    expect(await handleRequest({ type: 'record-send', report }, { tabId: 4 }, d)).toEqual({ ok: true, data: { id: 'abcdef-123', duplicate: false } });
    expect(await handleRequest({ type: 'record-send', report }, { tabId: 4 }, d)).toEqual({ ok: true, data: { id: 'abcdef-123', duplicate: true } });
    const info = await handleRequest({ type: 'contact-info', recipient: { profileId: 'jane-doe' } }, { tabId: 4 }, d);
    expect(info).toMatchObject({ ok: true, data: { firstContact: false } });
  });

  it('keeps the attach status per tab for the popup', async () => {
    const d = deps();
    const status = { state: 'failed', surfaces: ['invite'], detail: 'recipient not found', url: 'https://www.linkedin.com/in/x/' };
    expect(await handleRequest({ type: 'attach-status', status }, {}, d)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'attach-status', status }, { tabId: 9 }, d)).toEqual({ ok: true, data: null });
    expect(await handleRequest({ type: 'get-attach-status', tabId: 9 }, {}, d)).toEqual({ ok: true, data: status });
    expect(await handleRequest({ type: 'get-attach-status', tabId: 10 }, {}, d)).toEqual({ ok: true, data: null });
  });
});

describe('confirmed sends from a tab', () => {
  const claim = {
    sendId: 'claim-0001', kind: 'message', recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, text: 'Could you refer me?',
    sentAt: 1_700_000_000_000, page: '/messaging/thread/2-jane/', gateOverridden: true, fallbackLang: 'en',
    context: { recipientName: 'Jane Doe', firstContact: true, uiLang: 'en' },
  };
  /** An analyzer that records what it was asked and answers a fixed report. */
  const analyzerDeps = () => {
    const seen: Array<{ text: string; context: Record<string, unknown> }> = [];
    const d: HandlerDeps = {
      ...deps(),
      analyzer: {
        speller: async () => ({}),
        analyze: async (draft, context) => {
          seen.push({ text: draft.text, context: context as Record<string, unknown> });
          return { lang: 'en', score: 23, verdict: 'stop', checks: [{ id: 'no-early-ask', severity: 'error', applies: true, pass: false, spans: [], message: 'm' }], misspelled: [] } as never;
        },
      },
    };
    return { d, seen };
  };

  it('scores the send in the background (the tab carries no score) with the texts the history holds, and stores it once', async () => {
    const { d, seen } = analyzerDeps();
    await handleRequest({ type: 'record-send', report: { ...report, sendId: 'older-0001', recipient: { name: 'Paul', profileId: 'paul' }, text: 'A note to Paul' } }, {}, d);
    // A score the page would like to claim is dropped by the schema.
    const res = await handleRequest({ type: 'send-confirmed', send: { ...claim, score: 100, verdict: 'ready' } }, { tabId: 3, contentScript: true }, d);
    expect(res).toEqual({ ok: true, data: { id: 'claim-0001', duplicate: false } });
    const stored = await (await d.db()).get('records', 'claim-0001');
    expect(stored).toMatchObject({ score: 23, verdict: 'stop', failedChecks: ['no-early-ask'], lang: 'en', text: 'Could you refer me?', gateOverridden: true });
    expect(seen[0]!.context).toMatchObject({ recipientName: 'Jane Doe', firstContact: true, previousTexts: ['A note to Paul'] });
    // Delivered again (a retry after a worker restart, or a second tab's flush): one record.
    expect(await handleRequest({ type: 'send-confirmed', send: claim }, { tabId: 4, contentScript: true }, d)).toEqual({ ok: true, data: { id: 'claim-0001', duplicate: true } });
    expect(seen).toHaveLength(1);
    expect(await (await d.db()).count('records')).toBe(2);
  });

  it('without an analyzer it stores the send claiming no verdict, and a content script may not store a whole record', async () => {
    const d = deps();
    await handleRequest({ type: 'send-confirmed', send: claim }, { tabId: 3, contentScript: true }, d);
    expect(await (await d.db()).get('records', 'claim-0001')).toMatchObject({ score: 0, verdict: 'improve', failedChecks: [], lang: 'en' });
    const refused = await handleRequest({ type: 'record-send', report: { ...report, sendId: 'forged-0001', score: 100, verdict: 'ready' } }, { tabId: 3, contentScript: true }, d);
    expect(refused).toMatchObject({ ok: false });
    expect(await (await d.db()).get('records', 'forged-0001')).toBeUndefined();
  });

  it('adds the texts sent to others to an analysis itself and never sends them to the tab', async () => {
    const { d, seen } = analyzerDeps();
    await handleRequest({ type: 'record-send', report: { ...report, sendId: 'older-0002', recipient: { name: 'Paul', profileId: 'paul' }, text: 'Template text' } }, {}, d);
    await handleRequest({ type: 'analyze', draft: { text: 'Hi', kind: 'message' }, context: { recipient: { name: 'Jane Doe', profileId: 'jane-doe' } } }, { tabId: 1, contentScript: true }, d);
    expect(seen[0]!.context.previousTexts).toEqual(['Template text']);
    expect(seen[0]!.context).not.toHaveProperty('recipient');
    const info = await handleRequest({ type: 'contact-info', recipient: { profileId: 'jane-doe' } }, { tabId: 1, contentScript: true }, d);
    expect(info.ok && info.data).not.toHaveProperty('previousTexts');
  });
});
