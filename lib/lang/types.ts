// The shape of one language's knowledge. Every pattern runs on *folded* text
// (see lib/lang/text.ts: lower-case, accents stripped, straight apostrophes),
// so sources are written in plain lower-case ASCII. A named group `cap` in a
// pattern means "this character must be upper-case in the user's text"
// (a proper noun: a company, an event, a person).
import type { AskPhrase, Phrase, WordList } from './phrase';

export type AskKind = 'job' | 'intro' | 'favour' | 'sales' | 'time';

export interface AskPattern {
  re: RegExp;
  kind: AskKind;
  /** An offer in the same clause does not cancel it ("ti mando due righe e mi dici cosa ne pensi?"). */
  firm?: boolean;
}

/**
 * One language, as registered (lib/lang/registry.ts): its function words and name patterns, the
 * dictionary it is spelled against, and the phrases each rule uses, rule by rule. Adding a language
 * is writing one of these (see CONTRIBUTING.md).
 */
export interface LanguageDef {
  /** ISO 639-1 code, e.g. 'it'. */
  code: string;
  /** The language's name, in English. */
  name: string;
  /** The Speller key of its dictionary (lib/types.ts Speller), when Garbo ships one; none: spelling does not apply. */
  dictionary?: string;
  stopwords: readonly string[];
  greetings: readonly string[];
  notNames: readonly string[];
  titles: readonly string[];
  negators: readonly string[];
  secondPerson: readonly string[];
  firstPerson: readonly string[];
  secondSuffix?: RegExp;
  firstSuffix?: RegExp;
  /** Extra evidence for language detection (besides stopwords). */
  detect?: {
    /** Word endings typical of the language (+0.3 per word longer than 3 letters). */
    endings?: RegExp;
    /** Most words end in a vowel (+0.15 per such word longer than 3 letters). */
    vowelFinal?: boolean;
    /** Contractions (+0.5 each). */
    contractions?: RegExp;
    /** Accented letters typical of the language (+0.5 each, up to 10). */
    accented?: RegExp;
  };
  /** Word lists the shared machinery reads token by token (lib/rules/doc.ts, lib/rules/facts.ts). */
  words?: Partial<LanguageWords>;
  /** A past form of a verb, one folded token ("fatto", "organizzato"; "gave", "hosted"). */
  pastForm?: RegExp;
  /** Each rule's phrases; a rule or a field left out simply finds nothing in this language. */
  phrases: { [R in keyof RulePhrases]?: Partial<RulePhrases[R]> };
}

