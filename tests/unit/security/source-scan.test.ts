// Guards two promises by reading the shipped source: user text is never
// parsed as HTML, and the extension opens no network connection of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SHIPPED = ['entrypoints', 'components', 'lib'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [p] : [];
  });
}
const sources = SHIPPED.flatMap((d) => files(join(ROOT, d))).map((p) => ({
  path: relative(ROOT, p),
  // Comments may name the APIs we avoid; code may not.
  code: readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));

function offenders(patterns: RegExp[]): string[] {
  const out: string[] = [];
  for (const { path, code } of sources) {
    code.split('\n').forEach((line, i) => {
      if (patterns.some((re) => re.test(line))) out.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

describe('shipped source', () => {
  it('is found (the scan would be meaningless on an empty tree)', () => {
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.some((s) => s.path.startsWith('entrypoints/'))).toBe(true);
  });

  it('never renders text as HTML', () => {
    expect(offenders([
      /\.innerHTML\s*[+]?=/, /\.outerHTML\s*[+]?=/, /dangerouslySetInnerHTML/, /insertAdjacentHTML/,
      /document\.write(ln)?\s*\(/, /createContextualFragment/, /new\s+DOMParser/, /\.parseFromString\s*\(/,
      /srcdoc/, /\beval\s*\(/, /new\s+Function\s*\(/, /setTimeout\s*\(\s*['"`]/,
    ])).toEqual([]);
  });

  it('opens no network connection', () => {
    expect(offenders([
      /XMLHttpRequest/, /sendBeacon/, /new\s+WebSocket/, /new\s+EventSource/, /RTCPeerConnection/,
      /fetch\s*\(\s*['"`]https?:/, /https?:\/\/(?!www\.linkedin\.com)[a-z0-9.-]+\.[a-z]{2,}\/[^\s'"`]*['"`]\s*\)/i,
      /importScripts\s*\(\s*['"`]https?:/,
    ])).toEqual([]);
  });

  it('fetches only its own packaged files', () => {
    const fetches = offenders([/\bfetch\s*\(/]);
    for (const line of fetches) expect(line).toMatch(/runtime\.getURL|fetchBytes|fetch\(\s*url\s*\)|fetch\(url/);
  });
});
