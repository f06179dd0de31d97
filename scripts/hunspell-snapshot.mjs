#!/usr/bin/env node
// Snapshot of Hunspell's verdicts on the word lists kept in
// tests/fixtures/hunspell/, so that the spelling tests compare Garbo with
// Hunspell without the `hunspell` command line (a bare clone has only Node).
//
//   npm run hunspell:snapshot               run hunspell on every list, rewrite the *.verdicts.json files
//   npm run hunspell:snapshot -- --check    run hunspell on every list, compare with the committed
//                                           snapshot in memory, exit 1 on any difference (CI)
//   npm run hunspell:snapshot -- --resample also redraw the sampled lists from the compiled
//                                           dictionaries (public/dict/*.bin) before the run
//
// Needs Debian's hunspell, hunspell-it and hunspell-en-us (exit 2 with the
// install line when missing). Runs under tsx (the npm script) because
// --resample loads the TypeScript dictionary reader.
//
// The lists (one word a line, sorted; words only, never sentences):
//   {it,en}.words.txt        distinct word forms (letter runs, as the hunspell CLI splits them) of the
//                            reference texts the project was built against and of its own fixtures,
//                            checked against Debian's dictionaries (hunspell -d it_IT / en_US)
//   {it,en}.known-rejected.txt  words of those lists Hunspell must reject (names, acronyms, typos):
//                            a sanity check that the verdicts are read the right way round
//   {it,en}.sample.txt       forms drawn from Garbo's automaton, one-edit mutations and case variants,
//                            checked against hunspell reading the same npm .aff/.dic files
//   it.elision.txt           elided forms (dell'evento) from the texts plus generated ones, same npm
//                            files plus "WORDCHARS '" so that hunspell keeps the apostrophe in the word
//   tiny.words.txt           every candidate built from tiny.aff/tiny.dic (the compiler's own test)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests/fixtures/hunspell');

/** Every snapshot: the list it reads and how hunspell is called on it. */
export const SNAPSHOTS = [
  { name: 'it.debian', list: 'it.words.txt', dict: () => 'it_IT', label: 'hunspell -d it_IT (Debian hunspell-it)', mustReject: 'it.known-rejected.txt' },
  { name: 'en.debian', list: 'en.words.txt', dict: () => 'en_US', label: 'hunspell -d en_US (Debian hunspell-en-us)', mustReject: 'en.known-rejected.txt' },
  { name: 'it.npm', list: 'it.sample.txt', dict: () => join(ROOT, 'node_modules/dictionary-it/index'), label: 'hunspell -d node_modules/dictionary-it/index' },
  { name: 'en.npm', list: 'en.sample.txt', dict: () => join(ROOT, 'node_modules/dictionary-en/index'), label: 'hunspell -d node_modules/dictionary-en/index' },
  { name: 'it.elision', list: 'it.elision.txt', dict: (tmp) => withWordchars(tmp, 'it'), label: "hunspell -d node_modules/dictionary-it/index + WORDCHARS '" },
  { name: 'tiny', list: 'tiny.words.txt', dict: (tmp) => tinyCopy(tmp), label: 'hunspell -d tests/fixtures/hunspell/tiny' },
];

export function readList(file) {
  return readFileSync(join(FIXTURES, file), 'utf8').split('\n').filter((l) => l.length > 0);
}

function withWordchars(tmp, lang) {
  copyFileSync(join(ROOT, `node_modules/dictionary-${lang}/index.dic`), join(tmp, `${lang}.dic`));
  writeFileSync(join(tmp, `${lang}.aff`), `${readFileSync(join(ROOT, `node_modules/dictionary-${lang}/index.aff`), 'utf8')}\nWORDCHARS '\n`);
  return join(tmp, lang);
}

