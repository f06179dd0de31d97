#!/usr/bin/env node
// Compiles the Hunspell dictionaries of dictionary-it and dictionary-en into
// Garbo's compact spelling automata: public/dict/it.bin and public/dict/en.bin
// (gitignored; WXT copies public/ into the extension, and Node code reads them
// from there).
//
// What it does, per language:
//   1. parses the .aff (PFX/SFX with strip/add/condition and cross-product,
//      FLAG char|long|num|UTF-8, NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD,
//      NOSUGGEST) and the .dic (word/flags lines);
//   2. expands every surface form exactly as Hunspell accepts it: the root,
//      root+suffix, prefix+root and prefix+root+suffix when both are
//      cross-product;
//   3. does NOT expand the Italian elision prefixes (every PFX class whose
//      added text ends in an apostrophe: l', dell', un', sull', …). Their rules
//      go to a prefix table in the file header and the automaton only stores,
//      for each such class, the forms the class may attach to, behind a marker
//      symbol. The runtime undoes the prefix, tests the rule's condition and
//      looks up marker+rest: Hunspell's own prefix check, without the 35 million
//      expanded forms;
//   4. sorts the forms and builds the minimal acyclic automaton incrementally
//      (Daciuk et al. 2000, sorted input), then writes it as a flat binary.
//
// Binary layout (little-endian), read by lib/spelling/dawg.ts:
//   0  "GRBD"         magic
//   4  u32 version    (1)
//   8  u32 n          header JSON byte length
//   12 header JSON    {lang, alphabet, root, rootFinal, edges, elisions, markers, source}
//   …  zero padding to a multiple of 4
//   …  u32[edges]     per edge: target's first edge << 2 | target final << 1 | last edge of its state
//   …  u8[edges]      per edge: symbol index into `alphabet`
// Edge 0 is a dummy: a target whose state has no outgoing edges points to 0.
// The edges of a state are contiguous and sorted by UTF-16 code unit.
//
// Usage: node scripts/build-dicts.mjs [--force] [--out DIR] [--quiet]
// Skips the work when the outputs exist and a hash of the inputs and of this
// script matches the one recorded at the last build (.dicts-cache/stamp-*).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const quiet = args.includes('--quiet');
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? resolve(args[outIdx + 1]) : join(ROOT, 'public/dict');
const log = (...a) => { if (!quiet) console.error('[build-dicts]', ...a); };

/** Marker symbols stored in front of forms (all sort before any letter). */
const MARK_NOSUGGEST = '\u001f';
const MARK_ONLYUPCASE = '\u001e';
const ELISION_MARK_BASE = 0x01; // class k (0-based) → U+0001 + k

const LANGS = [
  { lang: 'it', pkg: 'dictionary-it', licence: 'GPL-3.0' },
  { lang: 'en', pkg: 'dictionary-en', licence: '(MIT AND BSD)' },
];

// ---------------------------------------------------------------- .aff parsing

function decodeFlags(s, type) {
  if (!s) return [];
  if (type === 'long') {
    const out = [];
    for (let i = 0; i + 1 < s.length; i += 2) out.push(s.slice(i, i + 2));
    return out;
  }
  if (type === 'num') return s.split(',').map((x) => x.trim()).filter(Boolean);
  return Array.from(s); // char and UTF-8 flags: one code point each
}

function conditionRegex(cond, where) {
  if (cond === '.' || cond === '') return null;
  // Hunspell conditions: literal chars, '.', [abc] and [^abc]. Escape the rest.
  let src = '';
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i];
    if (c === '[') {
      const j = cond.indexOf(']', i);
      src += cond.slice(i, j + 1).replace(/\\/g, '\\\\');
      i = j;
    } else if (c === '.') src += '.';
    else src += c.replace(/[\\^$*+?()|{}\/-]/g, '\\$&');
  }
  return new RegExp(where === 'start' ? `^(?:${src})` : `(?:${src})$`, 'u');
}

