// Facts about a draft that several rules share, computed once and on demand:
// the greeting and the name it uses, placeholders, specific details, how-met
// cues, offers, and the clause-level ask analysis.
import type { AnalysisContext, Lang, RuleId, Span } from '../types';
import { findGreeting, findPlaceholders, isNameOf, isPastForm, isStopword, nameParts, wordPairs, wordPattern, wordSet, type Greeting } from '../lang';
import { anyMatch, fold, key, mergeSpans } from '../lang/text';
import type { AskKind, LangData } from '../lang/types';
import { mechanismOn } from './mechanisms';
import { learnedReading, overruled } from '../model';
import type { ModelReading } from '../model/predict';
import { namedWork } from './personalized/readings';
import { contentNamed, coPresence, seenThere, servedThem, sharedPast, thanksForThen, theirContent, toldMe, visited } from './how-met/readings';
import type { Clause, Doc } from './doc';
import type { Token } from '../lang/text';

/** Auxiliaries of a deed done ("il tuo studio ha fatto …", "your team has shipped …"). */
const DID = new Set(['ha', 'hanno', 'aveva', 'has', 'have', 'had']);
/** Lower-case words inside a name ("Comune di Roccabruna", "Bank of Ireland"). */
const NAME_JOINS = new Set(['di', 'del', 'della', 'de', 'of', 'and', '&']);
/** How far after a cue (characters) its guards look (mechanism typo-guards): "came across your profle" excludes the profile. */
const GUARD_REACH = 30;
/** Words in a meeting's sentence that make it a scene told, not a bare "we met at the fair" (mechanism met-detail, in a draft that asks). */
const SCENE_WORDS = 10;
/** Words from the cue that make a meeting with no name or number a scene of theirs (mechanism met-detail, in a draft that asks nothing). */
const LONG_SCENE_WORDS = 14;
/** Words that name things after an explicit subject before it tells a detail (mechanism content-told). */
const CONTENT_TOLD = 3;
/** Capitalized Lei forms inside a sentence ("spero che Lei stia bene", "il Suo intervento"). */
const CAPITAL_LEI = /(?<=[\p{L},;:] )(?:Lei|Sua|Suo|Suoi|Sue|La|Le)(?![\p{L}'’])/gu;

export interface ResolvedContext {
  recipientName?: string;
  senderName?: string;
  firstContact: boolean;
  justAccepted: boolean;
  noteLimit: number;
  userDictionary: readonly string[];
  previousTexts: readonly string[];
  uiLang?: Lang;
  disabledRules: readonly RuleId[];
}

export function resolveContext(ctx: AnalysisContext | undefined): ResolvedContext {
  const c = (ctx && typeof ctx === 'object' ? ctx : {}) as AnalysisContext;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const limit = typeof c.noteLimit === 'number' && Number.isFinite(c.noteLimit) && c.noteLimit > 0 ? Math.floor(c.noteLimit) : 300;
  return {
    recipientName: str(c.recipientName),
    senderName: str(c.senderName),
    firstContact: c.firstContact !== false,
    justAccepted: c.justAccepted === true,
    noteLimit: limit,
    userDictionary: strs(c.userDictionary),
    previousTexts: strs(c.previousTexts),
    uiLang: c.uiLang === 'it' || c.uiLang === 'en' ? c.uiLang : undefined,
    disabledRules: strs(c.disabledRules) as RuleId[],
  };
}

export interface Ask extends Span {
  kind: AskKind;
  /** A big ask (job, sale) or one aimed at an executive: still a warning once you are connected. */
  oversized: boolean;
}

/** How similar the draft is to an earlier text sent to someone else (0..1), with the names taken out. */
export interface Reuse {
  similarity: number;
  index: number;
}

export class Facts {
  private cache = new Map<string, unknown>();
  constructor(readonly doc: Doc, readonly ctx: ResolvedContext) {}

  /** Mechanism learned-model: the trained reading of the draft (lib/model); null when switched off or for a language it has not learned. */
  get learned(): ModelReading | null {
    return this.memo('learned', () => mechanismOn('learned-model')
      ? learnedReading(this.doc.text, this.doc.lang, this.ctx.recipientName, this.ctx.senderName) : null);
  }

  /**
   * Whether the draft says how they met, as every rule reads it (how-met, follow-up): the cues found, unless the learned
   * reading is sure of the other answer; then the words it weighed most, and `learned` is true.
   */
  get met(): { said: boolean; spans: Span[]; learned: boolean } {
    return this.memo('met', () => {
      const cues = this.howMet;
      const learned = overruled(this.learned, 'howMet', cues.length > 0);
      return learned === null ? { said: cues.length > 0, spans: cues, learned: false }
        : { said: learned, spans: this.learned!.because('howMet', learned), learned: true };
    });
  }

  private memo<T>(k: string, f: () => T): T {
    if (this.cache.has(k)) return this.cache.get(k) as T;
    const v = f();
    this.cache.set(k, v);
    return v;
  }

  get recipientParts(): string[] { return this.memo('rp', () => nameParts(this.ctx.recipientName)); }
  get senderParts(): string[] { return this.memo('sp', () => nameParts(this.ctx.senderName)); }
  /** The recipient's first name as the user would write it (for fixes). */
  get recipientFirst(): string | undefined {
    const n = this.ctx.recipientName?.trim().split(/\s+/)[0];
    return n && n.length > 0 ? n : undefined;
  }

  get greeting(): Greeting | null {
    return this.memo('greeting', () => findGreeting(this.doc.text, this.doc.folded, this.doc.tokens));
  }

  /**
   * How the draft addresses the reader, in the registers of its language that has them: the forms of
   * the formal Lei (with "Lei", "Suo"… capitalized inside a sentence) and of tu, and the greetings or
   * sign-offs of each. Read by the register rule and by concrete-detail (a Lei draft's "che ha seguito …").
   */
  get register(): { formal: Span[]; informal: Span[]; formalGreeting: Span[]; informalGreeting: Span[] } {
    return this.memo('register', () => {
      const doc = this.doc, primary = doc.langs[0]!;
      const formal: Span[] = [...doc.find(primary.registerFormal)];
      CAPITAL_LEI.lastIndex = 0;
      for (let m = CAPITAL_LEI.exec(doc.text); m; m = CAPITAL_LEI.exec(doc.text)) formal.push({ start: m.index, end: m.index + m[0].length });
      const informal = doc.find(primary.registerInformal).filter((x) => !formal.some((f) => x.start < f.end && x.end > f.start));
      return { formal, informal, formalGreeting: doc.find(primary.registerFormalGreeting), informalGreeting: doc.find(primary.registerInformalGreeting) };
    });
  }

  /** The draft addresses the reader in the formal register only (Lei forms, a formal greeting or a title before the name). */
  get formalOnly(): boolean {
    return this.memo('formalOnly', () => {
      if (this.doc.langs[0]!.registerFormal.length === 0) return false;
      const r = this.register;
      return r.informal.length === 0 && (r.formal.length > 0 || r.formalGreeting.length > 0 || this.greeting?.titled === true);
    });
  }

  get placeholders(): Span[] { return this.memo('ph', () => findPlaceholders(this.doc.text)); }

  /** The greeting addresses someone who is not the recipient (or is the sender). */
  get wrongName(): (Span & { text: string }) | null {
    return this.memo('wrong', () => {
      const name = this.greeting?.name;
      if (!name || this.recipientParts.length === 0) return null;
      if (this.placeholders.some((p) => p.start <= name.start && p.end >= name.end)) return null;
      if (isNameOf(name.text, this.recipientParts)) return null;
      const capitalized = /^\p{Lu}/u.test(name.text);
      const isSender = this.senderParts.length > 0 && isNameOf(name.text, this.senderParts);
      // A draft with no capital at all writes names in lower case too ("hi kyle loved your cover"): the greeted word is one when
      // no dictionary knows it (greetedName).
      return capitalized || isSender || (this.noCapitals && this.known !== undefined && name.text.length >= 3 && this.greetedName) ? name : null;
    });
  }

  /**
   * The word after the greeting is a name: capitalized, or, in a draft that starts in lower case ("ciao fede ci siamo visti…"),
   * a word no dictionary knows; in "Hi there, great to meet you" or "hey great meeting you" it is the message starting.
   */
  get greetedName(): boolean {
    return this.memo('greetedName', () => {
      const greeted = this.greeting?.name;
      return greeted !== undefined && (/^\p{Lu}/u.test(greeted.text)
        || (!/^\P{L}*\p{Lu}/u.test(this.doc.text) && !(this.known?.(fold(greeted.text)) ?? false)));
    });
  }

  /** The draft has no capital letter at all. */
  get noCapitals(): boolean { return this.memo('lowerDraft', () => !/\p{Lu}/u.test(this.doc.text)); }

  /** Reunions that name no place ("long time no see", "quanto tempo!"): how they met (ownHowMet), but no scene (metDetails). */
  private get reunions(): Span[] { return this.memo('reunions', () => this.doc.findAll((l) => l.reunion)); }

  /** Where the recipient's name appears in the text. */
  get nameMentions(): Span[] {
    return this.memo('mentions', () => {
      const parts = this.recipientParts;
      if (parts.length === 0) return [];
      return this.doc.tokens.filter((t) => isNameOf(t.text, parts) && (t.norm.length >= 3 || parts.includes(key(t.text))))
        .map((t) => ({ start: t.start, end: t.end }));
    });
  }

  get specific(): Span[] { return this.memo('specificAll', () => this.withCorrected(this.ownSpecific, (f) => f.ownSpecific)); }

  private get ownSpecific(): Span[] {
    return this.memo('specific', () => {
      let found = this.doc.findAll((l) => l.specific);
      if (mechanismOn('concrete-detail')) {
        // Whom they know ("you're connected with Professor Adeyemi") is no detail about them.
        const knows = wordSet('whoTheyKnow');
        found = found.filter((sp) => {
          const words = this.doc.folded.slice(sp.start, sp.end).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
          return !words.some((w) => knows.has(w));
        });
      }
      if (!mechanismOn('structural-detail')) return found;
      // A detail inside an ask names the ask's target ("your VP of Engineering"), not something of theirs.
      const more = mechanismOn('concrete-detail') ? this.concreteDetails() : [];
      // A detail named by a proper noun or a number survives a sale around it (mechanism anchored-in-sale).
      const kept = (d: Span, a: Ask) => a.kind === 'sales' && mechanismOn('anchored-in-sale') && this.anchored(d);
      const bound = [...this.boundDetails(), ...more].filter((b) => !this.asks.some((a) => b.start < a.end && b.end > a.start && !kept(b, a)));
      if (!mechanismOn('concrete-detail')) return mergeSpans([...found, ...bound]);
      // A sale names the buyer's needs, not something of theirs ("a quote for your next building sites",
      // "how many hours does your clinic team spend …?"): no detail in a sentence that sells, unless it names
      // something of theirs by a proper noun or a number ("your team at Lufthansa Technik has been hiring").
      const selling = this.doc.sentences.filter((x) => this.asks.some((a) => a.kind === 'sales' && a.start < x.end && a.end > x.start));
      const anchoredOn = mechanismOn('anchored-in-sale');
      const named = mechanismOn('named-work') ? namedWork(this.doc, (t) => this.isAnchor(t)) : [];
      const details = [...found, ...bound, ...this.sharedPast(), ...this.contentNamed(), ...named]
        .filter((d) => !selling.some((x) => d.start >= x.start && d.start < x.end) || (anchoredOn && this.anchored(d)));
      return mergeSpans(details.length > 0 ? details : this.metDetails());
    });
  }

  /**
   * Mechanism met-detail, when nothing else is specific: a meeting told with a name or a number in its sentence is
   * common ground ("great chatting by the coffee urn before the CFA Level II paper", "ci siamo conosciuti allo stand di
   * Rexroth a SPS Italia"), or a long scene with none. In a draft that asks, only outside the asking sentence, with two names or numbers or as a scene (see below).
   * The span runs from the meeting to that name.
   */
  private metDetails(): Span[] {
    if (!mechanismOn('met-detail')) return [];
    const out: Span[] = [];
    // A reunion ("long time no see") says they know each other, not where: no scene of theirs.
    const reunions = this.reunions;
    for (const h of [...this.howMet, ...this.awayCues]) {
      if (reunions.some((r) => r.start < h.end && r.end > h.start)) continue;
      const sent = this.doc.sentenceOf(h.start);
      // A meeting named inside the sentence that asks sets up the ask ("since we met at X, could you …"); in a draft that asks
      // elsewhere, only a meeting told with more than one name or number ("al Salone dello Studente di Roma, allo stand di Roma
      // Tre") or told as a scene, ten words or more from the cue to the sentence's end ("ci siamo incrociati martedì al cantiere
      // di via Appia mentre parlava col geometra"), is a detail of theirs; not a bare "ci siamo parlate alla fiera di Vicenza".
      // Measured over every labelled set: +16 / -3 drafts (the two-names rule alone lost 16 the blind labellers counted).
      if (!sent || this.asks.some((a) => a.start < sent.end && a.end > sent.start)) continue;
      const told = this.doc.tokenIndexAt(sent.end) - this.doc.tokenIndexAt(h.start);
      if (this.asks.length > 0 && this.anchorRuns(sent) < 2 && told < SCENE_WORDS) continue;
      const anchor = this.anchorIn(sent);
      if (anchor) out.push({ start: Math.min(h.start, anchor.start), end: Math.max(h.end, anchor.end) });
      // With no name or number, in a draft that asks nothing, a long scene is theirs all the same ("ci siamo conosciute sabato al
      // mercatino di natale di piazza dante tu avevi il banco delle candele", "ci siamo sentiti al telefono a dicembre per la
      // paziente che mi aveva inviato"): +11 / -0 over every labelled set.
      else if (this.asks.length === 0 && told >= LONG_SCENE_WORDS) out.push({ start: h.start, end: sent.end });
    }
    return out;
  }

  /** Mechanism shared-past (lib/rules/how-met/readings.ts), read once: both how-met and the details use it. */
  private sharedPast(): Span[] {
    return mechanismOn('shared-past') ? this.memo('sharedPast', () => sharedPast(this.doc, (t) => this.isAnchor(t))) : [];
  }

  /** Mechanism content-named (lib/rules/how-met/readings.ts), read once: both how-met and the details use it. */
  private contentNamed(): Span[] {
    return mechanismOn('content-named') ? this.memo('contentNamed', () => contentNamed(this.doc, (t) => this.isAnchor(t))) : [];
  }

  /**
   * Does the span name something by a proper noun (not a sentence's first word, not a platform, not the
   * recipient's or the sender's own name) or a number?
   */
  private anchored(sp: Span): boolean {
    return this.anchorIn(sp) !== undefined;
  }

  /** How many separate names or numbers the span holds ("Salone dello Studente di Roma, allo stand di Roma Tre": Salone, Studente, Roma, Roma Tre). */
  private anchorRuns(sp: Span): number {
    const toks = this.doc.tokens;
    let runs = 0, prev = false;
    for (let i = this.doc.tokenIndexAt(sp.start); i < toks.length && toks[i]!.end <= sp.end; i++) {
      const a = this.isAnchor(toks[i]!);
      if (a && !prev) runs++;
      prev = a;
    }
    return runs;
  }

  /** The first token of the span that anchors it (see anchored), read from the token at the span's start on. */
  private anchorIn(sp: Span): Token | undefined {
    const toks = this.doc.tokens;
    for (let i = this.doc.tokenIndexAt(sp.start); i < toks.length && toks[i]!.end <= sp.end; i++) if (this.isAnchor(toks[i]!)) return toks[i];
    return undefined;
  }

  private isAnchor(t: Token): boolean {
    const own = this.memo('ownParts', () => [...this.recipientParts, ...this.senderParts]);
    if (wordSet('platforms').has(t.norm) || own.includes(key(t.text)) || this.hollow(t)) return false;
    if (/^\d/.test(t.text)) return true;
    if (/^\p{Lu}\p{Ll}/u.test(t.text)) return !this.sentenceStarts.has(t.start);
    // In a draft with no capital letter, a word neither dictionary knows stands for the name ("alla cena del master a parma").
    const lower = this.noCapitals, known = this.known;
    return lower && known !== undefined && t.norm.length >= 3 && !isStopword(t.norm) && !known(t.norm);
  }

  /**
   * A token shaped like an anchor that names nothing of theirs: a capitalized courtesy pronoun ("la Sua brillante carriera")
   * or a number of minutes or hours ("pick your brain for 20 minutes"), which measures the ask.
   */
  private hollow(t: Token): boolean {
    if (/^\p{Lu}/u.test(t.text)) return wordSet('courtesyPronouns').has(t.norm);
    if (!/^\d/.test(t.text)) return false;
    // "aumentare i lead del 300%": a percentage promised is the seller's figure.
    if (/^\s?%/.test(this.doc.text.slice(t.end, t.end + 2))) return true;
    // A phone number ("contattateci al 030 1234567", "+44 …") is the sender's, not a number of theirs.
    const run = /[+\d][\d .-]*$/.exec(this.doc.text.slice(Math.max(0, t.start - 16), t.start) + t.text)?.[0] ?? t.text;
    if (/^(?:\+|0\d)/.test(run)) return true;
    return this.isDuration(t);
  }

  /** A number token followed by a unit of time ("15 minuti", "10 minutes"). */
  private isDuration(t: Token): boolean {
    if (!/^\d/.test(t.text)) return false;
    const next = this.doc.tokens[this.doc.tokenIndexAt(t.end)];
    return next !== undefined && wordSet('durationUnits').has(next.norm);
  }

  /** Does the span hold a length of time ("solo 15 minuti", "quindici minuti", "a few minutes", "qualche minuto")? */
  private measuresTime(span: Span): boolean {
    const toks = this.doc.tokens, numbers = wordSet('numberWords'), vague = wordSet('vagueAmounts'), units = wordSet('durationUnits');
    for (let i = this.doc.tokenIndexAt(span.start); i >= 0 && i < toks.length && toks[i]!.start < span.end; i++) {
      const t = toks[i]!;
      if (this.isDuration(t) || ((numbers.has(t.norm) || vague.has(t.norm)) && toks[i + 1] !== undefined && units.has(toks[i + 1]!.norm))) return true;
    }
    return false;
  }

  private get sentenceStarts(): Set<number> { return this.memo('sstarts', () => new Set(this.doc.sentences.map((s) => s.start))); }

  /**
   * A second-person possessive bound, within four words of its clause, to a number or a proper noun
   * (not the first word of a sentence, not a platform): "i tuoi 3 punti vendita", "your team at Lumen".
   * A generic compliment ("your profile", "la tua esperienza") has neither and stays generic.
   */
  private boundDetails(): Span[] {
    const out: Span[] = [];
    const toks = this.doc.tokens;
    const yours = wordSet('yourPossessives'), platforms = wordSet('platforms');
    const starts = new Set(this.doc.sentences.map((s) => s.start));
    for (let i = 0; i < toks.length; i++) {
      if (!yours.has(toks[i]!.norm)) continue;
      const c = this.doc.clauseOf(toks[i]!.start);
      for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
        const t = toks[k]!;
        if (!c || t.start >= c.end) break;
        // Acronyms ("your VP", "your HR team") name roles and departments, not something of theirs.
        const proper = /^\p{Lu}\p{Ll}/u.test(t.text) && !starts.has(t.start) && !platforms.has(t.norm) && !this.recipientParts.includes(key(t.text));
        if ((/^\d/.test(t.text) || proper) && !this.hollow(t)) { out.push({ start: toks[i]!.start, end: t.end }); break; }
      }
    }
    return out;
  }
  /** Is the folded word in one of the dictionaries (set by the analyzer when it has a speller)? */
  known?: (word: string) => boolean;

  /**
   * Mechanism concrete-detail: the recipient bound to something concrete in the draft's own words.
   * - "your"/"il tuo" + a noun phrase whose head is not a compliment or sales noun, either of two content
   *   words ("your hand-dyed linen colours") or tied to a topic or place ("your talk at …", "il tuo esempio sul …");
   * - "you" as a subject ("mentioned that you lead …"), "tu"/"te" ("che lavorava con te …"), a second-person
   *   verb ("lavori nel team …") or, in a Lei draft, "che ha …"/"ieri è venuto …", bound within ten words
   *   to a proper noun or a number, in a clause
   *   that is not a question (a pain-point question names the sender's product, not their work);
   * - a number written as a word counts as a number ("i vostri tre ristoranti");
   * - in a draft with no capital letter, a word no dictionary knows stands for the proper noun ("ur team at moz").
   */
  private concreteDetails(): Span[] {
    const out: Span[] = [];
    const doc = this.doc, toks = doc.tokens;
    const yours = wordSet('yourPossessives'), subjects = wordSet('yourSubjects'), verbs = wordSet('yourVerbs');
    const context = wordSet('subjectContext'), generic = wordSet('genericNouns'), evaluatives = wordSet('evaluatives');
    const numbers = wordSet('numberWords'), preps = wordSet('detailPreps'), platforms = wordSet('platforms'), knows = wordSet('whoTheyKnow');
    const articles = wordSet('articles'), likeWords = wordSet('likeWords'), notToldBefore = wordSet('notToldBefore');
    const saleLeft = mechanismOn('anchored-in-sale');
    const starts = new Set(doc.sentences.map((s) => s.start));
    const lower = this.noCapitals;
    const known = this.known;
    const own = [...this.recipientParts, ...this.senderParts];
    const concrete = (t: Token, number: boolean): boolean => {
      if (this.hollow(t)) return false;
      if (/^\d/.test(t.text) || (number && numbers.has(t.norm))) return true;
      if (platforms.has(t.norm) || own.includes(key(t.text))) return false;
      if (/^\p{Lu}\p{Ll}/u.test(t.text)) return !starts.has(t.start);
      return lower && known !== undefined && t.norm.length >= 3 && !isStopword(t.norm) && !known(t.norm);
    };
    const head = (w: string): string => w.replace(/'s$/, '');
    const formal = this.formalOnly, formalVerbs = wordSet('formalVerbs'), formalContext = wordSet('formalContext');
    const topics = wordSet('topicMarkers');
    const subjectOrObject = wordSet('subjectOrObject'), subjectAdverbs = wordSet('subjectAdverbs'), praiseOpeners = wordSet('praiseOpeners');
    const auxiliaries = wordSet('auxiliaries'), modals = wordSet('modals');
    const formalAnchor = (t: Token): boolean => formal && formalVerbs.has(t.text.toLowerCase());
    // News about their company after having seen it: "saw Greenfield Foods just opened …", "ho visto che Conti Meccanica sta …".
    const seen = wordSet('perceptionVerbs'), news = wordSet('newsVerbs');
    for (let i = 0; i < toks.length - 2; i++) {
      if (!seen.has(toks[i]!.norm)) continue;
      let k = i + 1;
      if (toks[k]!.norm === 'that' || toks[k]!.norm === 'che') k++;
      // "ho visto che il Forno Rinaldi sta ampliando …", "saw that the Ferry Lane Rescue has …".
      if (toks[k] && articles.has(toks[k]!.norm) && toks[k + 1] && /^\p{Lu}/u.test(toks[k + 1]!.text)) k++;
      const from = k;
      // A family firm may carry their surname ("il Forno Rinaldi"): one word of the group that is not a name of theirs is enough.
      let other = false;
      // "il Comune di Roccabruna": a connector between two capitalized words stays inside the name.
      while (k < toks.length && k < from + 5) {
        const t = toks[k]!, capital = /^\p{Lu}/u.test(t.text) && !starts.has(t.start) && !platforms.has(t.norm);
        const joins = k > from && NAME_JOINS.has(t.norm) && toks[k + 1] !== undefined && /^\p{Lu}/u.test(toks[k + 1]!.text);
        if (!capital && !joins) break;
        if (capital && !own.includes(key(t.text))) other = true;
        k++;
      }
      const next = toks[k];
      if (k > from && other && next && news.has(next.norm) && /^\s+$/.test(doc.text.slice(toks[k - 1]!.end, next.start))) out.push({ start: toks[from]!.start, end: next.end });
    }
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i]!;
      // Only anchors are looked at further (most tokens are none).
      // A capital Lei inside a sentence of a formal draft is the reader as subject ("quando Lei spiegava …").
      const capitalLei = formal && a.text === 'Lei' && !starts.has(a.start);
      if (!yours.has(a.norm) && !subjects.has(a.norm) && !verbs.has(a.norm) && !formalAnchor(a) && !capitalLei) continue;
      const c = doc.clauseOf(a.start);
      if (!c) continue;
      const prev = toks[i - 1];
      const atStart = !prev || prev.end <= c.start;
      if (yours.has(a.norm)) {
        // "aziende come la Sua stanno rivedendo …": a possessive standing for "yours" after "come la" names nothing of theirs.
        if (prev && articles.has(prev.norm) && likeWords.has(toks[i - 2]?.norm ?? '')) continue;
        // The noun phrase after the possessive: content words up to a function word or punctuation.
        const np: Token[] = [];
        let k = i + 1;
        for (; k < toks.length && k <= i + 5; k++) {
          const t = toks[k]!;
          if (t.start >= c.end || !/^[\s\-]*$/.test(doc.text.slice(toks[k - 1]!.end, t.start))) break;
          if (isStopword(t.norm) || preps.has(t.norm)) break;
          np.push(t);
        }
        const content = np.filter((t) => !evaluatives.has(t.norm));
        // A compliment or sales noun first ("your profile came up", "il tuo percorso da freelance") or last
        // ("your cloud bill"); "your team's new sofa": a noun with 's only qualifies the one after it.
        const first = content.find((t) => !t.norm.endsWith("'s"));
        if (!first) continue;
        if (generic.has(first.norm) || generic.has(head(content[content.length - 1]!.norm))) {
          // A generic head tied by a topic word to a name or a number is a piece of theirs: "ur post about the pilot at DHL",
          // "il tuo articolo sul caso Glovo"; "your profile on LinkedIn" and "your post" alone stay generic.
          const next = toks[k];
          // "il tuo studio ha fatto per il Birrificio Lupara", "your team shipped it for Ocado": a generic head that did something
          // for a name or a number is a piece of theirs too.
          const verb = np.findIndex((t, j) => j > 0 && (DID.has(t.norm) || isPastForm(t.norm)));
          const after = verb > 0 ? i + 1 + verb + 1 : next && next.start < c.end && (DID.has(next.norm) || isPastForm(next.norm)) ? k + 1 : -1;
          if (after > 0 && !this.asks.some((x) => x.start < c.end && x.end > c.start)) {
            let hit: Token | undefined;
            for (let j = after; j < toks.length && j <= after + 6 && toks[j]!.start < c.end; j++) if (concrete(toks[j]!, true)) { hit = toks[j]; break; }
            if (hit) { out.push({ start: a.start, end: hit.end }); continue; }
          }
          if (next && next.start < c.end && topics.has(next.norm)) {
            for (let j = k + 1; j < toks.length && j <= k + 7 && toks[j]!.start < c.end; j++) {
              const t = toks[j]!, acronym = /^\p{Lu}{2,5}$/u.test(t.text) && !starts.has(t.start);
              if (acronym || concrete(t, true)) { out.push({ start: a.start, end: t.end }); break; }
            }
          }
          continue;
        }
        // A proper noun or a number a little further in the clause ("la sua tessitura e l'export in Giappone").
        let far: Token | undefined;
        for (let j = k; j < toks.length && j <= i + 6 && toks[j]!.start < c.end; j++) if (concrete(toks[j]!, true)) { far = toks[j]; break; }
        if (far) { out.push({ start: a.start, end: far.end }); continue; }
        // A code right after the possessive names a thing of theirs too ("your U16s", "la tua 5ªB").
        if (content.some((t) => concrete(t, true) || (/\d/.test(t.text) && !this.hollow(t)))) { out.push({ start: a.start, end: np[np.length - 1]!.end }); continue; }
        // A question about their numbers is a seller's opening ("how much is your warehouse losing?"); a
        // request names what the sender wants ("my cover letter for the role at your think tank").
        const sentence = doc.sentences[c.sentence]!;
        if (/\?/.test(doc.text.slice(c.start, Math.min(doc.text.length, c.end + 1)))
          || this.asks.some((x) => x.start < sentence.end && x.end > sentence.start)) continue;
        const next = toks[k], obj = toks[k + 1] && preps.has(toks[k + 1]!.norm) ? toks[k + 2] : toks[k + 1];
        const tied = next !== undefined && next.start < c.end && preps.has(next.norm) && obj !== undefined && obj.start < c.end;
        if (content.length >= 2 || tied) out.push({ start: a.start, end: tied ? obj!.end : np[np.length - 1]!.end });
        continue;
      }
      // In a draft in the formal Lei, "che ha seguito …", "ieri è venuto …" address the reader too.
      // "ho visto che in Exprivia coordina …": the context word may stand up to three words back in the clause, unless a
      // name in subject position comes between ("che Marco coordina" is about Marco).
      let lei = false;
      if (formalAnchor(a)) {
        for (let k = i - 1; k >= 0 && k >= i - 3 && toks[k]!.start >= c.start; k--) {
          const t = toks[k]!;
          if (formalContext.has(t.norm)) { lei = true; break; }
          if (/^\p{Lu}/u.test(t.text) && !(toks[k - 1] && preps.has(toks[k - 1]!.norm))) break;
        }
      }
      // "saw you at Web Summit": "you" before a preposition is the one met, not the one who did something.
      const next = toks[i + 1];
      // "you were right about …", "you have built …": an auxiliary after "you" makes it the subject.
      const objectYou = subjectOrObject.has(a.norm) && next !== undefined && (preps.has(next.norm) || isStopword(next.norm))
        && !subjectAdverbs.has(next.norm) && !auxiliaries.has(next.norm);
      // "you'd love Tallyo", "you might like …": a wish or a guess about them tells nothing they did.
      if (modals.has(a.norm) || (next !== undefined && subjects.has(a.norm) && modals.has(next.norm))) continue;
      // "you're a Ruby expert", "you're one of the top engineers": a contracted "you" before a noun phrase praises, it tells nothing done.
      const praise = /['’]|^you(?:re|ve)$/.test(a.norm) && next !== undefined && praiseOpeners.has(next.norm);
      // A contracted "you're"/"you've" is a subject wherever it stands ("the app you're rebuilding for West Yorkshire").
      const contracted = /['’]|^you(?:re|ve)$/.test(a.norm);
      const asSubject = subjects.has(a.norm) && (atStart || contracted || context.has(prev!.norm)) && !objectYou && !praise;
      const subject = asSubject || verbs.has(a.norm) || lei || capitalLei;
      if (!subject || /\?/.test(doc.text.slice(c.start, Math.min(doc.text.length, c.end + 1)))) continue;
      // "Since you know the CTO at Lumera, could you introduce me?": who they know sets up an ask, it is not about them (the
      // whoTheyKnow words stop the reading below). What they did, said in a clause of its own before the ask, is about them
      // ("visto che guidi il team video di Vice Italia, mi daresti qualche dritta?"), unless the ask is an introduction: then
      // what they did tells whom they know ("since you used to work with the CEO of Brightfield, could you introduce me?").
      // A sale over the clause leaves the decision to anchored-in-sale (below, in ownSpecific): a detail named there stays theirs.
      const sentence = doc.sentences[c.sentence]!;
      if (this.asks.some((x) => x.start < sentence.end && x.end > sentence.start
        && (x.kind === 'intro' || (x.start < c.end && x.end > c.start && !(x.kind === 'sales' && saleLeft))))) continue;
      // "Lei ha fatto lo stesso percorso, da Intesa a Clessidra": a clause after a comma that opens with a preposition
      // goes on telling what they did.
      const after = doc.clauses[doc.clauseIndexOf(c.start) + 1];
      const opener = after && after.sentence === c.sentence ? toks[doc.tokenIndexAt(after.start)] : undefined;
      const end = opener && preps.has(opener.norm) && doc.text[c.end] === ',' ? after!.end : c.end;
      // A seller's research on the buyer is no detail of theirs ("I noticed you follow a lot of climate tech founders. We're building …").
      // In a draft that asks, only a formal Lei tells (a "you" there is the seller's research); never after "if", "could", "when".
      const tells = mechanismOn('content-told') && (capitalLei ? !this.asks.some((x) => x.kind === 'sales')
        : asSubject && a.norm !== 'te' && this.asks.length === 0 && !(prev && notToldBefore.has(prev.norm)));
      let told = 0;
      for (let k = i + 1; k < toks.length && k <= i + 12; k++) {
        const t = toks[k]!;
        if (t.start >= end || knows.has(t.norm)) break;
        if (concrete(t, false)) { out.push({ start: a.start, end: t.end }); break; }
        // Mechanism content-told: an explicit subject ("you", "tu", a capital Lei) then several words that name things,
        // none of them praise or sales talk ("quando Lei spiegava la profilassi per la lingua blu").
        // Only an unbroken run of words counts: "as you (fintech) and always keen" is no deed told.
        if (!tells) continue;
        if (!/^\s+$/.test(doc.text.slice(toks[k - 1]!.end, t.start))) told = -Infinity;
        if (k > i + 1 && t.norm.length >= 4 && !isStopword(t.norm) && !preps.has(t.norm) && !generic.has(head(t.norm)) && !evaluatives.has(t.norm)) told++;
        if (told >= CONTENT_TOLD) { out.push({ start: a.start, end: t.end }); break; }
      }
    }
    return out;
  }

  get generic(): Span[] { return this.memo('generic', () => this.doc.findAll((l) => l.generic)); }
  /** LinkedIn's default invitation texts and automation tools' stock notes. */
  get linkedinDefault(): Span[] { return this.memo('lidef', () => this.doc.findAll((l) => l.linkedinDefault)); }
  /** How-met cues, minus future events ("at our next meetup" is not how you met). */
  // The how-met phrase cues (not the readings, for speed) are read on the corrected copy too. Measured over every labelled set,
  // once the Italian "at the event" cue stopped matching inside words ("allego"): the whole reading gave +3 / -1 drafts, the
  // phrase cues alone +2 / -1 how-met and +1 personalized ("una tua presentazzione aiuterebbe" is the one lost: an introduction).
  get howMet(): Span[] {
    return this.memo('howMetAll', () => {
      const e = this.expanded;
      // "Dan reccomended I reach out": read on the spelling-corrected copy.
      const own = this.withCorrected(this.ownHowMet, (f) => f.hedgeFilter(f.absentFilter(f.doc.findAll((l) => l.howMet))), true);
      if (!e) return own;
      const extra = e.facts.ownHowMet.map(e.back);
      return extra.length === 0 ? own : mergeSpans([...own, ...extra]);
    });
  }

  private get ownHowMet(): Span[] {
    return this.memo('howMet', () => this.hedgeFilter([...this.absentFilter(this.doc.findAll((l) => l.howMet)), ...this.reunions,
      ...(mechanismOn('prior-contact') ? this.doc.findAll((l) => l.priorContact) : []),
      ...(mechanismOn('shared-path') ? this.doc.findAll((l) => l.sharedPath) : []), ...(mechanismOn('co-presence') ? coPresence(this.doc) : []),
      ...(mechanismOn('seen-there') ? seenThere(this.doc) : []), ...(mechanismOn('their-content') ? theirContent(this.doc) : []),
      ...(mechanismOn('thanks-for-then') ? thanksForThen(this.doc) : []), ...this.sharedPast(), ...this.contentNamed(),
      ...(mechanismOn('told-me') ? toldMe(this.doc, this.formalOnly) : []), ...(mechanismOn('visited') ? visited(this.doc) : []),
      ...(mechanismOn('served-them') ? servedThem(this.doc) : [])])
      .filter((s) => !anyMatch(this.pick((l) => l.future), this.doc.text.slice(Math.max(0, s.start - 25), s.end + 30))
        && !/linkedin\W*$/.test(this.doc.folded.slice(Math.max(0, s.start - 12), s.start))
        && !(this.doc.folded.slice(s.start, s.end).includes('linkedin')
          && !anyMatch(this.pick((l) => l.linkedinContent), this.doc.folded.slice(s.start, s.end + 12)))));
  }

  /**
   * Mechanism absent-at-event: "sorry to miss your panel at …", "sarò anch'io al congresso": an event named by a how-met phrase
   * in that sentence is no meeting. Only the phrase cues are read so: a contact who told the sender about them, or their name
   * seen in the programme, still says how the sender came to them ("ho visto in programma che presenterai, ci sarò anch'io").
   */
  private absentFilter(cues: Span[]): Span[] {
    if (cues.length === 0 || !mechanismOn('absent-at-event')) return cues;
    const away = this.awaySentences;
    return away.size === 0 ? cues : cues.filter((s) => !this.isAway(away, s));
  }

  /** Is this cue in an away sentence, before the sender turns to what they took in all the same ("I missed your session, but I read your slides")? */
  private isAway(away: Map<number, number>, s: Span): boolean {
    const until = away.get(this.doc.sentenceIndexOf(s.start));
    return until !== undefined && s.start < until;
  }

  /**
   * The sentences where the sender says they were not, or not yet, at the event (absentFilter), each with where the absence
   * stops counting: their work taken in all the same ("… because my flight was delayed, but I just read your slides"); hearsay
   * ("ma i colleghi mi hanno raccontato del Suo intervento") does not stop it.
   */
  private get awaySentences(): Map<number, number> {
    return this.memo('away', () => {
      const doc = this.doc, away = new Map<number, number>();
      const put = (i: number, until: number) => away.set(i, Math.max(away.get(i) ?? 0, until));
      for (const a of doc.findAll((l) => l.absent)) {
        const i = doc.sentenceIndexOf(a.start);
        const sentence = doc.sentences[i]!;
        const turn = doc.findAll((l) => l.absentTurn, { start: a.end, end: sentence.end })[0];
        put(i, turn ? turn.start : sentence.end);
        // A sentence cut by a semicolon or a colon still reads as one ("sarà tra i relatori al Salone; purtroppo non potrò esserci").
        // Not the sentence before a full stop, though "it" or "there" may point back at it ("… your workshop at the Midlands
        // conference. Gutted I missed it!"): tried, it also dropped what they wrote and the sender read ("ho letto il tuo articolo
        // sulle uscite. Purtroppo sabato non potrò esserci").
        const prev = doc.sentences[i - 1];
        if (prev && /[;:]/.test(doc.text[prev.end - 1] ?? '')) put(i - 1, prev.end);
      }
      return away;
    });
  }

  /** How-met phrase cues absentFilter drops: an event both will attend, or the sender missed, is still common ground (metDetails). */
  private get awayCues(): Span[] {
    if (!mechanismOn('absent-at-event')) return [];
    const away = this.awaySentences;
    return away.size === 0 ? [] : this.doc.findAll((l) => l.howMet).filter((s) => this.isAway(away, s));
  }

  /**
   * Mechanism hedged-meeting: a how-met cue in a sentence that doubts the meeting ("we might have crossed paths at a
   * conference?"), or right before one ("… ? Either way"), is no context.
   */
  private hedgeFilter(all: Span[]): Span[] {
    let spans = all;
    if (spans.length > 0 && mechanismOn('cue-guards')) {
      const guards = this.doc.findAll((l) => l.cueGuards);
      spans = spans.filter((s) => !guards.some((g) => g.start < s.end && g.end > s.start));
      // A meeting proposed in a request ("ti andrebbe una call giovedì?", "could we meet at the fair?") has not happened yet.
      // Their talk or a past meeting named inside a request ("the slides from your session at …", "our workshop last month") stays.
      const requests = this.doc.findAll((l) => l.requestForms), theirs = wordSet('theirs'), past = wordPattern('pastMarkers');
      spans = spans.filter((s) => {
        const sent = this.doc.sentenceOf(s.start);
        if (!sent || !/\?\s*$/.test(this.doc.text.slice(sent.start, sent.end))) return true;
        if (!requests.some((r) => r.start < sent.end && r.end > sent.start)) return true;
        const near = this.doc.folded.slice(Math.max(sent.start, s.start - 12), Math.min(sent.end, s.end + 16));
        // A meeting told in the past stays too ("met you at Brighton Photo Fringe, would you be up for …?").
        return near.split(/[^\p{L}']+/u).some((w) => theirs.has(w)) || (past !== null && past.test(near));
      });
    }
    if (spans.length === 0 || !mechanismOn('hedged-meeting')) return spans;
    const doc = this.doc;
    const hedges = doc.findAll((l) => l.hedgedMeeting);
    if (hedges.length === 0) return spans;
    const sentIdx = (p: number): number => doc.sentenceIndexOf(p);
    const doubted = new Set<number>();
    for (const h of hedges) {
      const i = sentIdx(h.start);
      doubted.add(i);
      doubted.add(i - 1);
    }
    return spans.filter((s) => !doubted.has(sentIdx(s.start)));
  }

  /** One kind of pattern from every language the draft is read with. */
  private pick(f: (l: LangData) => readonly RegExp[]): RegExp[] {
    return this.memo(`pick:${f.toString()}`, () => this.doc.langs.flatMap(f));
  }

  /** A second-person past verb right before the match ("hai fatto", "you did"). */
  private doneByThem(s: Span, c: Span): boolean {
    const idx = this.doc.tokenIndexAt(s.start);
    for (let k = idx - 1; k >= 0 && k >= idx - 4; k--) {
      const t = this.doc.tokens[k]!;
      if (t.start < c.start) break;
      const next = this.doc.tokens[k + 1];
      if ((t.norm === 'you' || t.norm === 'hai' || t.norm === "you've") && next && next.start < s.start && isPastForm(next.norm)) return true;
    }
    return false;
  }

  /** A word used as a topic ("la chiacchierata sul pricing", "a talk about pricing"), not an offer. */
  private isTopic(s: Span): boolean {
    const idx = this.doc.tokenIndexAt(s.start);
    const prev = this.doc.tokens[idx - 1];
    return prev !== undefined && wordSet('topicMarkers').has(prev.norm);
  }

  /** The recipient's own thing ("your demo", "la tua demo", "you gave a demo"): not a sale. */
  private theirs(s: Span, c: Span): boolean {
    const idx = this.doc.tokenIndexAt(s.start);
    const joins = wordSet('verbJoins'), contrast = wordSet('contrastWords'), indefinite = wordSet('indefiniteArticles'), theirs = wordSet('theirs');
    for (let k = idx - 1; k >= 0 && k >= idx - 4; k--) {
      const t = this.doc.tokens[k]!;
      if (t.start < c.start) break;
      // "entrare nella tua rete e farti conoscere le nostre soluzioni": a conjunction starts another verb phrase;
      // "regalare alla Sua famiglia una prima consulenza": an indefinite article opens the sale's own noun phrase.
      if (joins.has(t.norm) || contrast.has(t.norm) || indefinite.has(t.norm)) break;
      // "book your free demo", "prenota la tua consulenza": a call to action, not their thing.
      if (theirs.has(t.norm)) return !this.isBook(this.doc.tokens[k - 1]?.norm) && !this.isBook(this.doc.tokens[k - 2]?.norm);
      // "you gave a demo", "hai fatto una demo": the recipient did it.
      const next = this.doc.tokens[k + 1];
      if ((t.norm === 'you' || t.norm === 'hai') && next && next.start < s.start && isPastForm(next.norm)) return true;
    }
    return false;
  }

  private isBook(w: string | undefined): boolean {
    return w !== undefined && this.doc.langs.some((l) => l.bookVerbs.includes(w));
  }

  /**
   * Mechanism someday: between people who say how they know each other, a meeting put off to an unnamed day ("magari un
   * giorno ci prendiamo un caffè", "we should grab a pint sometime"), as a statement or a question, asks for nothing now; nor does
   * any meeting proposed in a draft that says it has no agenda ("nessuna agenda, solo due chiacchiere"). Minutes counted, a request
   * form or a purpose of the sender's keep it an ask. Without that context it stays an ask.
   */
  private unhedged(timeAsks: Ask[]): Ask[] {
    if (!mechanismOn('someday') || this.howMet.length === 0) return timeAsks;
    const re = wordPattern('somedayHedges');
    if (!re) return timeAsks;
    // Said as a wish ("maybe grab a coffee sometime", "ci prendiamo un caffè"), not as time asked of them: no request form
    // ("if you could spare …") and no minutes counted in the sentence.
    // A request form right after the hedge is part of it ("se un giorno ti va di …").
    // "Se ti va, un caffè …": a bare "if you like" before the proposal is a courtesy, not a request ("se ti va di …" is one).
    const courtesyRe = wordPattern('courtesyHedges'), purposeRe = wordPattern('senderPurpose'), folded = this.doc.folded;
    const courtesy = (r: Span) => courtesyRe !== null && courtesyRe.test(folded.slice(Math.max(0, r.start - 3), r.end)) && !/^ di\b/.test(folded.slice(r.end, r.end + 3));
    const asked = (s: Span, hedgeEnd: number) => this.doc.findAll((l) => l.requestForms, s)
      .some((r) => !courtesy(r) && (r.start < hedgeEnd || r.start > hedgeEnd + 4))
      // Minutes counted ("a 15-minute call"), or the sender's own purpose ("so I could ask you …", "per chiederti un parere").
      || this.measuresTime(s) || (purposeRe !== null && purposeRe.test(folded.slice(s.start, s.end)));
    // "Nessuna agenda, solo due chiacchiere": said outright anywhere in the draft, it hedges every proposal as a someday word would.
    const noAgenda = wordPattern('noAgenda')?.test(this.doc.folded) ?? false;
    return timeAsks.filter((a) => {
      const s = this.doc.sentenceOf(a.start);
      const h = s && re.exec(this.doc.folded.slice(s.start, s.end));
      if (s && !h && noAgenda) return asked(s, s.start);
      return !s || !h || asked(s, s.start + h.index + h[0].length);
    });
  }

  /** Sales objects not negated ("nessuna vendita" is not a sale). */
  get sales(): Span[] {
    return this.memo('sales', () => {
      const out: Span[] = [];
      const doc = this.doc;
      for (const c of doc.clauses) {
        for (const s of doc.findAll((l) => l.sales, c)) if (!doc.negated(s, c) && !this.theirs(s, c)) out.push(s);
        const weak = doc.findAll((l) => l.salesWeak, c).filter((s) => !doc.negated(s, c) && !this.isTopic(s));
        if (weak.length === 0 || this.contextAndOffer) continue;
        // Price words only sell next to a call to action in the same sentence.
        const sent = doc.sentences[c.sentence]!;
        const cta = doc.text.slice(sent.start, sent.end + 1).includes('?')
          || doc.findAll((l) => [...l.requestForms, ...l.timeAsks, ...l.offers], sent).length > 0
          || anyMatch(this.pick((l) => l.callToAction), doc.folded.slice(sent.start, sent.end))
          || (this.pitchStatement && this.docHasCta);
        if (cta) out.push(...weak);
      }
      return out;
    });
  }

  /**
   * The draft says how you met and offers something: the seeds' model of a good
   * first message, where proposing your services or a meeting is not an early ask.
   * (Offers are looked up without the sales filter to avoid a cycle.)
   */
  private get contextAndOffer(): boolean {
    return this.memo('ctxOffer', () => this.howMet.length > 0 && this.doc.findAll((l) => l.offers).length > 0);
  }

  /** The sender describes what their business sells ("we help …", "offriamo …"). */
  private get pitchStatement(): boolean {
    return this.memo('pitchStmt', () => this.doc.findAll((l) => l.salesWeak.slice(0, 1)).length > 0);
  }

  /** Somewhere the draft calls for a reaction: a question, a request, "let me know if you need". */
  private get docHasCta(): boolean {
    return this.memo('docCta', () => this.doc.text.includes('?')
      || this.doc.findAll((l) => [...l.requestForms, ...l.timeAsks]).length > 0
      || anyMatch(this.pick((l) => l.callToAction), this.doc.folded) || anyMatch(this.pick((l) => l.needCta), this.doc.folded));
  }

  /** Offers of the sender (what they give), outside clauses that sell. */
  get offers(): Span[] {
    return this.memo('offers', () => {
      const out: Span[] = [];
      for (const c of this.doc.clauses) {
        const sells = this.sales.some((s) => s.start >= c.start && s.start < c.end);
        if (sells) continue;
        for (const o of this.doc.findAll((l) => l.offers, c)) if (!this.doc.negated(o, c) && !this.tested(o)) out.push(o);
      }
      return mergeSpans(out);
    });
  }

  /**
   * An offer the call asked for is to test ("una call per capire se possiamo aiutarti", "a chat to see if we can help") is the
   * sale's purpose, not value given.
   */
  private tested(o: Span): boolean {
    return /\b(?:capire|vedere|valutare|scoprire|verificare) se $|\b(?:see|find out|check|explore|learn) (?:if|whether) $/u
      .test(this.doc.folded.slice(Math.max(0, o.start - 24), o.start));
  }

  private get oversizedRes(): RegExp[] { return this.memo('osr', () => this.doc.langs.map((l) => l.oversized)); }

  /** Offers that bring value, not a treat for the meeting asked for ("offro io", "my treat"). */
  private get valueOffers(): Span[] {
    return this.memo('valueOffers', () => {
      const treat = wordPattern('treats');
      return treat === null ? this.offers : this.offers.filter((o) => !treat.test(this.doc.folded.slice(o.start, o.end)));
    });
  }

  get asks(): Ask[] {
    return this.memo('asks', () => {
      const own = this.findAsks();
      const c = this.corrected;
      if (!c) return own;
      const found = c.facts.findAsks().map((a) => ({ ...a, ...c.back(a) })).filter((a) => !own.some((o) => a.start < o.end && a.end > o.start));
      // The corrected copy holds only the corrected sentences: a time ask found there is weighed against the whole draft's
      // context, as in findAsks (how you met and an offer; a meeting put off to some day).
      const time = found.filter((a) => a.kind === 'time');
      const keptTime = time.length === 0 || (this.howMet.length > 0 && this.valueOffers.length > 0) ? [] : this.unhedged(time);
      const extra = [...found.filter((a) => a.kind !== 'time'), ...keptTime];
      return extra.length === 0 ? own : [...own, ...extra].sort((a, b) => a.start - b.start);
    });
  }

  /**
   * The draft with its misspelled words replaced by the dictionary's first suggestion (mechanism
   * typo-cues), read by the same patterns; `back` maps a span of the corrected text to the draft.
   */
  corrected?: { facts: Facts; back: (s: Span) => Span; fixed?: readonly Span[] };
  /** The draft with only its chat forms expanded ("ur" → "your"; mechanism chat-forms): how-met reads it too. */
  expanded?: { facts: Facts; back: (s: Span) => Span };

  /**
   * Own spans plus those found only in the corrected draft, mapped back. With typo-guards, an own span whose reach (the cue and
   * the few words a guard looks at after it, in its sentence) holds a corrected word is kept only if the corrected copy finds it too.
   */
  private withCorrected(own: Span[], pick: (f: Facts) => Span[], guarded = false): Span[] {
    const c = this.corrected;
    if (!c) return own;
    const found = pick(c.facts).map(c.back);
    const fixed = guarded && mechanismOn('typo-guards') ? c.fixed ?? [] : [];
    // Only cues the same pick finds on the draft are compared (a reading of the whole draft may not hold on the copy's sentences).
    const cues = fixed.length === 0 ? [] : pick(this);
    const kept = fixed.length === 0 ? own : own.filter((s) => {
      if (!cues.some((x) => x.start === s.start && x.end === s.end)) return true;
      const sent = this.doc.sentenceIndexOf(s.start);
      const near = fixed.some((f) => f.end > s.start && f.start < s.end + GUARD_REACH && this.doc.sentenceIndexOf(f.start) === sent);
      return !near || found.some((x) => x.start < s.end && x.end > s.start);
    });
    return found.length === 0 && kept.length === own.length ? own : mergeSpans([...kept, ...found]);
  }

  findAsks(): Ask[] {
    const doc = this.doc;
    const asks: Ask[] = [];
    const timeAsks: Ask[] = [];
    // Each pattern's matches are visited once and placed in their clause (binary search).
    const offerIn = new Map<number, boolean>();
    const hasOffer = (c: Clause): boolean => {
      let v = offerIn.get(c.start);
      if (v === undefined) {
        v = this.offers.some((o) => o.start < c.end && o.end > c.start);
        offerIn.set(c.start, v);
      }
      return v;
    };
    const big = (c: Clause, sp: Span): boolean => {
      const sentence = doc.sentences[c.sentence]!;
      return doc.find(this.oversizedRes, sentence).length > 0 || doc.find(this.oversizedRes, sp).length > 0;
    };
    // Sales: an ask even when dressed as an offer (one per clause).
    const salesClauses = new Set<number>();
    for (const s of this.sales) {
      const c = doc.clauseOf(s.start);
      if (!c || salesClauses.has(c.start)) continue;
      salesClauses.add(c.start);
      asks.push({ start: c.start, end: c.end, kind: 'sales', oversized: true });
    }
    for (const lang of doc.langs) {
      // Request forms: "potresti …", "could you …" with a first-person beneficiary or a request verb after them.
      for (const r of doc.find(lang.requestForms)) {
        const c = doc.clauseOf(r.start);
        if (!c || doc.negated(r, c)) continue;
        const rest = { start: r.start, end: c.end };
        const ben = doc.find([lang.beneficiary], rest).filter((b) => b.start >= r.end || b.start === r.start);
        const verb = doc.find([lang.requestVerbs], rest);
        if (ben.length === 0 && verb.length === 0) {
          // "Sarebbe possibile un colloquio per un tirocinio?": the thing asked for names the ask.
          const thing = mechanismOn('requested-thing') ? requestedThing(doc, rest) : null;
          if (thing === null || hasOffer(c)) continue;
          if (thing === 'time') timeAsks.push({ start: r.start, end: c.end, kind: 'time', oversized: false });
          else asks.push({ start: r.start, end: c.end, kind: thing, oversized: thing === 'job' || big(c, rest) });
          continue;
        }
        if (hasOffer(c)) continue;
        const span = { start: r.start, end: c.end };
        const kind: AskKind = verb.length > 0 && /refer|segnal|raccomand|recommend|introduc|present|assum|hire|candid/.test(doc.folded.slice(span.start, span.end)) ? 'intro' : 'favour';
        asks.push({ ...span, kind, oversized: big(c, span) });
      }
      for (const d of lang.directAsks) {
        for (const m of doc.matches(d.re)) {
          const c = doc.clauseOf(m.start);
          if (!c || doc.negated(m, c)) continue;
          if (!d.firm && (d.kind === 'favour' || d.kind === 'time') && hasOffer(c)) continue;
          // "mi hai fatto un grande favore", "you did me a favour": done by them, not asked.
          if (d.kind === 'favour' && this.doneByThem(m, c)) continue;
          const oversized = d.kind === 'job' || big(c, m);
          asks.push({ ...m, kind: d.kind, oversized });
        }
      }
      for (const m of doc.find(lang.timeAsks)) {
        const c = doc.clauseOf(m.start);
        if (!c || doc.negated(m, c) || hasOffer(c)) continue;
        timeAsks.push({ start: c.start, end: c.end, kind: 'time', oversized: false });
      }
    }
    // Proposing to meet is fine when the draft gives context (how you met) and offers value; paying for the coffee is no value.
    if (timeAsks.length > 0 && !(this.howMet.length > 0 && this.valueOffers.length > 0)) asks.push(...this.unhedged(timeAsks));
    if (mechanismOn('job-asks')) {
      for (const m of doc.findAll((l) => l.jobAsks)) {
        const c = doc.clauseOf(m.start);
        if (c && !doc.negated(m, c)) asks.push({ start: m.start, end: Math.max(m.end, c.end), kind: 'job', oversized: true });
      }
    }
    if (mechanismOn('commerce-cues')) {
      for (const m of doc.findAll((l) => l.commerceCues)) {
        const c = doc.clauseOf(m.start);
        if (c && !doc.negated(m, c)) asks.push({ start: m.start, end: Math.max(m.end, c.end), kind: 'sales', oversized: true });
      }
    }
    if (mechanismOn('minimizer-ask')) {
      // "I'm not going to sell you anything or ask you for a call": the asks after such a promise, in its sentence, are promised away.
      const promises = doc.findAll((l) => l.noAskPromise);
      if (promises.length > 0) {
        // "Non voglio venderti niente, ma se ti servisse un'interprete …": after a "but" the pitch comes all the same.
        const turns = wordPattern('contrastWords');
        const promised = (a: Ask) => promises.some((p) => p.start <= a.start && doc.sentenceIndexOf(p.start) === doc.sentenceIndexOf(a.start)
          && !(turns !== null && turns.test(doc.folded.slice(p.end, Math.max(p.end, a.start)))));
        asks.splice(0, asks.length, ...asks.filter((a) => !promised(a)));
      }
      asks.push(...this.minimizedAsks());
    }
    if (mechanismOn('pitch-without-cta')) asks.push(...this.silentPitches());
    if (mechanismOn('agreed-earlier')) {
      // "Come ti dicevo al telefono ti aggiungo qui, così ti mando il preventivo": what was agreed before is sent, not sold.
      const agreed = doc.findAll((l) => l.agreedEarlier);
      if (agreed.length > 0) {
        const kept = (a: Ask) => a.kind !== 'sales' || !agreed.some((g) => g.start <= a.start && doc.sentenceIndexOf(g.start) === doc.sentenceIndexOf(a.start));
        asks.splice(0, asks.length, ...asks.filter(kept));
      }
    }
    // Merge overlapping asks, keeping the strongest kind.
    asks.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Ask[] = [];
    for (const a of asks) {
      const last = out[out.length - 1];
      if (last && a.start < last.end) {
        last.end = Math.max(last.end, a.end);
        last.oversized ||= a.oversized;
        if (rank(a.kind) > rank(last.kind)) last.kind = a.kind;
      } else out.push({ ...a });
    }
    return out;
  }

  /**
   * "Non ti chiedo molto, solo di presentarmi …", "I'm not asking much, just …": after the minimizer
   * (solo, just) the rest of the sentence is read as an ask when it has a first-person beneficiary or a
   * request verb. Clause reading: the negation covers "molto", not what the minimizer introduces.
   */
  private minimizedAsks(): Ask[] {
    const doc = this.doc;
    const out: Ask[] = [];
    const mins = wordSet('minimizers');
    for (const d of doc.findAll((l) => l.askDisclaimer)) {
      const sent = doc.sentenceOf(d.start);
      if (!sent) continue;
      const k = doc.tokens.findIndex((t) => t.start >= d.end && t.start < sent.end && mins.has(t.norm));
      if (k < 0) continue;
      const rest = { start: doc.tokens[k]!.start, end: sent.end };
      const ben = doc.findAll((l) => l.beneficiary, rest), verb = doc.findAll((l) => l.requestVerbs, rest);
      // "Non ti chiedo molto, solo 15 minuti per raccontarti …": with no "me" and no request verb, a length of time or a thing
      // asked for is the ask.
      let kind: AskKind | null = verb.length > 0 ? 'intro' : ben.length > 0 ? 'favour' : null;
      if (kind === null) kind = this.measuresTime(rest) ? 'time' : mechanismOn('requested-thing') ? requestedThing(doc, rest) : null;
      if (kind === null) continue;
      out.push({ start: d.start, end: sent.end, kind, oversized: doc.find(this.oversizedRes, rest).length > 0 });
    }
    return out;
  }

  /**
   * A pitch with no call to action: the sender's product next to a "not a pitch" disclaimer anywhere in
   * the draft, or next to a promised result in the same sentence ("our platform cuts errors by 40%").
   */
  private silentPitches(): Ask[] {
    const doc = this.doc;
    const products = [...doc.findAll((l) => l.productClaim), ...doc.findAll((l) => l.salesWeak.slice(0, 1))];
    // Signs of the product count next to a disclaimer or a promised result (checked below, as for the products).
    if (mechanismOn('disclaimer-evidence')) products.push(...doc.findAll((l) => l.senderEvidence));
    // A pain-point question about their business with a product or a statistic in the draft:
    // "how are you handling late payments at Orbit? Most agencies your size lose 10% of revenue".
    const pain: Ask[] = [];
    // A statistic: a percentage, or a number of hours, days or euros ("spend 200+ hours a year on it", "saves around five hours a week").
    if (products.length > 0 || /\d ?%|\d\+? ?(?:hours|hrs|days|ore|giorni|€|k€)|[€$£] ?\d/i.test(doc.text) || this.measuresTime({ start: 0, end: doc.text.length })) {
      for (const q of doc.findAll((l) => l.painQuestion)) {
        const sent = doc.sentenceOf(q.start);
        if (sent && doc.text[sent.end - 1] === '?') pain.push({ start: sent.start, end: sent.end, kind: 'sales', oversized: true });
      }
    }
    if (products.length === 0) return pain;
    const disclaimer = doc.findAll((l) => l.pitchDisclaimer).length > 0;
    const out: Ask[] = [];
    for (const p of products) {
      const k = doc.sentenceIndexOf(p.start);
      if (k < 0) continue;
      const sent = doc.sentences[k]!, next = doc.sentences[k + 1];
      // The promised result in the product's sentence or the next one ("Siamo un'agenzia … . Rifacciamo il sito in tre settimane").
      const claimed = doc.findAll((l) => l.outcomeClaim, sent).length > 0 || (next !== undefined && doc.findAll((l) => l.outcomeClaim, next).length > 0);
      if (disclaimer || claimed) out.push({ start: sent.start, end: sent.end, kind: 'sales', oversized: true });
    }
    return [...out, ...pain];
  }

  /** The most similar earlier text (names removed), when it is a near-verbatim re-use. */
  get reuse(): Reuse | null {
    return this.memo('reuse', () => {
      if (this.ctx.previousTexts.length === 0) return null;
      const mine = shingles(this.doc.text, this.recipientParts);
      if (mine.size < 4) return null;
      let best: Reuse | null = null;
      this.ctx.previousTexts.slice(-500).forEach((t, index) => {
        if (t.length > 20000) return;
        const theirs = shingles(t, []);
        if (theirs.size === 0) return;
        let inter = 0;
        for (const s of mine) if (theirs.has(s)) inter++;
        const similarity = inter / (mine.size + theirs.size - inter);
        if (!best || similarity > best.similarity) best = { similarity, index };
      });
      return best && (best as Reuse).similarity >= REUSE_THRESHOLD ? best : null;
    });
  }
}

/** Jaccard similarity of word 3-grams above which a draft counts as re-used. */
export const REUSE_THRESHOLD = 0.6;

const ASK_KINDS: ReadonlySet<string> = new Set<AskKind>(['time', 'job', 'intro', 'favour']);
/** The strongest kind of thing asked for in a span ("un colloquio per un tirocinio" is a job ask), from the languages' `requestedThings`. */
function requestedThing(doc: Doc, span: Span): AskKind | null {
  const kinds = wordPairs('requestedThings'), forYou = wordPattern('forYou');
  let best: AskKind | null = null;
  for (let i = doc.tokenIndexAt(span.start); i >= 0 && i < doc.tokens.length && doc.tokens[i]!.start < span.end; i++) {
    const kind = kinds.get(doc.tokens[i]!.norm);
    if (kind === undefined || !ASK_KINDS.has(kind)) continue;
    // "c'è un posto anche per te", "a seat for you": the thing is offered to them, not asked for.
    const after = forYou?.exec(doc.folded.slice(doc.tokens[i]!.end, doc.tokens[i]!.end + 24));
    if (after && after.index <= 8) continue;
    if (best === null || rank(kind as AskKind) > rank(best)) best = kind as AskKind;
  }
  return best;
}

function rank(k: AskKind): number {
  return k === 'sales' ? 4 : k === 'job' ? 3 : k === 'intro' ? 2 : k === 'favour' ? 1 : 0;
}

/** Word 3-grams of a text with names taken out: the word after a greeting and the given name parts. */
function shingles(text: string, parts: readonly string[]): Set<string> {
  const words = (text.slice(0, 20000).normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => key(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const afterGreeting = prev !== undefined && i <= 3 && /^(?:ciao|salve|buongiorno|buonasera|gentile|cara|caro|hi|hello|hey|dear)$/.test(prev);
    out.push(afterGreeting || parts.includes(w) ? '·' : w);
  }
  const set = new Set<string>();
  for (let i = 0; i + 2 < out.length; i++) set.add(`${out[i]} ${out[i + 1]} ${out[i + 2]}`);
  return set;
}
