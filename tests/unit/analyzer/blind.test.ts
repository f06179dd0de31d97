// Regression guard on the double-labelled batches of December 2026
// (tests/fixtures/blind/2026-12-{a,…,z,aa,…,az,ba,…,bz,ca,…,cz,da,…,dz}.jsonl, 60 drafts each). They were blind only at
// first try: their first-try agreement is recorded in NOTES-scorer.md, and since then they
// have been development data (the scorer's mechanisms were tuned while looking at their
// misses), so these figures say nothing about unseen drafts. A label listed in a row's
// `ambiguous` array (the labellers disagreed) is left out of the count. Gate: each core
// rule per batch at the agreement reached when the batches became development data,
// minus one draft; a change that loses two drafts on a batch fails here.
// Drafts are read with the shipped spelling dictionaries, as in the product and eval:dev.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpellerSync } from '../../../lib/spelling/node';
import { evaluate, loadRows } from './corpus-eval';

const DIR = join(__dirname, '../../fixtures/blind');
/** Drafts agreed per core rule at the last measurement (NOTES-scorer.md); the gate is one fewer. */
const REACHED: Record<string, Record<string, number>> = {
  '2026-12-a': { personalized: 56, 'how-met': 60, 'no-early-ask': 58 },
  '2026-12-b': { personalized: 58, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-c': { personalized: 53, 'how-met': 58, 'no-early-ask': 56 },
  // Batch d was written and double-labelled after every change above and scored once, at first
  // try, on the final scorer of that session (README, "Accuracy on drafts nobody tuned it to");
  // it became development data for the concrete-detail mechanism and the how-met and ask families of batch e.
  '2026-12-d': { personalized: 57, 'how-met': 55, 'no-early-ask': 58 },
  // Batch e (session of 2026-12-05) was written and labelled blind by two helpers, merged mechanically
  // (a disagreement makes the label ambiguous) and scored once at first try on 9c54080: personalized
  // 50/54, how-met 54/60, no-early-ask 54/59 (README). Its misses then became development data.
  '2026-12-e': { personalized: 53, 'how-met': 60, 'no-early-ask': 58 },
  // Batch f, written blind by another helper in the shapes ordinary professionals write, scored once at
  // first try on 0eb7350: personalized 51/60, how-met 49/59, no-early-ask 48/57 (README). Then development data.
  '2026-12-f': { personalized: 56, 'how-met': 58, 'no-early-ask': 55 },
  // Batches g and h, written blind by two more helpers (g: a realistic sample of senders; h: the hard middle
  // of each rule), scored once at first try on b8ccd95: g 50/60, 55/58, 45/54; h 53/60, 49/55, 53/59 (README).
  // Then development data for the ask families (paid events, decks, votes, services on call).
  '2026-12-g': { personalized: 55, 'how-met': 57, 'no-early-ask': 50 },
  '2026-12-h': { personalized: 57, 'how-met': 54, 'no-early-ask': 58 },
  // Batches i and j, written and labelled blind, scored once at first try on d97e7a7: i 51/59, 52/59, 52/59;
  // j 53/60, 58/59, 55/58 (README). Then development data for ask families (applying, services on call, a look
  // at my work, a quote offered); bi-018 traded its personalized label for its ask (a sale in the detail's sentence).
  '2026-12-i': { personalized: 54, 'how-met': 54, 'no-early-ask': 58 },
  '2026-12-j': { personalized: 57, 'how-met': 58, 'no-early-ask': 57 },
  // Batches k and l, written and labelled blind after every change above, scored once at first try on 5445852:
  // k 40/46, 50/52, 48/55; l 48/54, 51/58, 57/58 (README). The gate holds what the later mechanisms reached on them.
  '2026-12-k': { personalized: 42, 'how-met': 52, 'no-early-ask': 48 },
  '2026-12-l': { personalized: 49, 'how-met': 51, 'no-early-ask': 57 },
  // Batches m and n (session of 2026-12-05, second day), written and labelled blind, scored once at first try on
  // dd778ba: m 54/58, 55/60, 54/57; n 53/59, 51/58, 51/56 (README). Then development data for anchored-in-sale,
  // co-presence and the pitch-without-a-question entries; the gate holds what was reached.
  '2026-12-m': { personalized: 56, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-n': { personalized: 57, 'how-met': 54, 'no-early-ask': 53 },
  // Batches o (a realistic sample of senders) and p (the hard middle of each label), scored once at first try on
  // a4bb250: o 49/54, 53/56, 53/56; p 41/59, 39/57, 56/58. Batches q (messages after something happened) and r (short
  // notes from all walks of life), written and labelled while o and p were studied, scored once at first try on 9a74753:
  // q 49/60, 46/55, 51/53; r 52/57, 55/60, 55/59 (README). Then development data; the gate holds what was reached.
  '2026-12-o': { personalized: 52, 'how-met': 55, 'no-early-ask': 54 },
  '2026-12-p': { personalized: 47, 'how-met': 42, 'no-early-ask': 57 },
  '2026-12-q': { personalized: 51, 'how-met': 51, 'no-early-ask': 51 },
  '2026-12-r': { personalized: 54, 'how-met': 56, 'no-early-ask': 55 },
  // Batches s (Italian working life) and t (English-speaking working life), written and labelled after every change
  // above, scored once at first try on d505924: s 48/57, 55/59, 55/58; t 50/54, 54/59, 54/58 (README).
  '2026-12-s': { personalized: 49, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-t': { personalized: 51, 'how-met': 55, 'no-early-ask': 55 },
  // Batches u (sixty ordinary senders, no theme) and v (a coach's near-pairs), written and labelled after every change
  // above, scored once at first try on 0ff2df7 (what ships): u 54/57, 54/57, 52/57; v 51/57, 55/58, 58/59 (README).
  '2026-12-u': { personalized: 54, 'how-met': 54, 'no-early-ask': 52 },
  '2026-12-v': { personalized: 51, 'how-met': 55, 'no-early-ask': 58 },
  // Batches w (a week of real inboxes) and x (after the event, and cold outreach), written and labelled blind (session of
  // 2026-12-05, third part), scored once at first try on a9b23fb: w 53/60, 54/59, 55/59; x 47/57, 49/56, 54/59 (README).
  '2026-12-w': { personalized: 54, 'how-met': 54, 'no-early-ask': 57 },
  '2026-12-x': { personalized: 51, 'how-met': 52, 'no-early-ask': 57 },
  // Batches y (people who are not professional writers) and z (white-collar professionals on a busy day), written and
  // labelled while w and x were studied, scored once at first try on 02b9f5b: y 56/59, 52/60, 52/60; z 55/57, 57/59, 53/56.
  '2026-12-y': { personalized: 56, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-z': { personalized: 56, 'how-met': 57, 'no-early-ask': 56 },
  // Batches aa (a LinkedIn user's month) and ab (close calls), written and labelled while y and z were studied, scored once
  // at first try on 6c80eee (d9eb7b8 added only fixtures): aa 52/58, 55/59, 52/57; ab 54/58, 53/59, 56/60 (README).
  '2026-12-aa': { personalized: 54, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-ab': { personalized: 56, 'how-met': 59, 'no-early-ask': 60 },
  // Batches ac (a random sample of last week's first messages) and ad (ten sectors, six situations each), written and labelled
  // while aa and ab were studied, scored once at first try on dba8beb: ac 53/55, 57/59, 56/59; ad 54/60, 57/60, 53/59 (README).
  '2026-12-ac': { personalized: 54, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-ad': { personalized: 60, 'how-met': 58, 'no-early-ask': 59 },
  // Batches ae (typed on a phone, in a hurry) and af (careful writers), written and labelled while ac and ad were studied,
  // scored once at first try on 45f0b26: ae 55/60, 53/58, 57/60; af 53/57, 57/60, 57/60 (README). Then spelling, chat forms and one ask
  // entry were tuned on them.
  '2026-12-ae': { personalized: 57, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-af': { personalized: 53, 'how-met': 57, 'no-early-ask': 58 },
  // Batches ag (an ordinary Tuesday) and ah (a coach's class), written and labelled while ae and af were studied, scored once at
  // first try on c30b410, the scorer that ships but for the ask entries and spelling rules found on them afterwards:
  // ag 56/58, 55/59, 54/57; ah 53/56, 54/55, 54/60 (README).
  '2026-12-ag': { personalized: 56, 'how-met': 55, 'no-early-ask': 57 },
  '2026-12-ah': { personalized: 53, 'how-met': 54, 'no-early-ask': 55 },
  // Batches ai (people in transition) and aj (the provinces and the public sector), written and labelled blind at the start of the
  // session of 2026-12-05 (morning), scored once at first try on ced6ef9: ai 55/58, 60/60, 52/59; aj 50/56, 54/59, 55/59 (README).
  // Then the requested-thing mechanism, codes after "your" and ask, how-met and title entries were tuned on them.
  '2026-12-ai': { personalized: 56, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-aj': { personalized: 53, 'how-met': 58, 'no-early-ask': 58 },
  // Batches ak (creative and media people) and al (universities and research), written and labelled while ai and aj were studied,
  // scored once at first try on 9ed320e: ak 55/60, 50/56, 46/54; al 58/59, 49/57, 50/55 (README).
  // Then ask, how-met and detail readings were tuned on them and on am and an.
  '2026-12-ak': { personalized: 55, 'how-met': 53, 'no-early-ask': 49 },
  '2026-12-al': { personalized: 58, 'how-met': 52, 'no-early-ask': 54 },
  // Batches am (hospitality, food, tourism and retail) and an (tech and finance, written fast), written and labelled while ak and al
  // were studied, scored once at first try on 5586957: am 54/59, 49/57, 53/58; an 52/59, 53/58, 53/58 (README).
  '2026-12-am': { personalized: 55, 'how-met': 49, 'no-early-ask': 56 },
  '2026-12-an': { personalized: 53, 'how-met': 53, 'no-early-ask': 55 },
  // Batches ao (writing in a second language) and ap (inside large organisations), written and labelled while ak-an were studied,
  // scored once at first try on 7a657b5: ao 52/54, 58/60, 48/54; ap 57/59, 53/58, 58/58 (README).
  // Then entries for alumni ("fellow ex-McKinsey here"), news heard from a named person, long role titles and placement asks were tuned on them.
  '2026-12-ao': { personalized: 52, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-ap': { personalized: 57, 'how-met': 56, 'no-early-ask': 58 },
  // Batches aq (job-hunting season) and ar (freelancers and professional practices), written and labelled while ao and ap were studied,
  // scored once at first try on dfcddbf: aq 58/60, 57/60, 45/52; ar 56/58, 56/59, 51/56 (README).
  // Then promises to ask nothing, treats, met-detail in drafts that ask and job and sales entries were tuned on them.
  '2026-12-aq': { personalized: 58, 'how-met': 57, 'no-early-ask': 52 },
  '2026-12-ar': { personalized: 56, 'how-met': 56, 'no-early-ask': 54 },
  // Batches as (asks and non-asks, every shape: two thirds near the no-early-ask boundary) and at (a random day of LinkedIn in Italy
  // and the UK), written and labelled while aq and ar were studied, scored once at first try on 8157b39: as 56/60, 56/59, 47/58;
  // at 56/57, 58/59, 53/57 (README).
  // Then vote, trial, walk-through and specialised-studio entries and guards for "vista la Sua ricerca" were tuned on them.
  '2026-12-as': { personalized: 55, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-at': { personalized: 56, 'how-met': 59, 'no-early-ask': 54 },
  // Batches au (a random week of LinkedIn in Italy) and av (a random week in the UK, Ireland and the US), written and labelled while as
  // and at were studied, scored once at first try on 6c41902: au 53/54, 54/56, 48/52; av 53/56, 55/58, 51/54 (README).
  '2026-12-au': { personalized: 53, 'how-met': 54, 'no-early-ask': 48 },
  '2026-12-av': { personalized: 53, 'how-met': 55, 'no-early-ask': 51 },
  // Batches aw (a random week of LinkedIn in June) and ax (first messages people hesitate over), written and labelled while au and av were
  // studied, scored once at first try on 6c41902 (nothing changed in the scorer since): aw 54/57, 57/59, 57/58; ax 51/57, 51/59, 51/57.
  '2026-12-aw': { personalized: 54, 'how-met': 57, 'no-early-ask': 57 },
  // Then the help they gave ("you mentored me", "I was a student in your lab"), "stiamo cercando investitori" and "happy to quote" were read.
  '2026-12-ax': { personalized: 51, 'how-met': 53, 'no-early-ask': 53 },
  // Batches ay (a random week of LinkedIn in September) and az (the oldest and the youngest users), written and labelled while aw and ax
  // were studied, scored once at first try on 9f2ec21 (the scorer of 9731746): ay 56/59, 57/58, 53/56; az 51/58, 54/58, 53/57 (README).
  '2026-12-ay': { personalized: 56, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-az': { personalized: 51, 'how-met': 54, 'no-early-ask': 53 },
  // Batches ba (a random week in late November), bb (people who reach out about work), bc (a random week in early spring) and bd (expats
  // and people between two countries), scored once at first try on d10b6f8: ba 52/55, 54/55, 57/59; bb 58/60, 54/59, 46/55;
  // bc 56/57, 56/56, 51/58; bd 57/58, 56/60, 54/58 (README). Then the asks and meetings they missed were read (558d00e and after).
  '2026-12-ba': { personalized: 54, 'how-met': 55, 'no-early-ask': 59 },
  '2026-12-bb': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-bc': { personalized: 57, 'how-met': 56, 'no-early-ask': 58 },
  '2026-12-bd': { personalized: 57, 'how-met': 59, 'no-early-ask': 58 },
  // Batches be (a random week in January) and bf (written on a phone, in small towns and trades), scored once at first try on 5e60873:
  // be 53/57, 54/59, 54/56; bf 52/59, 46/56, 47/57. bg (a random week in October) and bh (a random week in May), on 07f17be: bg 53/55,
  // 51/58, 56/58; bh 56/60, 51/59, 53/58. bi (a random week in July) and bj (a random week in February), on edf8a1b: bi 53/58, 52/58,
  // 57/58; bj 54/56, 48/57, 54/58 (README). Each pair was studied after its first try, while the next pair was written.
  '2026-12-be': { personalized: 56, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-bf': { personalized: 55, 'how-met': 53, 'no-early-ask': 56 },
  '2026-12-bg': { personalized: 55, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-bh': { personalized: 56, 'how-met': 56, 'no-early-ask': 57 },
  '2026-12-bi': { personalized: 54, 'how-met': 56, 'no-early-ask': 58 },
  '2026-12-bj': { personalized: 55, 'how-met': 52, 'no-early-ask': 57 },
  // Batches bk (a random week in April) and bl (a random week in late August), scored once at first try on d0496b8: bk 53/57, 52/56,
  // 49/56; bl 50/59, 53/59, 54/58 (README).
  '2026-12-bk': { personalized: 53, 'how-met': 53, 'no-early-ask': 53 },
  '2026-12-bl': { personalized: 51, 'how-met': 55, 'no-early-ask': 58 },
  // Batches bm (a random week in June) and bn (a random week in December), scored once at first try on 30c7063: bm 51/55, 51/58, 52/59;
  // bn 55/59, 54/59, 48/54 (README). Then 314d8de read the asks and meetings they missed.
  '2026-12-bm': { personalized: 50, 'how-met': 53, 'no-early-ask': 55 },
  '2026-12-bn': { personalized: 55, 'how-met': 56, 'no-early-ask': 50 },
  // Batches bo (a random week in March) and bp (a random week in November), scored once at first try on dfdd69f, the scorer that ships,
  // and not tuned on: bo 52/58, 55/60, 53/54; bp 50/59, 53/58, 55/58 (README). Their floors are their first try.
  '2026-12-bo': { personalized: 52, 'how-met': 55, 'no-early-ask': 53 },
  '2026-12-bp': { personalized: 50, 'how-met': 53, 'no-early-ask': 55 },
  // Next session: bq (a random week in September) and br (early August, before the holidays), scored once at first try on 54e6b31:
  // bq 56/57, 57/59, 54/55 (the first batch at 95 % or more on all three core rules); br 51/55, 58/59, 56/58. bs (mid-October) and
  // bt (late June), on e4db7ff (same answers as 54e6b31, faster): bs 55/58, 55/60, 50/57; bt 52/56, 55/58, 58/60 (README).
  // Then 522fbd0 and a606e0e read the asks, meetings and details they missed; the floors are what they agree on since.
  '2026-12-bq': { personalized: 56, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-br': { personalized: 52, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-bs': { personalized: 57, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-bt': { personalized: 53, 'how-met': 56, 'no-early-ask': 60 },
  // Batches bu (mid-January) and bv (early April), scored once at first try on 1ff3bbf, the scorer that ships, and not tuned on:
  // bu 52/56, 52/58, 53/56; bv 57/58, 55/57, 56/56 (the second batch at 95 % or more on all three core rules). Floors: first try.
  '2026-12-bu': { personalized: 54, 'how-met': 56, 'no-early-ask': 54 },
  '2026-12-bv': { personalized: 57, 'how-met': 55, 'no-early-ask': 56 },
  // Batches bw (early March) and bx (late November), scored once at first try on 2ee1a40 (same answers as 1ff3bbf) and not tuned on:
  // bw 51/53, 58/60, 57/57 (the third batch at 95 % or more on all three core rules); bx 54/57, 56/57, 56/57. Floors: first try.
  // Then the ninth round read what bu, bw and bx missed; bu-bx floors are what they agree on since (bv unchanged).
  '2026-12-bw': { personalized: 51, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-bx': { personalized: 55, 'how-met': 57, 'no-early-ask': 57 },
  // Batches by (late May) and bz (early December), scored once at first try on a6f4bf0 (after the ninth round), not tuned on:
  // by 53/56, 57/58, 55/57; bz 55/59, 58/60, 52/55 (README). Floors: first try.
  // Then the tenth round read what they missed; their floors are what they agree on since.
  '2026-12-by': { personalized: 55, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-bz': { personalized: 58, 'how-met': 60, 'no-early-ask': 54 },
  // Batches ca (mid-July) and cb (late September), scored once at first try on 76364e9 (after the tenth round), not tuned on:
  // ca 54/58, 54/58, 53/57; cb 52/56, 53/58, 55/57 (README). Floors: first try.
  // Then the eleventh round read what they missed; their floors are what they agree on since.
  '2026-12-ca': { personalized: 56, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-cb': { personalized: 54, 'how-met': 58, 'no-early-ask': 55 },
  // Batches cc (mid-February) and cd (late October), scored once at first try on 41c652c (after the eleventh round), not tuned on:
  // cc 54/57, 57/59, 54/57; cd 56/59, 55/58, 48/54 (README). Floors: first try.
  // Then the twelfth round read the asks they missed; their floors are what they agree on since.
  '2026-12-cc': { personalized: 54, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-cd': { personalized: 56, 'how-met': 55, 'no-early-ask': 54 },
  // Batches ce (late April) and cf (early November), scored once at first try on 031a89a, the scorer that ships, and not tuned on:
  // ce 53/56, 58/59, 56/56; cf 56/57, 57/59, 54/58 (README). Floors: first try.
  '2026-12-ce': { personalized: 53, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-cf': { personalized: 56, 'how-met': 57, 'no-early-ask': 54 },
  // Batches cg-cl (session of 2026-12-05, fourth), scored once at first try on e2eb028, the scorer of the last stop, before any change:
  // cg 54/58, 55/60, 57/58; ch 51/55, 55/60, 57/60; ci 49/58, 51/59, 55/59; cj 53/56, 56/59, 55/59;
  // ck 57/58, 57/58, 55/57; cl 56/59, 56/59, 58/59 (README). Then development data; floors are what they agree on since.
  '2026-12-cg': { personalized: 54, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-ch': { personalized: 51, 'how-met': 55, 'no-early-ask': 57 },
  '2026-12-ci': { personalized: 50, 'how-met': 52, 'no-early-ask': 56 },
  '2026-12-cj': { personalized: 53, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-ck': { personalized: 57, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-cl': { personalized: 56, 'how-met': 56, 'no-early-ask': 59 },
  // Batches cm-cp, scored once at first try on ba5f2e8 (round 13):
  // cm 54/59, 54/59, 51/57; cn 54/56, 57/60, 55/58; co 50/57, 50/57, 59/60;
  // cp 54/58, 58/59, 57/59 (README). Then development data; floors are what they agree on since.
  '2026-12-cm': { personalized: 54, 'how-met': 54, 'no-early-ask': 52 },
  '2026-12-cn': { personalized: 54, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-co': { personalized: 50, 'how-met': 54, 'no-early-ask': 59 },
  '2026-12-cp': { personalized: 54, 'how-met': 58, 'no-early-ask': 57 },
  // Batches cq and cr, scored once at first try on 04ffa6a (round 14):
  // cq 55/59, 54/57, 56/59; cr 55/58, 56/60, 55/56 (README). Then development data; floors are what they agree on since.
  '2026-12-cq': { personalized: 55, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-cr': { personalized: 55, 'how-met': 58, 'no-early-ask': 56 },
  // Batches cs and ct, scored once at first try on 32fe5be (round 15):
  // cs 55/58, 57/59, 58/60; ct 57/58, 58/58, 56/57 (README). Then development data; floors are what they agree on since.
  '2026-12-cs': { personalized: 55, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-ct': { personalized: 57, 'how-met': 58, 'no-early-ask': 56 },
  // Batches cu and cv, scored once at first try on 2fda816 (the spelling round):
  // cu 55/56, 58/60, 57/59; cv 55/57, 54/59, 56/60 (README). Then development data; floors are what they agree on since.
  '2026-12-cu': { personalized: 55, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-cv': { personalized: 55, 'how-met': 57, 'no-early-ask': 57 },
  // Batches cw (late July) and cx (early December), scored once at first try on bcb182f, the scorer that ships, and not tuned on:
  // cw 54/57, 56/58, 57/59; cx 55/58, 57/60, 54/59 (README). Floors: first try.
  // Then rounds 17 and 18 (fifth session) read what cw-cz missed; their floors are what they agree on since.
  '2026-12-cw': { personalized: 55, 'how-met': 57, 'no-early-ask': 59 },
  '2026-12-cx': { personalized: 56, 'how-met': 57, 'no-early-ask': 57 },
  // Batches cy (mid-March) and cz (late October), written and labelled while cw and cx were scored, scored once at first try on
  // 3446bbd (the same answers as bcb182f: comments only since), what ships, and not tuned on: cy 59/59, 58/59, 59/59;
  // cz 57/58, 57/60, 54/57 (README). Floors: first try.
  '2026-12-cy': { personalized: 59, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-cz': { personalized: 57, 'how-met': 58, 'no-early-ask': 55 },
  // Fifth session: batches da (mid-April), db (early February), dc (late June), dd (mid-November), de (early May) and df (late
  // September), written and labelled blind (a label the writer marked unsure, or the two labelled apart, is ambiguous), scored once at
  // first try on 1547b49, what the session began with: da 53/59, 54/59, 57/60; db 58/60, 55/58, 54/58; dc 55/59, 53/57, 54/55;
  // dd 53/57, 55/59, 52/54; de 57/60, 55/57, 51/57; df 57/59, 57/58, 56/60. dg (mid-August) and dh (late January) on 4aad034 (round 17):
  // dg 57/59, 57/59, 56/58 (95 % or more on all three); dh 57/59, 58/60, 52/57. di (early July) and dj (late December) on 66cabb8:
  // di 55/59, 57/58, 55/58; dj 58/60, 57/59, 52/57 (README). Then rounds 17 and 18 read their misses; the floors are what they agree on since.
  '2026-12-da': { personalized: 57, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-db': { personalized: 60, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-dc': { personalized: 56, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-dd': { personalized: 55, 'how-met': 59, 'no-early-ask': 53 },
  '2026-12-de': { personalized: 60, 'how-met': 56, 'no-early-ask': 53 },
  '2026-12-df': { personalized: 57, 'how-met': 57, 'no-early-ask': 59 },
  '2026-12-dg': { personalized: 58, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-dh': { personalized: 58, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-di': { personalized: 56, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-dj': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  // dk (mid-February), dl (early October), dm (late May) and dn (mid-September) on 9d32582 (round 18): dk 54/59, 56/60, 54/59;
  // dl 56/59, 56/58, 53/55; dm 55/58, 56/60, 57/60; dn 57/58, 58/59, 54/56 (95 % or more on all three). do (late March) and dp (early
  // August) on 787bf5a (round 19): do 55/59, 54/60, 53/54; dp 58/58, 60/60, 57/58 (all three). Then rounds 19 and 20 read their misses.
  '2026-12-dk': { personalized: 54, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-dl': { personalized: 57, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-dm': { personalized: 56, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-dn': { personalized: 57, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-do': { personalized: 56, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-dp': { personalized: 58, 'how-met': 60, 'no-early-ask': 57 },
  // dq (mid-June), dr (early November), ds (late April) and dt (mid-January), scored once on 787bf5a and again on 35b662a (round 20),
  // neither tuned on them: on 35b662a dq 56/58, 57/58, 52/54 (all three); dr 57/59, 53/55, 53/57; ds 55/57, 59/59, 54/57; dt 56/56,
  // 59/59, 54/56 (all three). du (early March) and dv (late October), scored once on 2aeaa87, what ships, not tuned on: du 57/59,
  // 55/58, 51/56; dv 56/58, 56/58, 57/58 (all three; README). Floors: first try on what ships.
  '2026-12-dq': { personalized: 56, 'how-met': 57, 'no-early-ask': 52 },
  '2026-12-dr': { personalized: 57, 'how-met': 53, 'no-early-ask': 53 },
  '2026-12-ds': { personalized: 55, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-dt': { personalized: 56, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-du': { personalized: 57, 'how-met': 55, 'no-early-ask': 51 },
  '2026-12-dv': { personalized: 56, 'how-met': 56, 'no-early-ask': 57 },
  // dw (mid-May), dx (early December), dy (late July) and dz (early September), scored once on d9ccb21 (2aeaa87's answers), what
  // ships, not tuned on: dw 56/57, 58/59, 56/57 (all three); dx 58/60, 52/57, 57/58; dy 58/59, 58/60, 55/56 (all three); dz 54/55,
  // 54/59, 50/53 (README). Floors: first try.
  '2026-12-dw': { personalized: 56, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-dx': { personalized: 58, 'how-met': 52, 'no-early-ask': 57 },
  '2026-12-dy': { personalized: 58, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-dz': { personalized: 54, 'how-met': 54, 'no-early-ask': 50 },
  // Sixth session: batches ea-fd, written and labelled blind as in the fifth session, each scored once at first try on the commit
  // named, before anything was changed because of it (personalized, how-met, no-early-ask agreeing / counted):
  // on 45983da: ea 56/58, 55/58, 53/56; eb 55/56, 53/57, 53/56; ec 57/58, 55/57, 50/54; ed 58/60, 58/59, 51/53; ee 57/57, 58/58, 52/56;
  // ef 58/59, 55/59, 53/54.
  // on a47b3d8: eg 57/60, 59/60, 55/59; eh 56/59, 59/59, 55/57; ei 54/56, 57/60, 57/58; ej 55/57, 52/58, 58/59; ek 57/59, 58/59, 52/58;
  // el 55/58, 55/58, 57/58.
  // on 1d1ffb3: em 51/53, 57/58, 53/54; en 50/55, 53/55, 51/54; eo 59/59, 58/58, 56/59; ep 55/57, 57/58, 52/56; eq 58/60, 57/58, 59/60;
  // er 50/60, 53/58, 57/60.
  // on 92a795b: es 57/59, 56/57, 52/55; et 57/60, 55/58, 53/58; eu 59/60, 55/60, 59/60; ev 56/59, 58/60, 56/57; ew 57/58, 57/58, 55/55;
  // ex 57/58, 56/59, 57/59.
  // on 0139099: ey 55/59, 55/58, 57/60; ez 55/58, 59/59, 51/55; fa 55/58, 56/58, 54/56; fb 57/58, 56/58, 53/57; fc 57/58, 58/59, 56/58;
  // fd 57/59, 56/57, 58/59.
  // Then rounds 21-25 read their misses; the floors are what they agree on since (README).
  '2026-12-ea': { personalized: 58, 'how-met': 55, 'no-early-ask': 56 },
  '2026-12-eb': { personalized: 56, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-ec': { personalized: 58, 'how-met': 56, 'no-early-ask': 53 },
  '2026-12-ed': { personalized: 60, 'how-met': 59, 'no-early-ask': 53 },
  '2026-12-ee': { personalized: 57, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-ef': { personalized: 59, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-eg': { personalized: 58, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-eh': { personalized: 56, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-ei': { personalized: 55, 'how-met': 60, 'no-early-ask': 58 },
  '2026-12-ej': { personalized: 57, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-ek': { personalized: 58, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-el': { personalized: 55, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-em': { personalized: 52, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-en': { personalized: 50, 'how-met': 54, 'no-early-ask': 52 },
  '2026-12-eo': { personalized: 59, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-ep': { personalized: 55, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-eq': { personalized: 59, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-er': { personalized: 51, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-es': { personalized: 57, 'how-met': 56, 'no-early-ask': 54 },
  '2026-12-et': { personalized: 58, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-eu': { personalized: 59, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-ev': { personalized: 56, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-ew': { personalized: 57, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-ex': { personalized: 57, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-ey': { personalized: 55, 'how-met': 55, 'no-early-ask': 58 },
  '2026-12-ez': { personalized: 55, 'how-met': 59, 'no-early-ask': 53 },
  '2026-12-fa': { personalized: 56, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-fb': { personalized: 57, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-fc': { personalized: 57, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-fd': { personalized: 57, 'how-met': 57, 'no-early-ask': 58 },
  // fe-fh on 1b46b17 (round 25): fe 52/59, 53/56, 58/59; ff 56/59, 56/58, 56/58;
  // fg 54/58, 54/58, 57/58; fh 53/57, 52/58, 57/57; then round 26 read their misses.
  // fi-fl on c31602a (round 26), what ships, not tuned on: fi 55/57, 55/58, 53/56; fj 58/58, 53/56, 55/55;
  // fk 54/55, 55/57, 49/50; fl 52/57, 57/59, 53/56 (README). Floors: what they agree on now (first try for fi-fl).
  '2026-12-fe': { personalized: 54, 'how-met': 54, 'no-early-ask': 59 },
  '2026-12-ff': { personalized: 57, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-fg': { personalized: 54, 'how-met': 56, 'no-early-ask': 57 },
  '2026-12-fh': { personalized: 55, 'how-met': 55, 'no-early-ask': 57 },
  '2026-12-fi': { personalized: 55, 'how-met': 55, 'no-early-ask': 53 },
  '2026-12-fj': { personalized: 58, 'how-met': 53, 'no-early-ask': 55 },
  '2026-12-fk': { personalized: 54, 'how-met': 55, 'no-early-ask': 49 },
  '2026-12-fl': { personalized: 52, 'how-met': 57, 'no-early-ask': 53 },
  // fm-fr (seventh session), first try on 2488176 (hand-made reading only): fm 58/60, 55/56, 55/56; fn 58/60, 59/60, 56/57;
  // fo 54/56, 53/57, 56/58; fp 55/58, 58/60, 57/59; fq 58/59, 55/57, 57/58; fr 53/60, 56/58, 51/56. First try with the learned
  // reading trained on the batches up to fl: fm 59/60, 56/56, 56/56; fn 59/60, 60/60, 57/57; fo 55/56, 55/57, 56/58;
  // fp 56/58, 60/60, 59/59; fq 59/59, 56/57, 58/58; fr 57/60, 57/58, 54/56 (README). Since trained on; floors: what they agree on now.
  '2026-12-fm': { personalized: 60, 'how-met': 56, 'no-early-ask': 56 },
  '2026-12-fn': { personalized: 60, 'how-met': 60, 'no-early-ask': 57 },
  '2026-12-fo': { personalized: 56, 'how-met': 56, 'no-early-ask': 58 },
  '2026-12-fp': { personalized: 58, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-fq': { personalized: 59, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-fr': { personalized: 60, 'how-met': 58, 'no-early-ask': 55 },
  // fs-fx (eighth session), first try on f7043d4 (what the seventh session shipped, learned reading trained up to fr): fs 59/60, 55/57,
  // 53/54; ft 56/57, 58/58, 57/57; fu 58/59, 59/60, 54/55; fv 57/59, 58/59, 56/58; fw 59/59, 60/60, 58/59; fx 60/60, 59/60, 55/57
  // (README). Since trained on; floors: what they agree on now.
  '2026-12-fs': { personalized: 60, 'how-met': 56, 'no-early-ask': 54 },
  '2026-12-ft': { personalized: 57, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-fu': { personalized: 59, 'how-met': 60, 'no-early-ask': 54 },
  '2026-12-fv': { personalized: 58, 'how-met': 59, 'no-early-ask': 58 },
  '2026-12-fw': { personalized: 59, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-fx': { personalized: 60, 'how-met': 60, 'no-early-ask': 56 },
  // fy-gd, first try on 1291358 (fy, gb, gc, gd) and 0a269f1 (fz, ga; the same answers), learned reading trained up to fx: fy 57/58,
  // 59/60, 58/58; fz 56/56, 57/58, 56/57; ga 57/58, 59/60, 56/57; gb 59/59, 59/60, 59/60; gc 59/60, 55/56, 57/58; gd 57/58, 58/58,
  // 53/54 (README). Since trained on; floors: what they agree on now.
  '2026-12-fy': { personalized: 58, 'how-met': 60, 'no-early-ask': 58 },
  '2026-12-fz': { personalized: 56, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-ga': { personalized: 58, 'how-met': 60, 'no-early-ask': 56 },
  '2026-12-gb': { personalized: 59, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-gc': { personalized: 60, 'how-met': 56, 'no-early-ask': 57 },
  '2026-12-gd': { personalized: 58, 'how-met': 58, 'no-early-ask': 53 },
  // ge-gh, first try on 9640dfc (learned reading with the analyzer's name matching, trained up to gd): ge 57/57, 58/58, 52/52;
  // gf 56/58, 58/58, 53/54; gg 57/59, 57/58, 55/55; gh 59/59, 57/58, 57/58 (README). Since trained on; floors: what they agree on now.
  '2026-12-ge': { personalized: 57, 'how-met': 58, 'no-early-ask': 52 },
  '2026-12-gf': { personalized: 58, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-gg': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-gh': { personalized: 59, 'how-met': 57, 'no-early-ask': 58 },
  // gi-gl, first try on 0ef068d (trained up to gh): gi 53/56, 58/59, 56/56 (personalized below 95 %: a thank-you with a promised
  // referral read as generic, two notes about the sender read as personal); gj 57/57, 59/60, 58/59; gk 58/59, 58/59, 53/54;
  // gl 59/59, 60/60, 56/57 (README). Since trained on; floors: what they agree on now.
  '2026-12-gi': { personalized: 56, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-gj': { personalized: 57, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-gk': { personalized: 59, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-gl': { personalized: 59, 'how-met': 60, 'no-early-ask': 56 },
  // gm-gp, first try on a6254de (trained up to gl): gm 57/58, 59/59, 59/60; gn 59/60, 58/59, 54/54; go 57/58, 59/59, 59/59;
  // gp 56/58, 58/58, 55/56 (README). Since trained on; floors: what they agree on now.
  '2026-12-gm': { personalized: 58, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-gn': { personalized: 60, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-go': { personalized: 57, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-gp': { personalized: 58, 'how-met': 58, 'no-early-ask': 56 },
  // gq-gz, first try on d92b599's answers (gw-gz scored on 89c6705, which changes only a third language's spelling; trained up to gp):
  // gq 57/59, 59/59, 56/57; gr 54/54, 60/60, 52/53; gs 55/55, 59/60, 55/56; gt 59/59, 57/59, 54/55; gu 60/60, 57/58, 55/56;
  // gv 57/58, 58/58, 54/55; gw 56/60, 55/55, 57/57 (personalized below 95 %: Tasha for Natasha read as a wrong name, a sales pitch's
  // "your existing TMS" read as personal, a founder's pitch read as personal by the learned reading, news of their plant read as
  // generic); gx 58/59, 56/56, 55/55; gy 54/54, 59/59, 54/54; gz 58/58, 57/59, 56/57 (README). Since trained on; floors: what they
  // agree on now.
  '2026-12-gq': { personalized: 58, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-gr': { personalized: 54, 'how-met': 60, 'no-early-ask': 53 },
  '2026-12-gs': { personalized: 55, 'how-met': 60, 'no-early-ask': 56 },
  '2026-12-gt': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-gu': { personalized: 60, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-gv': { personalized: 58, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-gw': { personalized: 60, 'how-met': 55, 'no-early-ask': 57 },
  '2026-12-gx': { personalized: 59, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-gy': { personalized: 54, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-gz': { personalized: 58, 'how-met': 58, 'no-early-ask': 56 },
  // ha-hf, first try on abea493 (trained up to gz): ha 54/56, 58/58, 54/54; hb 58/58, 59/59, 53/53; hc 57/60, 56/58, 56/56;
  // hd 57/60, 58/59, 59/60; he 55/56, 56/56, 51/51; hf 60/60, 58/58, 59/59 (README; 9e75d52 gives the same answers). Since trained
  // on; floors: what they agree on now.
  '2026-12-ha': { personalized: 56, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-hb': { personalized: 58, 'how-met': 59, 'no-early-ask': 53 },
  '2026-12-hc': { personalized: 60, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-hd': { personalized: 60, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-he': { personalized: 56, 'how-met': 56, 'no-early-ask': 51 },
  '2026-12-hf': { personalized: 60, 'how-met': 58, 'no-early-ask': 59 },
  // hg-hl, first try on 4ea65a4 (trained up to hf): hg 58/58, 58/59, 56/58; hh 56/56, 57/59, 58/58; hi 57/58, 58/59, 57/58;
  // hj 58/59, 58/59, 56/56; hk 58/59, 60/60, 53/54; hl 58/60, 58/58, 54/56 (README). Since trained on; floors: what they agree on now.
  '2026-12-hg': { personalized: 58, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-hh': { personalized: 56, 'how-met': 59, 'no-early-ask': 58 },
  '2026-12-hi': { personalized: 58, 'how-met': 59, 'no-early-ask': 58 },
  '2026-12-hj': { personalized: 58, 'how-met': 59, 'no-early-ask': 56 },
  '2026-12-hk': { personalized: 59, 'how-met': 60, 'no-early-ask': 54 },
  '2026-12-hl': { personalized: 60, 'how-met': 58, 'no-early-ask': 56 },
  // hm-hr, first try on b9c96cf (trained up to hl): hm 56/57, 59/60, 58/59; hn 59/60, 59/59, 56/56; ho 58/60, 58/59, 53/56
  // (no-early-ask below 95 %: a sale told as facts with a website, a referral asking for a call, a school fair's request read as
  // none); hp 56/56, 58/58, 54/55; hq 56/58, 57/57, 53/54; hr 54/54, 57/57, 49/51 (README). Since trained on; floors: what they agree on now.
  '2026-12-hm': { personalized: 57, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-hn': { personalized: 60, 'how-met': 59, 'no-early-ask': 56 },
  '2026-12-ho': { personalized: 60, 'how-met': 59, 'no-early-ask': 55 },
  '2026-12-hp': { personalized: 56, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-hq': { personalized: 58, 'how-met': 57, 'no-early-ask': 54 },
  '2026-12-hr': { personalized: 54, 'how-met': 57, 'no-early-ask': 51 },
  // hs-hx, first try on 89e59d4 (trained up to hr): hs 60/60, 57/57, 55/56; ht 59/59, 59/60, 55/57; hu 57/58, 57/59, 52/53;
  // hv 58/59, 55/55, 56/56; hw 56/58, 58/58, 53/54; hx 58/59, 59/59, 57/59 (README). Since trained on; floors: what they agree on now.
  '2026-12-hs': { personalized: 60, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-ht': { personalized: 59, 'how-met': 59, 'no-early-ask': 55 },
  '2026-12-hu': { personalized: 58, 'how-met': 57, 'no-early-ask': 52 },
  '2026-12-hv': { personalized: 58, 'how-met': 55, 'no-early-ask': 56 },
  '2026-12-hw': { personalized: 58, 'how-met': 58, 'no-early-ask': 53 },
  '2026-12-hx': { personalized: 59, 'how-met': 59, 'no-early-ask': 58 },
  // hy-id, first try on 12d35ad (trained up to hx): hy 56/56, 58/58, 53/54; hz 59/59, 58/59, 59/59; ia 56/59, 59/59, 55/56;
  // ib 60/60, 56/57, 59/59; ic 57/58, 55/57, 55/56; id 56/57, 56/57, 56/56 (README). Since trained on; floors: what they agree on now.
  '2026-12-hy': { personalized: 56, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-hz': { personalized: 59, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-ia': { personalized: 59, 'how-met': 59, 'no-early-ask': 56 },
  '2026-12-ib': { personalized: 60, 'how-met': 57, 'no-early-ask': 59 },
  '2026-12-ic': { personalized: 58, 'how-met': 56, 'no-early-ask': 56 },
  '2026-12-id': { personalized: 57, 'how-met': 57, 'no-early-ask': 56 },
  // ie-ij, first try on 81ffc0a (trained up to id): ie 56/57, 58/58, 55/57; if 57/57, 59/59, 55/56; ig 57/58, 57/57, 54/54;
  // ih 56/57, 57/58, 59/59; ii 56/57, 59/59, 51/52; ij 58/58, 57/58, 57/58 (README). Since trained on; floors: what they agree on now.
  '2026-12-ie': { personalized: 56, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-if': { personalized: 57, 'how-met': 59, 'no-early-ask': 56 },
  '2026-12-ig': { personalized: 58, 'how-met': 57, 'no-early-ask': 54 },
  '2026-12-ih': { personalized: 57, 'how-met': 58, 'no-early-ask': 59 },
  '2026-12-ii': { personalized: 57, 'how-met': 59, 'no-early-ask': 52 },
  '2026-12-ij': { personalized: 58, 'how-met': 58, 'no-early-ask': 58 },
  // ik-ip, first try on 294f758 (trained up to ij): ik 56/57, 59/59, 55/55; il 59/59, 58/58, 55/56; im 59/59, 55/57, 57/58;
  // in 59/59, 58/59, 53/54; io 56/57, 56/57, 56/56; ip 53/53, 54/57, 55/55 (README). Since trained on; floors: what they agree on now.
  '2026-12-ik': { personalized: 57, 'how-met': 59, 'no-early-ask': 55 },
  '2026-12-il': { personalized: 59, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-im': { personalized: 59, 'how-met': 56, 'no-early-ask': 58 },
  '2026-12-in': { personalized: 59, 'how-met': 59, 'no-early-ask': 54 },
  '2026-12-io': { personalized: 57, 'how-met': 56, 'no-early-ask': 56 },
  '2026-12-ip': { personalized: 53, 'how-met': 55, 'no-early-ask': 55 },
  // iq-iv, first try on cc71a00 (trained up to ip): iq 55/55, 57/57, 53/53; ir 58/59, 58/58, 55/55; is 56/56, 58/58, 55/55;
  // it 59/59, 57/57, 56/57; iu 56/56, 58/59, 54/55; iv 58/60, 56/59, 57/57 (README). Since trained on; floors: what they agree on now.
  '2026-12-iq': { personalized: 55, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-ir': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-is': { personalized: 56, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-it': { personalized: 59, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-iu': { personalized: 56, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-iv': { personalized: 59, 'how-met': 59, 'no-early-ask': 57 },
  // iw-jb, first try on 681c1fc (trained up to iv): iw 55/59, 57/57, 56/57; ix 58/59, 55/58, 52/55; iy 54/55, 57/57, 53/53;
  // iz 57/57, 56/56, 55/55; ja 59/59, 60/60, 56/56; jb 59/59, 58/58, 58/58 (README). Since trained on; floors: what they agree on now.
  '2026-12-iw': { personalized: 57, 'how-met': 57, 'no-early-ask': 56 },
  '2026-12-ix': { personalized: 59, 'how-met': 57, 'no-early-ask': 55 },
  '2026-12-iy': { personalized: 55, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-iz': { personalized: 57, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-ja': { personalized: 59, 'how-met': 60, 'no-early-ask': 56 },
  '2026-12-jb': { personalized: 59, 'how-met': 58, 'no-early-ask': 58 },
  // jc-jn, first try on 12f3bc1 (trained up to jb): jc 60/60, 57/58, 57/58; jd 60/60, 55/56, 53/53; je 59/60, 58/59, 57/59; jf 58/59,
  // 59/59, 59/59; jg 59/59, 57/57, 54/54; jh 59/59, 54/55, 57/58; ji 59/59, 58/58, 55/57; jj 56/57, 57/57, 53/53; jk 57/57, 59/59, 55/55;
  // jl 58/58, 58/58, 55/55; jm 59/59, 58/58, 54/55; jn 58/59, 58/58, 53/53 (README). Since trained on; floors: what they agree on now.
  '2026-12-jc': { personalized: 60, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-jd': { personalized: 60, 'how-met': 56, 'no-early-ask': 53 },
  '2026-12-je': { personalized: 60, 'how-met': 59, 'no-early-ask': 58 },
  '2026-12-jf': { personalized: 59, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-jg': { personalized: 59, 'how-met': 57, 'no-early-ask': 54 },
  '2026-12-jh': { personalized: 59, 'how-met': 55, 'no-early-ask': 57 },
  '2026-12-ji': { personalized: 59, 'how-met': 58, 'no-early-ask': 57 },
  '2026-12-jj': { personalized: 57, 'how-met': 57, 'no-early-ask': 53 },
  '2026-12-jk': { personalized: 57, 'how-met': 59, 'no-early-ask': 55 },
  '2026-12-jl': { personalized: 58, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-jm': { personalized: 59, 'how-met': 58, 'no-early-ask': 55 },
  '2026-12-jn': { personalized: 59, 'how-met': 58, 'no-early-ask': 53 },
  // jo-jt, first try on 9bf02d8 (trained up to jn): jo 56/56, 57/57, 54/54; jp 60/60, 59/60, 58/59; jq 59/60, 59/59, 57/57; jr 60/60,
  // 59/60, 54/54; js 58/58, 54/55, 55/55; jt 58/58, 60/60, 52/52 (README). Since trained on; floors: what they agree on now.
  '2026-12-jo': { personalized: 56, 'how-met': 57, 'no-early-ask': 54 },
  '2026-12-jp': { personalized: 60, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-jq': { personalized: 60, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-jr': { personalized: 60, 'how-met': 60, 'no-early-ask': 54 },
  '2026-12-js': { personalized: 58, 'how-met': 55, 'no-early-ask': 55 },
  '2026-12-jt': { personalized: 58, 'how-met': 60, 'no-early-ask': 52 },
  // ju-jz, first try on 9df63c1 (trained up to jt): ju 59/59, 59/60, 58/58; jv 57/57, 57/58, 56/57; jw 58/58, 59/60, 58/58; jx 57/58,
  // 56/56, 55/55; jy 57/60, 60/60, 53/54; jz 57/58, 59/59, 57/58 (README). Since trained on; floors: what they agree on now.
  '2026-12-ju': { personalized: 59, 'how-met': 60, 'no-early-ask': 58 },
  '2026-12-jv': { personalized: 57, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-jw': { personalized: 58, 'how-met': 60, 'no-early-ask': 58 },
  '2026-12-jx': { personalized: 58, 'how-met': 56, 'no-early-ask': 55 },
  '2026-12-jy': { personalized: 60, 'how-met': 60, 'no-early-ask': 54 },
  '2026-12-jz': { personalized: 58, 'how-met': 59, 'no-early-ask': 58 },
  // ka-kf, first try on 0d8f167 (trained up to jz): ka 57/57, 58/58, 54/54; kb 54/57, 57/58, 53/54; kc 57/57, 57/58, 55/56; kd 57/58,
  // 57/57, 57/57; ke 57/58, 58/60, 57/57; kf 58/59, 57/58, 56/57 (README). Since trained on; floors: what they agree on now.
  '2026-12-ka': { personalized: 57, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-kb': { personalized: 57, 'how-met': 58, 'no-early-ask': 54 },
  '2026-12-kc': { personalized: 57, 'how-met': 58, 'no-early-ask': 56 },
  '2026-12-kd': { personalized: 58, 'how-met': 57, 'no-early-ask': 57 },
  '2026-12-ke': { personalized: 58, 'how-met': 59, 'no-early-ask': 57 },
  '2026-12-kf': { personalized: 59, 'how-met': 57, 'no-early-ask': 57 },
  // kg-kp (session of 2026-12-06; guide and briefs written again from RULES.md), first try on fc27b1c (trained up to kf): kg 55/58,
  // 55/57, 59/60; kh 57/59, 58/59, 58/59; ki 57/59, 57/59, 57/59; kj 57/59, 55/56, 56/59; kk 57/59, 57/59, 60/60; kl 55/57, 56/58,
  // 58/60; km 59/59, 57/58, 59/60; kn 56/58, 55/60, 59/60; ko 56/60, 57/59, 60/60; kp 58/60, 57/58, 56/60 (README). Since trained on;
  // floors: what they agree on now.
  '2026-12-kg': { personalized: 58, 'how-met': 57, 'no-early-ask': 60 },
  '2026-12-kh': { personalized: 59, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-ki': { personalized: 58, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-kj': { personalized: 59, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-kk': { personalized: 59, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-kl': { personalized: 56, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-km': { personalized: 59, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-kn': { personalized: 58, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-ko': { personalized: 60, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-kp': { personalized: 60, 'how-met': 58, 'no-early-ask': 58 },
  // kq-kv, first try on 288eaa4 (trained up to kp, with 8219ade and 1afd454): kq 55/59, 58/59, 57/58; kr 57/60, 59/60, 59/59; ks 57/60,
  // 58/58, 56/60; kt 50/56, 58/59, 57/59; ku 57/60, 55/56, 57/60; kv 57/59, 57/58, 56/60 (README). Since trained on; floors: what they
  // agree on now.
  '2026-12-kq': { personalized: 58, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-kr': { personalized: 60, 'how-met': 60, 'no-early-ask': 59 },
  '2026-12-ks': { personalized: 60, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-kt': { personalized: 55, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-ku': { personalized: 60, 'how-met': 55, 'no-early-ask': 59 },
  '2026-12-kv': { personalized: 59, 'how-met': 58, 'no-early-ask': 59 },
  // kw-lb, first try on 947c172 (trained up to kv, with 8fc77ea): kw 54/60, 56/56, 59/59; kx 55/58, 58/59, 58/60; ky 58/60, 57/59, 58/60;
  // kz 56/59, 56/59, 57/59; la 57/59, 45/58, 59/60; lb 55/56, 45/54, 57/60 (README). la and lb's how-met: this session's labellers did not
  // count a reunion that says no place ("it's been ages!"), which the earlier batches' labellers counted 47 times in 55. Since trained
  // on; floors: what they agree on now.
  '2026-12-kw': { personalized: 58, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-kx': { personalized: 58, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-ky': { personalized: 60, 'how-met': 57, 'no-early-ask': 58 },
  '2026-12-kz': { personalized: 58, 'how-met': 58, 'no-early-ask': 58 },
  // la: fifteen reunions that name no place ("quanto tempo!", "long time no see") made ambiguous for how-met on 2026-12-06 (their `relabel`
  // field): la's labellers said no under the guide before its clarification; the clarified guide and every other batch's labellers say yes.
  '2026-12-la': { personalized: 59, 'how-met': 43, 'no-early-ask': 59 },
  '2026-12-lb': { personalized: 56, 'how-met': 47, 'no-early-ask': 58 },
  // lc-lh (labelling guide clarified: a reunion counts, an event missed or still to come does not), first try on 05c0d7d (trained up to
  // lb, with 202fff2): lc 56/59, 57/60, 57/59; ld 55/57, 55/60, 57/60; le 57/60, 54/59, 59/59; lf 59/59, 55/60, 55/60; lg 58/60, 58/59,
  // 57/59; lh 56/59, 51/58, 60/60 (README). Since trained on; floors: what they agree on now.
  '2026-12-lc': { personalized: 59, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-ld': { personalized: 57, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-le': { personalized: 60, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-lf': { personalized: 59, 'how-met': 57, 'no-early-ask': 60 },
  '2026-12-lg': { personalized: 60, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-lh': { personalized: 59, 'how-met': 55, 'no-early-ask': 60 },
  // li-ln (themes: media, cars, funding, music and arts, readers of a post or a podcast, HR), first try on 812b397 (trained up to lh):
  // li 55/57, 55/60, 56/59; lj 58/60, 56/60, 59/60; lk 57/60, 54/59, 57/60; ll 55/58, 55/59, 59/60; lm 54/59, 54/56, 57/59; ln 58/58,
  // 57/60, 58/59 (README). Since trained on; floors: what they agree on now.
  '2026-12-li': { personalized: 57, 'how-met': 59, 'no-early-ask': 59 },
  '2026-12-lj': { personalized: 60, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-lk': { personalized: 59, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-ll': { personalized: 58, 'how-met': 57, 'no-early-ask': 60 },
  '2026-12-lm': { personalized: 59, 'how-met': 56, 'no-early-ask': 57 },
  '2026-12-ln': { personalized: 58, 'how-met': 59, 'no-early-ask': 59 },
  // lo-lt (themes: pharma and devices, weddings and events, public sector, farming, first jobs, people who met once briefly), first try on
  // 07e2b94 (trained up to ln, with this session's fixes): lo 58/60, 54/59, 59/60; lp 53/58, 55/58, 56/58; lq 55/58, 54/59, 58/60; lr 53/59,
  // 58/59, 58/60; ls 58/59, 57/58, 58/58; lt 55/60, 53/57, 59/60 (README). Since trained on; floors: what they agree on now.
  '2026-12-lo': { personalized: 59, 'how-met': 58, 'no-early-ask': 60 },
  '2026-12-lp': { personalized: 58, 'how-met': 56, 'no-early-ask': 57 },
  '2026-12-lq': { personalized: 58, 'how-met': 56, 'no-early-ask': 59 },
  '2026-12-lr': { personalized: 58, 'how-met': 59, 'no-early-ask': 60 },
  '2026-12-ls': { personalized: 59, 'how-met': 58, 'no-early-ask': 58 },
  '2026-12-lt': { personalized: 59, 'how-met': 56, 'no-early-ask': 60 },
};
const speller = loadSpellerSync();

describe('blind batches of December 2026 (development data since their first try)', () => {
  for (const [batch, reached] of Object.entries(REACHED)) {
    const rows = loadRows(join(DIR, `${batch}.jsonl`));
    it(`${batch}: 60 drafts, every label counted unless marked ambiguous`, () => {
      expect(rows).toHaveLength(60);
      const results = evaluate(rows, speller);
      for (const a of results) {
        const skipped = rows.filter((r) => r.ambiguous?.includes({ 'how-met': 'howMet', 'no-early-ask': 'earlyAsk' }[a.label] ?? a.label)).length;
        expect(a.total, a.label).toBe(60 - skipped);
      }
    });
    for (const [label, n] of Object.entries(reached)) {
      it(`${batch}: ${label} agrees on at least ${n - 1} drafts`, () => {
        const a = evaluate(rows, speller).find((x) => x.label === label)!;
        expect(a.agree, a.misses.join('\n')).toBeGreaterThanOrEqual(n - 1);
      });
    }
  }
});
