// analyze(draft, context, speller) → Report. Pure (no DOM, no browser API),
// deterministic and total: any string in, a well-formed report out. Each rule
// runs inside its own try/catch so one failing rule cannot sink the report.
//
// Score (0-100): the applicable rules share 100 minus the bonus weights in proportion to their
// weights × credit (1 when passing, 0 when failing, partial for spelling and follow-up); a bonus
// rule (gives-first) adds its weight when the draft offers something. Weights, severities and
// which rules are core: lib/rules/table.ts, the one place. Blockers — an ask on first contact, an invite over
// the limit, an unfilled placeholder, a wrong name (any error-severity failure) —
// cap the score at 49.
// Verdict: `ready` when score ≥ 80, no error and every applicable core rule
// passes; `stop` when any error fails or the score is below 50; else `improve`.
//
// Disabled rules (context.disabledRules; core rules cannot be disabled) stay in
// the report with applies:false and pass:true, so the list always has the ten
// ids in the same order.
//
// A draft in another language (lib/lang/foreign.ts) keeps only what does not
// depend on the language — the length and the errors about names and
// placeholders; the other checks are reported as not applying, spelling
// included, and the verdict is never `ready` (Garbo could not judge it).
import { t } from './i18n';
import { detectLang, wordPairs } from './lang';
import { SHIPPED_LANGS } from './lang/codes';
import { language } from './lang/registry';
import { detectForeign } from './lang/foreign';
import { fold, sentences, tokenize } from './lang/text';
import { Doc } from './rules/doc';
import { Facts, resolveContext } from './rules/facts';
import { RULES } from './rules';
import { mechanismOn } from './rules/mechanisms';
import { findMisspellings } from './spelling/check';
import { isCore } from './rules/table';
import type { RuleOutcome } from './rules/types';
import type { AnalysisContext, CheckResult, Draft, Lang, Misspelling, Report, Span, Speller, Verdict, WordChecker } from './types';

export const READY_THRESHOLD = 80;
export const STOP_THRESHOLD = 50;
/** Score ceiling when a blocker (error) fails. */
export const BLOCKER_CAP = 49;

/** The draft's language (it/en), by stopwords and letters; `fallback` when there is no evidence. */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  try {
    const s = sanitize(text);
    const folded = fold(s);
    return detectLang(tokenize(s, folded), s, fallback).lang;
  } catch {
    return fallback;
  }
}

/** Replace lone surrogates (invalid UTF-16) by U+FFFD, keeping the length so spans stay aligned. */
function sanitize(text: unknown): string {
  if (typeof text !== 'string') return '';
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = text.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) { i++; continue; }
      changed = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) changed = true;
  }
  if (!changed) return text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = text.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) { out += text[i]! + text[i + 1]!; i++; continue; }
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else out += text[i]!;
  }
  return out;
}

export interface AnalyzeOptions {
  /** Skip detection and use this language (the UI can pass the last detected one). */
  lang?: Lang;
}

