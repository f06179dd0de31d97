// How-met readings that are structures rather than phrases (lib/rules/mechanisms.ts names each one): who did what with
// whom, and where. Each takes the parsed draft and returns the spans it found; Facts switches them on and memoizes them.
// Word lists come from the registered languages (lib/lang), so a new language brings its own words.
import type { Span } from '../../types';
import { isPastForm, isStopword, wordPattern, wordSet } from '../../lang';
import type { Token } from '../../lang/text';
import type { Doc } from '../doc';

/**
 * Mechanism shared-past: the sender at the same named place in the past, in one sentence with a "me too" marker, a verb of
 * having worked, studied or been somewhere, and an anchor after that verb: "anch'io ho lavorato in Luxottica ad Agordo",
 * "you were at the BBC in Salford around the same time as me". Shared ground, and how the two know of each other.
 */
export function sharedPast(doc: Doc, isAnchor: (t: Token) => boolean): Span[] {
  {
    const toks = doc.tokens, out: Span[] = [];
    const marker = wordPattern('meToo'), verbs = wordSet('pastAt');
    if (!marker) return out;
    for (const s of doc.sentences) {
      const m = marker.exec(doc.folded.slice(s.start, s.end));
      if (!m) continue;
      const from = doc.tokenIndexAt(s.start), to = doc.tokenIndexAt(s.end);
      for (let i = from; i < to; i++) {
        if (!verbs.has(toks[i]!.norm)) continue;
        let anchor: Token | undefined;
        for (let k = i + 1; k < to && k <= i + 6; k++) if (isAnchor(toks[k]!)) { anchor = toks[k]; break; }
        if (!anchor) continue;
        const at = s.start + m.index;
        out.push({ start: Math.min(at, toks[i]!.start), end: Math.max(anchor.end, at + m[0].length) });
        break;
      }
    }
    return out;
  }
}

/**
 * Mechanism content-named: a verb of reading, hearing or watching, a content noun within six words ("the post",
 * "l'intervista", "la puntata") and an anchor after it in the sentence: a piece of theirs named by something concrete,
 * with no "your" needed ("loved the post on onboarding remote engineers at Quill", "ho letto sul Sole l'intervista in cui …").
 */
export function contentNamed(doc: Doc, isAnchor: (t: Token) => boolean): Span[] {
  {
    const toks = doc.tokens, out: Span[] = [];
    const verbs = wordSet('perceptionVerbs'), consume = wordSet('consumeVerbs'), nouns = wordSet('contentNouns');
    for (let i = 0; i < toks.length; i++) {
      const v = toks[i]!;
      if (!verbs.has(v.norm) && !consume.has(v.norm) && v.norm !== 'loved' && v.norm !== 'enjoyed') continue;
      // "visto che guidi il team video …" is "since you lead …", no content seen.
      if (toks[i + 1]?.norm === 'che') continue;
      const s = doc.sentenceOf(v.start);
      if (!s) continue;
      let noun = -1;
      for (let k = i + 1; k < toks.length && k <= i + 6 && toks[k]!.start < s.end; k++) {
        if (nouns.has(toks[k]!.norm.replace(/^(?:l|un|dell|all|nell|sull|dall)'/, ''))) { noun = k; break; }
      }
      if (noun < 0) continue;
      for (let k = noun + 1; k < toks.length && k <= noun + 12 && toks[k]!.start < s.end; k++) {
        if (isAnchor(toks[k]!)) { out.push({ start: v.start, end: toks[k]!.end }); break; }
      }
    }
    return out;
  }
}

/**
 * Mechanism told-me: the reader told, showed or gave the sender something in the past ("you mentioned the fridge network is
 * short of a van", "mi raccontavi dell'officina", "mi hai sistemato il parser"; in a Lei draft "di cui mi parlava"), or the
 * sender promised them something ("le avevo promesso il rapporto", "I promised you the slides"). Not in a question or a
 * condition ("if you told me", "have you mentioned it?"), not from a platform ("LinkedIn mi ha suggerito").
 */
export function toldMe(doc: Doc, formal: boolean): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const told = wordSet('toldVerbs'), not = wordSet('notToldBefore'), me = wordSet('toMe'), you = wordSet('subjectOrObject');
  const adverbs = wordSet('subjectAdverbs'), platforms = wordSet('platforms');
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!told.has(t.norm)) continue;
    const c = doc.clauseOf(t.start);
    if (!c || doc.text.slice(c.start, Math.min(doc.text.length, c.end + 1)).includes('?')) continue;
    const p1 = toks[i - 1]!, p2 = toks[i - 2], p3 = toks[i - 3], next = toks[i + 1];
    let from: Token | undefined;
    if (you.has(p1.norm) && !(p2 && not.has(p2.norm))) from = p1;
    else if (adverbs.has(p1.norm) && p2 && you.has(p2.norm) && !(p3 && not.has(p3.norm))) from = p2;
    else if (p1.norm === 'i' && next && you.has(next.norm) && (t.norm === 'told' || t.norm === 'promised')) from = p1;
    else if (me.has(p1.norm) && (/vi$/.test(t.norm) || p1.norm.includes("'") || formal)) from = p1;
    else if (p2 && me.has(p2.norm) && (p1.norm === 'hai' || p1.norm === 'avevi' || ((p1.norm === 'ha' || p1.norm === 'aveva') && formal))) from = p2;
    else if (p2 && (p2.norm === 'ti' || p2.norm === 'le' || p2.norm === 'vi') && (p1.norm === 'avevo' || p1.norm === 'ho')) from = p2;
    if (!from) continue;
    const k = from === p1 ? i - 1 : i - 2; // the telling starts one or two tokens back
    if (toks.slice(Math.max(0, k - 2), k).some((x) => platforms.has(x.norm))) continue;
    out.push({ start: from.start, end: t.end });
  }
  return out;
}

