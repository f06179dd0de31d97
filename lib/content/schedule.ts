// Timing helpers for the content script's keystroke path. Pure: no DOM, no
// browser API (timers are injectable so tests can drive them).

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  (): void;
  /** Run now if a call is pending. */
  flush(): void;
  cancel(): void;
  pending(): boolean;
}

/** Trailing-edge debounce: `fn` runs once, `ms` after the last call. */
export function debounce(fn: () => void, ms: number, timers: Timers = realTimers): Debounced {
  let handle: unknown;
  let waiting = false;
  const run = () => { waiting = false; handle = undefined; fn(); };
  const d = (() => {
    if (waiting) timers.clear(handle);
    waiting = true;
    handle = timers.set(run, ms);
  }) as Debounced;
  d.flush = () => { if (waiting) { timers.clear(handle); run(); } };
  d.cancel = () => { if (waiting) timers.clear(handle); waiting = false; handle = undefined; };
  d.pending = () => waiting;
  return d;
}

/**
 * Sequence numbers for requests whose replies may arrive out of order: only
 * the reply to the latest request is accepted, older ones are dropped.
 */
export function createSequencer() {
  let last = 0;
  return {
    next(): number { return ++last; },
    isLatest(seq: number): boolean { return seq === last; },
    current(): number { return last; },
  };
}

/** Retry delays for a message the background did not accept (worker asleep, restarting). */
export function backoffDelays(attempts: number, firstMs = 400, maxMs = 8000): number[] {
  const out: number[] = [];
  for (let i = 0; i < attempts; i++) out.push(Math.min(maxMs, firstMs * 2 ** i));
  return out;
}