export interface LanguageWords {
  /** Prepositions before a topic: "la chiacchierata sul pricing" names a topic, not an offer. */
  topicMarkers: WordList;
  /** Possessives of the recipient: "your demo" is their thing, not a sale. */
  theirs: WordList;
  /** Prepositions that open a short apposition after a name ("Giada del gruppo di corsa"). */
  apposition: WordList;
  /** Words that, right after a negator, do not negate what follows ("non esitare a …"). */
  notNegatingNext: WordList;
  /** Words that make a greeting address a group ("Hi Acme team"). */
  groupWords: WordList;
  /** Possessives addressed to the recipient (tu, voi and the formal Lei): "your", "tuo", "sua". */
  yourPossessives: WordList;
  /** Words that disown a sale or an ask ("non è una vendita", "not a pitch"), read with the sender's product. */
  minimizers: WordList;
  /** Capitalized words that are platforms, not people ("LinkedIn mi ha suggerito …"). */
  platforms: WordList;
  /** Second-person subjects that may bind a detail when they open a clause ("… that you lead the team at Acme"). */
  yourSubjects?: WordList;
  /** Verb forms that are second person by themselves ("lavori nel team di Brembo", "sei stata tu"). */
  yourVerbs?: WordList;
  /** Words that put "you" in subject position right before it ("mentioned that you …"). */
  subjectContext?: WordList;
  /** Second-person words that are also objects ("you" in "saw you at …"): before a preposition they are the one met. */
  subjectOrObject?: WordList;
  /** Head nouns of a generic compliment or of sales talk ("your profile", "la tua esperienza", "your sales process"). */
  genericNouns?: WordList;
  /** Praise words that say nothing concrete ("your amazing …", "il tuo bel …"). */
  evaluatives?: WordList;
  /** Numbers written as words ("i vostri tre ristoranti"). */
  numberWords?: WordList;
  /** Prepositions that tie a noun of theirs to its topic or place ("your talk at …", "il tuo esempio sul …"). */
  detailPreps?: WordList;
  /** Words that say whom they know, not what they do ("you are connected with the CTO of …"). */
  whoTheyKnow?: WordList;
  /** Third-person verbs that address the reader in the formal register ("che ha seguito", "ieri è venuto"), as written. */
  formalVerbs?: WordList;
  /** Words after which such a verb has the reader as its subject ("che", "ieri"). */
  formalContext?: WordList;
  /** Verbs of having seen or read news ("saw", "ho visto che"), before their company named. */
  perceptionVerbs?: WordList;
  /** Words that open news about a company ("… just opened", "… sta ampliando"). */
  newsVerbs?: WordList;
  /** Adverbs after "you" that make it the subject of the verb that follows ("saw you also moved to …"). */
  subjectAdverbs?: WordList;
  /** Words after a contracted "you're" that open praise, not a deed ("you're a Ruby expert", "you're one of the top …"). */
  praiseOpeners?: WordList;
  /** Verbs of seeing or hearing someone somewhere ("saw", "spotted", "visto", "incrociato", "sentito"). */
  sawInPerson?: WordList;
  /** The reader as the object of such a verb: after it in English ("saw you"), before it in Italian ("ti ho visto"). */
  youAsObject?: WordList;
  /** Prepositions that open a place ("at", "al", "alla", "nel"). */
  placePreps?: WordList;
  /** Verbs of following, watching, reading or listening to someone's work ("watching", "seguo", "ascoltato"). */
  consumeVerbs?: WordList;
  /** Their things that are no content of theirs: a profile, a background, their connections. */
  notContent?: WordList;
  /** Nicknames that are no prefix of the name, as "nickname:name" (tom:thomas, beppe:giuseppe); prefixes (Chris, Fede) need no entry. */
  nicknames?: WordList;
  /** Words of thanks ("thanks", "grazie", "ringrazio"). */
  gratitude?: WordList;
  /** Words or phrases that place something in the recent past ("yesterday", "last night", "stamattina", "la settimana scorsa"). */
  pastTimes?: WordList;
  /** Verbs of doing right after "seen you" ("saw you speak", mechanism seen-there); `doingEndings` gives the verb forms by ending ("-ing", "-are"). */
  doingVerbs?: WordList;
  /** Endings of a verb form of doing after "seen you" ("arbitrare", "busking"), for words of six letters or more (mechanism seen-there). */
  doingEndings?: WordList;
  /** Words that join two verb phrases ("and", "then", "e", "poi"): a sale after one is not read as the reader's thing named before it. */
  verbJoins?: WordList;
  /** "Like" before a possessive that stands for "yours" ("aziende come la Sua", "firms like yours"): nothing of theirs is named. */
  likeWords?: WordList;
  /** Definite articles ("the", "il", "la"): "at the Barbican" names a place when a capital follows the article. */
  articles?: WordList;
  /** Indefinite articles ("a", "una"): one opens a new noun phrase, so "alla Sua famiglia una consulenza" offers them a sale, not their own. */
  indefiniteArticles?: WordList;
  /** Words before a work noun that make it work sought, not a work of theirs ("looking for work", "cerco lavoro"): mechanism named-work. */
  workSought?: WordList;
  /** Words that tell a meeting in the past ("met", "last", "ago", "ieri", "incontrato"): a meeting named in a request still counts. */
  pastMarkers?: WordList;
  /** The reader as the one a thing is for ("per te", "for you"): "c'è un posto anche per te" offers the seat. */
  forYou?: WordList;
  /** Pieces of work a business or a person is praised for ("relaunch", "rebrand", "progetto", "collezione"): mechanism named-work. */
  workNouns?: WordList;
  /** Words of praise or of being a fan ("loved", "fan", "genius", "complimenti", "geniale"), beside `evaluatives`. */
  praiseWords?: WordList;
  /** Words of accepting a LinkedIn invitation, which thanks are often for ("accepting", "accettato", "collegamento"). */
  acceptWords?: WordList;
  /** "We" as a word ("we", "noi"). */
  firstPlural?: WordList;
  /** Past forms of "we" being or doing something somewhere ("were", "sat", "eravamo", "sedevamo"), beyond the language's past forms. */
  pastTogether?: WordList;
  /** Words that put the two of them together ("both", "each other", "entrambi", "tutti e due"), one or more words each. */
  togetherMarkers?: WordList;
  /** Capitalized pronouns of the formal register ("Lei", "Sua", "Vostro"): they address the reader, they name nothing. */
  courtesyPronouns?: WordList;
  /** Units of time after a number ("15 minutes", "mezz'ora", "10 minuti"): how long an ask takes, not a detail of theirs. */
  durationUnits?: WordList;
  /** First-person markers of the same past ("too", "also", "anch'io"): "I also worked at Brembo". */
  meToo?: WordList;
  /** Verbs of having worked, studied or been somewhere ("worked", "was", "lavorato", "studiato"). */
  pastAt?: WordList;
  /** Nouns of a piece of content ("interview", "episode", "puntata", "intervista"): read, heard or watched. */
  contentNouns?: WordList;
  /** Verbs of telling, showing or giving, in the past, that the reader did to the sender ("you mentioned", "mi raccontavi"). */
  toldVerbs?: WordList;
  /** Words before "you" that make what follows no past deed ("if you told me", "have you mentioned"). */
  notToldBefore?: WordList;
  /** First-person objects before a verb ("mi", "m'hai"): the sender on the receiving end. */
  toMe?: WordList;
  /** Verbs of visiting or stopping by a place ("visited", "stopped", "passato", "venuta"). */
  visitVerbs?: WordList;
  /** Places online, which a visit to is no meeting ("your website", "il vostro sito"). */
  onlinePlaces?: WordList;
  /** Possessives of the sender ("our stand", "il nostro stand"): where the reader came. */
  ourPossessives?: WordList;
  /** Particles after a verb of visiting that make it finding, not visiting ("came across", "popped up"). */
  notVisit?: WordList;
  /** Work done for someone, in the past ("installed", "fitted", "riparato", "venuto"): feeds served-them. */
  servedVerbs?: WordList;
  /** The sender as the subject or auxiliary right before such a verb ("I", "we", "ho", "abbiamo"). */
  senderDid?: WordList;
  /** The reader as an object before the auxiliary ("le abbiamo installato", "ti ho tagliato"). */
  toYou?: WordList;
  /** The sender saying who they are ("I'm", "sono"), before a description. */
  selfIntro?: WordList;
  /** Relative pronouns that open a description ("who", "che"). */
  relatives?: WordList;
  /** Auxiliaries after "you" that make it a subject ("you were right", "you have built"). */
  auxiliaries?: WordList;
  /** Modals, alone or joined to "you" ("you'd", "you might"): a wish or a guess about the reader, no deed. */
  modals?: WordList;
  /** A meeting put off to an unnamed day ("one day", "sometime", "magari un giorno", "prima o poi"). */
  somedayHedges?: WordList;
  /** Said outright that a meeting proposed wants nothing ("no agenda", "nessuna agenda"). */
  noAgenda?: WordList;
  /** A bare "if you like" before a proposal, a courtesy rather than a request ("se ti va, un caffè …"). */
  courtesyHedges?: WordList;
  /** An amount without a number, before a unit of time ("a few minutes", "qualche minuto"). */
  vagueAmounts?: WordList;
  /** A meeting wanted for the sender's own purpose ("so I could ask you …", "per chiederti …"): still an ask when hedged. */
  senderPurpose?: WordList;
  /** Chat forms and the words they stand for, as "form:word" ("ur:your", "x:per"; mechanism chat-forms). */
  chatForms?: WordList;
  /** Things one asks for, as "noun:kind" with kind time, job or favour ("colloquio:time", "internship:job"; mechanism requested-thing). */
  requestedThings?: WordList;
  /** Paying for the meeting one asks for ("offro io", "my treat"): kind, but no value that makes a meeting ask fine (findAsks). */
  treats?: WordList;
  /** "But" and its kin: after one, a promise to ask nothing no longer covers what follows (findAsks). */
  contrastWords?: WordList;
}

