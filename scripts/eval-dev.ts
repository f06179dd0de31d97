// npm run eval:dev [-- --file <path.jsonl>] [--misses] [--off <mechanism,…>] [--on <mechanism,…>]
//
// Agreement of the analyzer with a labelled set, per core rule, every draft judged as a first
// contact (the labels' convention). Default set: the dev corpus in the shared reference folder
// ($GARBO_SHARED_DIR/corpus/dev.jsonl, default ../shared next to the repository). It is read
// here and nowhere in `npm test`, so a bare clone's test suite needs nothing outside the repo.
// Exit status: 0 after printing, 2 when the file is missing or unreadable.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpellerSync, REPO_ROOT } from '../lib/spelling/node';
import { MECHANISMS, setMechanisms, type Mechanism } from '../lib/rules/mechanisms';
import { evaluate, loadRows } from '../tests/unit/analyzer/corpus-eval';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = process.env.GARBO_SHARED_DIR ?? join(REPO_ROOT, '../shared');
const file = resolve(opt('--file') ?? join(shared, 'corpus/dev.jsonl'));
if (!existsSync(file)) {
  console.error(`eval:dev: labelled file not found: ${file}`);
  console.error('The dev corpus lives in the shared reference folder (../shared/corpus/dev.jsonl); set GARBO_SHARED_DIR or pass --file.');
  process.exit(2);
}
const off = (opt('--off') ?? '').split(',').filter(Boolean);
const on = (opt('--on') ?? '').split(',').filter(Boolean);
for (const m of [...off, ...on]) {
  if (!(MECHANISMS as readonly string[]).includes(m)) {
    console.error(`eval:dev: unknown mechanism "${m}" (known: ${MECHANISMS.join(', ')})`);
    process.exit(2);
  }
}
setMechanisms(Object.fromEntries([...off.map((m) => [m, false]), ...on.map((m) => [m, true])]) as Partial<Record<Mechanism, boolean>>);
let rows;
try {
  rows = loadRows(file);
} catch (e) {
  console.error(`eval:dev: cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
const results = evaluate(rows, loadSpellerSync());
console.log(`${file}: ${rows.length} drafts${off.length ? `, mechanisms off: ${off.join(', ')}` : ''}${on.length ? `, on: ${on.join(', ')}` : ''}`);
for (const a of results) {
  console.log(`${a.label.padEnd(13)} ${a.agree}/${a.total} (${((100 * a.agree) / a.total).toFixed(1)}%)`);
  if (args.includes('--misses')) for (const m of a.misses) console.log(`  miss ${m}`);
}
