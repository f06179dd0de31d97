// Store packages: the Chrome zip, the Firefox zip plus its sources zip, and a
// Firefox build that Mozilla's addons-linter accepts with no errors.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPO } from './paths';

const out = () => join(inject('garboRun'), 'packages');
const wxt = (...args: string[]) =>
  execFileSync('npx', ['wxt', ...args], { cwd: REPO, env: { ...process.env, GARBO_OUT_DIR: out() }, stdio: ['ignore', 'ignore', 'inherit'] });

describe('store packages', () => {
  it('zips the Chrome build', () => {
    wxt('zip');
    expect(readdirSync(out()).filter((f) => /-chrome\.zip$/.test(f))).toHaveLength(1);
  }, 120_000);

  it('zips the Firefox build with its sources and passes addons-linter with no errors', () => {
    wxt('zip', '-b', 'firefox', '--mv3');
    const files = readdirSync(out());
    expect(files.filter((f) => /-firefox\.zip$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /-sources\.zip$/.test(f))).toHaveLength(1);
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
  }, 180_000);
});
