// The content script's signals (lib/content/signals.ts) behave like
// @preact/signals(-core) on everything the content script relies on: each case
// here runs on both and must give the same trace.
import * as core from '@preact/signals';
import { describe, expect, it } from 'vitest';
import * as ours from '../../../lib/content/signals';

type Lib = Pick<typeof ours, 'signal' | 'effect' | 'computed'>;
const LIBS: Array<[string, Lib]> = [['lib/content/signals', ours], ['@preact/signals', core as unknown as Lib]];

describe.each(LIBS)('signals (%s)', (_name, { signal, effect, computed }) => {
  it('runs an effect at once and again when a signal it read changes to another value', () => {
    const s = signal(1);
    const seen: number[] = [];
    const dispose = effect(() => { seen.push(s.value); });
    s.value = 2;
    s.value = 2; // same value: nothing
    s.value = 3;
    dispose();
    s.value = 4; // disposed: nothing
    expect(seen).toEqual([1, 2, 3]);
  });

  it('follows what the last run read, and nothing read through peek()', () => {
    const which = signal(true);
    const a = signal('a1');
    const b = signal('b1');
    const quiet = signal(0);
    const seen: string[] = [];
    effect(() => { seen.push(`${which.value ? a.value : b.value}/${quiet.peek()}`); });
    b.value = 'b2'; // not read yet
    which.value = false;
    a.value = 'a2'; // no longer read
    quiet.value = 1; // peeked only
    b.value = 'b3';
    expect(seen).toEqual(['a1/0', 'b2/0', 'b3/1']);
  });

  it('runs the effects after a write made inside an effect, with the written value', () => {
    const source = signal(1);
    const doubled = signal(0);
    const seen: string[] = [];
    effect(() => { doubled.value = source.value * 2; });
    effect(() => { seen.push(`${source.value}:${doubled.value}`); });
    source.value = 5;
    expect(seen.at(-1)).toBe('5:10');
    expect(doubled.peek()).toBe(10);
  });

  it('keeps a computed equal to its function, for effects too', () => {
    const settings = signal<{ uiLang: 'auto' | 'it' | 'en' }>({ uiLang: 'auto' });
    const lang = computed(() => (settings.value.uiLang === 'auto' ? 'en' : settings.value.uiLang));
    expect(lang.value).toBe('en');
    const seen: string[] = [];
    effect(() => { seen.push(`${settings.value.uiLang}->${lang.value}`); });
    settings.value = { uiLang: 'it' };
    expect(lang.value).toBe('it');
    expect(seen[0]).toBe('auto->en');
    expect(seen.at(-1)).toBe('it->it');
    expect(seen.every((x) => x === 'auto->en' || x === 'it->it')).toBe(true);
  });

  it('disposes an effect whose first run throws, and throws', () => {
    const s = signal(0);
    let runs = 0;
    expect(() => effect(() => { runs++; if (s.value === 0) throw new Error('first'); })).toThrow('first');
    s.value = 1;
    expect(runs).toBe(1);
  });

  it('runs every other effect when one throws on a write, and throws its error after', () => {
    const s = signal(0);
    const seen: number[] = [];
    effect(() => { if (s.value === 1) throw new Error('bad'); });
    effect(() => { seen.push(s.value); });
    expect(() => { s.value = 1; }).toThrow('bad');
    expect(seen).toEqual([0, 1]);
    s.value = 2; // the throwing effect is still alive and quiet now
    expect(seen).toEqual([0, 1, 2]);
  });

  it('stops an effect that keeps changing what it reads', () => {
    const s = signal(0);
    expect(() => effect(() => { s.value = s.value + 1; })).toThrow(/Cycle detected/);
  });

  it('lets an effect dispose another one that is waiting to run', () => {
    const s = signal(0);
    const seen: string[] = [];
    let second: () => void = () => undefined;
    effect(() => { if (s.value === 1) second(); });
    second = effect(() => { seen.push(`second ${s.value}`); });
    s.value = 1;
    s.value = 2;
    expect(seen).toEqual(['second 0']);
  });

  it('creates effects inside an effect without mixing what each reads', () => {
    const outer = signal(0);
    const inner = signal(0);
    const seen: string[] = [];
    const disposers: Array<() => void> = [];
    effect(() => {
      seen.push(`outer ${outer.value}`);
      disposers.push(effect(() => { seen.push(`inner ${inner.value}`); }));
    });
    inner.value = 1; // only the inner effect read it
    expect(seen).toEqual(['outer 0', 'inner 0', 'inner 1']);
    for (const d of disposers) d();
  });
});
