// English: function words, greetings and names, and the phrases of every rule (each rule's own
// lib/rules/<rule>/phrases.en.ts). Registered in lib/lang/index.ts.
import { phrasesEN as personalized } from '../rules/personalized/phrases.en';
import { phrasesEN as howMet } from '../rules/how-met/phrases.en';
import { phrasesEN as noEarlyAsk } from '../rules/no-early-ask/phrases.en';
import { phrasesEN as givesFirst } from '../rules/gives-first/phrases.en';
import { phrasesEN as noPitch } from '../rules/no-pitch/phrases.en';
import { phrasesEN as followUp } from '../rules/follow-up/phrases.en';
import { phrasesEN as honest } from '../rules/honest/phrases.en';
import { wordList } from './phrase';
import type { LanguageDef } from './types';

export const en: LanguageDef = {
  code: 'en',
  name: 'English',
  dictionary: 'en',
  stopwords: [
    'the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'is', 'are', 'i', 'you', 'your', 'my', 'me', 'hi',
    'hello', 'thanks', 'thank', 'that', 'this', 'it', 'be', 'at', 'we', 'our', 'was', 'have', 'has', 'would', 'could',
    'can', 'will', 'from', 'as', 'by', 'about', 'just', 'so', 'if', 'not', 'but', 'do', 'love', 'great', 'hey', 'i\'m',
    'i\'d', 'i\'ve', 'it\'s', 'you\'re', 'what', 'how', 'when', 'which', 'who', 'there', 'their', 'they', 'been', 'were',
    'really', 'happy', 'would', 'some', 'any', 'all', 'more', 'like', 'also', 'best', 'regards', 'dear', 'let\'s',
    'keep', 'touch', 'connect', 'meeting', 'work',
  ],
  greetings: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings', 'hiya', 'howdy', 'hi there', 'ciao'],
  notNames: [
    'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'again', 'and', 'friend', 'friends', 'guys', 'sir', 'madam',
    'i', 'i\'m', 'hope', 'thanks', 'thank', 'just', 'it\'s', 'from', 'to', 'the', 'a', 'my', 'how', 'colleague', 'mate',
    'hiring', 'recruiter', 'manager', 'fellow', 'again', 'you', 'we',
  ],
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam', 'mx',
    'councillor', 'councilor', 'senator', 'mayor', 'judge', 'rev', 'reverend', 'captain', 'dean', 'doctor',
    'cllr', 'revd', 'fr', 'chef', 'coach', 'sister', 'sgt', 'capt', 'col', 'hon', 'alderman', 'commissioner', 'officer',
  ],
  negators: ['not', 'no', 'never', 'nothing', 'without', 'none', 'neither', 'nor'],
  secondPerson: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd"],
  firstPerson: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"],
  // "i'm", "i'd", "i've": contractions of I count as first person
  firstSuffix: /^i'\w{0,2}$/,
  detect: {
    endings: /(?:ing|tion|ly|ed|'s|ness|ful|ship|ough|th|wh)$/,
    contractions: /^i'|n't$|'re$|'s$|'ll$/,
  },
  words: {
    topicMarkers: wordList({ id: 'en.topic-markers', note: 'Prepositions before a topic', words: ['about', 'on', 'regarding', 'around'] }),
    theirs: wordList({ id: 'en.theirs', note: 'Possessives of the recipient', words: ['your', 'his', 'her', 'their'] }),
    apposition: wordList({ id: 'en.apposition', note: 'Prepositions opening an apposition', words: ['from', 'of', 'at'] }),
    notNegatingNext: wordList({ id: 'en.not-negating', note: 'Not negated after a negator', words: ['hesitate', 'only', 'just', 'wait'] }),
    groupWords: wordList({
      id: 'en.group-words', note: 'A greeting to a group',
      words: ['team', 'folks', 'people', 'everyone', 'crew', 'squad', 'staff', 'family', 'friends', 'community', 'group'],
    }),
    yourPossessives: wordList({ id: 'en.your-possessives', note: 'Possessives of the recipient', words: ['your', 'ur'] }),
    yourSubjects: wordList({ id: 'en.your-subjects', note: 'You as a subject', words: ['you', 'u', "you're", "you've", "you'd", 'youre', 'youve'] }),
    praiseOpeners: wordList({
      id: 'en.praise-openers', note: 'After "you\'re": praise follows ("you\'re a Ruby expert", "you\'re one of the best"), not something done',
      words: ['a', 'an', 'one', 'so', 'very', 'really', 'such', 'truly', 'clearly', 'quite', 'definitely', 'obviously', 'among'],
    }),
    subjectAdverbs: wordList({
      id: 'en.subject-adverbs', note: 'After "you", an adverb before a verb: "you" is its subject ("saw you also moved to Ocado")',
      words: ['also', 'just', 'recently', 'now', 'still', 'already', 'actually', 'once', 'both'],
    }),
    subjectOrObject: wordList({ id: 'en.subject-or-object', note: 'You is also an object: "saw you at the fair"', words: ['you', 'u'] }),
    subjectContext: wordList({
      id: 'en.subject-context', note: 'Words after which "you" is the subject of what follows',
      words: [
        'that', 'how', 'since', 'as', 'because', 'mentioned', 'said', 'told', 'heard', 'noticed', 'know', 'knew', 'where', 'and', 'now',
        'saw', 'see', 'read', 'learned', 'learnt', 'out', 'understand', 'gather', 'hear', 'discovered', 'realised', 'realized', 'seems',
      ],
    }),
    genericNouns: wordList({
      id: 'en.generic-nouns', note: 'Nouns of a compliment anyone could get, or of sales talk',
      words: [
        'profile', 'background', 'experience', 'career', 'journey', 'work', 'network', 'expertise', 'skills', 'skill', 'achievements',
        // A place sold to them ("grab your seat at growthleaders.ie").
        'seat', 'seats', 'ticket', 'tickets', 'spot',
        'path', 'post', 'posts', 'content', 'insights', 'page', 'activity', 'feed', 'time', 'help', 'attention', 'consideration',
        'company', 'business', 'organization', 'organisation', 'team', 'teams', 'message', 'request', 'opinion', 'feedback', 'advice',
        'needs', 'thoughts', 'perspective', 'knowledge', 'success', 'accomplishments', 'contributions', 'passion', 'field', 'industry',
        'sector', 'role', 'position', 'goals', 'inbox', 'calendar', 'schedule', 'day', 'week', 'approach', 'vision', 'style', 'energy',
        'leadership', 'commitment', 'dedication', 'story', 'values', 'impact', 'ideas', 'views', 'articles', 'updates', 'comments',
        'clients', 'customers', 'process', 'processes', 'pipeline', 'workflow', 'operations', 'costs', 'revenue', 'sales', 'marketing',
        'strategy', 'challenges', 'growth', 'results', 'performance', 'data', 'efficiency', 'productivity', 'brand', 'website',
        'area', 'department', 'staff', 'employees', 'people', 'projects', 'life', 'mind', 'thinking', 'answer', 'reply',
        'connection', 'connections', 'invite', 'invitation', 'number', 'email', 'details', 'cv', 'resume', 'behalf', 'own', 'way',
        'name', 'portfolio', 'bill', 'bills', 'spend', 'budget', 'stack', 'tools', 'software', 'platform', 'systems', 'infrastructure',
        'size', 'brain', 'brains', 'diary',
      ],
    }),
    evaluatives: wordList({
      id: 'en.evaluatives', note: 'Praise that names nothing',
      words: [
        'great', 'amazing', 'impressive', 'incredible', 'inspiring', 'fantastic', 'wonderful', 'excellent', 'outstanding', 'remarkable',
        'interesting', 'brilliant', 'strong', 'solid', 'extensive', 'vast', 'diverse', 'rich', 'professional', 'beautiful', 'nice',
        'good', 'fascinating', 'awesome', 'insightful', 'valuable', 'recent', 'latest', 'current', 'new', 'own', 'whole', 'entire',
        'stellar', 'exceptional', 'unique', 'cool', 'lovely', 'real', 'busy', 'precious', 'kind', 'very', 'really',
      ],
    }),
    numberWords: wordList({
      id: 'en.number-words', note: 'Numbers as words',
      words: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand'],
    }),
    firstPlural: wordList({ id: 'en.first-plural', note: '"We" as a word', words: ['we'] }),
    pastTogether: wordList({
      id: 'en.past-together', note: 'Irregular past forms of being or doing something somewhere (-ed forms are past already)',
      words: ['were', 'was', 'sat', 'stood', 'met', 'spoke', 'had', 'took', 'went', 'got', 'spent', 'ran', 'ate', 'rode', 'flew', 'fought', 'taught', 'caught'],
    }),
    togetherMarkers: wordList({
      id: 'en.together-markers', note: 'The two of them together: "we sat next to each other", "we were both at …"',
      words: ['both', 'together', 'each other', 'next to', 'side by side', 'alongside', 'beside', 'the same'],
    }),
    nicknames: wordList({
      id: 'en.nicknames', note: 'English nicknames that are no prefix of the name (nickname:name)',
      words: [
        'tom:thomas', 'tommy:thomas', 'joe:joseph', 'joey:joseph', 'kate:katherine', 'kate:catherine', 'katie:katherine', 'katie:catherine',
        'kathy:katherine', 'cathy:catherine', 'mike:michael', 'mikey:michael', 'mick:michael', 'bill:william', 'billy:william',
        'bob:robert', 'bobby:robert', 'bert:robert', 'liz:elizabeth', 'lizzie:elizabeth', 'beth:elizabeth', 'betty:elizabeth', 'jim:james',
        'jimmy:james', 'jamie:james', 'tony:anthony', 'andy:andrew', 'drew:andrew', 'dave:david', 'steve:stephen', 'steve:steven',
        'rick:richard', 'ricky:richard', 'dick:richard', 'ted:edward', 'ned:edward', 'eddie:edward', 'maggie:margaret', 'meg:margaret',
        'peggy:margaret', 'sally:sarah', 'jack:john', 'johnny:john', 'harry:henry', 'charlie:charles', 'chuck:charles', 'abby:abigail',
        'becky:rebecca', 'becca:rebecca', 'sue:susan', 'susie:susan', 'jenny:jennifer', 'jen:jennifer', 'jess:jessica', 'nate:nathan',
        'nate:nathaniel', 'zack:zachary', 'sasha:alexandra', 'sasha:alexander', 'fred:frederick', 'freddie:frederick', 'ollie:oliver',
        'olly:oliver', 'izzy:isabel', 'izzy:isabella', 'bella:isabella', 'ellie:eleanor', 'nell:eleanor', 'molly:mary', 'polly:mary',
        'patty:patricia', 'trish:patricia', 'kit:christopher', 'topher:christopher', 'lexi:alexandra', 'xander:alexander', 'gabe:gabriel',
        'greg:gregory', 'hal:henry', 'hank:henry', 'jake:jacob', 'kim:kimberly', 'mandy:amanda', 'manny:emmanuel', 'nick:nicholas',
        'nicky:nicholas', 'rob:robert', 'robbie:robert', 'sandy:sandra', 'tess:theresa', 'tessa:theresa', 'vicky:victoria', 'will:william',
        'mo:mohammed', 'mo:mohammad', 'mo:muhammad', 'mo:mohamed',
      ],
    }),
    gratitude: wordList({ id: 'en.gratitude', note: 'Words of thanks', words: ['thanks', 'thank', 'thx', 'grateful', 'cheers'] }),
    pastTimes: wordList({
      id: 'en.past-times', note: 'The recent past, one or more words',
      words: ['yesterday', 'this morning', 'this afternoon', 'last night', 'last week', 'last month', 'the other day', 'the other night', 'earlier today', 'on monday',
        'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'last monday', 'last friday', 'last weekend',
        'last tuesday', 'last wednesday', 'last thursday', 'last saturday', 'last sunday', "monday's", "tuesday's", "wednesday's", "thursday's",
        "friday's", "saturday's", "sunday's", "yesterday's", "last night's", "this morning's"],
    }),
    doingVerbs: wordList({
      id: 'en.doing-verbs', note: 'Verbs of doing after "saw you": "saw you speak at …", "saw you referee on Sunday"',
      words: ['speak', 'talk', 'play', 'present', 'perform', 'sing', 'run', 'teach', 'referee', 'dance', 'pitch', 'coach', 'judge'],
    }),
    doingEndings: wordList({ id: 'en.doing-endings', note: 'A verb form of doing by its ending: "busking", "presenting"', words: ['ing'] }),
    verbJoins: wordList({ id: 'en.verb-joins', note: 'Words that start another verb phrase: "… your network and let you know …"', words: ['and', 'then'] }),
    likeWords: wordList({ id: 'en.like-words', note: '"Like" before a possessive standing for "yours"', words: ['like'] }),
    articles: wordList({ id: 'en.articles', note: 'The definite article', words: ['the'] }),
    indefiniteArticles: wordList({ id: 'en.indefinite-articles', note: 'The indefinite article', words: ['a', 'an'] }),
    workSought: wordList({ id: 'en.work-sought', note: 'Before a work noun, work looked for: "looking for work"', words: ['for'] }),
    workNouns: wordList({
      id: 'en.work-nouns', note: 'A piece of work one is praised for',
      words: ['relaunch', 'rebrand', 'rebranding', 'launch', 'campaign', 'project', 'redesign', 'work', 'collection', 'range', 'menu', 'packaging', 'exhibition',
        'installation', 'renovation', 'restoration', 'refit', 'makeover', 'overhaul', 'expansion', 'programme', 'program', 'initiative', 'series', 'festival',
        'post', 'blog', 'article', 'podcast', 'newsletter', 'guide', 'report'],
    }),
    praiseWords: wordList({
      id: 'en.praise-words', note: 'Praise or being a fan of something',
      words: ['loved', 'love', 'loving', 'admire', 'admired', 'enjoyed', 'fan', 'impressed', 'genius', 'stunning', 'gorgeous', 'elegant', 'clever', 'lovely',
        'congrats', 'congratulations', 'kudos', 'bravo'],
    }),
    forYou: wordList({ id: 'en.for-you', note: 'A thing meant for the reader', words: ['for you', 'for yourself'] }),
    pastMarkers: wordList({ id: 'en.past-markers', note: 'A meeting told in the past', words: ['met', 'last', 'ago', 'yesterday'] }),
    acceptWords: wordList({ id: 'en.accept-words', note: 'Accepting a LinkedIn invitation', words: ['accepting', 'accepted', 'connecting', 'connection', 'request', 'invite', 'invitation'] }),
    sawInPerson: wordList({ id: 'en.saw-in-person', note: 'Seeing or hearing someone somewhere', words: ['saw', 'seen', 'spotted', 'heard', 'watched'] }),
    youAsObject: wordList({ id: 'en.you-as-object', note: 'The reader right after such a verb: "saw you at the gym"', words: ['you', 'u'] }),
    placePreps: wordList({ id: 'en.place-preps', note: 'Prepositions opening a place', words: ['at', 'in', 'on'] }),
    consumeVerbs: wordList({
      id: 'en.consume-verbs', note: 'Following, watching, reading or listening to their work',
      words: ['watching', 'watched', 'listening', 'listened', 'reading', 'following', 'followed', 'subscribed', 'bingeing', 'binged', 'devoured'],
    }),
    notContent: wordList({
      id: 'en.not-content', note: 'Their things that are no content of theirs, or content named too vaguely to be a piece of it',
      words: ['content', 'posts', 'updates', 'articles', 'insights', 'thoughts', 'profile', 'background', 'experience', 'career', 'journey',
      'network', 'connections', 'page', 'activity', 'skills', 'resume', 'cv', 'work', 'company', 'team'],
    }),
    perceptionVerbs: wordList({
      id: 'en.perception-verbs', note: 'Having seen, read or learned news',
      words: ['saw', 'noticed', 'read', 'seen', 'spotted', 'heard', 'see', 'notice', 'know', 'learned', 'learnt', 'hear'],
    }),
    newsVerbs: wordList({
      id: 'en.news-verbs', note: 'What opens news about a company',
      words: ['just', 'recently', 'is', 'has', 'got', 'opened', 'launched', 'raised', 'announced', 'won', 'acquired', 'expanded', 'hired', 'shortlisted',
        'nominated'],
    }),
    whoTheyKnow: wordList({
      id: 'en.who-they-know', note: 'Whom they know, not what they do',
      words: ['know', 'knew', 'connected', 'close', 'friends', 'linked', 'acquainted', 'contact', 'contacts'],
    }),
    detailPreps: wordList({
      id: 'en.detail-preps', note: 'Prepositions tying a noun of theirs to a topic or a place',
      words: ['on', 'about', 'of', 'at', 'for', 'in', 'with', 'from', 'during', 'regarding'],
    }),
    minimizers: wordList({ id: 'en.minimizers', note: 'Words that shrink what follows to "only this"', words: ['just', 'only', 'simply', 'merely'] }),
    platforms: wordList({
      id: 'en.platforms', note: 'Platforms, not people',
      words: ['linkedin', 'google', 'facebook', 'instagram', 'twitter', 'algorithm', 'sales', 'navigator'],
    }),
    durationUnits: wordList({
      id: 'en.duration-units', note: 'Units of time after a number: how long an ask takes ("15 minutes"), not a detail of theirs',
      words: ['minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'seconds', 'secs'],
    }),
    meToo: wordList({
      id: 'en.me-too', note: 'The sender in the same past',
      words: ['i also', 'i too', 'i was also', 'me too', 'same time as me', 'same time as i', 'same years as me', 'when i was there', 'overlapped'],
    }),
    pastAt: wordList({
      id: 'en.past-at', note: 'Having worked, studied or been somewhere',
      words: ['worked', 'studied', 'was', 'were', 'interned', 'trained', 'spent', 'did', 'overlapped', 'graduated'],
    }),
    toldVerbs: wordList({
      id: 'en.told-verbs', note: 'What the reader told, showed or gave the sender, in the past ("you mentioned", "you showed me")',
      words: ['mentioned', 'told', 'said', 'explained', 'showed', 'gave', 'taught', 'lent', 'promised', 'recommended', 'suggested', 'offered', 'fixed',
        'helped', 'walked', 'talked', 'pointed', 'shared', 'operated', 'delivered', 'stitched', 'served', 'pulled', 'repaired', 'treated', 'rescued', 'sorted', 'fitted'],
    }),
    notToldBefore: wordList({
      id: 'en.not-told-before', note: 'Before "you": a question, a condition or a wish, no past deed',
      words: ['have', 'had', 'did', 'do', 'if', 'could', 'would', 'will', 'can', 'when', 'unless', 'whether', 'should', 'might', 'may', 'once'],
    }),
    onlinePlaces: wordList({
      id: 'en.online-places', note: 'Places online',
      words: ['website', 'site', 'blog', 'channel', 'account', 'webshop', 'feed', 'suggestions', 'inbox', 'notifications', 'timeline', 'search', 'results',
        'profile', 'page'],
    }),
    auxiliaries: wordList({ id: 'en.auxiliaries', note: 'Auxiliaries after "you"', words: ['are', 'were', 'was', 'have', 'had', 'did', 'do', 'been'] }),
    modals: wordList({
      id: 'en.modals', note: 'Modals after "you", or joined to it: a wish or a guess',
      words: ['would', 'will', 'might', 'could', 'may', 'should', 'must', "you'd", "you'll", 'youd', 'youll'],
    }),
    chatForms: wordList({ id: 'en.chat-forms', note: 'Chat forms of "you" and "your" (form:word)', words: ['u:you', 'ur:your', "ure:you're"] }),
    contrastWords: wordList({ id: 'en.contrast-words', note: 'But and its kin', words: ['but', 'however', 'though', 'yet', 'still'] }),
    treats: wordList({
      id: 'en.treats', note: 'Paying for the meeting asked for',
      words: ["it's on me", 'my treat', "coffee's on me", 'first round is on me', "i'll buy", "i'll pay", 'on me'],
    }),
    requestedThings: wordList({
      id: 'en.requested-things', note: 'Things one asks for after "would it be possible", "any chance of" (noun:kind)',
      words: ['call:time', 'meeting:time', 'coffee:time', 'catch-up:time', 'zoom:time', 'interview:job', 'internship:job',
        'placement:job', 'apprenticeship:job', 'job:job', 'position:job', 'referral:intro', 'introduction:intro', 'intro:intro',
        'recommendation:intro', 'reference:intro', 'feedback:favour', 'review:favour', 'demo:time', 'donation:favour', 'sponsorship:favour',
        'vote:favour', 'endorsement:intro', 'walkthrough:time', 'trial:sales', 'quote:sales'],
    }),
    somedayHedges: wordList({
      id: 'en.someday-hedges', note: 'A meeting put off to an unnamed day',
      words: ['one day', 'someday', 'some day', 'sometime', 'some time', 'at some point', 'one of these days', 'down the line', 'next time you',
        'in the new year', "when you're back", 'when ur back', "if you're around", "if you're ever", "if you're back", 'hope to see you again', 'we must catch up', 'we should catch up', 'next time'],
    }),
    vagueAmounts: wordList({ id: 'en.vague-amounts', note: 'An amount without a number before a unit of time ("a few minutes")', words: ['few', 'couple'] }),
    senderPurpose: wordList({
      id: 'en.sender-purpose', note: "A meeting wanted for the sender's own purpose: still an ask when put off to some day",
      words: ['so i can', 'so i could', 'so i might', 'so we can', 'so we could', 'so we might', 'so that i can', 'so that i could', 'so that we can',
        'so that we could', 'to ask you', 'to pick your'],
    }),
    noAgenda: wordList({
      id: 'en.no-agenda', note: 'A meeting proposed that says it wants nothing',
      words: ['no agenda', 'zero agenda', 'without an agenda', 'no ulterior motive', 'nothing to sell', 'not selling anything', "i'm not selling anything"],
    }),
    notVisit: wordList({ id: 'en.not-visit', note: 'Particles that make a verb of visiting one of finding', words: ['across', 'up', 'upon', 'through', 'back'] }),
    ourPossessives: wordList({ id: 'en.our-possessives', note: 'Possessives of the sender', words: ['our', 'my'] }),
    visitVerbs: wordList({ id: 'en.visit-verbs', note: 'Visiting or stopping by a place', words: ['visited', 'stopped', 'dropped', 'popped', 'came', 'went', 'toured'] }),
    servedVerbs: wordList({
      id: 'en.served-verbs', note: 'Work done for someone, in the past ("we installed your boiler", "I\'m the plumber who came round")',
      words: ['installed', 'fitted', 'fixed', 'repaired', 'serviced', 'delivered', 'built', 'designed', 'painted', 'renovated', 'rewired', 'replaced',
        'cleaned', 'decorated', 'plastered', 'tiled', 'landscaped', 'catered', 'photographed', 'treated', 'cut', 'coached', 'trained', 'hosted', 'came', 'did',
        'handled', 'processed', 'inspected', 'approved', 'taught', 'sorted', 'unblocked', 'mended'],
    }),
    senderDid: wordList({ id: 'en.sender-did', note: 'The sender as the subject right before a past verb', words: ['i', 'we', "i've", "we've", 'ive', 'weve'] }),
    selfIntro: wordList({ id: 'en.self-intro', note: 'The sender saying who they are ("I\'m the plumber who …")', words: ["i'm", 'im', 'am', "we're", 'here'] }),
    relatives: wordList({ id: 'en.relatives', note: 'Relative pronouns that open a description of someone', words: ['who', 'that'] }),
    contentNouns: wordList({
      id: 'en.content-nouns', note: 'A piece of content read, heard or watched',
      words: ['post', 'article', 'interview', 'episode', 'podcast', 'talk', 'keynote', 'book', 'chapter', 'thread', 'video', 'newsletter', 'piece',
        'essay', 'paper', 'webinar', 'column', 'op-ed', 'blog', 'lecture', 'documentary', 'feature', 'write-up', 'writeup'],
    }),
  },
  pastForm: /^(?:\w+ed|gave|did|ran|showed|shown|made|built|held)$/,
  phrases: {
    personalized,
    'how-met': howMet,
    'no-early-ask': noEarlyAsk,
    'gives-first': givesFirst,
    'no-pitch': noPitch,
    'follow-up': followUp,
    honest,
  },
};
