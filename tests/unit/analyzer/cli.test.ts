// The score CLI (scripts/score.ts) through tsx, as `npm run --silent score` runs it.
// Every input is written here (a bare clone has no ../shared corpus).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE } from '../../../scripts/score';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/score.ts');

function score(input: string, args: string[] = []): { lines: string[]; status: number | null; stderr: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  const out = res.stdout ?? '';
  return { lines: out === '' ? [] : out.replace(/\n$/, '').split('\n'), status: res.status, stderr: res.stderr ?? '' };
}

describe('score CLI', () => {
  it('answers every line, in order, with the contract shape', () => {
    const rows = [
      { id: 'it-good', text: 'Ciao Giulia, ci siamo conosciuti ieri al festival di Ferrara: il tuo intervento sulla logistica mi ha colpito.', kind: 'invite', recipient: 'Giulia Ferri' },
      { id: 'en-ask', text: 'Hi Tom, could you refer me for the open role in your team? Thanks!', kind: 'invite', recipient: 'Tom Hale' },
      { id: 'placeholder', text: 'Hi {firstName}, I would love to connect and grow our networks.', kind: 'invite', recipient: 'Ann Lee' },
      { id: 'typo', text: 'Ciao Marco, grazie per l\'attenzzione al convegno di ieri a Torino.', kind: 'message', recipient: 'Marco Bianchi', firstContact: false },
      { id: 'en-msg', text: 'Hi Jane, thanks for accepting! We met at the Turin JS meetup; here is the article on accessibility I mentioned.', kind: 'message', recipient: 'Jane Doe', justAccepted: true, noteLimit: 200 },
    ];
    const input = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
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
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((r) => r.lang)).toEqual(['it', 'en', 'en', 'it', 'en']);
    // The blocker logic holds end to end: an ask on first contact and a placeholder are never ready.
    expect(out[1].checks.find((c: { id: string }) => c.id === 'no-early-ask').pass).toBe(false);
    expect(out[2].verdict).toBe('stop');
    expect(out[3].misspelled.map((m: { word: string }) => m.word)).toContain('attenzzione');
    expect(out[0].checks.find((c: { id: string }) => c.id === 'how-met').pass).toBe(true);
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

  const draft = (text: string, recipient = 'Ann Lee') => JSON.stringify({ text, kind: 'invite', recipient });
  const hello = draft('Hi Ann, great to meet you at the Lisbon meetup!');

  it('accepts a UTF-8 byte-order mark and LF, CRLF or CR-only line ends', () => {
    for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
      const { lines, status } = score(`\uFEFF${hello}${eol}not json${eol}${eol}${hello}${eol}`);
      expect(status, name).toBe(0);
      expect(lines, name).toHaveLength(4);
      expect(JSON.parse(lines[0]!).checks.find((c: { id: string }) => c.id === 'how-met').pass, name).toBe(true);
      expect(JSON.parse(lines[1]!).error, name).toMatch(/JSON/);
      expect(JSON.parse(lines[2]!).error, name).toMatch(/blank/);
      expect(JSON.parse(lines[3]!).score, name).toBe(JSON.parse(lines[0]!).score);
    }
    // Mixed line ends in one input, and a last line with no line break.
    const { lines } = score(`${hello}\r\n${hello}\r${hello}\n${hello}`);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => 'score' in JSON.parse(l))).toBe(true);
  });

  it('caps the text like the extension and refuses an over-long line unread, one answer per line', () => {
    const long = 'Ciao Anna, ci siamo visti al convegno. '.repeat(2_600); // ~101,000 characters
    const huge = 'x'.repeat(MAX_LINE + 10);
    const t0 = Date.now();
    const { lines, status } = score([hello, draft(long), `{"text":"${huge}","kind":"invite","recipient":"A"}`, hello].join('\n') + '\n');
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1]!).error).toMatch(/text is longer than 100,000 characters/);
    expect(JSON.parse(lines[2]!).error).toMatch(/^line too long: 1,000,0\d\d characters/);
    expect(JSON.parse(lines[3]!)).toHaveProperty('score');
    expect(lines.join('\n').length).toBeLessThan(20_000);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it('splits lines across chunks: CR at a chunk end, BOM, over-long lines', () => {
    const s = new LineSplitter();
    expect(s.push('\uFEFFa\r')).toEqual(['a']);
    expect(s.push('\nb\rc')).toEqual(['b']);
    expect(s.push('d\r\r\n')).toEqual(['cd', '']);
    expect(s.end()).toEqual([]);
    const t = new LineSplitter();
    expect(t.push('x'.repeat(MAX_LINE))).toEqual([]);
    expect(t.push('yy\nz')).toEqual([{ tooLong: MAX_LINE + 2 }]);
    expect(t.end()).toEqual(['z']);
  });

  it('stops quietly when its reader goes away (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    const first = new Promise<string>((resolveLine) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += String(d);
        if (out.includes('\n')) { resolveLine(out.slice(0, out.indexOf('\n'))); child.stdout.destroy(); }
      });
    });
    child.stdin.on('error', () => { /* the CLI may exit before it read everything */ });
    for (let i = 0; i < 3000; i++) child.stdin.write(hello + '\n');
    child.stdin.end();
    expect(JSON.parse(await first)).toHaveProperty('score');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 120_000);

  it('documents its input, limits and exit status in --help', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/100,000 characters/);
    expect(res.stdout).toMatch(/byte-order mark/);
    expect(res.stdout).toMatch(/CRLF or CR/);
    expect(res.stdout).toMatch(/Exit status/);
  });
});
