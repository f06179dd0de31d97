// The content script's signals: the part of @preact/signals-core it uses, in
// about a third of its size (signals-core is 1.4 KB gzipped of the content
// script's 40 KB budget). The popup and the options page keep @preact/signals.
// What is kept of signals-core's behaviour (tests/unit/content/signals.test.ts):
// - `signal(v)`: `.value` reads (followed when inside an effect) and writes (a
//   value !== the old one notifies), `.peek()` reads without being followed;
// - `effect(fn)`: runs fn now and again whenever a signal its last run read
//   changes (each run follows anew what it reads); returns the disposer; a
//   first run that throws disposes the effect and throws;
// - writes are batched: the effects run once the outermost write (or effect
//   run) is done, each once for what changed before it ran; an effect that
//   throws does not stop the others, its error is thrown at the end; effects
//   that keep changing what they read stop with "Cycle detected";
// - `computed(fn)`: a signal kept equal to fn(), computed at once and again
//   when what fn read changes (signals-core computes lazily; nothing here
//   can tell the difference but the time fn runs).
// Not here: effect cleanups, batch(), untracked(), subscribe(), signals in JSX
// (components/panel/track-signals.ts re-renders the components that read them).
// Pure TypeScript, no DOM.

interface Effect { run(): void; deps: Set<Signal<unknown>>; off?: boolean }

/** The effect whose run is reading signals now. */
let running: Effect | undefined;
/** Effects to run at the end of the current batch (undefined: no batch open). */
let queue: Set<Effect> | undefined;
/** Effect runs in one batch beyond which it is a cycle (signals-core stops at 100 rounds). */
const MAX_RUNS = 10_000;

function batch(fn: () => void): void {
  if (queue) { fn(); return; }
  const q = queue = new Set();
  let failed: [unknown] | undefined;
  try { fn(); } catch (err) { failed = [err]; }
  let runs = 0;
  for (const e of q) {
    q.delete(e);
    if (++runs > MAX_RUNS) { failed ??= [new Error('Cycle detected')]; break; }
    if (!e.off) try { e.run(); } catch (err) { failed ??= [err]; }
  }
  queue = undefined;
  if (failed) throw failed[0];
}

export class Signal<T> {
  /** Effects that read this signal on their last run. */
  subs = new Set<Effect>();
  constructor(private v: T) {}
  get value(): T {
    if (running) { this.subs.add(running); running.deps.add(this); }
    return this.v;
  }
  set value(v: T) {
    if (v === this.v) return;
    this.v = v;
    batch(() => { for (const e of this.subs) queue!.add(e); });
  }
  peek(): T { return this.v; }
}

export type ReadonlySignal<T> = Signal<T>;

export const signal = <T>(v: T): Signal<T> => new Signal(v);

export function effect(fn: () => void): () => void {
  const forget = () => { for (const s of e.deps) s.subs.delete(e); e.deps.clear(); };
  const e: Effect = {
    deps: new Set(),
    run() {
      forget();
      const outer = running;
      running = e;
      try { fn(); } finally { running = outer; }
    },
  };
  const dispose = () => { e.off = true; forget(); };
  try { batch(e.run); } catch (err) { dispose(); throw err; }
  return dispose;
}

export function computed<T>(fn: () => T): ReadonlySignal<T> {
  const s = new Signal(undefined as T);
  effect(() => { s.value = fn(); });
  return s;
}
