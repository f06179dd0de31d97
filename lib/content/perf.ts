// Where the content script spends main-thread time, for the e2e measurement
// of "work per keystroke" (bench figure content.keystroke_main_thread). A few
// numbers in the content script's own isolated world: the page cannot see
// them, and nothing is sent anywhere.
const CAP = 2000;

export interface PerfLog {
  /** The input handler (the keystroke path proper). */
  input: number[];
  /** Animation-frame work: marks, mirror, placement. */
  frame: number[];
  /** Applying a report (render of the panel and the marks). */
  report: number[];
}

export const perfLog: PerfLog = { input: [], frame: [], report: [] };

/**
 * Run `fn` and log its time including the Preact render it schedules: Preact
 * re-renders in a microtask queued by the first signal change inside `fn`, so a
 * microtask queued after `fn` runs once that render is done.
 */
export function timed<T>(bucket: keyof PerfLog, fn: () => T): T {
  const t0 = performance.now();
  const log = () => {
    const list = perfLog[bucket];
    if (list.length >= CAP) list.shift();
    list.push(performance.now() - t0);
  };
  try {
    return fn();
  } finally {
    queueMicrotask(log);
  }
}