export function analyze(draft: Draft, context?: AnalysisContext, speller?: Speller, options?: AnalyzeOptions): Report {
  const text = sanitize(draft && typeof draft === 'object' ? draft.text : '');
  const kind = draft && draft.kind === 'message' ? 'message' : 'invite';
  const safeDraft: Draft = { text, kind, ...(typeof draft?.subject === 'string' ? { subject: draft.subject } : {}) };
  const ctx = resolveContext(context);
  const folded = fold(text);
  const tokens = tokenize(text, folded);
  const lang: Lang = options?.lang && language(options.lang)
    ? options.lang
    : detectLang(tokens, text, ctx.uiLang ?? 'en').lang;
  // Messages come in the shipped UI languages; a draft in another registered language gets English.
  const ui: Lang = ctx.uiLang ?? ((SHIPPED_LANGS as readonly string[]).includes(lang) ? lang : 'en');
  let foreign: Report['foreign'];
  try { foreign = options?.lang ? undefined : detectForeign(tokens, speller).lang; } catch { foreign = undefined; }
  const doc = new Doc(text, lang, tokens, folded);
  const facts = new Facts(doc, ctx);
  // Spelling is checked once: the spelling rule reports it, and the typo-cues mechanism reads the
  // rule's cues again on a copy of the draft with the misspelled words corrected.
  let misspellings: Misspelling[] | undefined;
  try {
    if (speller && (speller as Record<string, unknown>)[lang]) {
      const names = [ctx.recipientName, ctx.senderName].filter((n): n is string => typeof n === 'string');
      misspellings = findMisspellings(text, lang, speller, { names, userDictionary: ctx.userDictionary, maxSuggestions: 5 });
      const checkers = Object.values(speller).filter((c): c is WordChecker => c !== undefined);
      facts.known = (w) => checkers.some((c) => c.correct(w));
      const chat = mechanismOn('chat-forms') ? chatForms(text) : [];
      if (mechanismOn('typo-cues')) facts.corrected = correctedFacts(text, misspellings, chat, lang, ctx);
      facts.expanded = copyWith(text, chat, lang, ctx);
    }
  } catch {
    misspellings = undefined;
  }
  const disabled = new Set(ctx.disabledRules);

  const checks: CheckResult[] = [];
  const outcomes: Array<{ weight: number; bonus: boolean; outcome: RuleOutcome; applies: boolean }> = [];
  let misspelled: Misspelling[] = [];
  for (const rule of RULES) {
    const meta = rule.meta;
    if (!meta.core && disabled.has(meta.id)) {
      checks.push({ id: meta.id, pass: true, severity: meta.severity, message: t(ui, 'rule_disabled'), fix: '', spans: [], applies: false });
      continue;
    }
    let outcome: RuleOutcome;
    try {
      outcome = rule.check({ draft: safeDraft, text, lang, ui, ctx, doc, facts, speller, misspellings });
    } catch {
      outcome = { pass: true, applies: false, spans: [], message: t(ui, 'rule_failed'), fix: '' };
    }
    // Another language: only the length and the language-independent errors of
    // `personalized` (wrong name, unfilled placeholder) still stand.
    if (foreign && meta.id !== 'length' && !(meta.id === 'personalized' && !outcome.pass && outcome.severity === 'error')) {
      outcome = { pass: true, applies: false, spans: [], message: t(ui, 'rule_foreign_na'), fix: '' };
    }
    const applies = outcome.applies !== false;
    const spans = clampSpans(outcome.spans, text);
    if (meta.id === 'spelling' && outcome.misspelled) misspelled = outcome.misspelled.filter((m) => m.start >= 0 && m.end <= text.length && m.start <= m.end);
    checks.push({
      id: meta.id,
      pass: outcome.pass,
      severity: outcome.severity ?? meta.severity,
      message: outcome.message,
      fix: outcome.pass ? '' : outcome.fix ?? '',
      spans,
      applies,
    });
    outcomes.push({ weight: meta.weight, bonus: meta.bonus === true, outcome, applies });
  }

  // The regular rules share 100 minus the bonus weights; a bonus rule that passes adds its weight.
  let earned = 0, total = 0, bonus = 0, bonusRoom = 0;
  for (const { weight, bonus: isBonus, outcome, applies } of outcomes) {
    if (!applies || weight === 0) continue;
    const credit = outcome.credit ?? (outcome.pass ? 1 : 0);
    if (isBonus) { bonusRoom += weight; if (outcome.pass) bonus += weight; continue; }
    total += weight;
    earned += weight * Math.max(0, Math.min(1, credit));
  }
  let score = total > 0 ? Math.round(((100 - bonusRoom) * earned) / total) + bonus : 0;
  if (text.trim().length === 0) score = 0;
  score = Math.max(0, Math.min(100, score));
  const blocked = checks.some((c) => c.applies && !c.pass && c.severity === 'error');
  if (blocked) score = Math.min(score, BLOCKER_CAP);
  // A core rule failing blocks `ready` (a small ask between connected people is only a tip).
  const coreFails = checks.some((c) => c.applies && !c.pass && isCore(c.id) && c.severity !== 'tip');
  const verdict: Verdict = blocked || score < STOP_THRESHOLD ? 'stop' : score >= READY_THRESHOLD && !coreFails && !foreign ? 'ready' : 'improve';

  return {
    score,
    verdict,
    lang,
    checks,
    misspelled,
    length: kind === 'invite' ? { chars: text.length, limit: ctx.noteLimit } : { chars: text.length },
    ...(foreign ? { foreign } : {}),
  };
}

/**
 * Facts over the draft with each misspelled word (4+ letters, not capitalized) replaced by the
 * dictionary's first suggestion when it is close (the same first letter, at most two edits):
 * "introduzone" → "introduzione", "caht" → "chat". Null when nothing is corrected.
 */
