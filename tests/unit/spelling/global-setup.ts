// vitest globalSetup: compile the spelling dictionaries (public/dict/*.bin)
// before any unit test runs, so no test depends on a manual build step. The
// build script returns at once when its outputs are up to date.
import { ensureDictionaries } from '../../../lib/spelling/node';

export default function setup(): void {
  ensureDictionaries();
}
