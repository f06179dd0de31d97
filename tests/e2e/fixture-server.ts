/**
 * What both end-to-end suites (Chromium: tests/e2e, Firefox: tests/e2e-firefox)
 * share: the run folder with a throw-away TLS certificate for www.linkedin.com,
 * the extension built into that folder, and the HTTPS server that serves our
 * LinkedIn-like fixture pages from tests/fixtures/site/.
 *
 * The fixture server maps a path to a file: '/in/x/' -> site/in/x/index.html,
 * '/static/a.js' -> site/static/a.js; a path with a query string ignores the query.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { ARTIFACTS, REPO, SITE } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's private folder (certificate, build, browser profiles). */
    garboRun: string;
    /** The unpacked extension built for this run's browser. */
    garboExt: string;
  }
}

export const ORIGIN = 'https://www.linkedin.com';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A fresh private folder for this run under tests/.artifacts/. */
export function makeRunDir(prefix: string): string {
  const run = join(ARTIFACTS, `${prefix}-${process.pid}`);
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  return run;
}

/** `wxt build` for one browser into <run>/build; returns the unpacked extension's folder. */
export function buildExtension(run: string, target: 'chrome' | 'firefox'): string {
  const out = join(run, 'build');
  const args = target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
  execFileSync('npx', args, {
    cwd: REPO,
    // vitest sets NODE_ENV=test, which would make Vite build the development JSX runtime
    // (13 KB more content script): the suites test the bundles that ship.
    env: { ...process.env, NODE_ENV: 'production', GARBO_OUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ext = join(out, `${target}-mv3`);
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`wxt build produced no ${ext}/manifest.json`);
  return ext;
}

/** A self-signed certificate for www.linkedin.com, valid two days: <run>/key.pem, <run>/cert.pem. */
export function makeCertificate(run: string): void {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', join(run, 'key.pem'), '-out', join(run, 'cert.pem'),
    '-subj', '/CN=www.linkedin.com',
    '-addext', 'subjectAltName=DNS:www.linkedin.com,IP:127.0.0.1',
  ], { stdio: 'ignore' });
}

/** The HTTPS fixture server on 127.0.0.1, a free port, with the run's certificate. */
export function startFixtureServer(run: string): Promise<Server> {
  const server = createServer(
    { key: readFileSync(join(run, 'key.pem')), cert: readFileSync(join(run, 'cert.pem')) },
    (req, res) => {
      try {
        const url = new URL(req.url ?? '/', ORIGIN);
        if (url.pathname === '/favicon.ico') { res.writeHead(204); res.end(); return; }
        let file = normalize(join(SITE, decodeURIComponent(url.pathname)));
        if (!file.startsWith(SITE)) throw new Error('outside site');
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(file));
      } catch {
        res.writeHead(400);
        res.end();
      }
    },
  );
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
