// English language knowledge for the rules. Patterns run on folded text
// (lower-case, no accents, straight apostrophes).
import { g, gd, nameBefore } from './patterns';
import type { LangData } from './types';


/** Their demo ("your demo at FOSDEM"), not the one a seller books for them ("book your free demo"). */
const DEMO = "demo(?! (?:call|slot|session|link)\\b)(?<!(?:book|schedule|claim|get|grab|reserve|request|start|unlock) your (?:free |personal |personali[sz]ed )?demo)";

/** Same-school or same-group common ground said from the sender's side ("I also studied at …", "alumni of …"). */
const SHARED_PAST =
  "\\bi (?:also|too) (?:studied|worked|interned|trained|volunteered|taught|played) (?:at|in|with|for)\\b|\\bi (?:studied|worked|interned|trained) (?:at|in) (?:[\\w.&'-]+ ){1,4}(?:too|as well)\\b|\\balumn(?:i|us|a|ae) of\\b|\\bwe(?:'re| are| were) (?:both|all) (?:members|part|alumni|graduates|students|volunteers|mentors) (?:of|in|at|from)\\b";

const THEIR_THINGS =
  "post|article|talk|speech|keynote|presentation|panel|webinar|podcast|episode|video|thread|comment|newsletter|book|blog|research|paper|study|project|launch|interview|fix|cheat sheet|course|event|hackathon|meetup|checklist|new (?:app|product|tool|startup|shop|store|company|venture)|(?:app|product|tool|startup|shop|store) (?:for|on|that|called)|campaign|session|workshop|masterclass|report|guide|story|insight|answer|reply|response|club|charity|nonprofit|foundation|gallery|guesthouse|hotel|b&b|restaurant|cafe|bar|winery|farm|salon|clinic|bakery|brewery|bookshop|walkthrough|explanation|training|trip|travels|journey (?:to|through|across|from|into|around|along)|adventure|expedition|photos?|pictures|shots|art|drawings|paintings|music|album|song|film|documentary|trick|tip|hack|technique|approach|method|solution|query|script|snippet|quote|(?:idea|point|question|work) (?:on|about|around|regarding)|questions? (?:in|on|under|at|during)|initiative|analysis|checklist|slide|case study|result|new role|new job|promotion|award|portfolio|prototype|piece|essay|write-?up|repo|library|work on|team at|work at|company's|startup's|thesis|tutorial|demo day|pitch at|framework|playbook|template|open-source|open source|take on|series a|funding|round|exhibition|recipe|talks|plugin|extension|package|channel|series|website|site|newsletter|community|podcast|restaurant|bakery|studio|shop|bootcamp|meetup|conference|illustrations?|designs|short film|showroom|q&a|ama|" + DEMO;

const THEIR_CONTENT =
  "post|article|talk|keynote|presentation|panel|webinar|podcast|episode|video|thread|comment|newsletter|book|blog|interview|session|workshop|course|speech|piece|essay|paper|tweet|reel|livestream|stream|ama|q&a|masterclass|lecture|class|tutorial|write-?up|report|research|study|guide|story|plugin|extension|tool|app|library|repo|package|product|channel|site|website|series|course|open-source|blog|answer|reply|comment|portfolio|profile picture|photography|designs|fireside chat|fireside|" + DEMO + "|pitch|performance|concert|show|lightning talk|case study|trick|tip|hack|technique|approach|framework|talk|ted talk|tedx|ted|photos?|pictures|album|song|film|documentary|exhibition|illustrations?|short film|" + DEMO;

const EVENTS =
  "conference|event|summit|meetup|meet-up|webinar|talk(?! (?:to|with|about|soon)\\b)|panel|workshop|fair|expo|festival|forum|breakfast|dinner|lunch|after-?party|party|course|seminar|hackathon|sprint|bootcamp|meeting|mixer|session|keynote|cohort|class|program|programme|retreat|convention|congress|trade show|stand|booth|roundtable|round table|masterclass|networking night|gala|demo day|drinks|happy hour|chapter|camp|unconference|barcamp|tournament|match|race|marathon|concert|gig|game night|park ?runs?|fun runs?|club runs?|group rides?|training sessions?|five-a-side|5-a-side|pub quiz(?:zes)?";

