// The score CLI (scripts/score.ts) through tsx, as `npm run --silent score` runs it.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus-eval';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/score.ts');

function score(input: string, args: string[] = []): { lines: string[]; status: number | null; stderr: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  const out = res.stdout ?? '';
  return { lines: out === '' ? [] : out.replace(/\n$/, '').split('\n'), status: res.status, stderr: res.stderr ?? '' };
}

describe('score CLI', () => {
  it('answers every corpus line, in order, with the contract shape', () => {
    const input = readFileSync(CORPUS, 'utf8');
    const rows = input.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; expect: { misspelled: string[] } });
    const { lines, status } = score(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, i) => {
      const r = JSON.parse(line);
      expect(Object.keys(r).sort()).toEqual(['checks', 'lang', 'misspelled', 'score', 'verdict']);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(['ready', 'improve', 'stop']).toContain(r.verdict);
      expect(['it', 'en']).toContain(r.lang);
      const ids = r.checks.map((c: { id: string }) => c.id);
      for (const core of ['personalized', 'how-met', 'no-early-ask', 'spelling']) expect(ids, rows[i]!.id).toContain(core);
      for (const c of r.checks) {
        expect(Object.keys(c).sort()).toEqual(['id', 'message', 'pass', 'severity', 'spans']);
        for (const s of c.spans) expect(s.end).toBeLessThanOrEqual(rows[i]!.text.length);
      }
      for (const m of r.misspelled) {
        expect(Object.keys(m).sort()).toEqual(['end', 'start', 'suggestions', 'word']);
        expect(rows[i]!.text.slice(m.start, m.end)).toBe(m.word);
      }
    });
    // The blocker logic holds end to end: a placeholder line is never ready.
    const placeholder = rows.findIndex((r) => r.text.includes('{firstName}'));
    expect(JSON.parse(lines[placeholder]!).verdict).toBe('stop');
  });

  it('keeps going past malformed and blank lines, one answer per line', () => {
    const input = [
      '{"text":"Hi Tom, could you refer me for the open role?","kind":"invite","recipient":"Tom Hale","extra":1}',
      'not json',
      '',
      '{"text":"Ciao","kind":"email","recipient":"Ugo"}',
      '{"kind":"invite","recipient":"Ugo"}',
      '{"text":"Ciao Ugo, grazie!","kind":"message","recipient":"Ugo Sarti","firstContact":false,"noteLimit":200}',
    ].join('\n') + '\n';
    const { lines, status } = score(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0].checks.find((c: { id: string }) => c.id === 'no-early-ask').pass).toBe(false);
    expect(parsed[1].error).toMatch(/JSON/);
    expect(parsed[2].error).toMatch(/blank/);
    expect(parsed[3].error).toMatch(/kind/);
    expect(parsed[4].error).toMatch(/text/);
    expect(parsed[5].lang).toBe('it');
  });

  it('prints nothing but JSON through npm run --silent', () => {
    const res = spawnSync('npm', ['run', '--silent', 'score'], { cwd: ROOT, input: '{"text":"Hi Ann, great to meet you at the Lisbon meetup!","kind":"invite","recipient":"Ann Lee"}\n', encoding: 'utf8', timeout: 120_000 });
    expect(res.status).toBe(0);
    const out = res.stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).checks.find((c: { id: string }) => c.id === 'how-met').pass).toBe(true);
  });

  it('answers an empty input with nothing', () => {
    const { lines, status } = score('');
    expect(status).toBe(0);
    expect(lines).toEqual([]);
  });

  it('exits non-zero when the input cannot be read', () => {
    const fd = openSync(ROOT, 'r'); // a directory as stdin: reading it fails with EISDIR
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: ROOT, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect(res.status).not.toBe(0);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(/cannot read/);
    } finally {
      closeSync(fd);
    }
  });
});