function parseAff(text) {
  const aff = { flagType: 'char', pfx: new Map(), sfx: new Map(), needAffix: null, onlyInCompound: null, forbidden: null, noSuggest: null };
  const lines = text.split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (!line || line.startsWith('#')) continue;
    const f = line.trim().split(/\s+/);
    switch (f[0]) {
      case 'FLAG': aff.flagType = f[1] === 'UTF-8' ? 'char' : f[1]; break;
      case 'NEEDAFFIX': case 'PSEUDOROOT': aff.needAffix = f[1]; break;
      case 'ONLYINCOMPOUND': aff.onlyInCompound = f[1]; break;
      case 'FORBIDDENWORD': aff.forbidden = f[1]; break;
      case 'NOSUGGEST': aff.noSuggest = f[1]; break;
      case 'PFX': case 'SFX': {
        const table = f[0] === 'PFX' ? aff.pfx : aff.sfx;
        if (f.length === 4 && (f[2] === 'Y' || f[2] === 'N') && /^\d+$/.test(f[3])) {
          table.set(f[1], { flag: f[1], cross: f[2] === 'Y', rules: [] });
          break;
        }
        const cls = table.get(f[1]);
        if (!cls || f.length < 4) break;
        const strip = f[2] === '0' ? '' : f[2];
        let add = f[3] === '0' ? '' : f[3];
        let cont = [];
        const slash = add.indexOf('/');
        if (slash >= 0) {
          cont = decodeFlags(add.slice(slash + 1), aff.flagType);
          add = add.slice(0, slash);
          if (add === '0') add = '';
        }
        const cond = f[4] ?? '.';
        cls.rules.push({ strip, add, cond, re: conditionRegex(cond, f[0] === 'PFX' ? 'start' : 'end'), cont });
        break;
      }
      default: break;
    }
  }
  return aff;
}

// ---------------------------------------------------------------- expansion

