// Spelling engine figures. Prints JSON lines {name, value, unit}.
//   dict.<lang>.load_cold          read + loadDictionary in a fresh Node process (median of 5 processes)
//   dict.<lang>.heap / .memory     heapUsed / heapUsed+external growth after loading (MB, forced GC)
//   dict.<lang>.file               size of the compiled file (KB)
//   dict.<lang>.correct_per_word   warm `correct` time per word over tests/fixtures/hunspell/<lang>.words.txt (µs)
//   dict.<lang>.suggest.*          suggestion time per misspelled word of tests/fixtures/misspellings.json
//                                  (warm pass; median, p90, max in ms) and the top-1 rate (%);
//                                  heldout_top1_rate on tests/fixtures/misspellings-heldout.json
//   spelling.draft_300.p50/p95     findMisspellings on a ~300-character draft with both dictionaries (ms)
//   nspell.en.*                    nspell + dictionary-en for comparison (load ms, heap MB, suggest ms)
//   nspell.it.load                 nspell + dictionary-it, bounded at 20 s (it never finishes)
// Child modes (used by the parent, one fresh process per cold measure):
//   --child-load <lang> | --child-nspell <lang>
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../lib/spelling/dawg';
import type { Lang } from '../lib/types';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SELF = fileURLToPath(import.meta.url);
const dictFile = (lang: Lang) => join(ROOT, 'public/dict', `${lang}.bin`);
const out = (name: string, value: number, unit: string) => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => n / (1024 * 1024);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

async function childLoad(lang: Lang): Promise<void> {
  gc();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  const d = loadDictionary(readFileSync(dictFile(lang)), lang);
  const ok = d.correct(lang === 'it' ? 'perché' : 'because');
  const t1 = performance.now();
  gc();
  const m1 = process.memoryUsage();
  if (!ok) throw new Error('dictionary does not work');
  console.log(JSON.stringify({ ms: t1 - t0, heap: mb(m1.heapUsed - m0.heapUsed), memory: mb(m1.heapUsed - m0.heapUsed + m1.external - m0.external) }));
  // keep `d` alive until after the measurement
  if (d.size < 0) console.log('');
}

async function childNspell(lang: Lang): Promise<void> {
  // nspell ships no types: describe the part used here.
  const nspellModule = 'nspell';
  const { default: nspell } = (await import(nspellModule)) as { default: (d: { aff: Uint8Array; dic: Uint8Array }) => { suggest(w: string): string[] } };
  const dict = lang === 'it' ? (await import('dictionary-it')).default : (await import('dictionary-en')).default;
  gc();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  const spell = nspell(dict);
  const t1 = performance.now();
  gc();
  const m1 = process.memoryUsage();
  const list = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/misspellings.json'), 'utf8'))[lang] as Array<[string, string]>;
  const times: number[] = [];
  let top1 = 0;
  for (const [wrong, right] of list) {
    const t = performance.now();
    const s = spell.suggest(wrong);
    times.push(performance.now() - t);
    if (s[0] === right) top1++;
  }
  console.log(JSON.stringify({ ms: t1 - t0, heap: mb(m1.heapUsed - m0.heapUsed), suggestMedian: pct(times, 0.5), suggestP90: pct(times, 0.9), top1: (100 * top1) / list.length }));
}

function child(mode: string, lang: Lang, timeoutMs: number): Record<string, number> | null {
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', SELF, mode, lang], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.error || res.status !== 0) return null;
  const line = res.stdout.trim().split('\n').find((l) => l.startsWith('{'));
  return line ? (JSON.parse(line) as Record<string, number>) : null;
}

