// The outcome statuses are defined once, in the zod-free lib/types.ts (the
// popup lists them without loading zod); this module keeps the history's own import path.
export { STATUSES, type Status } from '../types';