/**
 * Mechanism visited: a verb of visiting or stopping by, then within four words of its clause a possessive of the reader or
 * the sender and a place that is not online: "sono passata sabato nel suo negozio di biciclette", "you came by our booth",
 * "stopped by your bakery". Not "ho visitato il vostro sito".
 */
export function visited(doc: Doc): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const verbs = wordSet('visitVerbs'), yours = wordSet('yourPossessives'), ours = wordSet('ourPossessives');
  const online = wordSet('onlinePlaces'), not = wordSet('notContent'), evaluatives = wordSet('evaluatives'), notVisit = wordSet('notVisit');
  for (let i = 0; i < toks.length; i++) {
    if (!verbs.has(toks[i]!.norm)) continue;
    const c = doc.clauseOf(toks[i]!.start);
    // "came across", "popped up": found, not visited.
    if (!c || (toks[i + 1] && notVisit.has(toks[i + 1]!.norm))) continue;
    for (let k = i + 1; k < toks.length && k <= i + 4 && toks[k]!.start < c.end; k++) {
      const p = toks[k]!;
      if (!yours.has(p.norm) && !ours.has(p.norm)) continue;
      let j = k + 1;
      while (toks[j] && evaluatives.has(toks[j]!.norm)) j++;
      const place = toks[j];
      if (place && place.start < c.end && !online.has(place.norm) && !not.has(place.norm) && !isStopword(place.norm)) out.push({ start: toks[i]!.start, end: place.end });
      break;
    }
  }
  return out;
}

/**
 * Mechanism co-presence: "we" in the past with a word that puts the two of them together, within five words of
 * one clause: "we sat next to each other on the 7:40", "we were both at …", "eravamo entrambi all'inaugurazione".
 * The present ("we both work in fintech", "siamo entrambi appassionati") is common ground, not a meeting.
 */
export function coPresence(doc: Doc): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const we = wordSet('firstPlural'), pastWe = wordSet('pastTogether'), together = [...wordSet('togetherMarkers')];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    if (!we.has(a.norm)) continue;

    const c = doc.clauseOf(a.start);
    if (!c) continue;
    let past = pastWe.has(a.norm);
    for (let k = i + 1; k < toks.length && k <= i + 5 && toks[k]!.start < c.end; k++) {
      const t = toks[k]!;
      if (pastWe.has(t.norm) || isPastForm(t.norm)) past = true;
      const m = past ? together.find((w) => doc.folded.startsWith(w, t.start) && !/[\p{L}\p{N}]/u.test(doc.folded[t.start + w.length] ?? '')) : undefined;
      if (m) { out.push({ start: a.start, end: t.start + m.length }); break; }
    }
  }
  return out;
}

