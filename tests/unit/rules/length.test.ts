// length: invite notes over the limit are an error (UTF-16 length, as maxlength counts).
import { describe, expect, it } from 'vitest';
import { check, report } from './helpers';

describe('length', () => {
  const ok = 'Ciao Ada, ci siamo conosciute al Codemotion di Roma.';
  it('passes under the limit and reports the count', () => {
    const r = check({ to: 'Ada Re', why: '', text: ok }, 'length');
    expect(r.pass).toBe(true);
    expect(report({ to: 'Ada Re', why: '', text: ok }).length).toEqual({ chars: ok.length, limit: 300 });
  });
  it('fails as an error over 300 and highlights the tail', () => {
    const text = `${ok} ${'Parliamo di progetti. '.repeat(14)}`.trimEnd();
    expect(text.length).toBeGreaterThan(300);
    const r = check({ to: 'Ada Re', why: '', text }, 'length');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('error');
    expect(r.spans).toEqual([{ start: 300, end: text.length }]);
  });
  it('uses the 200 limit of free accounts', () => {
    const text = 'x'.repeat(201);
    expect(check({ to: 'Ada Re', why: '', text, ctx: { noteLimit: 200 } }, 'length').pass).toBe(false);
    expect(check({ to: 'Ada Re', why: '', text: 'x'.repeat(200), ctx: { noteLimit: 200 } }, 'length').pass).toBe(true);
  });
  it('counts UTF-16 code units (an emoji counts 2)', () => {
    const text = `${'a'.repeat(299)}🙂`;
    expect(text.length).toBe(301);
    expect(check({ to: 'Ada Re', why: '', text }, 'length').pass).toBe(false);
  });
  it('warns on a long first message and caps the score over the invite limit', () => {
    const long = 'Hi Ada, we met at the Rome meetup. '.repeat(20);
    const m = check({ to: 'Ada Re', why: '', kind: 'message', text: long }, 'length');
    expect(m.pass).toBe(false);
    expect(m.severity).toBe('warning');
    expect(report({ to: 'Ada Re', why: '', text: `${ok} ${'Parliamo di progetti. '.repeat(14)}` }).verdict).toBe('stop');
  });
  it('counts in English too', () => {
    expect(check({ to: 'Ada Re', why: '', text: 'Hi Ada, great to meet you at the Rome meetup.' }, 'length').pass).toBe(true);
  });
});
