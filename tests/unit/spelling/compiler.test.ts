// The dictionary compiler on a tiny hand-made Hunspell dictionary that uses
// the features the real ones use and a few they do not (FLAG long, NEEDAFFIX,
// FORBIDDENWORD, ONLYINCOMPOUND, NOSUGGEST, non-cross-product affixes, strip
// and bracket conditions, an elision class with strip): every candidate word
// gets the same verdict from Garbo as from hunspell reading the same files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../scripts/build-dicts.mjs';
import { loadDictionary } from '../../../lib/spelling/dawg';

const AFF = `SET UTF-8
FLAG long
WORDCHARS '
NEEDAFFIX Nx
FORBIDDENWORD Fb
ONLYINCOMPOUND Oc
NOSUGGEST Ns

SFX Sa Y 3
SFX Sa 0 s [^sy]
SFX Sa y ies [^aeiou]y
SFX Sa 0 es s

SFX Ed N 2
SFX Ed 0 ed [^e]
SFX Ed 0 d e

PFX Un Y 1
PFX Un 0 un .

PFX Re N 1
PFX Re 0 re [^e]

PFX El Y 4
PFX El 0 l' [aeiouh]
PFX El a l'A a
PFX El 0 dell' [aeiouh]
PFX El 0 L' [AEIOUH]
`;

const DIC = `11
city/Sa
bus/Sa
walk/SaEdUnRe
bake/EdRe
happy/Un
amico/ElSa
ora/El
root/NxSa
badword/Fb
compo/Oc
NASA/Sa
`;

const dir = mkdtempSync(join(tmpdir(), 'garbo-tinydict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compileDictionary on a tiny dictionary', () => {
  const { buf, stats } = compileDictionary(AFF, DIC, 'it');
  const d = loadDictionary(buf, 'it');

  it('keeps the apostrophe prefixes as a table and expands the rest', () => {
    expect(stats.classes).toBe(1);
    expect(stats.prefixRules).toBe(4);
    for (const w of ['cities', 'buses', 'walks', 'walked', 'unwalk', 'unwalks', 'rewalk', 'baked', 'rebake', 'unhappy', 'roots', "l'amico", "l'amicos", "l'Amico", "dell'ora", "L'ora", "DELL'ORA", 'NASA', 'NASAs']) {
      expect(d.correct(w), w).toBe(true);
    }
    for (const w of ['citys', 'busses', 'unwalked', 'rewalks', 'root', 'badword', 'compo', "l'walk", "dell'Amico", "L'Ora", 'Nasa', "un'amico"]) {
      expect(d.correct(w), w).toBe(false);
    }
  });

  it('agrees with hunspell on every candidate built from the roots and affixes', () => {
    writeFileSync(join(dir, 'tiny.aff'), AFF);
    writeFileSync(join(dir, 'tiny.dic'), DIC);
    const roots = ['city', 'bus', 'walk', 'bake', 'happy', 'amico', 'ora', 'root', 'badword', 'compo', 'NASA', 'Nasa', 'cit'];
    const pre = ['', 'un', 're', "l'", "dell'", "L'", 'unre'];
    const suf = ['', 's', 'ies', 'es', 'ed', 'd'];
    const words = new Set<string>();
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
    const list = [...words].filter((w) => w.length > 0 && !w.endsWith("'"));
    const res = spawnSync('hunspell', ['-d', join(dir, 'tiny'), '-l'], { input: list.join('\n') + '\n', encoding: 'utf8' });
    if (res.error || res.status !== 0) throw new Error(`hunspell -l could not run: ${res.error?.message ?? res.stderr}`);
    const rejected = new Set(res.stdout.split('\n'));
    const disagreements = list.filter((w) => d.correct(w) === rejected.has(w)).map((w) => `${w}: garbo=${d.correct(w) ? 'ok' : 'wrong'}`);
    expect(list.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(Buffer.from(compileDictionary(AFF, DIC, 'it').buf).equals(Buffer.from(buf))).toBe(true);
  });
});