/**
 * Mechanism seen-there: the reader seen or heard somewhere by the sender: "saw you at the crossfit box on king st",
 * "t'ho visto al mercatino di Pozzuoli", "ti ho sentito a Radio24". Not on a platform ("saw you on LinkedIn").
 */
export function seenThere(doc: Doc): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const saw = wordSet('sawInPerson'), obj = wordSet('youAsObject'), preps = wordSet('placePreps'), platforms = wordSet('platforms');
  const times = wordSet('pastTimes'), doingVerbs = wordSet('doingVerbs'), doingEndings = [...wordSet('doingEndings')], articles = wordSet('articles');
  for (let i = 0; i < toks.length; i++) {
    if (!saw.has(toks[i]!.norm)) continue;
    let k = i + 1;
    // English: the object after the verb; Italian: the clitic before it (ti ho visto, t'ho visto).
    if (toks[k] && obj.has(toks[k]!.norm) && !/['’]/.test(toks[k]!.norm)) k++;
    else if (!(toks.slice(Math.max(0, i - 2), i).some((t) => obj.has(t.norm)))) continue;
    const p = toks[k], place = toks[k + 1];
    if (p && place && preps.has(p.norm) && !platforms.has(place.norm) && !platforms.has(toks[k + 2]?.norm ?? '')) {
      out.push({ start: toks[i]!.start, end: place.end });
      continue;
    }
    // Seen doing something, then when or where: "ti ho visto arbitrare domenica a Parma", "saw you speak on Thursday".
    if (!p || !(doingVerbs.has(p.norm) || (p.norm.length >= 6 && doingEndings.some((e) => p.norm.endsWith(e))))) continue;
    const s = doc.sentenceOf(p.start);
    for (let j = k + 1; j <= k + 3 && j < toks.length && (!s || toks[j]!.start < s.end); j++) {
      const t = toks[j]!, next = toks[j + 1];
      if (platforms.has(t.norm)) break;
      // A named place ("a Parma", "at the Royal Albert Hall"): the prep lists of both languages are one set ("a" is also English).
      const named = next !== undefined && (/^\p{Lu}/u.test(next.text) || (articles.has(next.norm) && /^\p{Lu}/u.test(toks[j + 2]?.text ?? '')));
      const placed = preps.has(t.norm) && named && !platforms.has(next!.norm) && (!s || next!.start < s.end);
      const end = !placed ? t.end : /^\p{Lu}/u.test(next!.text) ? next!.end : toks[j + 2]!.end;
      if (placed || times.has(t.norm)) { out.push({ start: toks[i]!.start, end }); break; }
    }
  }
  return out;
}

/**
 * Mechanism their-content: the sender follows, watches, reads or listens to a thing of theirs, not their profile:
 * "been watching ur procreate brush tutorials", "ti seguo da un po' e adoro le tue stories", "ho seguito su Instagram la vostra vendemmia".
 * Not when the reader is the one who follows ("if u followed my page"), nor when a thing of the sender's comes first.
 */
export function theirContent(doc: Doc): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const verbs = wordSet('consumeVerbs'), yours = wordSet('yourPossessives'), not = wordSet('notContent');
  const ours = wordSet('ourPossessives'), you = wordSet('subjectOrObject');
  for (let i = 0; i < toks.length; i++) {
    if (!verbs.has(toks[i]!.norm)) continue;
    // "if u followed my page": the reader is the one who would follow.
    if (i > 0 && you.has(toks[i - 1]!.norm)) continue;
    const s = doc.sentenceOf(toks[i]!.start);
    for (let k = i + 1; k < toks.length && k <= i + 8 && (!s || toks[k]!.start < s.end); k++) {
      // "followed my page & shared it with ur friends": the thing followed is the sender's.
      if (ours.has(toks[k]!.norm)) break;
      if (!yours.has(toks[k]!.norm)) continue;
      const noun = toks.slice(k + 1, k + 4).find((t) => !isStopword(t.norm));
      if (noun && !not.has(noun.norm)) out.push({ start: toks[i]!.start, end: noun.end });
      break;
    }
  }
  return out;
}

/**
 * Mechanism thanks-for-then: thanks in a sentence that places what they are for in the recent past ("thank you for taking
 * the time to speak with me yesterday", "grazie ancora per la visita di ieri nel vostro magazzino"): a time spent together.
 * Not thanks for accepting the invitation.
 */
