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
