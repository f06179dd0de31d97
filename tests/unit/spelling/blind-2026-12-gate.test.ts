// Spelling gate over the three blind batches of December 2026
// (tests/fixtures/blind/2026-12-{a,b,c}.jsonl, 60 drafts each, written and
// labelled by others; `expect.misspelled` lists the real errors). First try,
// before the rules of NOTES-spell.md section C: precision 68/83/75 %, recall
// 100/94/100 %, 11.7/5.0/10.0 false alarms per 100 drafts. They then became
// development data for those rules; the gate holds the figures reached:
// no labelled error missed, at most 2 false alarms in the 180 drafts (the two
// left are a dialect noun, caruggi, and a lowercase brand one letter from
// words, moz: both kept flagged on purpose, see NOTES-spell.md).
import { describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { readDrafts, spellingAgreement } from './drafts';

const speller = loadSpellerSync();
const batches = ['a', 'b', 'c'].map((b) => readDrafts(`blind/2026-12-${b}.jsonl`));

describe('spelling on the 2026-12 blind batches', () => {
  it('holds three batches of 60 drafts with labelled errors', () => {
    for (const b of batches) expect(b).toHaveLength(60);
    expect(batches.flat().reduce((n, d) => n + d.expect.misspelled.length, 0)).toBeGreaterThanOrEqual(45);
  });

  // The written-words mechanism (lib/spelling/written.ts) missed "conoscienza" in batch b from session 8 until an i added between
  // c and e became a classic slip shape (session 10).
  it('misses no labelled error and raises at most 2 false alarms in the 180 drafts (precision ≥ 96 %)', () => {
    const all = spellingAgreement(batches.flat(), speller);
    console.log(`2026-12 blind spelling: ${all.summary}`);
    expect(all.tp).toBeGreaterThanOrEqual(45);
    expect(all.misses.filter((m) => m.includes('missed'))).toEqual([]);
    expect(all.fp).toBeLessThanOrEqual(2);
    expect(all.precision).toBeGreaterThanOrEqual(0.96);
  });

  it('stays within 2 false alarms per 100 drafts in each batch except c (3.3: caruggi, moz) and misses nothing', () => {
    const per = batches.map((b) => spellingAgreement(b, speller));
    per.forEach((a, i) => {
      expect(a.fn, `batch ${'abc'[i]}`).toBe(0);
      expect((100 * a.fp) / 60, `batch ${'abc'[i]}`).toBeLessThanOrEqual(i === 2 ? 3.4 : 2);
    });
  });
});

// Batch d was written and double-labelled after the rules above and scored
// once, at first try (README, "Accuracy on drafts nobody tuned it to"):
// precision 79.2 %, recall 100 %, 5 false alarms (meccatronica, rollout, monzo,
// readmissions, roastery). Nothing was tuned on it; the gate keeps that level.
describe('spelling on the 2026-12 batch d (first try, untuned)', () => {
  const d = readDrafts('blind/2026-12-d.jsonl');
  it('misses no labelled error and raises at most 5 false alarms in its 60 drafts', () => {
    expect(d).toHaveLength(60);
    const a = spellingAgreement(d, speller);
    console.log(`2026-12-d spelling: ${a.summary}`);
    expect(a.tp).toBeGreaterThanOrEqual(15);
    expect(a.fn).toBe(0);
    expect(a.fp).toBeLessThanOrEqual(5);
  });
});

// Batches e-j (session of 2026-12-05), each written and double-labelled blind and scored once at first try
// (README, "Accuracy on drafts nobody tuned it to"):
// - e (on 9c54080): precision 85.3 %, recall 93.5 %, 5 false alarms (scampia, yc, mins, mis, figma), 2 misses (giovedi, cal);
// - f (on 0eb7350): precision 62.1 %, recall 85.7 %, 11 false alarms (lowercase brands, trade words missing from
//   dictionary-it, British neighbourhood, rollout, ahah), 3 misses (Im, dispozione, gionata);
// - g, h (on b8ccd95): g 82.6 % / 95.0 %, 4 false alarms (padlet, behance, cauda, maths); h 67.9 % / 100 %, 9 false
//   alarms (riprogetterai, portese, eventbrite, kimchi twice, etsy, café, À, bientôt);
// - i, j (on d97e7a7, untuned since): i 71.4 % / 95.2 %, 8 false alarms (adelphi, domiciliatario, Uè, carrellisti,
//   drylining twice, roastery, pharma), 1 miss (c'e'); j 95.2 % / 100 %, 1 false alarm (Threadline).
// e-h then became development data (shorthand durations, hyphenated English prefixes, British -our words, trade
// words, lowercase platforms); each gate holds what was reached, i and j their first-try level.
// Since the written-words mechanism (session 8, lib/spelling/written.ts) each gate holds what it reaches: never more false alarms
// than before (many fewer), and one miss more in n, w, al, ao, be, bh, bi, bm, bw, ce, cj, dl, dz, ed, eh, es, eu, fj and fn
// (seperately, priviledge, degredation, referirmi, scenerio, appraisels, occupency, compostible ×3, priviledged, observabilty,
// conoscienze, conoscienza, ricieve, precendenti, photshoot, legendery, inpaginazione): slips on words nobody wrote twice in the
// labelled drafts, with no classic slip shape (README, "Spelling engine"). Since the list was retrained on fs-gd, "castagnata" is
// two edits from a written word (castagna) and flagged again in cz and fn; since gi-gl, "lidar" (one from liar) in eo.
const LATER: Array<{ batch: string; maxFp: number; maxFn: number; minTp?: number }> = [
  { batch: 'e', maxFp: 3, maxFn: 2 },
  { batch: 'f', maxFp: 1, maxFn: 3 },
  { batch: 'g', maxFp: 1, maxFn: 1 },
  { batch: 'h', maxFp: 1, maxFn: 0 },
  { batch: 'i', maxFp: 1, maxFn: 1 },
  { batch: 'j', maxFp: 0, maxFn: 0 },
  // k and l, first try on 5445852, untuned: k 85.7 % / 100 %, 4 false alarms (dermocosmetici, salford, Jen, juniores);
  // l 82.6 % / 100 %, 4 false alarms (roastery, ciclofficina, raku, linter).
  { batch: 'k', maxFp: 1, maxFn: 0 },
  { batch: 'l', maxFp: 1, maxFn: 0 },
  // m and n, first try on dd778ba: m 87.0 % / 100 %, 3 false alarms (collio, uk, Medivale); n 75.0 % / 100 %, 6 false
  // alarms (enel, dapp, pytest, asyncio, shaders, devlog). Medivale, in a signature block, is no longer flagged.
  { batch: 'm', maxFp: 1, maxFn: 0 },
  { batch: 'n', maxFp: 3, maxFn: 1 },
  // o and p, first try on a4bb250: o 81.8 % / 100 %, 4 false alarms (committati, laboratoriale, microbiomes, repro); p 88.9 % /
  // 100 %, 2 (ecom, viridis). q and r, first try on 9a74753: q 82.6 % / 95.0 %, 4 false alarms (Tommi, figma, Collegiamoci,
  // deburring) and 1 miss (apposto used for "a posto"); r 95.2 % / 100 %, 1 false alarm (microbiomes).
  { batch: 'o', maxFp: 2, maxFn: 0 },
  { batch: 'p', maxFp: 1, maxFn: 0 },
  { batch: 'q', maxFp: 3, maxFn: 1 },
  { batch: 'r', maxFp: 0, maxFn: 0 },
  // s and t, first try on d505924: s 93.8 % / 100 %, 1 false alarm (avv, after an elided article: fixed since); t 74.1 % /
  // 100 %, 7 false alarms (timesheet, Gaz, kirana, airtightness, organoide, organoidi, and an "e'" the labellers counted
  // twice where it stands three times).
  { batch: 's', maxFp: 0, maxFn: 0 },
  { batch: 't', maxFp: 2, maxFn: 0 },
  // u and v, first try on 0ff2df7: u 88.9 % / 100 %, 2 false alarms (Chiaraaa, wellbeing; expressive lengthening is read since);
  // v 100 % / 100 %.
  { batch: 'u', maxFp: 0, maxFn: 0 },
  { batch: 'v', maxFp: 0, maxFn: 0 },
  // w and x, first try on a9b23fb: w 89.3 % / 100 %, 3 false alarms (i'd typed lowercase and Dre alone under "thanks", both read
  // since; diplomandi); x 92.3 % / 100 %, 2 (kintsugi, calendly).
  { batch: 'w', maxFp: 0, maxFn: 1 },
  { batch: 'x', maxFp: 0, maxFn: 0 },
  // y and z, first try on 02b9f5b: y 82.8 % / 100 %, 5 false alarms (panzerotti, Councillor, daje, Jen, andrew's); z 92.0 % / 100 %,
  // 2 (strutturista, robo). panzerotti, Councillor, strutturista and w's diplomandi, x's kintsugi and calendly are read since.
  { batch: 'y', maxFp: 1, maxFn: 0 },
  { batch: 'z', maxFp: 1, maxFn: 0 },
  // aa and ab, first try on 6c80eee: aa 91.3 % / 95.5 %, 2 false alarms (profesionale and oportunità, which only the writer
  // marked: disputed words count as false alarms here) and 1 miss (Managment, read since); ab 92.3 % / 100 %, 2 (crit, topologies).
  { batch: 'aa', maxFp: 2, maxFn: 0 },
  { batch: 'ab', maxFp: 0, maxFn: 0 },
  // ac and ad, first try on dba8beb: ac 89.3 % / 100 %, 3 false alarms (ji, organoidi, roastery); ad 56.8 % / 95.5 %, 16 false alarms
  // (a batch written in ten trades' own words: predalles, planogrammi, groupage, preceptorship, wobblers, cyanotype, craic, arvo, agr. …)
  // and 1 miss (apposto for "a posto" again). The trade words and titles are read since; 5 false alarms are left.
  { batch: 'ac', maxFp: 1, maxFn: 0 },
  { batch: 'ad', maxFp: 3, maxFn: 1 },
  // ae and af, first try on 45f0b26: ae 90.9 % / 90.9 %, 4 false alarms (dermocosmetica, Franci, im, practising) and 4 misses (dell,
  // requisti, whats, Im); af 55.6 % / 100 %, 8 false alarms (audiolibri, reportistica, unittest, pytest, résumé, unglamorous, Riverbend,
  // offcuts). "Im" typed capitalized, practising and the words are read since.
  { batch: 'ae', maxFp: 2, maxFn: 3 },
  // af (careful writers) has only 10 labelled errors, all found.
  { batch: 'af', maxFp: 0, maxFn: 0, minTp: 10 },
  // ag and ah, first try on c30b410: ag 85.0 % / 89.5 %, 3 false alarms (enoturismo, adland, telematics) and 2 misses (martedi after
  // "torino", realy after "jake." in lowercase drafts; both read since); ah 89.5 % / 100 %, 2 (homeware, enquiries).
  { batch: 'ag', maxFp: 1, maxFn: 0, minTp: 15 },
  { batch: 'ah', maxFp: 0, maxFn: 0, minTp: 15 },
  // ai and aj, first try on ced6ef9: ai 100 % / 100 % (no false alarm, 20 errors found); aj 64.3 % / 100 %, 10 false alarms (guyot,
  // glera, surg, holter, Máire, tumminia, varroa, hospitalist, compostata, chilli: farm, clinic and kitchen words and an Irish name).
  { batch: 'ai', maxFp: 0, maxFn: 0, minTp: 18 },
  // Their lab, farm and clinic words and the compounds with a three-letter word (linocut) are read since.
  { batch: 'aj', maxFp: 2, maxFn: 0, minTp: 16 },
  // ak and al, first try on 9ed320e: ak 86.4 % / 100 %, 3 false alarms (showreel, sibilance, linocut); al 52.8 % / 95.0 %, 17 false
  // alarms in 11 drafts written in lab and science words (preprint, denoising, organoidi, epistasis, termociclatori …) and 1 miss (li).
  { batch: 'ak', maxFp: 0, maxFn: 0, minTp: 18 },
  { batch: 'al', maxFp: 2, maxFn: 2, minTp: 18 },
  // am and an, first try on 5586957: am 62.9 % / 100 %, 13 false alarms (kitchen and wine words: qvevri, yuzu, omakase, sbrisolona,
  // mille-feuille, canapés …); an 65.7 % / 100 %, 12 (tech clippings in lowercase: eval, aws, sre, perf, quant, cyber, polars, py).
  // Their kitchen, bar and tech words are read since.
  { batch: 'am', maxFp: 2, maxFn: 0, minTp: 18 },
  { batch: 'an', maxFp: 2, maxFn: 0, minTp: 18 },
  // ao and ap, first try on 7a657b5: ao 87.1 % / 96.4 %, 4 false alarms (confocale, imm, garam masala) and 1 miss (Biotecnology,
  // capitalized mid-sentence); ap 100 % / 94.1 %, no false alarm and 1 miss (contato, a real word in Portuguese and Spanish only).
  { batch: 'ao', maxFp: 1, maxFn: 2, minTp: 18 },
  { batch: 'ap', maxFp: 0, maxFn: 1, minTp: 15 },
  // aq and ar, first try on dfcddbf: aq 84.6 % / 100 %, 4 false alarms (carrellista, carrellisti, Gartner at a sentence start, ele for
  // Elena in a lowercase greeting); ar 95.7 % / 100 %, 1 (enquiries, British).
  { batch: 'aq', maxFp: 1, maxFn: 0, minTp: 18 },
  { batch: 'ar', maxFp: 0, maxFn: 0, minTp: 18 },
  // as and at, first try on 8157b39: as 85.7 % / 100 %, 2 false alarms (pharma, telematics); at 87.5 % / 100 %, 3 (curriculari,
  // dataframe, Kev).
  { batch: 'as', maxFp: 0, maxFn: 0, minTp: 10 },
  { batch: 'at', maxFp: 0, maxFn: 0, minTp: 18 },
  // au and av, first try on 6c41902: au 95.7 % / 95.7 %, 1 false alarm (colaborazione, which only the writer marked) and 1 miss (contato,
  // a real Italian word: "counted"); av 86.2 % / 100 %, 4 (james's, spotify, combi, moate).
  { batch: 'au', maxFp: 1, maxFn: 1, minTp: 18 },
  { batch: 'av', maxFp: 2, maxFn: 0, minTp: 18 },
  // aw and ax, first try on 6c41902: aw 91.3 % / 100 %, 2 false alarms (galway in lowercase, Saïd); ax 95.7 % / 100 %, 1 (raku).
  { batch: 'aw', maxFp: 1, maxFn: 0, minTp: 18 },
  { batch: 'ax', maxFp: 0, maxFn: 0, minTp: 18 },
  // ay and az, first try on 9f2ec21: ay 86.4 % / 100 %, 3 false alarms (kaizen, erasmus, rhizosphere); az 52.0 % / 100 %, 24 in 14 drafts
  // written by the youngest users (ke for che ten times, tryna, rly, abt, heyy, ig) and the oldest (orsono, ret'd).
  // Since: English chat forms (tryna, rly, abt, heyy, ig) and the words are read; "ke" stays flagged by design (realtext.ts).
  { batch: 'ay', maxFp: 0, maxFn: 0, minTp: 15 },
  { batch: 'az', maxFp: 4, maxFn: 0, minTp: 18 },
  // ba-bd, first try on d10b6f8: ba 91.4 % / 100 %, 3 false alarms (aosta, kev, marys); bb 100 % / 100 %, none; bc 91.7 % / 100 %, 2 (raku,
  // defib); bd 86.2 % / 92.6 %, 4 (miramare, impatriati, artisanal, subtitler) and 2 misses (contato for contatto, Wensday).
  // Since: a signature under a closing line, "in contato" and the words are read.
  { batch: 'ba', maxFp: 1, maxFn: 0, minTp: 30 },
  { batch: 'bb', maxFp: 0, maxFn: 0, minTp: 20 },
  { batch: 'bc', maxFp: 0, maxFn: 0, minTp: 20 },
  { batch: 'bd', maxFp: 0, maxFn: 1, minTp: 24 },
  // be-bj, first try: be 91.3 % / 100 % (2 false alarms: torneria, kinesiology) and bf 65.6 % / 95.5 % (11: regional food and trade words,
  // Bev, there'll) on 5e60873; bg 84.6 % / 100 % (4) and bh 92.0 % / 100 % (2) on 07f17be; bi 68.6 % / 100 % (11: lowercase Irish
  // place names, glamping, freemium, uc, req) and bj 71.9 % / 88.5 % (9, and 3 misses: li, te, da) on edf8a1b.
  // Since: a short form of the given name, there'll and the trade words are read.
  { batch: 'be', maxFp: 0, maxFn: 1, minTp: 20 },
  { batch: 'bf', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'bg', maxFp: 0, maxFn: 0, minTp: 20 },
  { batch: 'bh', maxFp: 1, maxFn: 1, minTp: 21 },
  { batch: 'bi', maxFp: 4, maxFn: 1, minTp: 22 },
  { batch: 'bj', maxFp: 2, maxFn: 3, minTp: 21 },
  // bk and bl, first try on d0496b8: bk 77.4 % / 96.0 %, 7 false alarms (galway, brendan's, Jen, oss, rsa, frappato, ucd) and 1 miss
  // (Venerdi); bl 82.1 % / 100 %, 5 (Fergal, paeds, Collegamoci, antipertensiva, British mould). Since: the trade words are read.
  { batch: 'bk', maxFp: 3, maxFn: 1, minTp: 22 },
  { batch: 'bl', maxFp: 1, maxFn: 0, minTp: 21 },
  // bm and bn, first try on 30c7063 (the last pair of the session, not tuned on for spelling): bm 88.0 % / 95.7 %, 3 false alarms
  // (arcigay, brera in lowercase, allyship) and 1 miss (presense); bn 84.6 % / 100 %, 4 (hospo, Vettora, ciaspolata, ucd).
  { batch: 'bm', maxFp: 1, maxFn: 2, minTp: 20 },
  { batch: 'bn', maxFp: 2, maxFn: 0, minTp: 20 },
  // bo and bp, first try on dfdd69f (what ships; not tuned on): bo 84.6 % / 100 %, 4 false alarms (freemium in Italian, fichissimo,
  // carasau, falmouth); bp 80.0 % / 90.9 %, 5 (digestato, digestati, Movember, readmissions, videographer) and 2 misses (candiate,
  // biomentano).
  { batch: 'bo', maxFp: 1, maxFn: 0, minTp: 20 },
  { batch: 'bp', maxFp: 1, maxFn: 2, minTp: 18 },
  // bq and br, first try on 54e6b31: bq 76.9 % / 95.2 %, 6 false alarms (nell'agritech, trafford, ciclofficina, deprescribing,
  // mulettista, refurb) and 1 miss (Anchio); br 91.7 % / 100 %, 2 (versilia in lowercase, flyers). bs and bt on e4db7ff: bs 100 % /
  // 100 %, none; bt 88.5 % / 100 %, 3 (ravello in lowercase, tups, wellbeing).
  // Since: the trade and wellbeing words are read (bq 2 false alarms left, br 1, bt 2: lowercase places and slang).
  { batch: 'bq', maxFp: 0, maxFn: 1, minTp: 20 },
  { batch: 'br', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'bs', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'bt', maxFp: 1, maxFn: 0, minTp: 23 },
  // bu and bv, first try on 1ff3bbf (what ships; not tuned on): bu 88.0 % / 100 %, 3 false alarms (lubrorefrigeranti, titration, g'day);
  // bv 87.5 % / 95.5 %, 3 (sarpi and covent, lowercase streets, and ipad) and 1 miss (acanto, a real word where "accanto" was meant).
  { batch: 'bu', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'bv', maxFp: 2, maxFn: 1, minTp: 20 },
  // bw and bx, first try on 2ee1a40 (not tuned on): bw 95.5 % / 100 %, 1 false alarm (toma, a cheese); bx 78.3 % / 94.7 %, 5 (neolaurato,
  // which only one labeller listed, Movember, tradies, leith and orcia in lowercase) and 1 miss (c'e for c'è).
  { batch: 'bw', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'bx', maxFp: 4, maxFn: 1, minTp: 18 },
  // by and bz, first try on a6f4bf0: by 95.7 % / 100 %, 1 false alarm (marys, as in St Mary's typed without the apostrophe); bz 87.5 % /
  // 100 %, 3 (timesheet, titration, itis).
  { batch: 'by', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'bz', maxFp: 1, maxFn: 0, minTp: 21 },
  // ca and cb, first try on 76364e9: ca 95.2 % / 95.2 %, 1 false alarm (ucl in lowercase) and 1 miss (Christmass); cb 91.3 % / 100 %, 2
  // (pedibus, brendans).
  { batch: 'ca', maxFp: 0, maxFn: 1, minTp: 20 },
  { batch: 'cb', maxFp: 1, maxFn: 0, minTp: 21 },
  // cc and cd, first try on 41c652c: cc 81.5 % / 100 %, 5 false alarms (moka, franciacorta, homeware, paccheri, disprassia); cd 88.0 % /
  // 100 %, 3 (ortho, maître, proteostasi).
  { batch: 'cc', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'cd', maxFp: 2, maxFn: 0, minTp: 22 },
  // ce and cf, first try on 031a89a (what ships; not tuned on): ce 79.3 % / 100 %, 6 false alarms (olds, enrolment, comande, automations,
  // rebook, comms); cf 87.0 % / 95.2 %, 3 (corese, tafe, anne's) and 1 miss (bun, a real word where "but" was meant).
  { batch: 'ce', maxFp: 5, maxFn: 1, minTp: 22 },
  { batch: 'cf', maxFp: 2, maxFn: 1, minTp: 20 },
  // cg-cx, first try on the commit named in blind.test.ts (precision / recall, false alarms, misses); cw and cx on bcb182f, what ships. The
  // spelling round (2fda816) then read cg-ct's false alarms: the gates hold what each batch reaches since.
  // cg: 91.3 % / 100 %, 2 false alarms (Vibrasense, a brand opening a line, and langa).
  // ch: 100 % / 100 %, none.
  // ci: 84.0 % / 87.5 %, 4 (conoscute, leith, hospo, enrolment) and 3 misses (meting twice, intersante).
  // cj: 81.5 % / 100 %, 5 (amoxicillina, ipa, dehors, nan's, stockport).
  // ck: 90.9 % / 95.2 %, 2 (regs, haccp) and 1 miss (Universita).
  // cl: 91.3 % / 100 %, 2 (risograph, kelpie).
  // cm: 88.0 % / 95.7 %, 3 (meccatronica, qual'è, leys) and 1 miss (meting).
  // cn: 89.3 % / 100 %, 3 (meccatronica, kente, phacelia).
  // co: 89.7 % / 100 %, 3 (colorimetria, salsify, xylella).
  // cp: 96.0 % / 100 %, 1 (risograph).
  // cq: 87.0 % / 100 %, 3 (kirkgate, bouldering, preparto).
  // cr: 88.5 % / 100 %, 3 (roastery, sparkies, cervia).
  // cs: 73.3 % / 100 %, 8 (funes, bouldering, tig, mig, pyrethroid, gambiae, haccp, ne').
  // ct: 85.7 % / 92.3 %, 4 (fettunta, audioguide, ish, apericena) and 2 misses (meting, gia).
  // cu: 96.0 % / 100 %, 1 (muscoloscheletrica).
  // cv: 95.8 % / 100 %, 1 (olds).
  // cw: 84.6 % / 100 %, 4 (carmagnola, dehors, microcopy, commis).
  // cx: 81.5 % / 100 %, 5 (camosciate, tig, enaip, flyer, stollen).
  { batch: 'cg', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'ch', maxFp: 0, maxFn: 0, minTp: 26 },
  { batch: 'ci', maxFp: 3, maxFn: 3, minTp: 21 },
  { batch: 'cj', maxFp: 1, maxFn: 1, minTp: 21 },
  { batch: 'ck', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'cl', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'cm', maxFp: 2, maxFn: 1, minTp: 22 },
  { batch: 'cn', maxFp: 1, maxFn: 0, minTp: 25 },
  { batch: 'co', maxFp: 0, maxFn: 0, minTp: 26 },
  { batch: 'cp', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'cq', maxFp: 1, maxFn: 0, minTp: 20 },
  { batch: 'cr', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'cs', maxFp: 5, maxFn: 0, minTp: 22 },
  { batch: 'ct', maxFp: 1, maxFn: 2, minTp: 24 },
  { batch: 'cu', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'cv', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'cw', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'cx', maxFp: 4, maxFn: 0, minTp: 22 },
  // cy and cz, first try on 3446bbd (what ships; not tuned on): cy 92.0 % / 100 %, 2 false alarms (glute, olds); cz 83.3 % / 96.2 %, 5
  // (leys, cromotropiche, delica, commis, castagnata) and 1 miss (Provigioni).
  { batch: 'cy', maxFp: 2, maxFn: 0, minTp: 23 },
  { batch: 'cz', maxFp: 3, maxFn: 1, minTp: 25 },
  // Fifth session, first try (batches as in tests/unit/analyzer/blind.test.ts): on 1547b49 da 4 false alarms (dialer, renewables, im,
  // dont), db 3 (deprescrizione, halloumi, renewables), dc 2 (aluminium, pâté), dd 3 (Syncly, im, tig), de 3 (massetto, fibre,
  // moulded), df 5 (ke, nephrologist, profesionisti, fibre, gurdwara); on 4aad034 dg 5 (dermatoscopio, pâté, dehors, im, stroud),
  // dh 2 (im, Halton) and 1 miss (Managment, in "Project Managment": a Title Case run of two words only); on 66cabb8 di 3 (im,
  // tutoraggio, pici), dj 2 (im, wud). Then the spelling round of 66cabb8 read the trade and British words; the gates hold what is reached.
  { batch: 'da', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'db', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'dc', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'dd', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'de', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'df', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'dg', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'dh', maxFp: 2, maxFn: 1, minTp: 22 },
  { batch: 'di', maxFp: 2, maxFn: 0, minTp: 21 },
  { batch: 'dj', maxFp: 1, maxFn: 0, minTp: 23 },
  // dk-dt, first try on the spelling of 66cabb8 (rounds 18-20 changed no spelling): dk 3 (dermatoscopio, logitrans, im), dl 3 (tig,
  // cartongessista, sagrantino) and 1 miss (traning), dm 2 (isolator, yday), dn 5 (koji, Aldric's, burraco, refertazione, ungated), do 2
  // (Im, im) and 1 miss (requisisti), dp 3 (borgotaro, freemium, catastrofale), dq 4 (sedazione, barbican, regolatorio, elastomerici),
  // dr 2 (youre, fiano) and 1 miss (firmwear), ds 3 (Priya twice, intrest), dt 6 (gestazionale, salvia, thats, franci, corten,
  // draughty). Then 2aeaa87 read six of them. du and dv, first try on 2aeaa87, what ships: du 4 (ruggeri, apuntamento, im,
  // trasmittanza), dv 1 (whistleblowing).
  { batch: 'dk', maxFp: 2, maxFn: 0, minTp: 24 },
  { batch: 'dl', maxFp: 1, maxFn: 2, minTp: 21 },
  { batch: 'dm', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'dn', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'do', maxFp: 2, maxFn: 1, minTp: 20 },
  { batch: 'dp', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'dq', maxFp: 2, maxFn: 0, minTp: 23 },
  { batch: 'dr', maxFp: 2, maxFn: 1, minTp: 23 },
  { batch: 'ds', maxFp: 3, maxFn: 0, minTp: 22 },
  { batch: 'dt', maxFp: 4, maxFn: 0, minTp: 23 },
  { batch: 'du', maxFp: 2, maxFn: 0, minTp: 25 },
  { batch: 'dv', maxFp: 0, maxFn: 0, minTp: 23 },
  // dw-dz, first try on d9ccb21 (2aeaa87's spelling), what ships, not tuned on: dw 4 (smontagomme, timelapse, structual, spalted),
  // dx 2 (santarcangelo, kashida), dy 3 (kombucha, mechatronics, im), dz 2 (im, neolaurata).
  { batch: 'dw', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'dx', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'dy', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'dz', maxFp: 2, maxFn: 1, minTp: 21 },
  // Sixth session (ea-fd), first try on the commits named in tests/unit/analyzer/blind.test.ts; ea-ef on 45983da, before the
  // far-word rule (8053553), the rest after it. False alarms at first try:
  // ea 2, eb 1, ec 3, ed 3, ee 0, ef 1, eg 3, eh 2, ei 4, ej 2, ek 1, el 3, em 2, en 1, eo 4, ep 2, eq 4, er 4, es 3, et 2, eu 3, ev 1,
  // ew 3, ex 1, ey 0, ez 0, fa 1, fb 3, fc 1, fd 1. The gates hold what is reached now.
  { batch: 'ea', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'eb', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'ec', maxFp: 3, maxFn: 0, minTp: 20 },
  { batch: 'ed', maxFp: 1, maxFn: 2, minTp: 20 },
  { batch: 'ee', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ef', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'eg', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'eh', maxFp: 1, maxFn: 1, minTp: 22 },
  { batch: 'ei', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'ej', maxFp: 2, maxFn: 1, minTp: 20 },
  { batch: 'ek', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'el', maxFp: 3, maxFn: 0, minTp: 22 },
  { batch: 'em', maxFp: 2, maxFn: 0, minTp: 24 },
  { batch: 'en', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'eo', maxFp: 3, maxFn: 0, minTp: 22 },
  // ep: the hs-hx retrain made "balconi" a written word, and it is one of the near words of the shop name "baldini" in lowercase.
  { batch: 'ep', maxFp: 1, maxFn: 1, minTp: 21 },
  { batch: 'eq', maxFp: 3, maxFn: 0, minTp: 22 },
  { batch: 'er', maxFp: 4, maxFn: 0, minTp: 23 },
  { batch: 'es', maxFp: 2, maxFn: 1, minTp: 21 },
  { batch: 'et', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'eu', maxFp: 3, maxFn: 1, minTp: 21 },
  { batch: 'ev', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ew', maxFp: 3, maxFn: 0, minTp: 24 },
  { batch: 'ex', maxFp: 1, maxFn: 1, minTp: 24 },
  { batch: 'ey', maxFp: 0, maxFn: 1, minTp: 21 },
  { batch: 'ez', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'fa', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'fb', maxFp: 3, maxFn: 0, minTp: 22 },
  { batch: 'fc', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'fd', maxFp: 0, maxFn: 0, minTp: 21 },
  // fe-fl, false alarms at first try: fe 2, ff 1, fg 0, fh 4 (on 1b46b17); fi 2, fj 1, fk 4, fl 5 (on c31602a, what ships).
  { batch: 'fe', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'ff', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'fg', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'fh', maxFp: 3, maxFn: 1, minTp: 22 },
  { batch: 'fi', maxFp: 0, maxFn: 0, minTp: 25 },
  { batch: 'fj', maxFp: 1, maxFn: 1, minTp: 23 },
  { batch: 'fk', maxFp: 2, maxFn: 1, minTp: 23 },
  { batch: 'fl', maxFp: 2, maxFn: 0, minTp: 23 },
  // fm-fr, first try on 2488176: fm 100 % / 100 %, no false alarm; fn 81.5 % / 100 %, 5 (castagnata, tordelli, exudates, Staffly, im);
  // fo 91.7 % / 100 %, 2 (im, Collegiamoci); fp 84.6 % / 100 %, 4 (configurator, im, speciality, dermatoscopia); fq 85.2 % / 100 %, 4
  // (cervia, microhub, checco, apnoea); fr 88.0 % / 100 %, 3 (havent, nye, chartership). The gate holds the first try.
  { batch: 'fm', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'fn', maxFp: 2, maxFn: 1, minTp: 21 },
  { batch: 'fo', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'fp', maxFp: 3, maxFn: 0, minTp: 22 },
  { batch: 'fq', maxFp: 3, maxFn: 0, minTp: 23 },
  { batch: 'fr', maxFp: 2, maxFn: 0, minTp: 22 },
  // fs-fx, first try on f7043d4: fs 77.8 % / 100 %, 6 false alarms (svilupatore, which only one labeller marked, galway, thats, synchro,
  // unibo, corten); ft 87.5 % / 100 %, 3 (vignola, im, Ashby); fu 91.7 % / 100 %, 2 (cervia, Aldric's); fv 95.7 % / 100 %, 1
  // (jewellery); fw 88.9 % / 100 %, 3 (tig, pavan, dehor); fx 87.5 % / 100 %, 3 (Aldric's, aggiugerla, marked by one labeller, im).
  // With the written-words mechanism, its list built before they were scored: 5, 2, 1, 0, 2 and 2 false alarms, no miss. The gate
  // holds that.
  { batch: 'fs', maxFp: 5, maxFn: 0, minTp: 21 },
  { batch: 'ft', maxFp: 2, maxFn: 0, minTp: 21 },
  { batch: 'fu', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'fv', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'fw', maxFp: 2, maxFn: 0, minTp: 24 },
  { batch: 'fx', maxFp: 2, maxFn: 0, minTp: 21 },
  // fy-gd, first try with the written-word list built up to fx: fy 81.5 % / 100 %, 5 false alarms (tai, tig, piaciutto, marked by one
  // labeller, rebook, doganalista); fz 81.5 % / 100 %, 5 (Collegiamoci, leith, im, bosu, rebook); ga 85.2 % / 100 %, 4 (youre, tallyhq,
  // thats, Denby); gb 95.8 % / 100 %, 1 (critcal, a slip neither labeller listed); gc 96.0 % / 100 %, 1 (im); gd 100 % / 100 %.
  { batch: 'fy', maxFp: 5, maxFn: 0, minTp: 22 },
  { batch: 'fz', maxFp: 5, maxFn: 0, minTp: 22 },
  { batch: 'ga', maxFp: 4, maxFn: 0, minTp: 23 },
  { batch: 'gb', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'gc', maxFp: 1, maxFn: 0, minTp: 24 },
  { batch: 'gd', maxFp: 0, maxFn: 0, minTp: 24 },
  // ge-gh, first try with the list built up to gd: ge 95.7 % / 100 %, 1 false alarm (regolatorio); gf 91.7 % / 100 %, 2 (spilt, im);
  // gg 95.7 % / 95.7 %, 1 (regs) and 1 miss (riconoscienza: no word people wrote twice is near it); gh 100 % / 100 %.
  { batch: 'ge', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'gf', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'gg', maxFp: 1, maxFn: 1, minTp: 22 },
  { batch: 'gh', maxFp: 0, maxFn: 0, minTp: 23 },
  // gi-gl, first try with the list built up to gh: gi 96.2 % / 100 %, 1 false alarm (im); gj 91.7 % / 100 %, 2 (greywater, acrale);
  // gk 95.2 % / 95.2 %, 1 (ciclovia) and 1 miss (meting, a real word typed for "meeting"); gl 82.8 % / 100 %, 5 (sams in lowercase,
  // E' capitalized, im, youre, logisitca, a slip only one labeller listed).
  { batch: 'gi', maxFp: 1, maxFn: 0, minTp: 25 },
  { batch: 'gj', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'gk', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'gl', maxFp: 5, maxFn: 0, minTp: 24 },
  // gm-gp, first try with the list built up to gl: gm 95.7 % / 100 %, 1 false alarm (lidar); gn 91.7 % / 95.7 %, 2 (callouts,
  // rewilding) and 1 miss (residancy); go 95.5 % / 100 %, 1 (subsea); gp 95.5 % / 95.5 %, 1 (ingegnera) and 1 miss (carbureter).
  { batch: 'gm', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'gn', maxFp: 2, maxFn: 1, minTp: 22 },
  { batch: 'go', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'gp', maxFp: 1, maxFn: 1, minTp: 21 },
  // gq-gz, first try with the list built up to gp: gq 95.5 % / 100 %, 1 false alarm (conoscute, a slip only one labeller listed);
  // gr 95.5 % / 95.5 %, 1 (cervia) and 1 miss (schedulling); gs and gt 100 % / 100 %; gu 92.0 % / 100 %, 2 (reccomending, listed by
  // one labeller; pici); gv 95.7 % / 95.7 %, 1 (faire) and 1 miss (absolutly, after "sunday" read as a first name: found since
  // c408e3b); gw 100 % / 100 %; gx 96.0 % / 100 %, 1 (borgotaro); gy 87.5 % / 95.5 %, 3 (tig; metta in an Italian clause of an English
  // draft, passed since c408e3b; absolutley, listed by one labeller) and 1 miss (sabbato after "vicenza" read as a first name);
  // gz 88.9 % / 100 %, 3 (serramentista, Priya, pici).
  { batch: 'gq', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'gr', maxFp: 1, maxFn: 1, minTp: 21 },
  { batch: 'gs', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'gt', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'gu', maxFp: 2, maxFn: 0, minTp: 23 },
  { batch: 'gv', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'gw', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'gx', maxFp: 1, maxFn: 0, minTp: 24 },
  { batch: 'gy', maxFp: 2, maxFn: 1, minTp: 21 },
  { batch: 'gz', maxFp: 3, maxFn: 0, minTp: 24 },
  // ha-hf, first try with the list built up to gz: ha 95.5 % / 100 %, 1 false alarm (dermatoscopi); hb 100 % / 100 %; hc 95.2 % /
  // 95.2 %, 1 (im) and 1 miss (platfomer); hd 95.5 % / 100 %, 1 (Priya); he 91.7 % / 100 %, 2 (im, olds); hf 95.5 % / 95.5 %, 1
  // (mannu) and 1 miss (disponibbile).
  { batch: 'ha', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'hb', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'hc', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'hd', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'he', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'hf', maxFp: 1, maxFn: 1, minTp: 21 },
  // hg-hl, first try with the list built up to hf: hg 88.0 % / 95.7 %, 3 false alarms (l'ingegnera, im twice) and 1 miss (Geograhpy);
  // hh 95.7 % / 100 %, 1 (thats); hi 88.9 % / 96.0 %, 3 (im, cobots, youre) and 1 miss (compostible); hj 95.8 % / 95.8 %, 1 (chaud)
  // and 1 miss (Comerce, in a title joined by "of"); hk 95.7 % / 100 %, 1 (im); hl 83.3 % / 90.9 %, 4 (pici, im, theres, Onboardly)
  // and 2 misses (contati, Definately after an emoji: both found since 3768719).
  { batch: 'hg', maxFp: 3, maxFn: 1, minTp: 22 },
  { batch: 'hh', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'hi', maxFp: 3, maxFn: 1, minTp: 24 },
  { batch: 'hj', maxFp: 1, maxFn: 1, minTp: 23 },
  { batch: 'hk', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'hl', maxFp: 4, maxFn: 0, minTp: 22 },
  // hm-hr, first try with the list built up to hl: hm 95.7 % / 100 %, 1 false alarm (wouldnt); hn 92.0 % / 100 %, 2 (platformer, zanon);
  // ho 89.3 % / 100 %, 3 (thats, didnt, edil); hp 95.7 % / 100 %, 1 (comms); hq 91.3 % / 95.5 %, 2 (Siftly; piacerrebbe, a slip only one
  // labeller listed) and 1 miss (gia, read as a short form of Gianluca: found since a176196); hr 91.7 % / 100 %, 2 (birria, sccache).
  { batch: 'hm', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'hn', maxFp: 2, maxFn: 0, minTp: 23 },
  { batch: 'ho', maxFp: 3, maxFn: 0, minTp: 25 },
  { batch: 'hp', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'hq', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'hr', maxFp: 2, maxFn: 0, minTp: 22 },
  // hs-hx, first try with the list built up to hr: hs 100 % / 100 %; ht 91.7 % / 100 %, 2 false alarms (dermatoscopi, tig); hu 80.8 % /
  // 100 %, 5 (borgotaro, pomace, im, ortho, callouts); hv 95.5 % / 100 %, 1 (parkin); hw 100 % / 100 %; hx 96.0 % / 96.0 %, 1 (shader)
  // and 1 miss (Architetura).
  { batch: 'hs', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ht', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'hu', maxFp: 5, maxFn: 0, minTp: 21 },
  { batch: 'hv', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'hw', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'hx', maxFp: 1, maxFn: 1, minTp: 24 },
  // hy-id, first try with the list built up to hx: hy 100 % / 100 %; hz 95.8 % / 95.8 %, 1 false alarm (pitchare: built since 812fc2e)
  // and 1 miss (autorizativa); ia 91.7 % / 100 %, 2 (im, poeira: a quoted title since 812fc2e); ib 100 % / 100 %; ic 91.3 % / 100 %,
  // 2 (im; forcasting, a typo the writer's note names and both labellers missed, added to its labels after the first try); id 91.3 % /
  // 95.5 %, 2 (shader; Peppe, a nickname since 812fc2e) and 1 miss (rhuematologist, found since 812fc2e).
  { batch: 'hy', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'hz', maxFp: 0, maxFn: 1, minTp: 23 },
  { batch: 'ia', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'ib', maxFp: 0, maxFn: 0, minTp: 25 },
  { batch: 'ic', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'id', maxFp: 1, maxFn: 0, minTp: 22 },
  // ie-ij, first try on 81ffc0a: ie 91.7 % / 100 %, 2 false alarms (im; asicurativo, a typo writer and labellers all missed, added to
  // its labels after the first try); if 100 % / 100 %; ig 95.8 % / 100 %, 1 (integrations: a regular plural since d28a8d2); ih 100 % /
  // 100 %; ii 92.0 % / 100 %, 2 (im; Sicurlav, a company under the sender's name since d28a8d2); ij 87.5 % / 95.5 %, 3 (im, Im,
  // domotico) and 1 miss (conoscienza, found since d28a8d2). "im" the labellers left out as chat style (see the README).
  { batch: 'ie', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'if', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ig', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'ih', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'ii', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'ij', maxFp: 3, maxFn: 0, minTp: 22 },
  // ik-ip, first try on 294f758: ik 100 % / 91.3 %, 2 misses (Apprezzarei, grandparants: one vowel for another, no written word near);
  // il 100 % / 100 %; im 87.5 % / 100 %, 3 false alarms (fuorisede, a jargon word since d47837d; didnt; sesh); in 91.3 % / 100 %, 2
  // (youre, pastéis); io 100 % / 100 %; ip 83.3 % / 95.2 %, 4 (ne' in a place name; michi, a nickname since d47837d; im;
  // chiaccherata, listed by one labeller) and 1 miss (compostible).
  { batch: 'ik', maxFp: 0, maxFn: 2, minTp: 21 },
  { batch: 'il', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'im', maxFp: 2, maxFn: 0, minTp: 21 },
  { batch: 'in', maxFp: 2, maxFn: 0, minTp: 21 },
  { batch: 'io', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ip', maxFp: 3, maxFn: 1, minTp: 20 },
  // iq-iv, first try on cc71a00: iq 100 % / 100 %; ir 90.9 % / 95.2 %, 2 false alarms (dermoscopy, a jargon word since 5cbe8e9; im) and
  // 1 miss (endrocrinologia); is 100 % / 100 %; it 95.5 % / 95.5 %, 1 (didnt) and 1 miss (enthusiasim); iu 96.0 % / 100 %, 1 (rewilding,
  // a jargon word since 5cbe8e9); iv 90.9 % / 87.0 %, 2 (trofie, im) and 3 misses (prefabricate, an English word in an Italian
  // draft; aereospaziale, read as aereo + spaziale; enourmously). The misses have no written word near them: see the README.
  { batch: 'iq', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'ir', maxFp: 1, maxFn: 1, minTp: 20 },
  { batch: 'is', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'it', maxFp: 1, maxFn: 1, minTp: 21 },
  { batch: 'iu', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'iv', maxFp: 2, maxFn: 3, minTp: 20 },
  // iw-jb, first try on 681c1fc: iw 79.3 % / 100 %, 6 false alarms (Im twice, youre, ive, collegiamoci, ravioliere); ix 91.7 % / 100 %,
  // 2 (Collegiamoci; chatbot's, passed since the iw-jb commit); iy 95.8 % / 100 %, 1 (pici); iz 95.7 % / 100 %, 1 (preorders);
  // ja 95.0 % / 90.5 %, 1 (castagnata) and 2 misses (lavorasi, Ingegnieria); jb 95.8 % / 100 %, 1 (ciclovia, a jargon word since).
  // "collegiamoci" is flagged on purpose: the verb keeps its h (colleghiamoci), whatever the labellers let pass.
  { batch: 'iw', maxFp: 6, maxFn: 0, minTp: 23 },
  { batch: 'ix', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'iy', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'iz', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'ja', maxFp: 1, maxFn: 2, minTp: 19 },
  { batch: 'jb', maxFp: 0, maxFn: 0, minTp: 23 },
  // jc-jn, first try on 12f3bc1: jc 84.6 % / 100 %, 4 false alarms (im, Im, schemas, caf); jd 95.7 % / 100 %, 1 (quadrats); je, jf, jh
  // 100 % / 100 %; jg 76.9 % / 100 %, 6 (im twice, artex, comms, bertoni; bellisime, a slip the writer and the labeller missed, added to
  // its labels after the first try); ji 88.0 % / 100 %, 3 (pici, pavé, brulé); jj 90.9 % / 95.2 %, 2 (im, lookin) and 1 miss (c'e);
  // jk 92.0 % / 100 %, 2 (speciality, im); jl 91.7 % / 95.7 %, 2 (im, youre) and 1 miss (relatible); jm 84.0 % / 95.5 %, 4 (definately,
  // which the writer listed and the labeller did not; ral, bao, thats) and 1 miss (meting: found since bade27f); jn 91.7 % / 100 %, 2
  // (paccheri, Carrow). The jargon words, Carrow and meting since bade27f; the contractions stay flagged.
  { batch: 'jc', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'jd', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'je', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'jf', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'jg', maxFp: 3, maxFn: 0, minTp: 21 },
  { batch: 'jh', maxFp: 0, maxFn: 0, minTp: 21 },
  { batch: 'ji', maxFp: 0, maxFn: 0, minTp: 22 },
  { batch: 'jj', maxFp: 2, maxFn: 1, minTp: 20 },
  { batch: 'jk', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'jl', maxFp: 2, maxFn: 1, minTp: 22 },
  { batch: 'jm', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'jn', maxFp: 0, maxFn: 0, minTp: 22 },
  // jo-jt, first try on 9bf02d8: jo 95.7 % / 91.7 %, 1 false alarm (dermatoscopia) and 2 misses (comprehention; locaton, read as a
  // surname after the "nd" of "2nd"); jp 84.0 % / 100 %, 4 (cobot, im twice; magaziniere, a slip the writer and the labeller missed,
  // added to its labels after the first try); jq 92.0 % / 100 %, 2 (geol, castagnata); jr 95.5 % / 100 %, 1 (didnt); js 95.7 % / 100 %,
  // 1 (bassini, a shop's name in lowercase); jt 100 % / 100 %. All but the contractions and bassini since bcfb13e.
  { batch: 'jo', maxFp: 0, maxFn: 0, minTp: 24 },
  { batch: 'jp', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'jq', maxFp: 0, maxFn: 0, minTp: 23 },
  { batch: 'jr', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'js', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'jt', maxFp: 0, maxFn: 0, minTp: 23 },
  // ju-jz, first try on 9df63c1: ju 95.5 % / 91.3 %, 1 false alarm (im) and 2 misses (sponsorhips, hospise); jv 76.9 % / 95.2 %, 6 (im,
  // Im, thali, fitline, photog, luv) and 1 miss (si for sì); jw 88.0 % / 100 %, 3 (explainers, im, lukes); jx 95.8 % / 100 %, 1 (didnt);
  // jy 91.3 % / 100 %, 2 (ingegnera; recieve, which the writer listed and the labeller did not); jz 84.6 % / 100 %, 4 (im, harbourside,
  // roccella, latero). The jargon words and luv since 9881f67.
  { batch: 'ju', maxFp: 1, maxFn: 2, minTp: 21 },
  { batch: 'jv', maxFp: 3, maxFn: 1, minTp: 20 },
  { batch: 'jw', maxFp: 2, maxFn: 0, minTp: 22 },
  { batch: 'jx', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'jy', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'jz', maxFp: 2, maxFn: 0, minTp: 22 },
  // ka-kf, first try on 0d8f167: ka 95.7 % / 100 %, 1 false alarm (im); kb 95.8 % / 100 %, 1 (im); kc 88.5 % / 100 %, 3 (screener,
  // nerded, hasnt); kd 95.5 % / 100 %, 1 (im); ke 91.3 % / 100 %, 2 (im; buisness, which the writer listed and the labeller did not);
  // kf 88.0 % / 100 %, 3 (dermatoscopi, centred; pò, listed by the writer only). screener, centred and dermatoscopi since c969674.
  { batch: 'ka', maxFp: 1, maxFn: 0, minTp: 22 },
  { batch: 'kb', maxFp: 1, maxFn: 0, minTp: 23 },
  { batch: 'kc', maxFp: 2, maxFn: 0, minTp: 23 },
  { batch: 'kd', maxFp: 1, maxFn: 0, minTp: 21 },
  { batch: 'ke', maxFp: 2, maxFn: 0, minTp: 21 },
  { batch: 'kf', maxFp: 1, maxFn: 0, minTp: 22 },
  // kg-kp, first try on fc27b1c: kg 80.0 % / 100 %, 4 false alarms (ecm, ironworks, ortho, rizzoli); kh 70.8 % / 100 %, 7 (cartongessi,
  // groundworks, calcs, ep, kerbs, pes, pav); ki 90.0 % / 100 %, 2 (formers, funders); kj 87.5 % / 93.3 %, 2 (rosé; Grazzie, listed by the
  // writer only) and 1 miss (compostible); kk 100 % / 93.8 %, 1 miss (cant); kl 89.5 % / 100 %, 2 (aider; im, listed by the writer only);
  // km 100 % / 94.7 %, 1 miss (lets); kn 94.7 % / 100 %, 1 (recordist); ko 93.8 % / 88.2 %, 1 (takt) and 2 misses (mile, lets); kp 89.5 % /
  // 100 %, 2 (murgia, sonography). The trade words and the -ible slip shape since 1afd454.
  { batch: 'kg', maxFp: 1, maxFn: 0, minTp: 16 },
  { batch: 'kh', maxFp: 1, maxFn: 0, minTp: 17 },
  { batch: 'ki', maxFp: 0, maxFn: 0, minTp: 18 },
  { batch: 'kj', maxFp: 1, maxFn: 0, minTp: 15 },
  { batch: 'kk', maxFp: 0, maxFn: 1, minTp: 15 },
  { batch: 'kl', maxFp: 1, maxFn: 0, minTp: 17 },
  { batch: 'km', maxFp: 0, maxFn: 1, minTp: 18 },
  { batch: 'kn', maxFp: 0, maxFn: 0, minTp: 18 },
  { batch: 'ko', maxFp: 0, maxFn: 2, minTp: 15 },
  { batch: 'kp', maxFp: 1, maxFn: 0, minTp: 17 },
  // kq-kv, first try on 288eaa4: kq 89.5 % / 94.4 %, 2 false alarms (plexiglass, di') and 1 miss (lets); kr 100 % / 94.4 %, 1 miss (lets);
  // ks 100 % / 94.7 %, 1 miss (Lets); kt 93.8 % / 88.2 %, 1 (agrivoltaics) and 2 misses (its, lets); ku 94.1 % / 100 %, 1 (im); kv 94.1 % /
  // 88.9 %, 1 (telecom) and 2 misses (lets, Ce). Labellers of this session list "lets" for let's; the earlier batches' labellers did not
  // (flagging it would add 120 false alarms there), so it stays unflagged. The words and di' since 8fc77ea.
  { batch: 'kq', maxFp: 0, maxFn: 1, minTp: 17 },
  { batch: 'kr', maxFp: 0, maxFn: 1, minTp: 17 },
  { batch: 'ks', maxFp: 0, maxFn: 1, minTp: 18 },
  { batch: 'kt', maxFp: 0, maxFn: 2, minTp: 15 },
  { batch: 'ku', maxFp: 1, maxFn: 0, minTp: 16 },
  { batch: 'kv', maxFp: 0, maxFn: 2, minTp: 16 },
  // kw-lb, first try on 947c172: kw 90.0 % / 100 %, 2 false alarms (cementine, stager); kx 84.2 % / 100 %, 3 (crocieristi, positano,
  // hoi); ky 100 % / 100 %; kz 93.3 % / 93.3 %, 1 (hartwell) and 1 miss (cant); la 100 % / 93.8 %, 1 miss (cant); lb 90.0 % / 94.7 %,
  // 2 (captcha, req) and 1 miss (lets). cementine, crocieristi, captcha and req since 202fff2.
  { batch: 'kw', maxFp: 1, maxFn: 0, minTp: 18 },
  { batch: 'kx', maxFp: 2, maxFn: 0, minTp: 16 },
  { batch: 'ky', maxFp: 0, maxFn: 0, minTp: 15 },
  { batch: 'kz', maxFp: 1, maxFn: 1, minTp: 14 },
  { batch: 'la', maxFp: 0, maxFn: 1, minTp: 15 },
  { batch: 'lb', maxFp: 0, maxFn: 1, minTp: 18 },
  // lc-lh, first try on 05c0d7d: lc 100 % / 93.8 %, 1 miss (lets); ld 80.0 % / 88.9 %, 4 false alarms (gcse, hollins, chartists, scuolapro)
  // and 2 misses (lets, cant); le 88.9 % / 94.1 %, 2 (lerno, tannins) and 1 miss (lets); lf 100 % / 100 %; lg 100 % / 100 %; lh 90.0 % /
  // 94.7 %, 2 (pastéis, sintra) and 1 miss (cant). Not tuned on since.
  { batch: 'lc', maxFp: 0, maxFn: 1, minTp: 15 },
  { batch: 'ld', maxFp: 4, maxFn: 2, minTp: 16 },
  { batch: 'le', maxFp: 2, maxFn: 1, minTp: 16 },
  { batch: 'lf', maxFp: 0, maxFn: 0, minTp: 16 },
  { batch: 'lg', maxFp: 0, maxFn: 0, minTp: 17 },
  { batch: 'lh', maxFp: 2, maxFn: 1, minTp: 18 },
  // li-ln, first try on 812b397: li 94.7 % / 100 %, 1 false alarm (valdora, a place in a lowercase draft); lj 94.1 % / 100 %, 1 (tyres);
  // lk 93.8 % / 93.8 %, 1 (pre, of pre seed) and 1 miss (cant); ll 88.2 % / 88.2 %, 2 (frontman, Lucearte before S.r.l.) and 2 misses
  // (ce, lets); lm 100 % / 100 %; ln 100 % / 100 %. tyres, frontman and Lucearte since d2b9693.
  { batch: 'li', maxFp: 1, maxFn: 0, minTp: 18 },
  { batch: 'lj', maxFp: 0, maxFn: 0, minTp: 16 },
  { batch: 'lk', maxFp: 1, maxFn: 1, minTp: 15 },
  { batch: 'll', maxFp: 0, maxFn: 2, minTp: 15 },
  { batch: 'lm', maxFp: 0, maxFn: 0, minTp: 16 },
  { batch: 'ln', maxFp: 0, maxFn: 0, minTp: 16 },
  // lo-lt, first try on 07e2b94: lo 65.4 % / 94.4 %, 9 false alarms (pharma words: trocars twice, biologics, triaging, cath, regolatorio,
  // parafarmacia, isf; franci, a short name in lower case) and 1 miss (lets); lp 100 % / 94.1 %, 1 miss (ce); lq 87.5 % / 87.5 %, 2
  // (instalment; comune, Italian in an English draft) and 2 misses (Lets, compair); lr 88.2 % / 93.8 %, 2 (compostato, tups) and 1 miss
  // (dell); ls 94.4 % / 100 %, 1 (cosi, which neither labeller listed); lt 100 % / 100 %. The trade words since c01fe73.
  { batch: 'lo', maxFp: 1, maxFn: 1, minTp: 17 },
  { batch: 'lp', maxFp: 0, maxFn: 1, minTp: 16 },
  { batch: 'lq', maxFp: 1, maxFn: 2, minTp: 14 },
  { batch: 'lr', maxFp: 0, maxFn: 1, minTp: 15 },
  { batch: 'ls', maxFp: 1, maxFn: 0, minTp: 17 },
  { batch: 'lt', maxFp: 0, maxFn: 0, minTp: 21 },
];
describe('spelling on the 2026-12 batches e-k', () => {
  for (const { batch, maxFp, maxFn, minTp } of LATER) {
    it(`${batch}: at most ${maxFp} false alarms and ${maxFn} misses in its 60 drafts`, () => {
      const drafts = readDrafts(`blind/2026-12-${batch}.jsonl`);
      expect(drafts).toHaveLength(60);
      const a = spellingAgreement(drafts, speller);
      console.log(`2026-12-${batch} spelling: ${a.summary}`);
      expect(a.tp).toBeGreaterThanOrEqual(minTp ?? 15);
      expect(a.fp).toBeLessThanOrEqual(maxFp);
      expect(a.fn).toBeLessThanOrEqual(maxFn);
    });
  }
});
