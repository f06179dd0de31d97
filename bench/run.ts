/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process (each
 * prints one JSON object a line: {"name", "value", "unit"}), adds the package
 * figures (content-script bundle gzipped, zip sizes), compares them with the
 * targets below, and writes one report: bench/results/report.json and
 * bench/results/report.md (the table the README shows).
 *
 * Usage: npm run bench [-- <filter>]   e.g. `npm run bench -- spelling`
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';

interface Figure { name: string; value: number; unit: string; bench: string; target?: string; ok?: boolean }

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/results');
const filter = process.argv[2];

/** Targets from the issues: [comparison, limit]. Names are matched by prefix. */
const TARGETS: Array<[RegExp, '<=' | '>=', number]> = [
  // 2000 first: the 200 pattern would also match "analyze.2000.p95".
  [/^analyze\..*2000\w*\.p95$/, '<=', 5],
  [/^analyze\..*(200|300)\w*\.p95$/, '<=', 1],
  [/^dict\.(it|en)\.load_cold$/, '<=', 25],
  [/^dict\.(it|en)\.(heap|memory)\w*$/, '<=', 10],
  [/^dict\.(it|en)\.correct_per_word$/, '<=', 2],
  [/^dict\.(it|en)\.suggest\.median$/, '<=', 5],
  [/^dict\.(it|en)\.suggest\.p90$/, '<=', 15],
  [/^dict\.(it|en)\.suggest\.top1_rate$/, '>=', 75],
  [/^store\.insert_per_record$/, '<=', 5],
  [/^store\.search_50k$/, '<=', 50],
  [/^store\.outcome_(profile|conversation|unknown_person)_50k$/, '<=', 5],
  [/^popup\.first_screen_50k(_cold_worker)?$/, '<=', 150],
  [/^popup\.search_50k$/, '<=', 50],
  [/^popup\.what_works_50k$/, '<=', 150],
  [/^content\.keystroke_main_thread(\.\w+)?$/, '<=', 4],
  [/^content\.long_draft\.keystroke_p95$/, '<=', 4],
  [/^package\.content_script_gzip$/, '<=', 40],
];

/** The short table: [what a reader wants to know, figure name]. */
const SUMMARY: Array<[string, string]> = [
  ['Italian dictionary ready, cold', 'dict.it.load_cold'],
  ['Italian dictionary memory', 'dict.it.memory'],
  ['English dictionary ready, cold', 'dict.en.load_cold'],
  ['English dictionary memory', 'dict.en.memory'],
  ['nspell + dictionary-en ready (for comparison)', 'nspell.en.load'],
  ['nspell + dictionary-it ready (for comparison)', 'nspell.it.load'],
  ['`correct` per word, Italian', 'dict.it.correct_per_word'],
  ['Suggestions per word, Italian, median', 'dict.it.suggest.median'],
  ['Suggestions per word, Italian, p90', 'dict.it.suggest.p90'],
  ['Right word first, Italian misspellings', 'dict.it.suggest.top1_rate'],
  ['Right word first, English misspellings', 'dict.en.suggest.top1_rate'],
  ['`analyze`, 300-character note, p95', 'analyze.300.p95'],
  ['`analyze`, 2,000-character message, p95', 'analyze.2000.p95'],
  ['Main-thread work per keystroke, 300-character note', 'content.keystroke_main_thread'],
  ['Main-thread work per keystroke (p95), 50,000-character draft full of misspellings', 'content.long_draft.keystroke_p95'],
  ['Analysis round trip to the background, 300-character note, p50', 'analysis.round_trip_300.p50'],
  ['First analysis from a stopped worker', 'analysis.first_from_stopped_worker'],
  ['History: insert a record', 'store.insert_per_record'],
  ['History: search 50,000 records', 'store.search_50k'],
  ['History: outcome update from a profile, 50,000 records', 'store.outcome_profile_50k'],
  ['History: outcome update from a conversation, 50,000 records', 'store.outcome_conversation_50k'],
  ['History: "what works" from scratch, 50,000 records', 'store.what_works_50k'],
  ['Popup first screen, 50,000 records', 'popup.first_screen_50k'],
  ['Popup first screen, 50,000 records, worker stopped', 'popup.first_screen_50k_cold_worker'],
  ['Empty extension page, worker stopped (Chromium baseline)', 'popup.baseline_empty_page_cold_worker'],
  ['Popup search, 50,000 records', 'popup.search_50k'],
  ['Popup "what works" view, 50,000 records', 'popup.what_works_50k'],
  ['Content script, gzipped (dictionaries excluded)', 'package.content_script_gzip'],
  ['Chrome zip', 'package.chrome_zip'],
  ['Firefox zip', 'package.firefox_zip'],
];