async function main(): Promise<void> {
  const { loadSpellerSync } = await import('../lib/spelling/node');
  const { findMisspellings } = await import('../lib/spelling/check');
  const speller = loadSpellerSync(); // builds the files if needed

  for (const lang of ['it', 'en'] as const) {
    out(`dict.${lang}.file`, statSync(dictFile(lang)).size / 1024, 'KB');
    const runs: Array<Record<string, number>> = [];
    for (let i = 0; i < 5; i++) {
      const r = child('--child-load', lang, 60_000);
      if (!r) throw new Error(`cold load of ${lang} failed`);
      runs.push(r);
    }
    out(`dict.${lang}.load_cold`, pct(runs.map((r) => r.ms!), 0.5), 'ms');
    out(`dict.${lang}.heap`, pct(runs.map((r) => r.heap!), 0.5), 'MB');
    out(`dict.${lang}.memory`, pct(runs.map((r) => r.memory!), 0.5), 'MB');
  }

  // correct(): the word lists kept in the repository (tests/fixtures/hunspell/<lang>.words.txt:
  // the distinct words of the reference texts and the project's own drafts), many passes.
  const drafts = ['spelling-blind.jsonl', 'spelling-real.jsonl'].flatMap((f) =>
    readFileSync(join(ROOT, 'tests/fixtures', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: Lang }),
  );
  for (const lang of ['it', 'en'] as const) {
    const words = readFileSync(join(ROOT, 'tests/fixtures/hunspell', `${lang}.words.txt`), 'utf8').split('\n').filter(Boolean);
    const d = speller[lang];
    let sink = 0;
    for (let i = 0; i < 20; i++) for (const w of words) sink += d.correct(w) ? 1 : 0;
    // Median of 25 batches: one load spike on a shared machine does not decide the figure.
    const batches: number[] = [];
    for (let b = 0; b < 25; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) for (const w of words) sink += d.correct(w) ? 1 : 0;
      batches.push(((performance.now() - t0) * 1000) / (20 * words.length));
    }
    if (sink < 0) console.log('');
    out(`dict.${lang}.correct_per_word`, pct(batches, 0.5), 'µs');
  }

  // suggest(): warm pass over the misspelling list (a first pass warms the JIT).
  const list = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/misspellings.json'), 'utf8')) as Record<Lang, Array<[string, string]>>;
  for (const lang of ['it', 'en'] as const) {
    const d = speller[lang];
    const items = list[lang].filter(([w]) => !d.correct(w));
    const first: number[] = [];
    for (const [w] of items) {
      const t = performance.now();
      d.suggest(w, 5);
      first.push(performance.now() - t);
    }
    const times: number[] = [];
    let top1 = 0;
    for (const [w, right] of items) {
      const t = performance.now();
      const s = d.suggest(w, 5);
      times.push(performance.now() - t);
      if (s[0] === right) top1++;
    }
    out(`dict.${lang}.suggest.median`, pct(times, 0.5), 'ms');
    out(`dict.${lang}.suggest.p90`, pct(times, 0.9), 'ms');
    out(`dict.${lang}.suggest.max`, Math.max(...times), 'ms');
    out(`dict.${lang}.suggest.first_pass_median`, pct(first, 0.5), 'ms');
    out(`dict.${lang}.suggest.top1_rate`, (100 * top1) / items.length, '%');
  }
  // The held-out list (written after the costs were set, never used to tune them).
  const heldout = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/misspellings-heldout.json'), 'utf8')) as Record<Lang, Array<[string, string]>>;
  for (const lang of ['it', 'en'] as const) {
    const d = speller[lang];
    const items = heldout[lang].filter(([w]) => !d.correct(w));
    const top1 = items.filter(([w, right]) => d.suggest(w, 5)[0] === right).length;
    out(`dict.${lang}.suggest.heldout_top1_rate`, (100 * top1) / items.length, '%');
  }

  // A whole ~300-character draft (the suggestion LRU is warm after the first run, as while typing).
  const draft = drafts.filter((c) => c.lang === 'it').map((c) => c.text).sort((a, b) => Math.abs(a.length - 300) - Math.abs(b.length - 300))[0]!;
  const names = ['Giulia Ferri', 'Marco Bianchi'];
  const dt: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    findMisspellings(draft, 'it', speller, { names });
    dt.push(performance.now() - t);
  }
  out('spelling.draft_300.first', dt[0]!, 'ms');
  out('spelling.draft_300.p50', pct(dt.slice(100), 0.5), 'ms');
  out('spelling.draft_300.p95', pct(dt.slice(100), 0.95), 'ms');

  // nspell for comparison.
  const ns = child('--child-nspell', 'en', 120_000);
  if (ns) {
    out('nspell.en.load', ns.ms!, 'ms');
    out('nspell.en.heap', ns.heap!, 'MB');
    out('nspell.en.suggest.median', ns.suggestMedian!, 'ms');
    out('nspell.en.suggest.p90', ns.suggestP90!, 'ms');
    out('nspell.en.suggest.top1_rate', ns.top1!, '%');
  }
  const t0 = performance.now();
  const nsIt = child('--child-nspell', 'it', 20_000);
  out('nspell.it.load', nsIt ? nsIt.ms! : performance.now() - t0, nsIt ? 'ms' : 'ms (did not load within 20 s; killed)');
}

const [mode, lang] = process.argv.slice(2);
if (mode === '--child-load') await childLoad(lang as Lang);
else if (mode === '--child-nspell') await childNspell(lang as Lang);
else await main();
