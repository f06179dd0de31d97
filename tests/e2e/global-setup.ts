// Runs once per e2e run: checks Chromium is there, builds the extension into a
// private folder and makes a throw-away TLS certificate for www.linkedin.com.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS, CHROMIUM, REPO } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    garboRun: string;
    garboExt: string;
  }
}

export default function setup(project: TestProject): () => void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The end-to-end tests need Debian's Chromium: ` +
        'run `apt-get update && apt-get install -y chromium` (or set GARBO_CHROMIUM to another Chromium binary).',
    );
  }
  const run = join(ARTIFACTS, `run-${process.pid}`);
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  const out = join(run, 'build');
  execFileSync('npx', ['wxt', 'build'], {
    cwd: REPO,
    env: { ...process.env, GARBO_OUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ext = join(out, 'chrome-mv3');
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`wxt build produced no ${ext}/manifest.json`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', join(run, 'key.pem'), '-out', join(run, 'cert.pem'),
    '-subj', '/CN=www.linkedin.com',
    '-addext', 'subjectAltName=DNS:www.linkedin.com,IP:127.0.0.1',
  ], { stdio: 'ignore' });
  project.provide('garboRun', run);
  project.provide('garboExt', ext);
  return () => {
    if (!process.env.GARBO_KEEP_ARTIFACTS) rmSync(join(run, 'build'), { recursive: true, force: true });
  };
}