export const en: LangData = {
  lang: 'en',
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
  titles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam', 'mx'],
  generic: [
    g("\\bi(?:'d| would) like to (?:join|add you to|connect with you (?:on|and add you to)) (?:your|my) (?:professional )?network\\b"),
    g("\\blike-?minded (?:professionals|people|individuals|peers)\\b"),
    g("\\b(?:expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending) my (?:professional )?network\\b"),
    g("\\b(?:came across|come across|saw|found|viewed|noticed|stumbled (?:up)?on) your (?:linkedin )?profile\\b"),
    g("\\bimpressed (?:by|with) your (?:profile|experience|background|career)\\b"),
    g("\\b(?:professionals|people|leaders|experts) like you\\b"),
    g("\\b(?:in|from) the same (?:industry|field|sector|space)\\b"),
    g("\\bhope (?:this (?:message |note )?finds you well|you(?:'re| are) (?:doing )?well)\\b"),
    g("\\bi(?:'m| am) reaching out to (?:a few|some|several) (?:professionals|people|leaders)\\b"),
    g("\\blooking forward to connecting\\b|\\bwould love to connect\\b"),
  ],
  specific: [
    g("\\byou were the (?:one|guy|girl|woman|man|person|founder|speaker|lady) (?:with|who|that|from|in)\\b|\\bsat (?:right )?(?:behind|next to|beside|opposite|across from|near|in front of) you\\b"),
    g(`\\ball (?:those|these|the) (?:[\\w'-]+ ){0,3}?(?:${EVENTS})s?\\b|\\byou (?:also|too) (?:worked|studied|played|trained|volunteered)\\b|\\byou (?:worked|studied|interned) (?:at|in) (?:[\\w.-]+ ){1,3}too\\b`),
    g("\\byour (?:team|company|startup|firm|agency|organi[sz]ation|school|department|group|store|shop|brand|studio|lab) (?:is|are|has|have|just|recently)\\s(?:now |currently |just |recently |already )?(?!(?:been|got|had|a|an|the|very|really|so|doing|hiring|recruiting|looking|searching|seeking|interested)\\b)\\w+(?:ing|ed)\\b"),
    g(`\\byour\\s+(?:[\\w'.-]+\\s+){0,2}?(?:${THEIR_THINGS})s?\\b`),
    gd("\\byou(?:'re| are)?\\s+(?:now |currently |still )?(?:work(?:ing)?|based|leading|running|heading)\\s+(?:at|for|with|in)\\s+(?<cap>\\w)"),
    gd("\\b(?:at|from) your (?:company|team|startup|firm|studio|agency),? (?<cap>\\w)"),
    g("(?<!if )(?<!whether )\\byou(?:'re| are| were) (?:now |currently |busy |just |still )?(?:building|launching|hiring|organi[sz]ing|running|leading|working on|moving|writing|starting|growing|looking for|planning|preparing|scaling|rebuilding|migrating|opening|raising|speaking|teaching|mentoring|expanding|relocating|pivoting|joining|shipping|releasing|publishing|recruiting|switching)\\b|\\b(?:saw|noticed|read|heard|see) (?:that )?you(?:'ve| have)? (?:just |recently )?(?:launched|joined|started|published|released|opened|raised|won|moved|shipped|written|built|founded|become|been promoted)\\b"),
    // Their company named or described in the present ("your agency, Northlight Studio, works with …").
    gd("\\byour (?:company|startup|firm|studio|agency|shop|store|brand|business|practice|bakery|restaurant|clinic|school),? (?<cap>\\w)"),
    g("\\byour (?:company|startup|firm|studio|agency|shop|store|brand|business|practice|team|lab|charity|school)(?:,? [\\w&'.-]+(?: [\\w&'.-]+){0,3},)? (?:works|speciali[sz]es|focuses|serves|makes|builds|sells|designs|supplies|produces|runs|helps|organi[sz]es|handles)\\b"),
    // A compliment on something new of theirs, named ("loved the new branding for Oakridge Dental").
    gd("\\b(?:loved|love|enjoyed|liked|admired?|congrats on|congratulations on|great job on|impressed by) (?:the|your) (?:new|latest|recent|last|redesigned) (?:[\\w-]+ ){1,2}?(?:for|of|at|from|by) (?<cap>\\w)"),
    g("\\bwe(?:'re| are) both\\b(?! in (?:the )?(?:same )?(?:\\w+ )?(?:industry|field|sector|space|business)\\b)"),
    g(SHARED_PAST),
    g("\\b(?:we met|we spoke|we talked|we chatted|met you|meeting you|chatting|chatted)\\b[^.?!;]{0,60}?\\b(?:about|regarding|on the topic of|on your|on the project)\\b"),
    g("\\bthanks? (?:you )?for (?:the|your) (?:\\w+ )?(?:comment|comments|reply|answer|question|shoutout|shout-out|mention|share|repost|endorsement|feedback on my|kind words)\\b"),
    g("\\b(?:thanks|thank you|grateful)\\b[^.?!]{0,40}?\\bfor (?:the|your) (?:[\\w'-]+ ){0,3}?(?:answer|comment|reply|talk|post|article|advice|tip|thread|video|podcast|intro|introduction|feedback|recommendation|shout-?out|webinar|workshop|course|session|q&a|ama|keynote|presentation|panel|demo|masterclass|lecture|class|seminar|training|episode|newsletter)s?\\b"),
    g("\\bwe were both (?:speakers|panelists|on|in|at|finalists|mentors|judges)\\b"),
    g("\\b(?:i read about|read about your|heard about your|i heard about)\\b"),
    g("\\bwe were (?:on|in|at) (?:a|the) (?:[\\w-]+ )?(?:call|meeting|project|panel|team|trip|flight|course|workshop|board) together\\b|\\bwe (?:worked|studied|travel+ed|played|ran|volunteered) together\\b"),
    g("\\bi (?:showed|told|sent|promised|gave|lent|mentioned to|recommended to) you\\b|\\b(?:next to|beside|with) you at\\b|\\b(?:next to|beside|opposite|across from) (?:you|yours)\\b"),
    g("\\bhow(?:'s| is| are| did) (?:the|your) (?:[\\w-]+ ){1,2}?(?:going|coming along|go)\\b"),
    g("\\b(?:that|which) you (?:gave|held|ran|wrote|published|hosted|organi[sz]ed|taught|recorded|presented|moderated|led|delivered)\\b"),
    g("\\bthanks for (?:sharing|writing|posting|organi[sz]ing|hosting|presenting|putting together|creating|building|answering|recording|publishing|running|moderating)\\b|\\bwe were (?:on|in|at) the same\\b|\\bsame (?:panel|stage|table|project|board|committee|conference|event|floor|office|squad|bootcamp)\\b|\\b(?:we spoke about|we talked about|we discussed|you asked me|you asked about|i promised)\\b"),
    g("(?<!(?:are|were|be|am|is|if|feel|get|got|whether) )\\byou (?!(?:accepted|connected|added|received|replied|responded|viewed|visited|needed|wanted|liked|noticed|looked|seemed|used|owed|asked|missed|interested|excited|based|located|qualified|tired|involved|invited|impressed|inclined|concerned|surprised|prepared|engaged|retired|focused|dedicated|registered|signed)\\b)(?!\\w*eed\\b)\\w+ed\\b"),
    g("\\b(?:saw|watched|heard) you (?:speak|present|moderate|perform|demo|play|teach|explain|talk|pitch|run|host|lead)\\b"),
    gd("\\byou(?:'re| are| were) (?:now |currently |still )?(?:(?:the|a|an) )?(?:[\\w-]+ ){0,3}?(?:at|with|of) (?<cap>\\w)"),
    gd("\\byour (?:experience|time|role|work|years|job|tenure|stint|journey) (?:at|with|in) (?<cap>\\w)"),
    // Their organisation named with a verb addressed to its people ("you guys at Crestline", "at Crestline you're …").
    gd("\\byou (?:guys|folks|all|lot) (?:at|over at|from) (?<cap>\\w)"),
    gd("\\bat (?<cap>\\w)[\\w'&-]*(?: [\\w'&-]+){0,3}? (?:you're|you are|you guys|you all|you've|you have|y'all)\\b"),
    g("\\byou(?:'re| are) (?:the|an?|our) (?:[\\w-]+ ){0,2}?(?:person|expert|go-to|guru|authority|specialist|one) (?:to (?:talk|speak) to |to ask |on |in |for |about |who )"),
    g("\\bthe (?:posts?|content|videos?|articles?|threads?|tutorials?|guides?|pieces?) you (?:share|post|write|publish|make|create|put out|record|shared|posted|wrote|published|made|created|recorded) (?:\\w+ )?(?:about|on|around|regarding|covering)\\b"),
    g("(?<!(?:by|with|of|about|on) )\\byour (?:background|experience|expertise|track record) (?:in|with) (?!(?:the|this|that|your|our|my|a|an|it|sales|business|general)\\b)[\\w-]+"),
    g("(?<!if )(?<!whether )\\byou (?:mentioned|said|shared|wrote|posted|presented|explained|described|built|launched|founded|organi[sz]ed|moderated|hosted|won|published|talked about|spoke about|gave|raised|asked|showed|demoed|ran|led|pointed out|made)\\b"),
    g("\\b(?:as promised|i mentioned|we discussed|we talked about|we spoke about|as we discussed|as discussed|following our)\\b|\\bour (?:chat|conversation|talk|discussion|exchange)\\b"),
    g("\\b(?:congrats|congratulations|kudos|well done)(?: again| so much| once more| once again)? (?:on|for|to)\\b(?! (?:your|the) (?:[\\w-]+ )?(?:profile|career|background|experience|journey|path|achievements|accomplishments|skills|success)\\b)"),
    g("\\bwe (?:both|worked together|studied together|were in the same|sat next to each other|used to work)\\b|\\bsame (?:cohort|class|school|university|college|program|programme|course|bootcamp|team)\\b|\\bfellow (?:\\w+ ){0,2}(?:alum|alumni|alumna|alumnus|member|speaker|attendee|organi[sz]er|founder|student)\\b|\\bformer colleagues?\\b|\\bi still use your\\b"),
    g(`\\b(?:at|during|after) (?:the )?(?!(?:our|my)\\b)(?:[\\w'-]+\\s+){0,5}?(?:${EVENTS})\\b[^.?!;]{0,60}?\\b(?:on|about)\\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d|\\d|january|february|march|april|may|june|july|august|september|october|november|december|time|site|stage|zoom|teams)\\b)`),
  ],
  howMet: [
    g("\\bsat (?:right )?(?:behind|next to|beside|opposite|across from|near|in front of) you\\b|\\bi was (?:the|an?|one of the) (?:[\\w-]+ )?(?:intern|trainee|new hire|temp|junior|grad|graduate|assistant|apprentice)s? (?:who|that|on|in|at)\\b"),
    nameBefore("\\b(?:speaks?|spoke|talks?|talked) (?:so |very |really )?(?:highly|well|warmly) of (?:you|your)\\b|\\b(?:raves?|raved) about (?:you|your)\\b|\\b(?:sings?|sang) your praises\\b"),
    g(`\\ball (?:those|these|the) (?:[\\w'-]+ ){0,3}?(?:${EVENTS})s?\\b|\\byou (?:also|too) (?:worked|studied|played|trained|volunteered)\\b|\\byou (?:worked|studied|interned) (?:at|in) (?:[\\w.-]+ ){1,3}too\\b`),
    gd("\\b(?<cap>\\w)[\\w-]*'s (?:kind )?(?:intro|introduction|referral|recommendation)\\b(?! (?:video|page|section|chapter|algorithms?|engine|list|course|paragraph)\\b)|\\b(?:intro|introduction) (?:from|by|via) (?!(?:a|an|the|our|my)\\b)\\w+"),
    g("\\bthanks? (?:you )?for (?:the|your) (?:\\w+ )?(?:comment|comments|reply|answer|question|shoutout|shout-out|mention|share|repost|endorsement|feedback on my|kind words)\\b"),
    g("\\b(?:thanks|thank you|grateful)\\b[^.?!]{0,40}?\\bfor (?:the|your) (?:[\\w'-]+ ){0,3}?(?:answer|comment|reply|talk|post|article|advice|tip|thread|video|podcast|intro|introduction|feedback|recommendation|shout-?out|webinar|workshop|course|session|q&a|ama|keynote|presentation|panel|demo|masterclass|lecture|class|seminar|training|episode|newsletter)s?\\b"),
    g("\\bwe were both (?:speakers|panelists|on|in|at|finalists|mentors|judges)\\b"),
    g("(?<!(?:may|might|could|probably|perhaps|maybe|must) (?:have |'ve |already )?)\\b(?:crossed paths|cross paths|thanks for (?:sharing|writing|posting|organi[sz]ing|hosting|presenting|putting together|creating|building|answering|recording|publishing|running|moderating))\\b"),
    g("\\b(?:meeting you|to meet you)\\b(?=[^.?!]{0,40}\\b(?:at|during|after|yesterday|today|tonight|this morning|last|earlier|in|over|on)\\b)"),
    g("\\b(?:we met|we've met|we have met|met you|met at|we spoke|spoke with you|speaking with you|chatting (?:with you )?(?:at|during)|chatted (?:at|during)|our chat|we chatted|we talked|talking (?:with|to) you at|we sat|ran into you|bumped into you|i saw you (?:speak|present|at|on)|saw you (?:speak|present)|heard you (?:speak|talk|at|on)|i attended your|attending your|listened to your|caught your (?:talk|session|panel|keynote))\\b"),
    g(`\\byour\\s+(?:[\\w'.-]+\\s+){0,2}?(?:${THEIR_CONTENT})s?\\b`),
    g(`\\b(?:at|during|after|from|in|on) (?:the |this |last |yesterday's |today's |this morning's |last week's |our |a )?(?:[\\w'./-]+\\s+){0,4}?(?:${EVENTS})s?\\b`),
    g("\\b(?:chatting|chatted|talking|talked|speaking|spoke)\\b[^.?!;]{0,60}?\\b(?:at|during|after) (?:the |your |our )?\\w"),
    gd("\\b(?:connecting|accepting|connected|accepted|meeting|chatting|talking|speaking)\\b[^.?!]{0,20}?\\b(?:after|at|during|from) (?:the )?(?<cap>\\w)"),
    g("\\b(?:at|during|after|from|since) (?:the |this |last |yesterday's |last week's )?(?:[\\w'-]+\\s+){1,4}?(?:day|days|week|night)\\b"),
    g(`\\bsince (?:the|your|our) (?:[\\w'-]+\\s+){0,3}?(?:${EVENTS})s?\\b`),
    g("\\bfollowing up (?:on|from|after) (?:your|our|the)\\b|\\b(?:as promised|as discussed|as i mentioned|as we discussed|like i said) (?:at|during|after|on|yesterday|today|this morning|last)\\b"),
    nameBefore("\\b(?:mentioned|told me|says|said|recommended|suggested|pointed me to) (?:that )?(?:you|your)\\b"),
    g("\\bwe were (?:on|in|at) the same\\b|\\bsame (?:panel|stage|table|project|board|committee|conference|event|floor|office|squad)\\b|\\bwe both\\b(?! (?:work|are) in (?:the )?(?:same )?(?:\\w+ )?(?:industry|field|sector|space|business)\\b)|\\bvolunteer (?:with|at|for)\\b|\\bintroduced us\\b|\\b(?:was|were) introduced (?:to you )?(?:by|at|through)\\b"),
    g("(?<!linkedin )(?<!algorithm )\\b(?:suggested|recommended|sugg?ested|told me|advised|encouraged me|insisted) (?:that )?(?:i|we) (?:should )?(?:reach out|get in touch|contact you|connect|write to you|say hi|talk)\\b|\\b(?:asked|told|encouraged|urged) me to (?:reach out|get in touch|contact you|write to you|connect|say hi|drop you a line|message you)\\b"),
    g("\\b(?:(?:a|our) mutual (?:friend|contact|connection|acquaintance)|introduced (?:me )?by|referred by|on (?:\\w+ )?(?:\\w+'s )?(?:recommendation|suggestion)|we have \\w+(?: \\w+)? in common|(?:\\w+ )?(?:suggested|recommended) (?:that )?(?:i|we) (?:connect|talk|reach out|get in touch))\\b"),
    g("\\b(?:in|on|from|of) (?:the |your |our )?(?:\\w+ ){0,3}(?:group|community|slack|discord|forum|subreddit|server|channel|club|association|society|chapter|circle|choir)\\b|\\b(?:speaker|attendee|participant|panelist|guest|author|winner|finalist)s? (?:list|lineup|line-up|page)\\b|\\bamong the (?:speakers|panelists|winners|authors|attendees|finalists)\\b|\\bwe(?:'re| are| were) both\\b(?! in (?:the )?(?:same )?(?:\\w+ )?(?:industry|field|sector|space|business)\\b)|\\b(?:you|your|yours|met|meet|follow\\w*|saw|seen|found|read|watched|chatted|talked|spoke|connected|know|knew|noticed|came across|stumbled)\\b[^.?!]{0,60}?\\bon (?:twitter|x|instagram|facebook|slack|discord|reddit|github|youtube|mastodon|bluesky|medium|substack|tiktok|threads|hacker news|stack overflow|stackoverflow|behance|dribbble|vimeo|spotify|soundcloud|twitch|pinterest|flickr|quora|goodreads)\\b(?! (?:ads|campaigns?|marketing|advertising|strateg\\w+|growth|influencers?))"),
    g("\\b(?:that|which) you (?:gave|held|ran|wrote|published|hosted|organi[sz]ed|taught|recorded|presented|moderated|led|delivered)\\b"),
    g("\\bour (?:[\\w-]+ ){0,2}?(?:chat|conversation|discussion|exchange)\\b|\\b(?:we discussed|we talked about|we spoke about|as discussed)\\b"),
    g("\\bwe were (?:on|in|at) (?:a|the) (?:[\\w-]+ )?(?:call|meeting|project|panel|team|trip|flight|course|workshop|board) together\\b|\\bwe (?:worked|studied|travel+ed|played|ran|volunteered) together\\b"),
    g("\\b(?:photos?|pictures|posts?|videos?|stories|story|shots) (?:from|of|about) your\\b|\\bi was (?:one of )?the (?:judge|organi[sz]er|speaker|mentor|host|volunteer|moderator|coach|teacher|instructor|sponsor)s?\\b"),
    g("\\b(?:took|attended|joined|loved|enjoyed|did|went to|signed up for) (?:your|the) (?:[\\w-]+ ){0,2}(?:club|class|classes|course|camp|retreat|workshop|session|program|programme|bootcamp|tour)\\b"),
    g("\\b(?:stayed|ate|dined|shopped|eaten|had dinner|had lunch|had coffee) (?:at|in) your\\b|\\b(?:review|article|feature|piece|story|profile|interview) (?:\\w+ ){0,4}?(?:about|on|of) (?:you|your)\\b"),
    g("\\b(?:came across|come across|stumbled (?:up)?on|discovered|found) your (?!(?:[\\w-]+ ){0,2}(?:profile|contact|number|email|name|details|company|business|firm|startup|team|brand|background|experience)\\b)"),
    g("\\bthe (?:posts?|content|videos?|articles?|threads?|tutorials?|guides?|pieces?) you (?:share|post|write|publish|make|create|put out|record|shared|posted|wrote|published|made|created|recorded) (?:\\w+ )?(?:about|on|around|regarding|covering)\\b"),
    // A shared meal told in the past ("as I mentioned over lunch", "what you told me over coffee").
    g("\\b(?:mentioned|said|told (?:you|me)|discussed|talked|chatted|spoke|met|promised|showed me|recommended|suggested) (?:[\\w']+ ){0,3}?over (?:dinner|lunch|coffee|drinks|breakfast|brunch|a beer|beers|a drink|a coffee|pizza)\\b"),
    // Their writing or talk named in a relative clause ("the API you wrote about last week", "what you've posted on hiring").
    g("\\byou(?: (?:recently|once|just))? (?:wrote|posted|blogged|tweeted|presented|published|shared|talked|spoke|podcasted) (?:about|on)\\b|\\byou(?:'ve| have) (?:recently )?(?:written|posted|blogged|tweeted|published|shared|talked|spoken) (?:about|on)\\b"),
    g(SHARED_PAST),
    g("\\b(?:gave|passed|sent|forwarded|shared) (?:me|us) your (?:name|details|contact|number|email|e-mail|info|profile)\\b|\\bgot your (?:name|details|contact|number|email) from\\b"),
    g("\\bin the audience\\b|\\boverlapped (?:at|in|on)\\b|\\bwe were colleagues\\b|\\b(?:alum|alumni|alumna|alumnus|classmates?|cohort|former colleagues?|worked together|studied together|used to work together|same (?:school|university|college|class|cohort|program|programme|bootcamp|team))\\b"),
  ],
  requestForms: [
    g("\\b(?:could|can|would|will|might) you\\b|\\bif you (?:could|can|would|might)\\b|\\bwould you mind\\b|\\bdo you mind\\b|\\bi(?:'d| would) (?:be (?:really |very |so |super |most |truly )?(?:grateful|greatful|thankful|obliged|glad|happy|delighted)|appreciate it|really appreciate it|love it) if\\b|\\bi(?: was| am|'m) hoping (?:that )?you\\b|\\bi(?: was|'m| am) wondering (?:if|whether)\\b|\\bi wonder(?:ed)? (?:if|whether)\\b|\\bwanted to know (?:if|whether)\\b|\\bplease (?:\\w+ )?(?:send|share|introduce|forward|pass|refer|connect|review|take|look|help|recommend|endorse|give|tell|check)\\b|\\bis there any (?:chance|way) (?:that )?you\\b|\\bany chance you\\b|\\bwould it be possible\\b|\\bi(?:'d| would) (?:really )?appreciate (?:it )?if you\\b|\\b(?:we|i)(?:'d| would) be (?:so |very |truly )?(?:honou?red|thrilled|delighted|grateful|glad|happy|excited) if you\\b|\\bwanted to ask (?:if|whether|you)\\b|\\bcan i ask you\\b|\\b(?:mind|care) (?:sharing|sending|passing|forwarding|introducing|taking|giving|writing|reviewing|looking|connecting|putting|referring|endorsing|recommending)\\b|\\bwould you be (?:willing|able|kind enough|so kind)\\b|\\bare you (?:willing|able) to\\b"),
  ],
  beneficiary: g("\\b(?:me|my|mine|myself|us|our)\\b"),
  requestVerbs: g("\\b(?:share|spread the word|support|promote|back|vote|sponsor|repost|retweet|sign|fill (?:in|out)|point|connect|put|tell|refer|introduce|forward|pass (?:on|along)|pass|recommend|review|endorse|vouch|put in a good word|take a (?:quick |short )?look|look (?:at|over)|help|hire|hiring|invest|fund|buy|purchase|sign|share (?:my|our)|send (?:over )?(?:my|our)|set up|arrange|sharing|sending|forwarding|passing (?:on|along)|introducing|reviewing|endorsing|recommending|referring|vouching)\\b"),
  directAsks: [
    { kind: 'favour', re: g("\\b(?:would|'d) love to (?:hear|get|have) your (?:take|thoughts|advice|perspective|views?|opinion|feedback|insights?|input)\\b|\\b(?:ask you for|could i get|can i get|could i have|can i have|could you share|can you share|could you send|can you send) (?:the |his |her |their )?(?:contact|email|e-mail|number|phone|details|name)\\b") },
    { kind: 'job', re: g("\\b(?:i'm|i am|i've been|i have been|currently|now|still|actively)\\s+(?:\\w+\\s+){0,2}?(?:looking|searching|hunting|seeking|on the hunt|on the lookout|open to)\\b[^.?!;]{0,40}?\\b(?:job|jobs|role|roles|position|positions|opportunit\\w*|oportunit\\w*|internship|internships|work|employment|gig|opening|openings|clients?|investors?|funding|co-?founder|sponsors?)\\b") },
    { kind: 'job', re: g("\\b(?:i'?ve attached|attached (?:is |you'll find |please find )?my|attaching my|enclosed (?:is |please find )?my|here(?:'s| is) my|please find (?:attached )?my) (?:cv|resume|portfolio)\\b") },
    { kind: 'job', re: g("\\b(?:is your (?:company|team|firm|startup) hiring|are you (?:guys )?(?:currently )?hiring|open (?:positions?|roles?|vacanc\\w+)|any openings|job openings?|i'?d love to work (?:there|for you|with you|at)|apply(?:ing)? (?:for|to) (?:the|a|an|your) (?:open |\\w+ )?(?:role|position|job))\\b") },
    { kind: 'intro', re: g("\\b(?:get|be|getting|being) (?:introduced|referred|recommended|an intro(?:duction)?|a referral|hired|connected to)\\b|\\bintroduce me\\b|\\brefer me\\b|\\brecommend me\\b|\\bput in a good word\\b|\\bpass (?:on |along )?my (?:cv|resume)\\b|\\bwrite me a (?:\\w+ )?(?:recommendation|reference|referral|endorsement)\\b|\\bconnect me (?:with|to)\\b") },
    { kind: 'favour', firm: true, re: g("\\bin exchange for (?:a|an|your|some)\\b") },
    { kind: 'time', re: g("\\b(?:you'?d|you would|would you|you'?d be|if you'?d) be (?:willing|able|open|interested|available) to\\b") },
    { kind: 'intro', re: g("\\bis there (?:someone|anyone|somebody) (?:at|in|on|from|who)\\b|\\b(?:have|know) (?:a|any) (?:contact|connection|someone)s? (?:at|in|on)\\b|\\b(?:i'd|i would) (?:love|appreciate) an? (?:intro|introduction|referral)\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:love it|be great|be amazing|be awesome|mean a lot|be lovely) if you (?:\\w+ ){0,3}?(?:follow\\w*|comment\\w*|like\\w*|share\\w*|join\\w*|check\\w*|subscrib\\w*|vote\\w*|support\\w*|sign\\w*|watch\\w*|read\\w*|listen\\w*|review\\w*|repost\\w*|endors\\w*)\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:quick|one|a quick|a small) question\\b|\\bi (?:have|had|'ve got) a (?:quick |small |short )?question\\b|\\b(?:register|sign up|rsvp) (?:here|below|now|at)\\b|\\bhope to see you (?:there|at)\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:leave|leaving|write|writing) (?:me |us )?(?:a|an) (?:\\w+ )?(?:review|rating|testimonial)\\b|(?:^|[.!?:]\\s+|please\\s+)(?:upvote|like|share|follow|star|rate) (?:my|our)\\b|\\bupvote (?:my|our)\\b") },
    { kind: 'intro', re: g("\\b(?:appreciate|grateful for|value) (?:a|an|your|any|some) (?:\\w+ )?(?:pointer|lead|hint|nudge|referral|intro\\w*|recommendation|reference|endorsement|help|feedback|advice|guidance|support|review)\\b|\\ba referral (?:for|to)\\b|\\b(?:consider|willing to|open to) (?:mentoring|coaching|advising|sponsoring|referring|hiring) me\\b") },
    { kind: 'intro', re: g("\\b(?:do|would) you (?:happen to )?know (?:anyone|someone|somebody|people|anybody) (?:at|in|who|that|from)\\b") },
    { kind: 'job', re: g("\\b(?:trying|hoping|looking|want|wanting) to (?:get (?:a|my) foot in the door|break into|land (?:a|my|an)|get hired|get into (?:a|your))\\b|\\bmy (?:cv|resume|application|candidacy)\\b") },
    { kind: 'favour', re: g("\\b(?:can|could|may|might) i (?:ask you|pick your brain|steal|borrow|have|get) (?:\\w+ )?(?:a few |some |a couple of |one |a |\\d+ )?(?:questions?|minutes|time|favou?r|advice|moment|brain)\\b") },
    { kind: 'intro', re: g("\\bif you know (?:anyone|someone|somebody|of any|people|any)\\b|\\bif you hear of (?:anything|any|anyone)\\b") },
    { kind: 'favour', re: g("\\banswer (?:a few|some|a couple of|\\w+) (?:quick |short |brief )?questions\\b") },
    { kind: 'job', re: g("\\b(?:send|throw|pass|point|refer|steer|direct) (?:[\\w-]+ ){0,4}?(?:my|our) way\\b|\\b(?:projects?|work|clients?|leads?|gigs?|anything|opportunit\\w+) (?:that )?you (?:could|can|might) (?:send|pass|refer|throw|share|forward|give|offer|outsource) (?:me|us|to me|to us|my way|our way)\\b") },
    { kind: 'favour', re: g("\\b(?:leave|send|give|drop|share) (?:me|us) your (?:number|phone number|email|e-mail|contact details|details|address|availability)\\b|\\byou (?:happen to |still )?(?:remember|recall) (?:the|its|his|her|their|that) (?:[\\w-]+ ){0,2}?(?:title|name|link|author|source|reference|url|contact|email|number)\\b(?=[^.!]*\\?)") },
    { kind: 'favour', re: g("\\b(?:fill (?:in|out)|complete|take|answer) (?:a|our|my|this|the|some|a few) (?:short |quick |brief |\\d+-minute )?(?:survey|questionnaire|form|poll|questions)\\b") },
    { kind: 'job', re: g("\\b(?:i'd love|i would love|my dream is|i hope|i want|i'd like|i would like) to (?:work|intern|join|be part of) (?:for|with|at|in) (?:you|your)\\b") },
    { kind: 'favour', re: g("\\bi (?:really )?(?:need|could use) (?:your|a|an|some)\\b[^.?!;]{0,25}?\\b(?:help|intro\\w*|contact|referral|favou?r|advice|support|hand|job|recommendation)\\b") },
    { kind: 'favour', firm: true, re: g("\\b(?:let me know|tell me|share) what you think (?:of|about) (?:my|our|it|this)\\b|\\byour (?:honest )?(?:thoughts|feedback|opinion|take) on (?:my|our)\\b") },
    { kind: 'sales', firm: true, re: g("\\bif (?:you|your (?:team|company|startup|firm)) (?:ever |ever happen to )?(?:need|needs|are looking for|'re looking for|is looking for|want|wants) (?:a|an|someone|somebody|help)\\b[^.?!]{0,60}?\\b(?:i'm your|i am your|i'm available|i am available|send them my way|think of me|you know where to find me)") },
    { kind: 'favour', firm: true, re: g("\\b(?:check out|take a look at|have a look at|visit|subscribe to|sign up for|vote for|back) (?:my|our)\\b|\\bfollow (?:me|us|my|our)\\b|\\blike and share\\b|\\bgive (?:it|us|me) a (?:like|follow|share|review|shout-?out)\\b") },
    { kind: 'favour', re: g("\\b(?:love|appreciate|need|value|could use) your (?:help|advice|input|support|guidance|feedback|expertise|eyes)\\b") },
    { kind: 'job', re: g("(?<!you're )(?<!you are )(?<!you were )(?<!are you )(?<!were you )\\blooking for (?:remote |new |freelance |full-time |part-time |contract |a new |my next |an? |some )*(?:work|job|jobs|role|position|opportunit\\w*|gigs?|clients|projects|employment)\\b") },
    // The same question asked indirectly ("just let me know if Crestline is hiring", "wondering whether your team has any openings").
    { kind: 'job', re: g("\\b(?:know|tell me|wondering|wonder|ask|asking|curious) (?:if|whether) (?:[\\w'&-]+ ){0,5}?(?:(?:is|are|you're|you are|they're|it's) (?:currently |still |by any chance )?(?:hiring|recruiting|looking for (?:someone|people|staff|developers|engineers|interns|help))|(?:have|has) (?:any )?(?:openings|vacancies|open roles|open positions|positions))\\b") },
    { kind: 'job', re: g("\\b(?:do|does|would) (?:you|your (?:company|team|firm|startup)) (?:happen to )?have (?:any )?(?:open |available |upcoming )?(?:internships?|positions?|roles?|vacanc\\w+|openings?|jobs?|opportunit\\w*)\\b") },
    { kind: 'job', re: g("\\bi (?:search|am searching|look|am looking|seek|want|need)(?: for)? (?:a |an |new |my |some )*(?:job|jobs|work|position|role|opportunit\\w*|internship)\\b") },
    { kind: 'favour', re: g("\\bplease (?:\\w+ )?(?:write|contact|call|text|message|email) me\\b|\\bif you know (?:of )?(?:some|a|any)\\b") },
    { kind: 'time', re: g("\\b(?:join|be on|sit on) (?:our|my) (?:advisory )?(?:board|team|startup|project|committee|jury|panel)\\b|\\bbe (?:an|our|my) (?:advisor|mentor|ambassador|investor|speaker|judge)\\b|\\b(?:(?:we're|we are|i'm|i am) (?:looking for|seeking)|we need) (?:an|a) (?:advisor|mentor|investor|ambassador)\\b") },
    { kind: 'job', re: g("\\bmy (?:job search|job hunt|next role|next job|career change|search for a (?:new )?(?:job|role))\\b") },
    { kind: 'sales', re: g("\\b(?:we're|we are|i'm|i am) raising (?:a|our|my)? ?(?:seed|pre-seed|series|round|funds|money|capital)\\b|\\binterested in (?:investing|taking a look|trying|buying|a demo|a trial|learning more about (?:our|my))\\b") },
    { kind: 'favour', re: g("\\bany (?:help|leads|advice|tips|pointers|referrals|introductions|intros|contacts|support|guidance|feedback|suggestions|recommendations|ideas)\\b(?! (?:that )?you (?:gave|shared|offered|provided|posted|wrote|mentioned)\\b)") },
    { kind: 'favour', re: g("\\b(?:send|forward|pass|give|show|email|dm) me\\b|\\b(?:a (?:small |quick |little |big |huge )?favou?r)\\b|\\bpick your brain\\b|\\bthanks in advance\\b|\\bthank you in advance\\b") },
  ],
  timeAsks: [
    g("\\b(?:\\d+|five|ten|fifteen|twenty|thirty|a few|couple of)[- ]?(?:min|mins|minute|minutes)\\b"),
    g("\\b(?:quick|short|brief|intro|discovery|exploratory|sales|strategy|zoom) (?:call|chat|meeting)\\b|\\b(?:hop|jump|get) on a (?:\\w+ )?call\\b"),
    g("(?<!were on )(?<!was on )(?<!were in )\\b(?:a|for a|grab a|grab) (?:virtual )?(?:coffee|call|chat|zoom|meeting|catch-?up)\\b(?! together)|\\b(?:would you be|are you|you'd be|you be) (?:open|up|free|available|interested)\\b|\\bset up a (?:call|meeting|time)\\b|\\bbook (?:a|some) time\\b|\\blet's (?:chat|talk|speak|meet|catch up|grab|hop on|jump on)\\b|\\b(?:would|do|did) you have (?:time|a minute|a moment|\\d+ minutes|some time|a few minutes)\\b|\\b(?:want|wanna|would you like|care|like) to join (?:us|our|my)\\b|\\b(?:we|i)(?:'d| would) love to have you\\b|\\b(?:have|get|invite|feature) you (?:as|on|to|at) (?:a |our |my )?(?:guest|speaker|panel|podcast|show|event|board|jury)\\b|\\bwould love (?:for )?you to (?:speak|join|come|be our|be a)\\b|\\bwhen (?:are you|would you be) (?:free|available)\\b|\\bmeet (?:up|for)\\b"),
  ],
  sales: [
    g("\\b(?:reaching out|writing|contacting you|reach out) to (?:offer|present|introduce|show|pitch) (?:you )?(?:our|my)\\b|\\boffer (?:you )?our\\b"),
    g("\\bfree (?:[\\w-]+ ){0,2}?(?:consultation|assessment|audit|evaluation|quote|estimate|check-?up|checks?|inspection|valuation|appraisal|strategy session|session|reviews?|analysis|health ?check)s?\\b|\\b(?:grab|book|pick|choose|schedule|reserve) (?:a|some|your) (?:slot|time|spot)\\b[^.?!]{0,20}?\\b(?:calendar|calendly|diary|link|below|here)\\b|\\bon my calendar\\b|\\bbecome (?:our|a|an|one of our) (?:[\\w-]+ )?(?:reseller|distributor|affiliate|stockist|franchisee|customer|client)s?\\b|\\bfor new (?:clients|customers)\\b|\\bthis (?:month|week) only\\b|\\bmates?'? rates?\\b|\\b(?:a |at a )?(?:friends?(?: and family)?|special|discounted|reduced|mate's) (?:price|rate|deal)s? (?:for you|for your|if you)\\b"),
    g("\\b(?:a|an|our|my|free|quick|short|brief|personali[sz]ed|\\d+-minute|\\d+-min|private) (?:[\\w-]+ )?demo\\b|\\bdemo (?:call|session|of (?:our|my))\\b"),
    g("\\b(?:free trial|discovery call|sales call|limited time|offer ends|buy(?!-)|buy now|order now|place an order|sign up|subscribe|calendly|book your (?:slot|call|demo|spot|seat|session)|close the deal)\\b|(?<!\\d)\\d+ ?% off\\b"),
    g("\\bsend (?:you )?(?:over )?(?:some |a few |free |our |my )?(?:samples?|a sample|(?:our|my) (?:catalog(?:ue)?|brochure|price list|pricing(?: sheet)?|rate card|rate sheet|rates|media kit|quote))\\b|\\bsee (?:it|this|them|how it works|our \\w+) in action\\b|\\b\\d+ (?:months?|weeks?|days?) (?:free|for free|on us)\\b|\\bfree for \\d+\\b|\\bshow you how (?:it|this|our \\w+|we) works?\\b|\\bpitch (?:our|my|you|them|him|her)\\b|\\b(?:sell|selling) you\\b|\\bhop on a demo\\b|\\b(?:contact|email|call|message|reply to) (?:me|us)\\b[^.?!]{0,20}\\b(?:quote|pricing|offer|discount|order|consultation|appointment|booking)\\b"),
  ],
  salesWeak: [
    g("\\bwe (?:help|build|offer|provide|sell|design|create|deliver|specialize|specialise|install|supply|develop|place|recruit|staff|source|make|manufacture|produce)\\b|\\b(?:we're|we are|i'm|i am) (?:now |currently )?(?:offering|giving away|selling|running a (?:promotion|promo|special))\\b|\\bi represent (?:a|an|the)\\b|\\bi(?:'m| am) an? (?:[\\w-]+ ){0,2}?(?:advisor|adviser|consultant|coach|agent|broker|recruiter|freelancer|realtor)\\b|\\bwe can (?:help|fill|build|deliver|provide|offer|get you|save you|cut)\\b|\\bi run (?:a|an) (?:[\\w-]+ ){0,3}?(?:agency|firm|consultancy|company|studio|business|shop)\\b|\\bour (?:[\\w-]+ ){0,3}?(?:agency|company|firm|team|studio) (?:has|have) (?:worked|helped|served)\\b|\\bi have (?:an offer|a proposal|an opportunity) (?:for you|that)\\b|\\bha(?:s|ve) (?:already )?helped (?:over |more than )?\\d+|\\bour (?:method|system|program|framework)\\b|\\bi (?:help|offer|provide|sell) (?!you\\b)\\w+|\\bour (?:agency|company|firm|team) (?:helps|builds|offers|provides|sells|delivers)\\b"),
    g("\\b(?:explore|discuss|start|set up|kick off) (?:a |an )?(?:possible |potential |mutually beneficial |new )?(?:partnership|collaboration|synergy|business relationship)\\b|\\bi(?:'m| am) (?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:planner|sales (?:rep|manager|executive|director)|account executive|business development (?:manager|rep))\\b"),
    g("\\b(?:quote|pricing|price list|prices|rates|rate card|fees|discount|trial|purchase|contract|subscription|package)\\b|(?<!\\d)\\d+ ?% (?:less|cheaper|lower|below|under)\\b"),
    g("\\bour (?:[\\w-]+ ){0,2}?(?:services|service|product|products|platform|software|solution|solutions|agency|package|program|programme|offering|tool|app|crm|saas)\\b"),
    g("\\b\\d+ ?(?:\\$|usd|eur|euro|gbp|\xa3)\\b|[$\xa3\u20ac] ?\\d+"),
  ],
  offers: [
    g("\\b(?:happy|glad|i can|i could|i'll|let me|i'd be happy)\\b[^.?!;]{0,30}?\\bwalk you through\\b|\\b(?:happy|glad) to (?:hop|jump|get) on a (?:\\w+ )?call\\b"),
    g("\\b(?:would|do) you (?:accept|welcome|want|like|take) (?:a|an|my|our|some) (?:pull request|pr|patch|fix|contribution|translation|hand|help|bug report)s?\\b"),
    g("(?<!how )\\b(?:i can|i could|i'd be (?:happy|glad|delighted)|i would be (?:happy|glad|delighted)|i'm (?:happy|glad)|i am (?:happy|glad)|happy to|glad to|i'd love to|would love to|let me|i'll|i will|i'm able to|feel free to (?:ask|reach|ping|send|contact|message|email|write))\\s+(?:\\w+\\s+){0,2}?(?:send|share|introduce|connect you|help|walk you|pass|forward|intro|make an intro|put you in touch|offer|give|show|lend|point you|recommend you|review your|swap|trade|contribute|pitch in|proofread|test|host you|cover|bring)\\b|\\bi (?:have|'ve got) (?:a few|some|a couple of|two|three|several) (?:\\w+ )?(?:ideas|thoughts|suggestions|examples|data points|numbers) (?:on|for|about|that (?:could|might) help)\\b"),
    g("\\bwould it help if i\\b|\\b(?:would|do) you (?:like|want) me to\\b|\\bif you'?d like me to\\b|\\bme introduc\\w+ you\\b|\\bme to introduce you\\b|\\bwant me to\\b|\\b(?:should|shall|can|may) i (?:introduce|connect|send|share|put)\\b|\\bhere(?:'s| is) (?:the|a|our)\\b|\\bas promised\\b|\\bif (?:it|that) helps\\b|\\bif (?:it's )?useful\\b|\\bif you'?re curious\\b|\\blet me know if (?:you'?d like|you want|it helps|that helps|you need|i can)\\b|\\bhappy to help\\b|\\bif you ever need\\b|\\b(?:i owe you (?:a|one)|it's on me|my treat|coffee's on me|first round is on me)\\b|\\bdon'?t hesitate to (?:reach|ask|contact|ping|write)\\b|\\bfeel free to (?:\\w+ )?(?:send|ask|reach|ping|contact|message|call|drop|email|write|grab)\\b"),
  ],
  negators: ['not', 'no', 'never', 'nothing', 'without', 'none', 'neither', 'nor'],
  oversized: g("\\b(?:ceo|cto|cfo|coo|cmo|cio|chief \\w+ officer|vp|vice president|head of \\w+|director|founder|co-?founder|owner|president|board|hiring manager|managing director|md|partner|decision-?maker)s?\\b"),
  pitch: [
    g("\\b(?:discount|special offer|limited time|offer ends|act now|buy now|buy(?!-)|purchase|free trial|for free|demo|calendly|sign up|order now|guaranteed|risk-free|exclusive offer|lead generation|book your|don't miss|last chance|only \\w+ left|this week only|today only|coupon|promo code|price list)\\b|\\bfree (?:trial|demo|call|consultation|quote|access|month|session|audit|discovery|estimate|offer|shipping)\\b"),
    g("(?<!\\d)\\d+ ?% off\\b|(?<!\\d)\\d+ ?%|[$£€] ?\\d+|\\b\\d+ ?(?:\\$|usd|eur|gbp)\\b"),
  ],
  thanks: g("\\b(?:thanks|thank you|thx|many thanks|grateful|appreciate (?:it|you|the))\\b"),
  claims: [
    g("\\b(?:a |my )?(?:good |close |old |dear )?friend(?:s)? of (?:mine|yours)\\b|\\bmy (?:good |close |old |dear |best )?friend\\b|\\bmutual (?:friend|contact|connection|acquaintance)s?\\b|\\bwe have \\w+(?: \\w+)? in common\\b"),
    g("\\b(?:suggested|recommended|sugg?ested|told me|advised|encouraged me) (?:that )?(?:i|we) (?:should )?(?:reach out|get in touch|contact you|connect|write|talk)\\b"),
    g("\\b(?:says|said) you(?:'re| are) (?:his|her|their|a|my) (?:friend|buddy|pal)\\b|\\bknows? you (?:well|personally)\\b|\\bon \\w+'s (?:recommendation|suggestion)\\b|\\byou(?:'re| are) connected (?:with|to)\\b|\\bsince you know\\b|\\bi know (?:\\w+ ){0,2}well\\b"),
  ],
  secondPerson: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd"],
  firstPerson: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"],
};
