// addEventListener tied to an AbortSignal, with every handler guarded: no
// exception of Garbo's ever reaches LinkedIn's page.
export function listen<E extends Event = Event>(
  target: EventTarget, type: string, fn: (e: E) => void, signal: AbortSignal, opts: AddEventListenerOptions = {},
): void {
  if (signal.aborted) return;
  const wrapped = (e: Event) => { try { fn(e as E); } catch (err) { console.debug('Garbo:', err); } };
  target.addEventListener(type, wrapped, opts);
  signal.addEventListener('abort', () => target.removeEventListener(type, wrapped, opts), { once: true });
}

/** Run `fn` when `signal` aborts (at once when it already has). */
export function onAbort(signal: AbortSignal, fn: () => void): void {
  const run = () => { try { fn(); } catch { /* already gone */ } };
  if (signal.aborted) run();
  else signal.addEventListener('abort', run, { once: true });
}

/** A child signal: aborts with its parent, or on its own. */
export function childController(parent: AbortSignal): AbortController {
  const c = new AbortController();
  onAbort(parent, () => c.abort());
  return c;
}
