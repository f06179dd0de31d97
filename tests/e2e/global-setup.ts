// Runs once per e2e run: checks Chromium is there, builds the extension into a
// private folder and makes a throw-away TLS certificate for www.linkedin.com.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension, makeCertificate, makeRunDir } from './fixture-server';
import { CHROMIUM } from './paths';

export default function setup(project: TestProject): () => void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The end-to-end tests need Debian's Chromium: ` +
        'run `apt-get update && apt-get install -y chromium` (or set GARBO_CHROMIUM to another Chromium binary).',
    );
  }
  const run = makeRunDir('run');
  const ext = buildExtension(run, 'chrome');
  makeCertificate(run);
  project.provide('garboRun', run);
  project.provide('garboExt', ext);
  return () => {
    if (!process.env.GARBO_KEEP_ARTIFACTS) rmSync(join(run, 'build'), { recursive: true, force: true });
  };
}