/** The phrases of each rule, in one language. */
export interface RulePhrases {
  personalized: { generic: readonly Phrase[]; specific: readonly Phrase[]; linkedinDefault: readonly Phrase[] };
  'how-met': {
    howMet: readonly Phrase[]; future: readonly Phrase[]; linkedinContent: readonly Phrase[];
    /** A meeting the sender is not sure happened ("we might have crossed paths?"): no context (mechanism hedged-meeting). */
    hedgedMeeting?: readonly Phrase[];
    /** An earlier phone call or meeting between the two ("following our call"; mechanism prior-contact). */
    priorContact?: readonly Phrase[];
    /** Readings that cancel an overlapping how-met cue ("your profile really shows", "48 contatti in comune"; mechanism cue-guards). */
    cueGuards?: readonly Phrase[];
    /** A shared course, a contact named by role, their help or their exhibition (mechanism shared-path). */
    sharedPath?: readonly Phrase[];
    /** The sender missed the event, or is still to go ("sorry to miss your panel", "sarò anch'io al congresso"; mechanism absent-at-event). */
    absent?: readonly Phrase[];
    /** After missing it, the sender took in their work all the same ("…, but I just read your slides"): the absence stops there. */
    absentTurn?: readonly Phrase[];
    /** They knew each other before, said without where ("it's been forever!", "quanto tempo!"): how they met, but no scene of theirs. */
    reunion?: readonly Phrase[];
  };
  'no-early-ask': {
    requestForms: readonly Phrase[];
    beneficiary: Phrase;
    requestVerbs: Phrase;
    directAsks: readonly AskPhrase[];
    timeAsks: readonly Phrase[];
    sales: readonly Phrase[];
    salesWeak: readonly Phrase[];
    oversized: Phrase;
    callToAction: readonly Phrase[];
    needCta: readonly Phrase[];
    bookVerbs: WordList;
    askDisclaimer: readonly Phrase[];
    /** A promise to ask or sell nothing ("I'm not going to sell you anything or ask for a call"): the asks in its sentence are dropped. */
    noAskPromise?: readonly Phrase[];
    /** An earlier agreement ("come ti dicevo al telefono", "as discussed on the phone"): a sale in its sentence is no ask (mechanism agreed-earlier). */
    agreedEarlier?: readonly Phrase[];
    pitchDisclaimer: readonly Phrase[];
    productClaim: readonly Phrase[];
    outcomeClaim: readonly Phrase[];
    painQuestion: readonly Phrase[];
    /** Broader signs of the sender's product, read only next to a "not a pitch" disclaimer (mechanism disclaimer-evidence). */
    senderEvidence?: readonly Phrase[];
    /** Asks about hiring without a request form ("send me your CV", "se nella tua azienda cercano"; mechanism job-asks). */
    jobAsks?: readonly Phrase[];
    /** Commercial moves with no request form ("place your order", "a free audit", "se ti serve un geometra, chiamami"; mechanism commerce-cues). */
    commerceCues?: readonly Phrase[];
  };
  'gives-first': { offers: readonly Phrase[] };
  'no-pitch': { pitch: readonly Phrase[] };
  'follow-up': { thanks: Phrase };
  honest: { claims: readonly Phrase[] };
  register: { formal: readonly Phrase[]; informal: readonly Phrase[]; formalGreeting: readonly Phrase[]; informalGreeting: readonly Phrase[] };
}

