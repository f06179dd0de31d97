// Runs once per Firefox e2e run: checks firefox-esr is there, builds the
// Firefox MV3 package into a private folder and makes a throw-away TLS
// certificate for www.linkedin.com (the same steps as the Chromium suite).
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildExtension, makeCertificate, makeRunDir } from '../e2e/fixture-server';
import { FIREFOX } from '../e2e/paths';

export default function setup(project: TestProject): () => void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. The Firefox end-to-end tests need Debian's Firefox ESR: ` +
        'run `apt-get update && apt-get install -y firefox-esr` (or set GARBO_FIREFOX to another Firefox binary).',
    );
  }
  const run = makeRunDir('ff-run');
  const ext = buildExtension(run, 'firefox');
  makeCertificate(run);
  project.provide('garboRun', run);
  project.provide('garboExt', ext);
  // Firefox profiles take about 30 MB each: remove the whole run folder
  // (screenshots live outside it, in tests/.artifacts/screenshots/firefox/).
  return () => {
    if (!process.env.GARBO_KEEP_ARTIFACTS) rmSync(run, { recursive: true, force: true });
  };
}
