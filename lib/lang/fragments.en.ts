// English pattern fragments shared by several phrase entries (folded text: lower-case, no accents).
import { alt } from './phrase';

/** Their demo ("your demo at FOSDEM"), not the one a seller books for them ("book your free demo"). */
export const DEMO = alt(
  "demo(?! (?:call|slot|session|link)\\b)(?<!(?:book|schedule|claim|get|grab|reserve|request|start|unlock) your (?:free |personal |"
  + "personali[sz]ed )?demo)",
);

/** Fields people work in: "we both work in hospitality" names a field, not a place they met. */
export const WORK_FIELDS = "industry|field|sector|space|business|energy|tech|finance|retail|healthcare|education|marketing|hospitality|logistics|"
  + "construction|hr|sales|events|media|insurance|law|pharma|property|recruitment|it|care|nursing|teaching|engineering|design|comms|tourism";

/**
 * After "we both work in": a field, a city or a trade ("facilities management in Leeds"), anything but the same place or
 * a workplace named with "the" ("the same office", "the Bristol branch"), which is common ground.
 */
export const NOT_SHARED_PLACE = "(?!(?:the )?same\\b|the (?:[\\w-]+ ){0,2}(?:office|team|building|company|department|ward|hospital|school|lab|branch|site|plant)s?\\b)";

/** Same-school or same-group common ground said from the sender's side ("I also studied at …", "alumni of …"). */
export const SHARED_PAST = alt(
  "\\bi (?:also|too) (?:studied|worked|interned|trained|volunteered|taught|played) (?:at|in|with|for)\\b",
  "\\bi (?:studied|worked|interned|trained) (?:at|in) (?:[\\w.&'-]+ ){1,4}(?:too|as well)\\b",
  "\\balumn(?:i|us|a|ae) of\\b",
  "\\bwe(?:'re| are| were) (?:both|all) (?:members|part|alumni|graduates|students|volunteers|mentors) (?:of|in|at|from)\\b",
  // "As a fellow member of Bristol Women in Business": the same group, said from the sender's side.
  "\\b(?:a |another )?fellow (?:member|volunteer|trustee|graduate|student|parent|runner|mentor|mentee|speaker|exhibitor|alum\\w*) (?:of|at|in|from|with)\\b",
);

/** Things of the recipient's that a note can be specific about (their post, talk, project …). */
export const THEIR_THINGS = "post|article|talk|speech|keynote|presentation|panel|webinar|podcast|episode|video|thread|comment|newsletter|"
  + "book|blog|research|paper|study|project|launch|interview|fix|cheat sheet|course|event|hackathon|meetup|"
  + "checklist|new (?:app|product|tool|startup|shop|store|company|venture)|(?:app|product|tool|startup|shop|"
  + "store) (?:for|on|that|called)|campaign|session|workshop|masterclass|report|guide|story|insight|answer|reply|"
  + "response|club|charity|nonprofit|foundation|gallery|guesthouse|hotel|b&b|restaurant|cafe|bar|winery|farm|salon|"
  + "clinic|bakery|brewery|bookshop|walkthrough|explanation|training|trip|travels|journey (?:to|through|across|"
  + "from|into|around|along)|adventure|expedition|photos?|pictures|shots|art|drawings|paintings|music|album|song|"
  + "film|documentary|trick|tip|hack|technique|approach|method|solution|query|script|snippet|quote|(?:idea|point|"
  + "question|work) (?:on|about|around|regarding)|questions? (?:in|on|under|at|during)|initiative|analysis|"
  + "checklist|slide|case study|result|new role|new job|promotion|award|(?<!\\b(?:for|to|into) your )portfolio|prototype|piece|essay|write-?up|"
  + "repo|library|work on|team at|work at|company's|startup's|thesis|tutorial|demo day|pitch at|framework|playbook|"
  + "template|open-source|open source|take on|series a|funding|round|exhibition|recipe|talks|plugin|extension|"
  + "package|channel|series|(?<!\\b(?:for|to|into) your )(?:website|site)|newsletter|community|podcast|restaurant|bakery|studio|shop|bootcamp|"
  + "meetup|conference|illustrations?|designs|short film|showroom|q&a|ama|" + DEMO;

