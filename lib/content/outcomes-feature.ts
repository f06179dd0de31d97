// Issue 14: the content-side observer of outcomes. It reads the page the user
// opened (lib/linkedin/outcomes.ts) once on load and again after the page
// changes (throttled), and tells the background what it saw with an
// `outcome-seen` message; the background decides what that means for the
// history. It never clicks, fetches, scrolls or navigates, writes nothing into
// the page, and sends each distinct observation once per page life.
// Self-contained: wired with one line from the content script's entrypoint.
import { readOutcomes, type PageOutcome } from '../linkedin/outcomes';
import type { Reply, Request } from '../messages';

export interface OutcomesDeps {
  doc: Document;
  request(req: Request): Promise<Reply>;
  /** Stops observing when aborted (the content script's context was invalidated). */
  signal?: AbortSignal;
  /** Minimum pause between two readings of the page (tests shorten it). */
  throttleMs?: number;
}

/** Attributes whose change can turn a page's answer (Connect → Pending, a hidden badge shown). */
const WATCHED_ATTRIBUTES = ['componentkey', 'hidden', 'href', 'aria-hidden'];
/** Distinct observations remembered per page life (a long session on /messaging/ sees many threads). */
const MEMORY = 500;

export function startOutcomes({ doc, request, signal, throttleMs = 1500 }: OutcomesDeps): { stop(): void; readNow(): Promise<void> } {
  const sent = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const readNow = async () => {
    timer = undefined;
    if (stopped) return;
    let seen: PageOutcome[];
    try {
      const loc = doc.location;
      seen = readOutcomes(doc, loc?.pathname ?? '/', loc?.search ?? '');
    } catch {
      return; // the page is hostile or half-rendered: try again on its next change
    }
    for (const s of seen) {
      const key = JSON.stringify(s);
      if (sent.has(key)) continue;
      if (sent.size >= MEMORY) sent.clear();
      sent.add(key);
      try {
        const reply = await request({ type: 'outcome-seen', seen: s });
        if (!reply?.ok) sent.delete(key); // refused or not stored: the next reading tries again
      } catch {
        sent.delete(key); // the worker was asleep or restarting
      }
    }
  };
  const soon = () => {
    if (!stopped && timer === undefined) timer = setTimeout(() => void readNow(), throttleMs);
  };
  const Observer = doc.defaultView?.MutationObserver;
  const observer = Observer ? new Observer(soon) : undefined;
  observer?.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  const stop = () => {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  signal?.addEventListener('abort', stop, { once: true });
  void readNow();
  return { stop, readNow };
}
