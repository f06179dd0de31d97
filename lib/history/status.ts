// The outcome statuses are defined once, in lib/domain.ts; this module keeps
// the history's own import path.
export { STATUSES, type Status } from '../domain';
