// Store packages: the Chrome zip, the Firefox zip plus its sources zip, and a
// Firefox build that Mozilla's addons-linter accepts with no errors.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPO } from './paths';

const out = () => join(inject('garboRun'), 'packages');
const npmRun = (script: string) =>
  execFileSync('npm', ['run', '--silent', script], { cwd: REPO, env: { ...process.env, GARBO_OUT_DIR: out() }, stdio: ['ignore', 'ignore', 'inherit'] });

describe('store packages', () => {
  it('`npm run zip` writes the Chrome zip, the Firefox zip and its sources zip, and addons-linter finds no errors', () => {
    npmRun('zip');
    const files = readdirSync(out());
    expect(files.filter((f) => /-chrome\.zip$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /-firefox\.zip$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /-sources\.zip$/.test(f))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(out(), 'chrome-mv3', 'manifest.json'), 'utf8')).manifest_version).toBe(3);
    const dir = join(out(), 'firefox-mv3');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m).not.toHaveProperty('web_accessible_resources');
    let raw = '';
    try {
      raw = execFileSync(join(REPO, 'node_modules/.bin/addons-linter'), [dir, '--output', 'json'], { encoding: 'utf8' });
    } catch (e) {
      raw = (e as { stdout?: string }).stdout ?? ''; // exits non-zero on errors; the JSON says which
    }
    const report = JSON.parse(raw);
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(existsSync(join(dir, 'background.js'))).toBe(true);
  }, 300_000);
});
