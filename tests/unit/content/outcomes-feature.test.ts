// Issue 14: the content-side observer reads the page on load and after it
// changes, sends each observation once, retries what was not stored, sends
// nothing on a page with nothing to read, and stops when aborted.
import { afterEach, describe, expect, it } from 'vitest';
import { startOutcomes } from '../../../lib/content/outcomes-feature';
import type { Reply, Request } from '../../../lib/messages';
import { loadPage, settle } from '../linkedin/helpers';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
function recorder(reply: () => Reply = () => ({ ok: true, data: { changed: 0 } })) {
  const got: Request[] = [];
  return { got, request: async (req: Request) => { got.push(req); return reply(); } };
}

describe('outcomes feature', () => {
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  it('reports a connected profile once, then the Pending state after the page changes', async () => {
    loadPage('site/in/emma-clark-pending/index.html', 'https://www.linkedin.com/in/emma-clark/');
    const r = recorder();
    const ctl = new AbortController();
    startOutcomes({ doc: document, request: r.request, signal: ctl.signal, throttleMs: 10 });
    await settle();
    expect(r.got).toEqual([{ type: 'outcome-seen', seen: { page: 'profile', person: { profileId: 'emma-clark', name: 'Emma Clark' }, state: 'pending' } }]);
    // LinkedIn re-renders the card with the same content: nothing new is sent.
    document.querySelector('h1')!.append('');
    await wait(30);
    expect(r.got).toHaveLength(1);
    // The control flips back to Connect (the invite was withdrawn elsewhere).
    const control = document.querySelector('[componentkey$="_pending"]')!;
    control.setAttribute('componentkey', control.getAttribute('componentkey')!.replace(/_pending$/, '_connect'));
    await wait(30);
    expect(r.got.map((x) => (x as { seen: { state?: string } }).seen.state)).toEqual(['pending', 'not-connected']);
    ctl.abort();
    control.setAttribute('componentkey', control.getAttribute('componentkey')!.replace(/_connect$/, '_pending'));
    document.body.append(document.createElement('div'));
    await wait(30);
    expect(r.got).toHaveLength(2);
  });

  it('sends nothing on a page with nothing to read', async () => {
    loadPage('site/search/results/people/outcomes/index.html', 'https://www.linkedin.com/search/results/people/outcomes/');
    const r = recorder();
    const ctl = startOutcomes({ doc: document, request: r.request, throttleMs: 10 });
    await settle();
    document.body.append(document.createElement('p'));
    await wait(30);
    expect(r.got).toEqual([]);
    ctl.stop();
  });

  it('tries again when the background did not take it', async () => {
    loadPage('site/messaging/thread/3-emma/index.html', 'https://www.linkedin.com/messaging/thread/3-emma/');
    let ok = false;
    const r = recorder(() => (ok ? { ok: true, data: { changed: 1 } } : { ok: false, error: 'asleep' }));
    const ctl = startOutcomes({ doc: document, request: r.request, throttleMs: 10 });
    await settle();
    expect(r.got).toHaveLength(1);
    ok = true;
    await ctl.readNow();
    await ctl.readNow();
    expect(r.got).toHaveLength(2);
    expect(r.got[1]).toEqual({ type: 'outcome-seen', seen: { page: 'conversation', person: { profileId: 'emma-clark', name: 'Emma Clark' }, theyWrote: true, lastFromMe: false } });
    ctl.stop();
  });
});