function initCap(w) {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Hunspell's capitalization type of a dictionary word. */
function capType(w) {
  let ncap = 0, nneutral = 0, n = 0;
  for (const ch of w) {
    n++;
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (ch !== lo) ncap++;
    else if (lo === up) nneutral++;
  }
  const first = w.charAt(0);
  const firstCap = first !== first.toLowerCase();
  if (ncap === 0) return 'none';
  if (ncap === 1 && firstCap) return 'init';
  if (ncap === n || ncap + nneutral === n) return 'all';
  if (ncap > 1 && firstCap) return 'huhinit';
  return 'huh';
}

function expand(aff, dicText) {
  const lines = dicText.split(/\r?\n/);
  const forms = [];
  const forbidden = new Set();
  const elisionFlags = [];
  for (const [flag, cls] of aff.pfx) if (cls.rules.some((r) => r.add.endsWith("'") || r.add.endsWith('’'))) elisionFlags.push(flag);
  const elisionIndex = new Map(elisionFlags.map((f, i) => [f, i]));
  let entries = 0;
  let contWarned = false;

  const parsed = [];
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (!line || line.startsWith('/') || line.startsWith('#') || line.startsWith('\t')) continue;
    // word[/flags][ morphology]; "\/" escapes a slash inside the word
    let end = line.length;
    const sp = line.search(/[\t ]/);
    if (sp >= 0) end = sp;
    const body = line.slice(0, end);
    let slash = -1;
    for (let i = 1; i < body.length; i++) if (body[i] === '/' && body[i - 1] !== '\\') { slash = i; break; }
    const word = (slash >= 0 ? body.slice(0, slash) : body).replace(/\\\//g, '/').normalize('NFC');
    if (word) parsed.push([word, slash >= 0 ? body.slice(slash + 1) : '']);
  }
  // Hunspell drops a hidden capitalized homonym when a real entry has that spelling.
  const roots = new Set(parsed.map(([w]) => w));

  for (const [word, flagText] of parsed) {
    const flags = decodeFlags(flagText, aff.flagType);
    entries++;
    const has = (f) => f != null && flags.includes(f);
    if (has(aff.forbidden)) { forbidden.add(word); continue; }
    if (has(aff.onlyInCompound)) continue;
    const noSuggest = has(aff.noSuggest);
    const ct = capType(word);
    // Hunspell's hidden capitalized homonym (iPhone → Iphone, NASA/M → Nasa), accepted for ALLCAPS input only.
    const hidden = (ct === 'huh' || ct === 'huhinit' || (ct === 'all' && flags.length > 0)) && !roots.has(initCap(word.toLowerCase()));
    const emit = (form) => {
      forms.push(form);
      if (noSuggest) forms.push(MARK_NOSUGGEST + form);
      if (hidden) forms.push(MARK_ONLYUPCASE + initCap(form.toLowerCase()));
    };
    if (!has(aff.needAffix)) emit(word);

    const suffixed = []; // forms that a cross-product prefix may attach to
    for (const f of flags) {
      const cls = aff.sfx.get(f);
      if (!cls) continue;
      for (const r of cls.rules) {
        if (r.strip.length >= word.length) continue;
        if (r.strip && !word.endsWith(r.strip)) continue;
        if (r.re && !r.re.test(word)) continue;
        if (r.cont.length && !contWarned) { contWarned = true; log('warning: suffix continuation classes are not expanded'); }
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        emit(form);
        if (cls.cross) suffixed.push(form);
      }
    }
    for (const f of flags) {
      const cls = aff.pfx.get(f);
      if (!cls) continue;
      const targets = cls.cross ? [word, ...suffixed] : [word];
      const el = elisionIndex.get(f);
      // Hunspell's prefix check also finds the hidden capitalized homonym, in
      // any input case (ASI/T → dell'Asi): prefixes apply to it as a root.
      if (hidden) targets.push(initCap(word.toLowerCase()));
      if (el !== undefined) {
        const mark = String.fromCharCode(ELISION_MARK_BASE + el);
        for (const t of targets) forms.push(mark + t);
        continue;
      }
      for (const t of targets) {
        for (const r of cls.rules) {
          if (r.strip.length >= t.length) continue;
          if (r.strip && !t.startsWith(r.strip)) continue;
          if (r.re && !r.re.test(t)) continue;
          emit(r.add + t.slice(r.strip.length));
        }
      }
    }
  }

  const elisions = [];
  elisionFlags.forEach((flag, k) => {
    for (const r of aff.pfx.get(flag).rules) elisions.push([k, r.strip, r.add, r.cond]);
  });
  return { forms, forbidden, elisions, classes: elisionFlags.length, entries };
}

// ---------------------------------------------------------------- minimal automaton

class Builder {
  constructor() {
    this.nextId = 1;
    this.root = this.node();
    this.register = new Map();
    this.unchecked = []; // [parent, childIndexInParent, child]
    this.prev = '';
    this.count = 0;
  }
  node() { return { id: this.nextId++, final: false, labels: [], targets: [], sig: null }; }
  insert(word) {
    if (word === this.prev) return;
    if (word < this.prev) throw new Error(`unsorted input: ${JSON.stringify(this.prev)} then ${JSON.stringify(word)}`);
    let common = 0;
    const lim = Math.min(word.length, this.prev.length);
    while (common < lim && word.charCodeAt(common) === this.prev.charCodeAt(common)) common++;
    this.minimize(common);
    let node = this.unchecked.length ? this.unchecked[this.unchecked.length - 1][2] : this.root;
    for (let i = common; i < word.length; i++) {
      const next = this.node();
      node.labels.push(word.charCodeAt(i));
      node.targets.push(next);
      this.unchecked.push([node, node.labels.length - 1, next]);
      node = next;
    }
    node.final = true;
    this.prev = word;
    this.count++;
  }
  minimize(downTo) {
    for (let i = this.unchecked.length - 1; i >= downTo; i--) {
      const [parent, idx, child] = this.unchecked[i];
      let sig = child.final ? '1' : '0';
      for (let k = 0; k < child.labels.length; k++) sig += `,${child.labels[k]}:${child.targets[k].id}`;
      const found = this.register.get(sig);
      if (found) parent.targets[idx] = found;
      else this.register.set(sig, child);
      this.unchecked.pop();
    }
  }
  finish() {
    this.minimize(0);
    return this.root;
  }
}

function serialize(root, lang, elisions, source) {
  // Collect states reachable from the root, assign each its edge block.
  const alphabetSet = new Set();
  const order = [];
  const seen = new Set([root]);
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    order.push(n);
    for (let k = 0; k < n.labels.length; k++) {
      alphabetSet.add(n.labels[k]);
      const t = n.targets[k];
      if (!seen.has(t)) { seen.add(t); stack.push(t); }
    }
  }
  const alphabet = [...alphabetSet].sort((a, b) => a - b);
  if (alphabet.length > 255) throw new Error(`alphabet too large: ${alphabet.length}`);
  const symIndex = new Map(alphabet.map((c, i) => [c, i]));
  const start = new Map();
  let edges = 1; // edge 0 is the dummy target of edge-less states
  for (const n of order) {
    if (n.labels.length) { start.set(n, edges); edges += n.labels.length; }
    else start.set(n, 0);
  }
  if (edges >= 2 ** 30) throw new Error('automaton too large');
  const links = new Uint32Array(edges);
  const syms = new Uint8Array(edges);
  for (const n of order) {
    const s = start.get(n);
    for (let k = 0; k < n.labels.length; k++) {
      const t = n.targets[k];
      links[s + k] = ((start.get(t) << 2) | (t.final ? 2 : 0) | (k === n.labels.length - 1 ? 1 : 0)) >>> 0;
      syms[s + k] = symIndex.get(n.labels[k]);
    }
  }
  const header = {
    lang,
    alphabet: String.fromCharCode(...alphabet),
    root: start.get(root),
    rootFinal: root.final,
    edges,
    states: order.length,
    elisions,
    markers: { elisionBase: ELISION_MARK_BASE, noSuggest: MARK_NOSUGGEST.charCodeAt(0), onlyUpcase: MARK_ONLYUPCASE.charCodeAt(0) },
    source,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headLen = 12 + json.length;
  const pad = (4 - (headLen % 4)) % 4;
  const buf = Buffer.alloc(headLen + pad + edges * 4 + edges);
  buf.write('GRBD', 0, 'latin1');
  buf.writeUInt32LE(1, 4);
  buf.writeUInt32LE(json.length, 8);
  json.copy(buf, 12);
  const off = headLen + pad;
  for (let i = 0; i < edges; i++) buf.writeUInt32LE(links[i], off + i * 4);
  Buffer.from(syms.buffer, syms.byteOffset, syms.length).copy(buf, off + edges * 4);
  return { buf, states: order.length, edges, alphabet: alphabet.length };
}

// ---------------------------------------------------------------- driver

function pkgDir(pkg) {
  return join(ROOT, 'node_modules', pkg);
}

function inputsHash() {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const { pkg } of LANGS) {
    h.update(readFileSync(join(pkgDir(pkg), 'index.aff')));
    h.update(readFileSync(join(pkgDir(pkg), 'index.dic')));
  }
  return h.digest('hex');
}