function tinyCopy(tmp) {
  copyFileSync(join(FIXTURES, 'tiny.aff'), join(tmp, 'tiny.aff'));
  copyFileSync(join(FIXTURES, 'tiny.dic'), join(tmp, 'tiny.dic'));
  return join(tmp, 'tiny');
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The words hunspell rejects (`-l` prints each rejected token on its own line). */
function hunspellRejects(dict, words) {
  const res = spawnSync('hunspell', ['-d', dict, '-l'], { input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.error || res.status !== 0) {
    console.error(`hunspell -d ${dict} could not run (${res.error?.message ?? `exit ${res.status}: ${res.stderr}`}).`);
    console.error('Install Debian\'s packages: apt-get install -y hunspell hunspell-it hunspell-en-us');
    process.exit(2);
  }
  const listed = new Set(words);
  const out = new Set();
  for (const l of res.stdout.split('\n')) {
    if (!l) continue;
    // A rejected token that is not a whole word of the list means hunspell split a word: the list is wrong.
    if (!listed.has(l)) throw new Error(`hunspell -d ${dict} rejected ${JSON.stringify(l)}, which is not a whole word of the list`);
    out.add(l);
  }
  return [...out].sort(cmp);
}

function versions() {
  const v = spawnSync('hunspell', ['-v'], { encoding: 'utf8' });
  const hunspell = (v.stdout ?? '').split('\n')[0]?.trim() || 'unknown';
  const q = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\\n', 'hunspell-it', 'hunspell-en-us'], { encoding: 'utf8' });
  return { hunspell, packages: (q.stdout ?? '').split('\n').filter(Boolean) };
}

/** The snapshot object of one list, computed now. */
function compute(s, tmp, meta) {
  const words = readList(s.list);
  const rejected = hunspellRejects(s.dict(tmp), words);
  if (s.mustReject) {
    const rej = new Set(rejected);
    const wrong = readList(s.mustReject).filter((w) => !rej.has(w));
    if (wrong.length) throw new Error(`${s.name}: hunspell accepted words it must reject (${wrong.join(' ')}): verdicts read the wrong way?`);
  }
  return { name: s.name, command: s.label, list: s.list, count: words.length, ...meta, rejected };
}

/** Sampled lists, drawn from the compiled dictionaries with fixed seeds. */
async function resample() {
  const { loadSpellerSync } = await import('../lib/spelling/node.ts');
  const speller = loadSpellerSync();
  const lcg = (seed) => () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  for (const lang of ['it', 'en']) {
    const rnd = lcg(lang === 'it' ? 20260 : 31337);
    const d = speller[lang];
    const forms = new Set();
    for (let i = 0; i < 60_000 && forms.size < 2000; i++) {
      const w = d.randomWord(rnd);
      if (/^\p{L}+$/u.test(w)) forms.add(w);
    }
    const letters = lang === 'it' ? 'aeioutrsnlcmèàù' : 'aeioutrsnlcmhy';
    const all = new Set(forms);
    for (const w of forms) {
      const i = Math.floor(rnd() * w.length);
      const c = letters.charAt(Math.floor(rnd() * letters.length));
      const k = rnd();
      all.add(k < 0.33 ? w.slice(0, i) + w.slice(i + 1) : k < 0.66 ? w.slice(0, i) + c + w.slice(i) : w.slice(0, i) + c + w.slice(i + 1));
      all.add(rnd() < 0.5 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1));
    }
    const list = [...all].filter((w) => /^\p{L}+$/u.test(w)).sort(cmp);
    writeFileSync(join(FIXTURES, `${lang}.sample.txt`), list.join('\n') + '\n');
    console.log(`${lang}.sample.txt: ${list.length} words`);
  }
  // Elided forms: those of the texts, then generated ones.
  const d = speller.it;
  const list = new Set(readList('it.elided.txt'));
  const fromTexts = list.size;
  const rnd = lcg(777);
  const heads = ["l'", "dell'", "all'", "nell'", "sull'", "dall'", "un'", "quest'", "quell'", "c'", "d'", "s'", "m'", "t'", "v'", "sant'", "bell'", "buon'", "coll'", "L'", "Dell'", "Un'", "ALL'", "DELL'"];
  for (let i = 0; i < 60_000 && list.size < fromTexts + 6000; i++) {
    const w = d.randomWord(rnd);
    if (!/^\p{L}+$/u.test(w) || !/^[aeiouhAEIOUHàèéìòù]/u.test(w)) continue;
    const h = heads[Math.floor(rnd() * heads.length)];
    list.add(h === h.toUpperCase() && h !== h.toLowerCase() ? (h + w).toUpperCase() : h + w);
    if (rnd() < 0.3) list.add(h + w.charAt(0).toUpperCase() + w.slice(1));
    if (rnd() < 0.3) list.add(h + w.slice(0, -1));
  }
  writeFileSync(join(FIXTURES, 'it.elision.txt'), [...list].sort(cmp).join('\n') + '\n');
  console.log(`it.elision.txt: ${list.size} words (${fromTexts} from the texts)`);
  writeFileSync(join(FIXTURES, 'tiny.words.txt'), tinyCandidates().join('\n') + '\n');
}

/** Every candidate the compiler test checks: roots × prefixes × suffixes, with case variants. */
export function tinyCandidates() {
  const roots = ['city', 'bus', 'walk', 'bake', 'happy', 'amico', 'ora', 'root', 'badword', 'compo', 'NASA', 'Nasa', 'cit'];
  const pre = ['', 'un', 're', "l'", "dell'", "L'", 'unre'];
  const suf = ['', 's', 'ies', 'es', 'ed', 'd'];
  const words = new Set();
  for (const r of roots) {
    const stems = [r, r.replace(/y$/, ''), r.replace(/e$/, '')];
    for (const p of pre) for (const st of stems) for (const x of suf) {
      const w = p + st + x;
      words.add(w);
      words.add(w.toUpperCase());
      words.add(w.charAt(0).toUpperCase() + w.slice(1));
      if (p.endsWith("'")) words.add(p + st.charAt(0).toUpperCase() + st.slice(1) + x);
    }
  }
  return [...words].filter((w) => w.length > 0 && !w.endsWith("'")).sort(cmp);
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  if (args.includes('--resample')) {
    if (check) throw new Error('--check and --resample do not go together');
    await resample();
  }
  const meta = versions();
  const tmp = mkdtempSync(join(tmpdir(), 'garbo-hunspell-'));
  let differences = 0;
  try {
    for (const s of SNAPSHOTS) {
      const now = compute(s, tmp, meta);
      const file = join(FIXTURES, `${s.name}.verdicts.json`);
      if (!check) {
        writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
        console.log(`${s.name}: ${now.count} words, ${now.rejected.length} rejected → ${file.slice(ROOT.length + 1)}`);
        continue;
      }
      if (!existsSync(file)) {
        console.error(`${s.name}: no committed snapshot ${file.slice(ROOT.length + 1)}`);
        differences++;
        continue;
      }
      const old = JSON.parse(readFileSync(file, 'utf8'));
      const was = new Set(old.rejected);
      const is = new Set(now.rejected);
      const newlyRejected = now.rejected.filter((w) => !was.has(w));
      const newlyAccepted = old.rejected.filter((w) => !is.has(w));
      const diff = newlyRejected.length + newlyAccepted.length + (old.count === now.count ? 0 : 1) + (old.command === now.command ? 0 : 1);
      if (old.hunspell !== now.hunspell || JSON.stringify(old.packages) !== JSON.stringify(now.packages)) {
        console.log(`${s.name}: note: snapshot made with ${old.hunspell} [${old.packages}], now ${now.hunspell} [${now.packages}]`);
      }
      if (diff === 0) {
        console.log(`${s.name}: ${now.count} words, ${now.rejected.length} rejected: same as the snapshot`);
        continue;
      }
      differences += diff;
      console.error(`${s.name}: DIFFERS from the snapshot (count ${old.count} → ${now.count})`);
      if (newlyRejected.length) console.error(`  now rejected: ${newlyRejected.slice(0, 50).join(' ')}`);
      if (newlyAccepted.length) console.error(`  now accepted: ${newlyAccepted.slice(0, 50).join(' ')}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (check && differences > 0) {
    console.error('hunspell-snapshot --check: the committed snapshot is stale; run `npm run hunspell:snapshot` and review the diff.');
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
