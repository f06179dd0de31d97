// `npm run eval:dev` (scripts/eval-dev.ts): prints the agreement per core rule of a labelled file, and
// fails clearly, with exit status 2, when the dev corpus is not there (a bare clone). This test never
// reads ../shared: it points the script at a folder that does not exist, or at a file of the repo.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval-dev.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env },
  });

describe('eval:dev', () => {
  it('fails with status 2 and says where the corpus should be when it is missing', () => {
    const r = run([], { GARBO_SHARED_DIR: '/nonexistent-garbo-shared' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/nonexistent-garbo-shared/corpus/dev.jsonl');
    expect(r.stderr).toMatch(/GARBO_SHARED_DIR/);
  });

  it('prints one agreement line per core rule for a labelled file, and lists misses on request', () => {
    const r = run(['--file', 'tests/unit/analyzer/families.jsonl', '--misses']);
    expect(r.status).toBe(0);
    for (const rule of ['personalized', 'how-met', 'no-early-ask']) expect(r.stdout).toMatch(new RegExp(`^${rule} +\\d+/35 \\(\\d+\\.\\d%\\)$`, 'm'));
    expect(r.stdout).toMatch(/^ {2}miss fam-/m);
  });

  it('refuses an unknown mechanism name', () => {
    const r = run(['--file', 'tests/unit/analyzer/families.jsonl', '--off', 'no-such-mechanism']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown mechanism');
  });
});