function correctedFacts(text: string, miss: readonly Misspelling[], chat: readonly Fix[], lang: Lang, ctx: ReturnType<typeof resolveContext>): Facts['corrected'] {
  const fixes: Fix[] = miss.filter((m) => {
    const word = text.slice(m.start, m.end);
    const sug = m.suggestions[0];
    if (m.reason === 'slip' || !sug || word.length < 4 || /\p{Lu}/u.test(word) || /\p{Lu}/u.test(sug) || /\s/.test(sug)) return false;
    return fold(sug)[0] === fold(word)[0] && editDistance(fold(word), fold(sug)) <= 2;
  });
  // Chat forms read as the words they stand for (mechanism chat-forms): "ur post" is "your post", "x la promozione" "per la promozione".
  const all = chat.length > 0 ? [...fixes, ...chat].sort((a, b) => a.start - b.start) : fixes;
  return copyWith(text, all, lang, ctx);
}

/** A word of the draft and what to read in its place. */
interface Fix { start: number; end: number; suggestions: readonly string[] }

/**
 * Chat shorthand that stands for a function word, from the languages' `chatForms` lists ("ur:your", "x:per"), as spans of the
 * draft and the word to read in their place. A one-letter form counts only typed in lower case between two words
 * ("complimenti x la promozione", not "3 x 4" or "Model X").
 */
let chat: { map: ReadonlyMap<string, string>; re: RegExp } | undefined;
function chatForms(text: string): Fix[] {
  const map = wordPairs('chatForms');
  if (!chat || chat.map !== map) {
    const forms = [...map.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    chat = { map, re: forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}'’@#/.])(?:${forms.join('|')})(?![\\p{L}\\p{N}'’@/.])`, 'giu') : /(?!)/g };
  }
  const out: Fix[] = [];
  chat.re.lastIndex = 0;
  for (let m = chat.re.exec(text); m; m = chat.re.exec(text)) {
    const w = m[0].toLowerCase();
    if (w.length === 1 && w !== 'u' && (m[0] !== w || !/\p{L} $/u.test(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    const word = chat.map.get(w);
    if (word) out.push({ start: m.index, end: m.index + m[0].length, suggestions: [word] });
  }
  return out;
}

/** A copy of the sentences holding a fix, with each fixed word replaced, and the map of its spans back to the draft. */
function copyWith(text: string, fixes: readonly Fix[], lang: Lang, ctx: ReturnType<typeof resolveContext>): Facts['corrected'] {
  if (fixes.length === 0) return undefined;
  // Only the sentences with a correction are read again (a long message stays cheap), one per line.
  let out = '';
  const map: number[] = [];
  let f = 0;
  for (const sent of sentences(text)) {
    if (f >= fixes.length) break;
    if (fixes[f]!.start >= sent.end) continue;
    let at = sent.start;
    for (; f < fixes.length && fixes[f]!.start < sent.end; f++) {
      const m = fixes[f]!, sug = m.suggestions[0]!;
      for (let i = at; i < m.start; i++) { out += text[i]; map.push(i); }
      for (let k = 0; k < sug.length; k++) { out += sug[k]; map.push(m.start + Math.min(k, m.end - m.start - 1)); }
      at = m.end;
    }
    for (let i = at; i < sent.end; i++) { out += text[i]; map.push(i); }
    out += '\n';
    map.push(sent.end - 1);
  }
  const f2 = fold(out);
  const facts = new Facts(new Doc(out, lang, tokenize(out, f2), f2), ctx);
  const back = (s: Span): Span => ({ start: map[s.start] ?? text.length, end: s.end > 0 ? (map[s.end - 1] ?? text.length - 1) + 1 : 0 });
  return { facts, back, fixed: fixes.map((x) => ({ start: x.start, end: x.end })) };
}

/** Levenshtein distance, early exit above 2. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const WS = /\s/;

/** Spans inside the text, start ≤ end, without surrounding whitespace. */
function clampSpans(spans: readonly Span[] | undefined, text: string): Span[] {
  const n = text.length;
  const out: Span[] = [];
  for (const s of spans ?? []) {
    if (!s || !Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    let start = Math.max(0, Math.min(n, Math.floor(s.start)));
    let end = Math.max(start, Math.min(n, Math.floor(s.end)));
    while (start < end && WS.test(text[start]!)) start++;
    while (end > start && WS.test(text[end - 1]!)) end--;
    out.push({ start, end });
  }
  return out;
}

/** The verdict in words, in the UI language. */
export function verdictLabel(verdict: Verdict, ui: Lang): string {
  return t(ui, `verdict_${verdict}`);
}
