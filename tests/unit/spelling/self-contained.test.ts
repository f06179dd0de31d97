// The spelling tests, their helpers and the spelling bench read only files in
// the repository and need no `hunspell` command: a bare clone (no ../shared,
// no Hunspell on the PATH) runs them with Node alone. The run itself is the
// proof (GARBO_SHARED_DIR=/nonexistent and a PATH without hunspell, see
// NOTES-spell.md); this test keeps anyone from wiring either back in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const files = [
  ...readdirSync(join(ROOT, 'tests/unit/spelling')).filter((f) => f !== 'self-contained.test.ts').map((f) => `tests/unit/spelling/${f}`),
  'bench/spelling.bench.ts',
  'lib/spelling/node.ts',
];

describe('spelling tests stand on the repository alone', () => {
  it.each(files)('%s reads nothing outside the repository and runs no hunspell command', (file) => {
    const src = readFileSync(join(ROOT, file), 'utf8');
    const code = src.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l)).join('\n');
    expect(code).not.toMatch(/\.\.\/shared|GARBO_SHARED_DIR|corpus\/dev|seeds\//);
    expect(code).not.toMatch(/spawnSync\(\s*['"]hunspell|execFileSync\(\s*['"]hunspell/);
  });

  it('every fixture the spelling tests name exists in the repository', () => {
    const named = new Set<string>();
    for (const f of files) for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/['"`](spelling-[a-z]+\.jsonl|[a-z]+\.(?:words|sample|elision|elided|known-rejected)\.txt)['"`]/g)) named.add(m[1]!);
    expect(named.size).toBeGreaterThan(2);
    const present = new Set([...readdirSync(join(ROOT, 'tests/fixtures')), ...readdirSync(join(ROOT, 'tests/fixtures/hunspell'))]);
    expect([...named].filter((n) => !present.has(n))).toEqual([]);
  });
});