/** Content the sender came across (how-met through their content). */
export const THEIR_CONTENT = "post|article|talk|keynote|presentation|panel|webinar|podcast|episode|video|thread|comment|newsletter|book|"
  + "blog|interview|session|workshop|course|speech|testimony|piece|essay|paper(?!-)|tweet|reel|livestream|stream|ama|q&a|"
  + "masterclass|lecture|class|module|tutorial|write-?up|report|research|study|guide|story(?! of (?:[a-z]+ing|how)\\b)|plugin|extension|tool|app|"
  + "library|repo|package|product|channel|(?<!\\b(?:for|to|into|of) your )"
  + "(?<!\\b(?:audit|review|redesign|rebuild|refresh|revamp|optimi[sz]e|improve|update|fix|speed up) your )(?:site|website)|"
  + "series|course|open-source|blog|answer|reply|comment|"
  + "(?<!\\b(?:for|to|into) your )portfolio|profile picture|photography|designs|fireside chat|fireside|" + DEMO
  + "|pitch|performance|concert|show(?! (?:you|me|us|them)\\b)|lightning talk|case study|trick|tip|hack|technique|approach|framework|talk|"
  + "ted talk|tedx|ted|photos?|pictures|album|song|film|documentary|exhibition|illustrations?|short film|" + DEMO;

/**
 * Placed right after the preposition that names an event: not when a win of theirs comes first in the clause ("congrats on the
 * win at the Henley regatta", "your award at the Food Awards"), where the event is what they won at, not where the two met.
 */
export const NOT_AFTER_A_WIN = "(?<!\\b(?:win|wins|won|victory|award|prize|medal|podium|trophy|first place|second place|third place|gold|silver|bronze|shortlisted|nominated|finalists?|winning|final)"
  + "\\b[^.!?;,\\n]{0,60})";

/** Kinds of events where people meet. */
export const EVENTS = alt(
  "conference",
  "event",
  "summit",
  "meetup",
  "meet-up",
  "webinar",
  "talk(?! (?:to|with|about|soon)\\b)",
  // Not a panel of text or a van's ("the new panel text", "a panel beater").
  "panel(?! (?:text|texts|copy|beater|beaters|van|vans|heater|heaters|data|boards?))",
  "workshop",
  "fair",
  "expo",
  "festival",
  "forum",
  "breakfast",
  "dinner",
  "lunch",
  "brunch",
  "(?:wine|quiz|social|charity|launch|networking|awards?|games|comedy|tasting|careers?|alumni|club|fundraising|information|welcome) evening",
  "(?:quiz|launch|social|curry|open mic|comedy|games?|karaoke|trivia|movie|film|charity|awards?|alumni|club) night",
  "after-?party",
  "party",
  "course",
  "seminar",
  "lecture",
  "(?:trade |motor |boat |farm |craft |food |wine |home |agricultural |county )?show(?!s? (?:you|me|us|them|him|her|how|off|up|around)\\b)",
  "hackathon",
  "(?:council |public |planning |committee )hearing",
  "town hall(?: meeting| consultation)?",
  "(?:game|code|music|startup) (?:jam|weekend)",
  "(?<!every |each |per |next |this |a |the current )sprint",
  "bootcamp",
  "meeting",
  "mixer",
  "session",
  "keynote",
  "cohort",
  "class",
  "program",
  "programme",
  "retreat",
  "convention",
  "congress",
  "trade show",
  "stand",
  "booth",
  "roundtable",
  "round table",
  "masterclass",
  "networking night",
  "gala",
  "demo day",
  "drinks",
  "happy hour",
  // Chapters of a book ("your thoughts on the opening three chapters") are no meeting: a chapter meets one at a time.
  "(?<!new |next |exciting |fresh )chapter(?!s)",
  "camp",
  "unconference",
  "barcamp",
  "tournament",
  "match",
  "race",
  "marathon",
  "concert",
  "gig",
  "game night",
  "park ?runs?",
  "fun runs?",
  "club runs?",
  "group rides?",
  "training sessions?",
  "five-a-side",
  "5-a-side",
  "pub quiz(?:zes)?",
  "(?:farmers'?|christmas|craft|makers'?|flea|street|food) markets?",
  "wedding",
  "ceilidh",
  "christening",
  "reunion",
  "open day",
  "open house",
  "parents'? evening",
);