/** A registered language compiled for the analyzer: every rule's phrases as plain patterns. */
export interface LangData {
  lang: string;
  def: LanguageDef;
  /** Frequent function words, for language detection. */
  stopwords: readonly string[];
  /** Greeting words that open a note (the next word is the addressee). */
  greetings: readonly string[];
  /** Words that may follow a greeting without being a name (ciao a tutti, hi there). */
  notNames: readonly string[];
  /** Titles skipped between the greeting and the name (Dott., Mr.). */
  titles: readonly string[];
  /** Phrases of known generic templates. */
  generic: readonly RegExp[];
  /** Something specific to the recipient: their post, talk, company, shared history. */
  specific: readonly RegExp[];
  /** How you met or came to the person: event, talk, meeting, mutual contact, content, group, school, platform. */
  howMet: readonly RegExp[];
  /** Second-person request forms (could you, potresti, ti andrebbe di …): an ask when the clause also has a first-person beneficiary or a request verb. */
  requestForms: readonly RegExp[];
  /** First-person beneficiary in a clause (me, my, mi, -armi …). */
  beneficiary: RegExp;
  /** Verbs asked of the recipient on someone's behalf (forward, refer, introduce …). */
  requestVerbs: RegExp;
  /** Asks that stand on their own (job search, any help appreciated, attached CV …). */
  directAsks: readonly AskPattern[];
  /** Asking for the recipient's time (a call, 15 minutes, a coffee). Fine with context and an offer. */
  timeAsks: readonly RegExp[];
  /** Sales objects (demo, quote, discount, our platform): an ask even when dressed as an offer. */
  sales: readonly RegExp[];
  /** Commercial words (price, quote, our platform) that make an ask only next to a call to action: a question, a request, a proposal. */
  salesWeak: readonly RegExp[];
  /** Offers: the sender gives (posso presentarti, happy to share, would it help if I …). */
  offers: readonly RegExp[];
  /** Negation words (a match right after one is void). */
  negators: readonly string[];
  /** Oversized targets of an introduction (CEO, head of purchasing …). */
  oversized: RegExp;
  /** Commercial or aggressive wording (no-pitch). */
  pitch: readonly RegExp[];
  /** Thanks (follow-up). */
  thanks: RegExp;
  /** Naming a mutual contact or claiming a friendship (honest). */
  claims: readonly RegExp[];
  /** Calls to action, "let me know if you need one", future events, LinkedIn content of theirs (see RulePhrases). */
  callToAction: readonly RegExp[];
  registerFormal: readonly RegExp[];
  registerInformal: readonly RegExp[];
  registerFormalGreeting: readonly RegExp[];
  registerInformalGreeting: readonly RegExp[];
  linkedinDefault: readonly RegExp[];
  bookVerbs: readonly string[];
  askDisclaimer: readonly RegExp[];
  noAskPromise: readonly RegExp[];
  agreedEarlier: readonly RegExp[];
  pitchDisclaimer: readonly RegExp[];
  productClaim: readonly RegExp[];
  outcomeClaim: readonly RegExp[];
  painQuestion: readonly RegExp[];
  senderEvidence: readonly RegExp[];
  jobAsks: readonly RegExp[];
  commerceCues: readonly RegExp[];
  hedgedMeeting: readonly RegExp[];
  priorContact: readonly RegExp[];
  cueGuards: readonly RegExp[];
  sharedPath: readonly RegExp[];
  absent: readonly RegExp[];
  absentTurn: readonly RegExp[];
  reunion: readonly RegExp[];
  needCta: readonly RegExp[];
  future: readonly RegExp[];
  linkedinContent: readonly RegExp[];
  /** Pronouns for the about-them ratio (folded tokens), plus clitic endings. */
  secondPerson: readonly string[];
  firstPerson: readonly string[];
  secondSuffix?: RegExp;
  firstSuffix?: RegExp;
}