/**
 * Compiles one Hunspell .aff/.dic pair (as text) into Garbo's binary automaton.
 * Exported for the compiler's own tests (tiny hand-made dictionaries).
 */
export function compileDictionary(affText, dicText, lang, source = {}) {
  const t0 = Date.now();
  const aff = parseAff(affText);
  const { forms, forbidden, elisions, classes, entries } = expand(aff, dicText);
  const t1 = Date.now();
  forms.sort();
  const t2 = Date.now();
  const b = new Builder();
  let unique = 0;
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i];
    if (i > 0 && f === forms[i - 1]) continue;
    if (i > 0) forms[i - 1] = undefined; // let the strings go as we stream through
    if (forbidden.has(f)) continue;
    b.insert(f);
    unique++;
  }
  const emitted = forms.length;
  forms.length = 0;
  const root = b.finish();
  const t3 = Date.now();
  const { buf, states, edges, alphabet } = serialize(root, lang, elisions, source);
  const stats = { entries, emitted, unique, classes, prefixRules: elisions.length, states, edges, alphabet, ms: { expand: t1 - t0, sort: t2 - t1, automaton: t3 - t2, total: Date.now() - t0 } };
  return { buf, stats };
}

function build({ lang, pkg, licence }) {
  const dir = pkgDir(pkg);
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const { buf, stats: st } = compileDictionary(
    readFileSync(join(dir, 'index.aff'), 'utf8'),
    readFileSync(join(dir, 'index.dic'), 'utf8'),
    lang,
    { package: pkg, version, licence },
  );
  log(`${lang}: ${st.entries} entries, ${st.emitted} forms emitted (${st.unique} unique incl. ${st.classes} elision classes kept as ${st.prefixRules} prefix rules), ` +
    `${st.states} states, ${st.edges} edges, ${st.alphabet} symbols, ${(buf.length / 1024).toFixed(0)} KB; ` +
    `expand ${st.ms.expand} ms, sort ${st.ms.sort} ms, automaton ${st.ms.automaton} ms, total ${st.ms.total} ms`);
  return buf;
}