export function thanksForThen(doc: Doc): Span[] {
  const out: Span[] = [];
  const thanks = wordSet('gratitude'), accept = wordSet('acceptWords');
  const thanked = doc.tokens.filter((t) => thanks.has(t.norm));
  if (thanked.length === 0) return out;
  const times = wordPattern('pastTimes');
  if (!times) return out;
  let last: Span | undefined;
  for (const th of thanked) {
    const s = doc.sentenceOf(th.start);
    if (!s || s === last) continue; // one span a sentence, from its first thanks
    last = s;
    if (doc.tokens.slice(doc.tokenIndexAt(s.start), doc.tokenIndexAt(s.end)).some((t) => accept.has(t.norm))) continue;
    const at = times.exec(doc.folded.slice(s.start, s.end));
    if (at) out.push({ start: th.start, end: s.start + at.index + at[0].length });
  }
  return out;
}

/**
 * Mechanism served-them: the sender did a piece of work for the reader, in the past. Either the sender is the subject ("le
 * abbiamo installato la caldaia", "ho riparato la tua bici", "we fitted your kitchen"), with the reader as an object before the
 * auxiliary or a possessive of theirs after the verb; or the sender says who they are by that work ("sono l'elettricista che a
 * marzo ha rifatto l'impianto nel Suo negozio", "I'm the plumber who came round last week"), with the reader named after it or a
 * recent past in the sentence. Not in a question or a condition ("if we fixed your …?"), not a claim to others ("abbiamo
 * installato 300 impianti", "sono un consulente che ha seguito 200 aziende").
 */
export function servedThem(doc: Doc): Span[] {
  const toks = doc.tokens, out: Span[] = [];
  const served = wordSet('servedVerbs');
  if (served.size === 0) return out;
  const did = wordSet('senderDid'), toYou = wordSet('toYou'), intro = wordSet('selfIntro'), rel = wordSet('relatives');
  const yours = wordSet('yourPossessives'), you = wordSet('subjectOrObject'), not = wordSet('notToldBefore'), recent = wordPattern('pastTimes');
  const finding = wordSet('notVisit'), online = wordSet('onlinePlaces');
  for (let i = 1; i < toks.length; i++) {
    const v = toks[i]!;
    // "came across your profile": found, not served.
    if (!served.has(v.norm) || (toks[i + 1] && finding.has(toks[i + 1]!.norm))) continue;
    const c = doc.clauseOf(v.start);
    if (!c || doc.text.slice(c.start, Math.min(doc.text.length, c.end + 1)).includes('?')) continue;
    const first = doc.tokenIndexAt(c.start);
    // The reader within six words after the verb, in its clause ("la tua bici", "your boiler", "il Suo negozio").
    let r = -1;
    for (let k = i + 1; k < toks.length && k <= i + 6 && toks[k]!.start < c.end; k++) {
      if (yours.has(toks[k]!.norm) || you.has(toks[k]!.norm)) { r = k; break; }
    }
    // "ho visitato il suo profilo", "came accross your profile": a page of theirs online, no work done for them.
    if (r >= 0 && toks[r + 1] && online.has(toks[r + 1]!.norm)) continue;
    const reader = r >= 0 ? toks[r] : undefined;
    const p1 = toks[i - 1]!, p2 = toks[i - 2];
    if (i - 1 >= first && did.has(p1.norm) && !(p2 && i - 2 >= first && not.has(p2.norm))) {
      if (p2 && i - 2 >= first && toYou.has(p2.norm)) out.push({ start: p2.start, end: v.end });
      else if (reader) out.push({ start: p1.start, end: reader.end });
      continue;
    }
    // "sono l'idraulico che … è venuto": a relative within five words back, and the sender saying who they are just before it.
    const s = doc.sentenceOf(v.start);
    if (!s) continue;
    const from = doc.tokenIndexAt(s.start);
    for (let k = i - 1; k >= from && k >= i - 5; k--) {
      if (!rel.has(toks[k]!.norm)) continue;
      let who = -1;
      for (let j = k - 1; j >= from && j >= k - 4; j--) if (intro.has(toks[j]!.norm)) { who = j; break; }
      if (who < 0) break;
      const told = reader !== undefined || (recent !== null && recent.test(doc.folded.slice(s.start, s.end)));
      if (told) out.push({ start: toks[who]!.start, end: (reader ?? v).end });
      break;
    }
  }
  return out;
}
