// Switches for the generalization mechanisms, so each one can be measured on and off
// (`npm run eval:dev -- --off <name>`). The product always runs with every switch on.
export const MECHANISMS = [] as const;
export type Mechanism = (typeof MECHANISMS)[number];

const state: Record<string, boolean> = {};

/** Turn mechanisms off (false) or back on; unnamed ones keep their state. For evaluation only. */
export function setMechanisms(s: Partial<Record<Mechanism, boolean>>): void {
  Object.assign(state, s);
}

export function mechanismOn(m: Mechanism): boolean {
  return state[m] !== false;
}