function main() {
  for (const { pkg } of LANGS) {
    if (!existsSync(join(pkgDir(pkg), 'index.dic'))) {
      console.error(`[build-dicts] ${pkg} is not installed (node_modules/${pkg}); run npm install first.`);
      process.exit(1);
    }
  }
  const hash = inputsHash();
  // The stamp lives outside the shipped folder: one per output folder.
  const stampFile = join(ROOT, '.dicts-cache', `stamp-${createHash('sha256').update(OUT).digest('hex').slice(0, 12)}`);
  const outputs = LANGS.map(({ lang }) => join(OUT, `${lang}.bin`));
  if (!force && existsSync(stampFile) && outputs.every((p) => existsSync(p)) && readFileSync(stampFile, 'utf8').trim() === hash) {
    log('up to date');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  for (const spec of LANGS) {
    const buf = build(spec);
    const file = join(OUT, `${spec.lang}.bin`);
    // A per-process temporary name: two builds at once (parallel test runs) never share one.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, file);
  }
  const licence = [
    'Garbo ships two spelling automata compiled at build time (scripts/build-dicts.mjs) from:',
    '',
    '- it.bin: dictionary-it (npm, https://github.com/wooorm/dictionaries/tree/main/dictionaries/it),',
    '  the Italian Hunspell dictionary of http://www.plio.it, version 5.0, licensed GPL-3.0',
    '  (https://github.com/wooorm/dictionaries/blob/main/dictionaries/it/license). it.bin is a derived',
    '  work of that dictionary and is distributed under the GNU GPL version 3.',
    '- en.bin: dictionary-en (npm, https://github.com/wooorm/dictionaries/tree/main/dictionaries/en),',
    '  the SCOWL-based en_US Hunspell dictionary of http://wordlist.aspell.net/dicts/, licensed MIT AND BSD',
    '  (https://github.com/wooorm/dictionaries/blob/main/dictionaries/en/license).',
    '',
  ].join('\n');
  const licenceTmp = join(OUT, `LICENSE-dictionaries.txt.${process.pid}.tmp`);
  writeFileSync(licenceTmp, licence);
  renameSync(licenceTmp, join(OUT, 'LICENSE-dictionaries.txt'));
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, hash + '\n');
}

// Run only as a script (the tests import compileDictionary).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