function runBench(file: string): Figure[] {
  const bench = file.replace(/\.bench\.ts$/, '');
  const started = Date.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(ROOT, 'bench', file)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const figures: Figure[] = [];
  for (const line of (res.stdout ?? '').split('\n')) {
    const s = line.trim();
    if (!s.startsWith('{')) continue;
    try {
      const o = JSON.parse(s);
      if (typeof o.name === 'string' && typeof o.value === 'number' && typeof o.unit === 'string') figures.push({ ...o, bench });
    } catch { /* not a figure */ }
  }
  if (res.status !== 0) {
    console.error(`bench ${file} exited with ${res.status ?? res.signal}:\n${(res.stderr ?? '').slice(-2000)}`);
    figures.push({ name: `${bench}.failed`, value: 1, unit: 'flag', bench });
  }
  console.error(`bench ${file}: ${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return figures;
}

function packageFigures(): Figure[] {
  const dir = join(ROOT, 'bench/.build');
  rmSync(dir, { recursive: true, force: true });
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT, env: { ...process.env, GARBO_OUT_DIR: dir }, stdio: ['ignore', 'ignore', 'inherit'] });
  const ext = join(dir, 'chrome-mv3');
  const cs = readFileSync(join(ext, 'content-scripts/linkedin.js'));
  const zipped = readdirSync(dir);
  const zip = zipped.find((f) => f.endsWith('-chrome.zip'));
  const firefoxZip = zipped.find((f) => f.endsWith('-firefox.zip'));
  const size = (p: string): number => statSync(p).isDirectory() ? readdirSync(p).reduce((a, f) => a + size(join(p, f)), 0) : statSync(p).size;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const figs: Figure[] = [
    { name: 'package.content_script_raw', value: kb(cs.length), unit: 'KB', bench: 'package' },
    { name: 'package.content_script_gzip', value: kb(gzipSync(cs, { level: 9 }).length), unit: 'KB', bench: 'package' },
    { name: 'package.background_gzip', value: kb(gzipSync(readFileSync(join(ext, 'background.js')), { level: 9 }).length), unit: 'KB', bench: 'package' },
    { name: 'package.unpacked_total', value: kb(size(ext)), unit: 'KB', bench: 'package' },
  ];
  if (zip) figs.push({ name: 'package.chrome_zip', value: kb(statSync(join(dir, zip)).size), unit: 'KB', bench: 'package' });
  if (firefoxZip) figs.push({ name: 'package.firefox_zip', value: kb(statSync(join(dir, firefoxZip)).size), unit: 'KB', bench: 'package' });
  rmSync(dir, { recursive: true, force: true });
  return figs;
}

const files = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const figures: Figure[] = [];
for (const f of files) figures.push(...runBench(f));
if (!filter || 'package'.includes(filter)) figures.push(...packageFigures());

for (const fig of figures) {
  const t = TARGETS.find(([re]) => re.test(fig.name));
  if (!t) continue;
  fig.target = `${t[1]} ${t[2]}`;
  fig.ok = t[1] === '<=' ? fig.value <= t[2] : fig.value >= t[2];
}

mkdirSync(OUT, { recursive: true });
const meta = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memGB: Math.round(totalmem() / 2 ** 30) };
writeFileSync(join(OUT, 'report.json'), JSON.stringify({ meta, figures }, null, 2) + '\n');
const met = (f: Figure) => (f.ok === undefined ? '' : f.ok ? 'yes' : '**no**');
const byName = new Map(figures.map((f) => [f.name, f]));
const summary = SUMMARY.filter(([, name]) => byName.has(name)).map(([label, name]) => {
  const f = byName.get(name)!;
  return `| ${label} | ${f.value} ${f.unit} | ${f.target ?? ''} | ${met(f)} |`;
});
const rows = figures.map((f) => `| ${f.name} | ${f.value} ${f.unit} | ${f.target ?? ''} | ${met(f)} |`);
const md = [
  `Measured ${meta.date.slice(0, 10)} on ${meta.cpus} × ${meta.cpu}, Node ${meta.node}.`, '',
  ...(summary.length ? ['| what | measured | target | met |', '|---|---|---|---|', ...summary, ''] : []),
  '<details><summary>All figures</summary>', '',
  '| figure | value | target | met |', '|---|---|---|---|', ...rows, '', '</details>', '',
].join('\n');
writeFileSync(join(OUT, 'report.md'), md);
for (const f of figures) console.log(JSON.stringify(f));
console.error('\n' + md + `\nreport: bench/results/report.json, bench/results/report.md`);
