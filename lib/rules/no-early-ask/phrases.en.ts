// no-early-ask: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g } from '../../lang/patterns';
import { alt, askPhrase, phrase, wordList } from '../../lang/phrase';

/** Second-person request forms: an ask when the clause also has a first-person beneficiary or a request verb. */
export const requestFormsEN = [
  phrase({
    id: 'no-early-ask.en.could-you',
    note: "Second-person request forms: could you, would you mind, I'd be grateful if",
    re: g(alt(
        "\\b(?:could|can|would|will|might) you\\b",
        "\\bif you (?:could|can|would|might)\\b",
        "\\bwould you mind\\b",
        "\\bdo you mind\\b",
        "\\bi(?:'d| would) (?:be (?:really |very |so |super |most |truly )?(?:grateful|greatful|thankful|obliged|glad|happy|"
        + "delighted)|appreciate it|really appreciate it|love it) if\\b",
        "\\bi(?: was| am|'m) hoping (?:that )?you\\b",
        "\\bi(?: was|'m| am) wondering (?:if|whether)\\b",
        "\\bi wonder(?:ed)? (?:if|whether)\\b",
        "\\bwanted to know (?:if|whether)\\b",
        "\\bplease (?:\\w+ )?(?:send|share|introduce|forward|pass|refer|connect|review|take|look|help|recommend|endorse|give|tell|check)\\b",
        "\\bis there any (?:chance|way) (?:that )?you\\b",
        "\\bany chance (?:you|u|i could|we could|i can)\\b",
        "\\bwould it be possible\\b",
        "\\bi(?:'d| would) (?:really )?appreciate (?:it )?if you\\b",
        "\\b(?:we|i)(?:'d| would) be (?:so |very |truly )?(?:honou?red|thrilled|delighted|grateful|glad|happy|excited) if you\\b",
        "\\bwanted to ask (?:if|whether|you)\\b",
        "\\bcan i ask you\\b",
        "\\b(?:mind|care) (?:sharing|sending|passing|forwarding|introducing|taking|giving|writing|reviewing|looking|connecting|"
        + "putting|referring|endorsing|recommending)\\b",
        "\\bwould you be (?:willing|able|kind enough|so kind)\\b",
        "\\bare you (?:willing|able) to\\b",
      )),
    examples: ["Could you refer me?", "Could you set up an intro?"],
    nearMisses: ["I wanted to ask:", "Are you up for it?"],
  }),
];

/** First-person beneficiary in a clause. */
export const beneficiaryEN = phrase({
  id: 'no-early-ask.en.for-me',
  note: "First-person beneficiary: me, my, us, our",
  re: g("\\b(?:me|my|mine|myself|us|our)\\b"),
  examples: ["Let me know!", "Just let me know."],
  nearMisses: ["You and your team did a great job."],
});

/** Verbs asked of the recipient on the sender's behalf. */
export const requestVerbsEN = phrase({
  id: 'no-early-ask.en.request-verbs',
  note: "Verbs asked on the sender's behalf: share, refer, introduce, forward",
  re: g(alt(
        "\\b(?:share|spread the word|support|promote|back|vote|sponsor|repost|retweet|sign|fill (?:in|out)|point|connect|put|tell|"
        + "refer|introduce|forward|pass (?:on|along)|pass|recommend|review|endorse|vouch|put in a good word|take a (?:quick |"
        + "short )?look|look (?:at|over)|help|hire|hiring|invest|fund|buy|purchase|sign|share (?:my|our)|send (?:over )?(?:my|our)|"
        + "set up|arrange|sharing|sending|forwarding|passing (?:on|along)|introducing|reviewing|endorsing|recommending|referring|vouching)\\b",
      )),
  examples: ["Let's connect!", "Let's connect."],
  nearMisses: ["Lovely to reconnect!", "Let's stay connected."],
});

/** Asks that stand on their own (job search, any help appreciated, attached CV …). */
export const directAsksEN = [
  askPhrase({
    id: 'no-early-ask.en.grateful-if-you-could',
    note: 'A favour asked as a condition, thanked after it: "If you could pass it on to the hiring team, I would be very grateful."',
    kind: 'favour',
    re: g("(?<=\\bif you (?:could|can|would|might)\\b[^.?!\\n]{0,160} )i(?:'d| would) be (?:really |very |so |most |truly |extremely )?"
      + "(?:grateful|greatful|thankful|obliged)\\b"),
    examples: ["If you could keep an eye out for it, or pass it on to the hiring team, I would be very grateful."],
    nearMisses: ["If you ever need a hand, just shout.", "If you could make it, I'd be glad to see you there!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.would-you-mind',
    note: 'A favour asked as "would you mind doing": "would you mind writing a couple of lines?"',
    kind: 'favour',
    re: g("\\b(?:would|do|d'you) you mind \\w+ing\\b"),
    examples: ["Would you mind writing a couple of lines?"],
    nearMisses: ["Would you mind if I add you here?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.possible-to-do',
    note: 'A favour asked as a possibility or a question to put: "would it be possible to add him", "can I ask what you\'d do"',
    kind: 'favour',
    re: g("\\bwould it be possible (?:for you )?to \\w+|\\b(?:can|could|may) i ask (?:you )?(?:what|how|which|whether|if|where|for (?:your|some|a bit of|a little) "
      + "(?:advice|tips|guidance|input|help))\\b(?! (?:you(?:'re| are) doing|it's going|things are)\\b)"),
    examples: ["Would it be possible to add him to the advanced group?", "Can I ask what you'd do in my position?"],
    nearMisses: ["Is it possible to fall in love with spreadsheets?", "Can I ask how you're doing these days?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.appreciate-your-vote',
    note: 'Their vote, support or endorsement asked as thanks in advance: "would really appreciate your vote"',
    kind: 'favour',
    re: g("\\b(?:would|i'd|i would|we'd|we would) (?:really |so |very much |greatly |truly )?(?:appreciate|value|love) (?:your|ur) "
      + "(?:vote|votes|support|endorsement|recommendation|referral|signature|donation|backing|sponsorship)\\b"),
    examples: ["I'm standing for the club committee and would really appreciate your vote."],
    nearMisses: ["I really appreciated your support at the AGM.", "Would love your take on the new rota, no pressure."],
  }),
  askPhrase({
    id: 'no-early-ask.en.who-handles-it',
    note: 'An introduction asked for: "do you know who handles corporate bookings at your club? Would love an intro"',
    kind: 'intro',
    re: g("\\bdo you (?:happen to )?know who (?:handles|runs|looks after|manages|is in charge of|deals with|does|buys|decides)\\b"
      + "|\\b(?:would|'d) (?:love|appreciate|be grateful for) an? (?:intro|introduction|warm intro)\\b"),
    examples: ["Quick one - do you know who handles corporate bookings at your rowing club?", "Would love an intro if you're happy to."],
    nearMisses: ["Do you know who won the raffle?", "Thanks for the intro last week, it went well."],
  }),
  askPhrase({
    id: 'no-early-ask.en.would-you-be-happy-to',
    note: 'Their goodwill asked for something the sender wants: "would you be happy to share your planning docs", "would it be possible to shadow you"',
    kind: 'favour', firm: true,
    re: g("\\b(?:would|could) you be (?:happy|prepared|kind enough|so kind as|glad) to (?:share|send|give|look|review|read|check|have|hop|jump|chat|talk|"
      + "meet|introduce|connect me|help|tell|explain|walk me|take|show me|let me|mentor|recommend|refer|put me)\\b"
      + "|\\b(?:would|is) it (?:be )?(?:possible|ok|okay|alright) (?:for me )?to (?:shadow|have|get|ask|book|schedule|arrange|visit|come|meet|speak|talk|chat|"
      + "pick|borrow|see|observe|join|call|send you my|interview)\\b"),
    examples: ["Would you be happy to share your planning docs or have a quick call?", "Would it be possible to shadow you for a day on the unit?",
      "Would you be kind enough to take a look at my portfolio?"],
    nearMisses: ["Would you be happy to receive the slides from the talk?", "Would it be ok to connect here?", "I'd be happy to share the planning docs."],
  }),
  askPhrase({
    id: 'no-early-ask.en.would-be-appreciated',
    note: 'Help asked as thanks in advance: "any work going my way would be much appreciated"',
    kind: 'favour',
    re: g("\\b(?:would|will) be (?:very |so |really |much |greatly |hugely |massively |very much |truly )?appreciated\\b(?! by\\b)"
      + "|\\b(?:referrals?|intros?|introductions?|recommendations?|shares?|leads?) (?:are|is) always (?:very |much )?(?:appreciated|welcome)\\b"),
    examples: ["any work going my way would be much appreciated", "A quick look at my CV would be greatly appreciated.", "Not looking yourself? Referrals are always appreciated"],
    nearMisses: ["Your help last week was much appreciated.", "The new cycle lane will be appreciated by the whole street.",
      "you and anyone from your group would be very welcome to pop in any Thursday"],
  }),
  askPhrase({
    id: 'no-early-ask.en.hint-at-a-job-or-a-contact',
    note: 'A job or a contact hinted at: "if your company\'s hiring", "if you ever hear of a junior role", "maybe you\'d know who reads them?", "would you chip in?"',
    kind: 'favour',
    re: g("\\bif your (?:company|team|firm|studio|practice)(?:'s| is) hiring\\b|\\bif you (?:ever )?hear of (?:a|an|any) (?:[\\w-]+ ){0,3}?(?:role|job|opening|position)s?\\b"
      + "|\\b(?:you'd|you would|would you) (?:happen to )?know who\\b|\\b(?:would you|could you|can you|will you) chip in\\b"),
    examples: ["If your company's hiring I'd love to connect.", "If you ever hear of a junior design role going at Thistle Digital, I'd be grateful.",
      "Maybe you'd know who actually reads those applications?", "Would you chip in? Every dollar counts."],
    nearMisses: ["I know who you mean, the chap from the bakery.", "Your company's hiring drive was in the news."],
  }),
  askPhrase({
    id: 'no-early-ask.en.who-do-i-speak-to',
    note: 'A contact asked for: "who do I need to speak to in the highways team?", "a name or a number"',
    kind: 'favour',
    re: g("\\bwho (?:do|should|would|could) i (?:need to |have to )?(?:speak|talk|write|go) to\\b|\\ba name or (?:a )?(?:number|email)\\b"
      + "|\\b(?:i'd|i would|would) (?:really |greatly )?appreciate it if (?:you|your)\\b"),
    examples: ["Who do I need to speak to in the council highways team?", "I'd be grateful for a name or a number.",
      "I'd appreciate it if your office could look into this urgently."],
    nearMisses: ["Who do you think won the match?", "I gave my name and number at the desk."],
  }),
  askPhrase({
    id: 'no-early-ask.en.hiring-hint',
    note: 'A job hinted at: "any chance Coastline is hiring?", "would love a referral"',
    kind: 'job',
    re: g("\\bany chance (?:[\\w&'-]+ ){0,3}?(?:is|are) (?:hiring|recruiting|taking on)\\b|\\b(?:would|'d) (?:love|appreciate|really appreciate) a (?:referral|referal|reference)\\b"),
    examples: ["Just got laid off, any chance Coastline is hiring frontend devs?", "Would love a referral if you think I'd fit."],
    nearMisses: ["Any chance you're coming to the meetup?", "Thanks for the referral last spring, it worked out."],
  }),
  askPhrase({
    id: 'no-early-ask.en.wish-to-hear-how',
    note: 'An ask worded as a wish to learn how they did it: "it would be great to hear how you landed your first role"',
    kind: 'favour',
    re: g("\\b(?:would|'d) be (?:so |really |very )?(?:great|lovely|amazing|brilliant|wonderful|helpful|fantastic|interesting|useful) to "
      + "(?:hear|learn|know|understand|find out) (?:how|what|why) (?:you|your)\\b|\\b(?:would|'d) love to (?:hear|learn|know) how you (?:got|landed|made|built|broke|moved|went|managed|found|started|"
      + "approach|handle|chose|switched|became)\\b"),
    examples: ["It would be great to hear how you landed your first research role.", "I'd love to hear how you broke into product design."],
    nearMisses: ["It would be great to see you at the meetup.", "Great to hear how well the launch went!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.advice-question',
    note: 'Their opinion asked on the sender\'s decision: "in your opinion, which … should I pick?", "I\'m asking because …"',
    kind: 'favour',
    re: g("\\b(?:in your (?:opinion|experience|view)|what would you)\\b[^.?!]{0,80}?\\b(?:best|should (?:i|we)|recommend|worth|go for|pick|choose)\\b[^.?!]{0,60}\\?"
      + "|\\b(?:i'm|i am) asking (?:you )?because\\b"),
    examples: ["In your opinion, which insulation is best for a 1960s block?", "I'm asking because we are redoing the roof this spring."],
    nearMisses: ["In your opinion piece you argued for more housing.", "What would you like to see at the next meetup? I'm on the committee."],
  }),
  askPhrase({
    id: 'no-early-ask.en.vote-for-me',
    note: 'A vote, a like or a share asked for the sender ("could you vote for my charity")',
    kind: 'favour', firm: true,
    re: g("\\b(?:vote|voting) for (?:my|our|me|us)\\b|\\b(?:like|share|repost) (?:my|our) (?:post|video|project|entry)\\b"
      + "|\\b(?:i'm|i am|we're|we are) (?:counting|relying) on your (?:vote|support|backing)\\b"),
    examples: ["P.S. could you vote for my charity in the awards?", "Would you share my post about the launch?", "I'm counting on your vote in May!"],
    nearMisses: ["I'll vote for whoever fixes the trains.", "Thanks for sharing your post about the launch."],
  }),
  askPhrase({
    id: 'no-early-ask.en.ask-your-advice',
    note: 'Asking a stranger for advice: "I\'d love to ask you for some advice", "pick your brain"',
    kind: 'favour', firm: true,
    re: g("\\bask (?:you (?:for )?|for |your )(?:some |a little |a bit of |a few )?(?:advice|tips|pointers|guidance)\\b|\\bpick (?:your|ur) brains?\\b"),
    examples: ["I'd love to ask you for some advice on moving into product.", "Could I pick your brain about Berlin?", "could I ask your advice on staffing ratios?"],
    nearMisses: ["Happy to give you some advice if useful.", "Feel free to ask me for tips."],
  }),
  askPhrase({
    id: 'no-early-ask.en.quote-for-piece',
    note: 'A journalist or writer asking them for a quote or a comment for a piece',
    kind: 'favour', firm: true,
    re: g("\\b(?:share|give|provide|send)(?: me| us)? (?:a |some |your )?(?:quote|comment|statement)s? (?:from|for|on|about)\\b"),
    examples: ["Would you be happy to share a quote from your experience at Monzo?"],
    nearMisses: ["I'll send you the quote from the article.", "Thanks for sharing your comments on the draft."],
  }),
  askPhrase({
    id: 'no-early-ask.en.want-your-take',
    note: "Wants their take, thoughts, advice, feedback",
    kind: 'favour',
    re: g(alt(
        "\\b(?:would|'d) love to (?:hear|get|have) your (?:take|thoughts|advice|perspective|views?|opinion|feedback|insights?|input)\\b",
        "\\b(?:ask you for|could i get|can i get|could i have|can i have|could you share|can you share|could you send|"
        + "can you send) (?:the |his |her |their )?(?:contact|email|e-mail|number|phone|details|name)\\b",
      )),
    examples: ["I'd love to get your feedback on my pitch deck before our seed round.", "I'm working on something similar and would love to hear your take some time."],
    nearMisses: ["Would love to connect.", "My son would love to join."],
  }),
  askPhrase({
    id: 'no-early-ask.en.looking-for-work',
    note: "The sender is looking for a job",
    kind: 'job',
    re: g(alt(
        "\\b(?:i'm|i am|i've been|i have been|currently|now|still|actively|graduate|graduates|and)\\s+(?:\\w+\\s+){0,2}?(?:looking|searching|hunting|seeking|exploring|"
        + "on the hunt|on the lookout|open to)\\b[^.?!;]{0,40}?\\b(?:job|jobs|role|roles|position|positions|opportunit\\w*|oportunit\\w*|"
        + "internship|internships|work|employment|gig|opening|openings|clients?|investors?|funding|co-?founder|sponsors?|students|pupils|customers|distributors|"
        + "stockists|resellers|buyers)\\b",
      )),
    examples: ["Hi Tom, I'm looking for a new Scrum Master role.", "Hi Grace, I'm not looking for a job, just curious:",
      "I'm a marketing graduate looking for my first role in London.", "I recently moved to Naples and I'm looking for private students."],
    nearMisses: ["Open to a chat?", "Looking forward to connecting!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.attached-cv',
    note: "Attached or here is the CV",
    kind: 'job',
    re: g(alt(
        "\\b(?:i'?ve attached|attached (?:is |you'll find |please find )?my|attaching my|enclosed (?:is |please find )?my|here(?:'s|"
        + " is) my|please find (?:attached )?my) (?:cv|resume|portfolio)\\b",
      )),
    examples: ["I've attached my CV.", "If your team ever needs help with website copy, I'm available — here's my portfolio:"],
    nearMisses: ["No strings attached.", "No strings attached, hope it helps your team."],
  }),
  askPhrase({
    id: 'no-early-ask.en.are-you-hiring',
    note: "\"Are you hiring?\", open positions",
    kind: 'job',
    re: g(alt(
        "\\b(?:is your (?:company|team|firm|startup) hiring|are you (?:guys )?(?:currently )?hiring|open (?:positions?|roles?|"
        + "vacanc\\w+)|any openings|job openings?|i'?d love to work (?:there|for you|with you|at)|apply(?:ing)? (?:for|to) (?:the|a|an|"
        + "your) (?:open |\\w+ )?(?:role|position|job))\\b",
      )),
    examples: ["I'm currently between jobs after my contract ended, so if you hear of any openings in supply chain, please keep me in mind."],
    nearMisses: ["Are you up for it?", "Are you interested?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.be-referred',
    note: "Get introduced, referred, hired; \"introduce me\"",
    kind: 'intro',
    re: g(alt(
        "\\b(?:get|be|getting|being) (?:introduced|referred|recommended|an intro(?:duction)?|a referral|hired|connected to)\\b",
        "\\bintroduce me\\b",
        "\\brefer me\\b",
        "\\brecommend me\\b",
        "\\bput in a good word\\b",
        "\\ba (?:good |quick |kind )?word from you\\b(?= to| with| would| could| might| for)",
        "\\bpass (?:on |along )?my (?:cv|resume)\\b",
        "\\bwrite me a (?:\\w+ )?(?:recommendation|reference|referral|endorsement)\\b",
        "\\bconnect me (?:with|to)\\b",
      )),
    examples: ["Could you refer me?", "Could you refer me for the SRE opening?", "A word from you to the hiring manager would mean the world to me."],
    nearMisses: ["I'd love an intro.", "Could you set up an intro?", "A word from you on stage was the highlight."],
  }),
  askPhrase({
    id: 'no-early-ask.en.in-exchange',
    note: "\"In exchange for…\"",
    kind: 'favour', firm: true,
    re: g("\\bin exchange for (?:a|an|your|some)\\b"),
    examples: ["We'd love to send you some free paints in exchange for a post."],
    nearMisses: ["In exchange students we trust."],
  }),
  askPhrase({
    id: 'no-early-ask.en.would-you-be-willing',
    note: "\"Would you be willing / open to\"",
    kind: 'time',
    re: g("\\b(?:you'?d|you would|would you|you'?d be|if you'?d) be (?:willing|able|open|interested|available) to\\b"),
    examples: ["Would you be willing to mentor me?", "Would you be open to a conversation?"],
    nearMisses: ["I'd be a great addition."],
  }),
  askPhrase({
    id: 'no-early-ask.en.someone-at',
    note: "\"Is there someone at…?\", \"know a contact at\"",
    kind: 'intro',
    re: g(alt(
        "\\bis there (?:someone|anyone|somebody) (?:at|in|on|from|who)\\b",
        // Asked of them, not the sender's own ("I have a contact in the city's office … happy to introduce you").
        "(?<!\\bi )\\b(?:have|know) (?:a|any) (?:contact|connection|someone)s? (?:at|in|on)\\b",
        "\\b(?:i'd|i would) (?:love|appreciate) an? (?:intro|introduction|referral)\\b",
      )),
    examples: ["I'd love an intro.", "Do you happen to have a contact at Airbnb in the design team?"],
    nearMisses: ["calendly.com/x/intro", "shall I introduce you?", "I have a contact in the city's civil protection office, happy to introduce you."],
  }),
  askPhrase({
    id: 'no-early-ask.en.love-it-if-you',
    note: "\"Would mean a lot if you shared / followed\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:love it|be great|be amazing|be awesome|mean a lot|be lovely) if you (?:\\w+ ){0,3}?(?:follow\\w*|comment\\w*|like\\w*|"
        + "share\\w*|join\\w*|check\\w*|subscrib\\w*|vote\\w*|support\\w*|sign\\w*|watch\\w*|read\\w*|listen\\w*|review\\w*|repost\\w*|"
        + "endors\\w*)\\b",
      )),
    examples: [
      "Hi Tom, it would be amazing if you could review my pitch deck before Friday.",
      "I'd just love it if you could check out our new app and leave us an honest review on the App Store.",
    ],
    nearMisses: ["Ping me if you hit any snags.", "Let me know if you ever need one!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.quick-question',
    note: "\"Quick question\", \"sign up here\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:quick|one|a quick|a small) question\\b",
        "\\bi (?:have|had|'ve got) a (?:quick |small |short )?question\\b",
        "\\b(?:register|sign up|rsvp) (?:here|below|now|at)\\b",
      )),
    examples: ["Quick question about your hiring process."],
    nearMisses: ["That was a good question at the panel.", "Just want to ask a couple of questions."],
  }),
  askPhrase({
    id: 'no-early-ask.en.leave-a-review',
    note: "Leave a review or testimonial; upvote, like, share",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:leave|leaving|write|writing) (?:me |us )?(?:a|an) (?:\\w+ )?(?:review|rating|testimonial)\\b",
        "(?:^|[.!?:]\\s+|please\\s+)(?:upvote|like|share|follow|star|rate) (?:my|our)\\b",
        "\\bupvote (?:my|our)\\b",
      )),
    examples: ["Would you consider leaving a review on Amazon?", "could you upvote our launch on Product Hunt today?"],
    nearMisses: ["could you share the slides?", "I could share my checklist."],
  }),
  askPhrase({
    id: 'no-early-ask.en.appreciate-a-referral',
    note: "\"Would appreciate a pointer, referral, intro\"",
    kind: 'intro',
    re: g(alt(
        "\\b(?:appreciate|(?<!(?:i'm|i am|we're|we are) (?:so |very |really |truly |forever )?)grateful for|value) (?:a|an|your|any|some) (?:\\w+ )?(?:pointer|lead|hint|nudge|referral|intro\\w*|"
        + "recommendation|reference|endorsement|help|feedback|advice|guidance|support|review)\\b",
        "\\ba referral (?:for|to)\\b",
        "\\b(?:consider|willing to|open to) (?:mentoring|coaching|advising|sponsoring|referring|hiring) me\\b",
      )),
    examples: ["I'd really appreciate a pointer.", "Would you consider mentoring me for a few months?"],
    nearMisses: ["Open to a chat?", "Would really appreciate a name."],
  }),
  askPhrase({
    id: 'no-early-ask.en.do-you-know-anyone',
    note: "\"Do you know anyone at…\"",
    kind: 'intro',
    re: g("\\b(?:do|would) you (?:happen to )?know (?:anyone|someone|somebody|people|anybody) (?:at|in|who|that|from)\\b"
      + "|\\b(?:or|you) know (?:anyone|someone|somebody|anybody) (?:\\w+ )?who (?:does|do|can|could|might)\\b"),
    examples: ["Btw, do you know anyone at Spotify?", "do you know anyone at DHL who handles supplier partnerships?",
      "do you work on Toyota forklifts or know somebody reliable who does?"],
    nearMisses: ["If you know anyone hiring, let me know!", "I'm reaching out to a few people in logistics:"],
  }),
  askPhrase({
    id: 'no-early-ask.en.foot-in-the-door',
    note: "Trying to break into a field or land a role; my CV",
    kind: 'job',
    re: g(alt(
        "\\b(?:trying|hoping|looking|want|wanting) to (?:get (?:a|my) foot in the door|break into|land (?:a|my|an)|get hired|"
        + "get into (?:a|your))\\b",
        // Not an application already made and thanked for ("I've now sent in my application").
        "(?<!(?:sent in|sent off|submitted|handed in|completed|finished|on|in) )\\bmy (?:cv|resume|application|candidacy)\\b",
      )),
    examples: ["I've attached my CV.", "I'm trying to get a foot in the door."],
    nearMisses: ["My team missed it.", "Your tip was really helpful, and I've now sent in my application.",
      "thanks for the advice about putting my projects on github instead of just listing them on my cv"],
  }),
  askPhrase({
    id: 'no-early-ask.en.may-i-ask',
    note: "\"Could I ask you / pick your brain / steal\" a few minutes",
    kind: 'favour',
    re: g(alt(
        "\\b(?:can|could|may|might) i (?:ask you|pick your brain|steal|borrow|have|get) (?:\\w+ )?(?:a few |some |a couple of |one |a |"
        + "\\d+ )?(?:questions?|minutes|time|favou?r|advice|moment|brain)\\b",
      )),
    examples: ["Could I ask you a couple of questions about how you ran the price tests?"],
    nearMisses: ["I missed the last ten minutes.", "Do you have 15 minutes this week?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.if-you-know-anyone',
    note: "\"If you know anyone\", \"if you hear of anything\"",
    kind: 'intro',
    re: g("\\bif you know (?:anyone|someone|somebody|of any|people|any)\\b|\\bif you hear of (?:anything|any|anyone)\\b"),
    examples: ["If you know anyone hiring, let me know!", "I'm switching careers into QA - if you hear of any junior openings, I'd really appreciate a heads-up!"],
    nearMisses: ["Please if you know some position, write me.", "Hello Maya, I am data analyst from Poland and I search new job in Israel. Please if you know some position, write me."],
  }),
  askPhrase({
    id: 'no-early-ask.en.answer-questions',
    note: "Answer a few questions",
    kind: 'favour',
    re: g("(?<!\\b(?:happy|glad|free|able|here|around) to )(?<!\\b(?:i can|i'll|i will|i could) )\\banswer (?:a few|some|a couple of|\\w+) (?:quick |short |brief )?questions\\b"),
    examples: ["Would you have time to answer five questions by email?"],
    nearMisses: ["Just want to ask a couple of questions.", "Hi Dan, feel free to send me any questions about moving to Lisbon.",
      "Happy to answer any quick questions you have about self-assessment."],
  }),
  askPhrase({
    id: 'no-early-ask.en.send-my-way',
    note: "\"Send work my way\", \"projects you could pass on\"",
    kind: 'job',
    re: g(alt(
        "\\b(?:send|throw|pass|point|refer|steer|direct) (?:[\\w-]+ ){0,4}?(?:my|our) way\\b",
        "\\b(?:projects?|work|clients?|leads?|gigs?|anything|opportunit\\w+) (?:that )?you (?:could|can|might) (?:send|pass|refer|"
        + "throw|share|forward|give|offer|outsource) (?:me|us|to me|to us|my way|our way)\\b",
      )),
    examples: ["Do you have any projects you could send my way?", "If anything comes up, please throw a project or two my way!"],
    nearMisses: ["Are you up for it?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.send-me-your-number',
    note: "\"Send me your number / email\"",
    kind: 'favour',
    re: g(alt(
        "\\b(?:leave|send|give|drop|share) (?:me|us) your (?:number|phone number|email|e-mail|contact details|details|address|"
        + "availability)\\b",
        "\\byou (?:happen to |still )?(?:remember|recall) (?:the|its|his|her|their|that) (?:[\\w-]+ ){0,2}?(?:title|name|link|author|"
        + "source|reference|url|contact|email|number)\\b(?=[^.!]*\\?)",
      )),
    examples: ["Any chance you still remember the name of that label printer?"],
    nearMisses: ["Remember me from the hackathon?", "Hi Maya, thanks for connecting! Remember me from the hackathon?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.fill-survey',
    note: "Fill in a survey or form",
    kind: 'favour',
    re: g(alt(
        "\\b(?:fill (?:in|out)|complete|take|answer) (?:a|our|my|this|the|some|a few) (?:short |quick |brief |\\d+-minute )?(?:survey|"
        + "questionnaire|form|poll|questions)\\b",
      )),
    examples: ["could you fill in a 5-minute survey for my MBA thesis?", "Hi Tom, could you fill out a short survey about your hiring process?"],
    nearMisses: ["Would you have time to answer five questions by email?", "Hi Samuel, thanks for accepting, and again for the Stack Overflow answer."],
  }),
  askPhrase({
    id: 'no-early-ask.en.want-to-work-with-you',
    note: "\"I'd love to work for you\"",
    kind: 'job',
    re: g(alt(
        "\\b(?:i'd love|i would love|my dream is|i hope|i want|i'd like|i would like) to (?:work|intern|join|be part of) (?:for|with|"
        + "at|in) (?:you|your)\\b",
      )),
    examples: ["I'd love to work for your studio one day."],
    nearMisses: ["I'd love to work on my pottery skills.", "I wanted to ask:"],
  }),
  askPhrase({
    id: 'no-early-ask.en.i-need-your',
    note: "\"I really need your help / an intro\"",
    kind: 'favour',
    re: g(alt(
        "\\bi (?:really )?(?:need|could use) (?:your|a|an|some)\\b[^.?!;]{0,25}?\\b(?:help|intro\\w*|contact|referral|favou?r|advice|"
        + "support|hand|job|recommendation)\\b",
      )),
    examples: ["I really need your help with an intro."],
    nearMisses: ["I need a break after that conference.", "No need to reply!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.what-you-think-of-mine',
    note: "\"Let me know what you think of my…\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:let me know|tell me|share) what you think (?:of|about) (?:my|our|it|this)\\b",
        "\\byour (?:honest )?(?:thoughts|feedback|opinion|take) on (?:my|our)\\b",
      )),
    examples: ["I'd love to get your feedback on my pitch deck before our seed round."],
    nearMisses: ["Let me know what you think!", "Would you give it a try and tell me what you think?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.if-you-need-a',
    note: "\"If you ever need a…\": a sales pitch",
    kind: 'sales', firm: true,
    re: g(alt(
        "\\bif (?:you|your (?:team|company|startup|firm)) (?:ever |ever happen to )?(?:need|needs|are looking for|'re looking for|"
        + "is looking for|want|wants) (?:a|an|someone|somebody|help)\\b[^.?!]{0,60}?\\b(?:i'm your|i am your|i'm available|"
        + "i am available|send them my way|think of me|you know where to find me)",
      )),
    examples: ["If your team needs help, I'm available!", "If you ever need a freelance copywriter, I'm your guy."],
    nearMisses: [
      "As a mortgage broker I'm always after new referrals - if you know anyone buying a home, please send them my way!",
      "I'm looking for new clients for my sustainable packaging consultancy, so if you know brands that need help, send them my way!",
    ],
  }),
  askPhrase({
    id: 'no-early-ask.en.check-out-my',
    note: "\"Check out / follow / vote for my…\"",
    kind: 'favour', firm: true,
    re: g(alt(
        "\\b(?:check out|take a look at|have a look at|visit|subscribe to|sign up for|vote for|back) (?:my|our)\\b",
        "\\bfollow (?:me|us|my|our)\\b",
        "\\blike and share\\b",
        "\\bgive (?:it|us|me) a (?:like|follow|share|review|shout-?out)\\b",
      )),
    examples: ["Quick favor - could you like and share my latest post?", "I'd just love it if you could check out our new app and leave us an honest review on the App Store."],
    nearMisses: ["Following up on the hackathon:", "Would love to follow your work."],
  }),
  askPhrase({
    id: 'no-early-ask.en.need-your-help',
    note: "\"I'd love / appreciate your help, advice, input\"",
    kind: 'favour',
    re: g("\\b(?:love|appreciate|need|value|could use) your (?:help|advice|input|support|guidance|feedback|expertise|eyes)\\b"),
    examples: ["Hi Tom, I'd love your help with my job search."],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.looking-for-a-role',
    note: "\"Looking for (a new) role / job\"",
    kind: 'job',
    re: g(alt(
        "(?<!you're )(?<!you are )(?<!you were )(?<!are you )(?<!were you )\\blooking for (?:remote |new |freelance |full-time |"
        + "part-time |contract |a new |my next |an? |some )*(?:work|job|jobs|role|position|opportunit\\w*|gigs?|clients|projects|employment)\\b",
      )),
    examples: ["Hi Grace, I'm not looking for a job, just curious:", "Hi Nick, I'm a Rails developer with 8 years of experience looking for remote work."],
    nearMisses: ["Looking forward to connecting!", "Hi Tom, I'm looking for a new Scrum Master role."],
  }),
  askPhrase({
    // The same question asked indirectly ("just let me know if Crestline is hiring", "wondering whether your team has any openings").
    id: 'no-early-ask.en.wondering-if-hiring',
    note: "The hiring question asked indirectly (\"wondering if Acme is hiring\")",
    kind: 'job',
    re: g(alt(
        "\\b(?:know|tell me|wondering|wonder|ask|asking|curious) (?:if|whether) (?:[\\w'&-]+ ){0,5}?(?:(?:is|are|you're|you are|"
        + "they're|it's) (?:currently |still |by any chance )?(?:hiring|recruiting|looking for (?:someone|people|staff|developers|"
        + "engineers|interns|help))|(?:have|has) (?:any )?(?:openings|vacancies|open roles|open positions|positions))\\b",
      )),
    examples: ["Wondering if Crestline is hiring this year."],
    nearMisses: ["Wondering if the talk was recorded.", "Looking forward to connecting!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.any-internships',
    note: "\"Do you have any internships / positions?\"",
    kind: 'job',
    re: g(alt(
        "\\b(?:do|does|would) (?:you|your (?:company|team|firm|startup)) (?:happen to )?have (?:any )?(?:open |available |"
        + "upcoming )?(?:internships?|positions?|roles?|vacanc\\w+|openings?|jobs?|opportunit\\w*)\\b",
      )),
    examples: ["Do you have any open internships at your company?"],
    nearMisses: ["Have a good one!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.i-search-job',
    note: "\"I search / need a job\" (learner English)",
    kind: 'job',
    re: g(alt(
        "\\bi (?:search|am searching|look|am looking|seek|want|need)(?: for)? (?:a |an |new |my |some )*(?:job|jobs|work|position|"
        + "role|opportunit\\w*|internship)\\b",
      )),
    examples: ["Hello Maya, I am data analyst from Poland and I search new job in Israel."],
    nearMisses: ["https://researchbank.example.org.", "Hi Tom, I'd love your help with my job search."],
  }),
  askPhrase({
    id: 'no-early-ask.en.please-contact-me',
    note: "\"Please write / call me\"; \"if you know of some…\"",
    kind: 'favour',
    re: g("\\bplease (?:\\w+ )?(?:write|contact|call|text|message|email) me\\b|\\bif you know (?:of )?(?:some|a|any)\\b"),
    examples: ["Please if you know some position, write me."],
    nearMisses: ["If you know anyone hiring, let me know!", "Please can you help me to get an internship?"],
  }),
  askPhrase({
    id: 'no-early-ask.en.join-our-board',
    note: "Join the sender's board or team; be their advisor, mentor, investor",
    kind: 'time',
    re: g(alt(
        "\\b(?:join|be on|sit on) (?:our|my) (?:advisory )?(?:board|team|startup|project|committee|jury|panel)\\b",
        "\\bbe (?:an|our|my) (?:advisor|mentor|ambassador|investor|speaker|judge)\\b",
        "\\b(?:(?:we're|we are|i'm|i am) (?:looking for|seeking)|we need) (?:an|a) (?:advisor|mentor|investor|ambassador)\\b",
      )),
    examples: ["Would you join our advisory board?"],
    nearMisses: ["I enjoyed the board game night.", "Looking forward to connecting!"],
  }),
  askPhrase({
    id: 'no-early-ask.en.my-job-search',
    note: "\"My job search\", \"my next role\"",
    kind: 'job',
    re: g("\\bmy (?:job search|job hunt|next role|next job|career change|search for a (?:new )?(?:job|role))\\b"),
    examples: ["Hi Tom, I'd love your help with my job search."],
    nearMisses: [
      "Hi Oliver, I'm a career changer moving into cloud engineering.",
      "Hi Oliver, I'm a career changer moving into cloud engineering. Any tips on getting started would be really appreciated!",
    ],
  }),
  askPhrase({
    id: 'no-early-ask.en.raising-funds',
    note: "Raising a round; \"interested in investing / buying?\"",
    kind: 'sales',
    re: g(alt(
        "\\b(?:we're|we are|i'm|i am) (?:now |currently )?raising (?:a|our|my)? ?(?:seed|pre-seed|series|round|funds|money|capital)\\b",
        // A sponsorship or a donation asked of them or their company ("If your company could sponsor even two of them").
        "\\b(?:if |could |would |can |will )(?:you|your (?:company|team|firm|business|organi[sz]ation)) (?:could |would |might )?(?:consider )?"
        + "(?:sponsor(?:ing)?|donat(?:e|ing)|chip(?:ping)? in|contribut(?:e|ing) to)\\b",
        "\\binterested in (?:investing|taking a look|trying|buying|a demo|a trial|learning more about (?:our|my))\\b",
      )),
    examples: ["I'm building a marketplace for freelance translators and we're raising our pre-seed.",
      "We're now raising funds for 20 refurbished laptops. If your company could sponsor even two of them, it would make a real difference."],
    nearMisses: ["Hi Zoe, I'm an MBA student and I'm really interested in marketplaces.", "Dear George, I am a final year student from Nigeria and I am very interested in your company.",
      "Thank you for sponsoring the club last year."],
  }),
  askPhrase({
    id: 'no-early-ask.en.any-help',
    note: "\"Any help / leads / advice\": open-ended help",
    kind: 'favour',
    re: g(alt(
        "\\bany (?:help|leads|advice|tips|pointers|referrals|introductions|intros|contacts|support|guidance|feedback|suggestions|"
        + "recommendations|ideas)\\b(?! (?:that )?you (?:gave|shared|offered|provided|posted|wrote|mentioned)\\b)",
      )),
    examples: ["Any advice or contacts would mean a lot!", "Any tips on getting started would be really appreciated!"],
    nearMisses: ["Ping me if you hit any snags."],
  }),
  askPhrase({
    id: 'no-early-ask.en.send-me',
    note: "\"Send me\", \"a favour\", \"pick your brain\", \"thanks in advance\"",
    kind: 'favour',
    re: g(alt(
        "\\b(?:send|forward|pass|give|show|email|dm) me\\b(?! a (?:shout|bell|ring|buzz|call)\\b)",
        "\\b(?:a (?:small |quick |little |big |huge )?favou?r)\\b",
        "\\bpick your brain\\b",
        "\\bthanks in advance\\b",
        "\\bthank you in advance\\b",
        // Their time or judgement, thanked ahead: "I'd be grateful for your thoughts on the first chapters", "for an hour of your time".
        "\\b(?:i|we)(?:'d| would) be (?:very |really |so |most |truly |extremely |hugely )?(?:grateful|thankful) for (?:an? (?:hour|few minutes|quick (?:call|chat|look)|"
        + "call|chat|look|moment)\\b|(?:your|any) (?:time|thoughts|feedback|advice|input|views|opinion|guidance|help|comments)\\b)",
        // A product put before the buyer through them: "who at Greystone looks after the budgets?", "get it in front of the right person".
        "\\bwho (?:at|in) (?:[\\w&.'-]+ ){1,4}?(?:looks after|handles|manages|owns|is responsible for|is in charge of|deals with|signs off)\\b",
        "\\bget (?:it|this|them|our [\\w-]+) in front of (?:the right (?:person|people)|whoever|someone|the person)\\b",
      )),
    examples: ["I have a quick favour to ask:", "Mind if I pick your brain about fintech regulation sometime?",
      "I'd be grateful for your thoughts on the opening three chapters.", "I would be very grateful for an hour of your time to talk it through.",
      "Out of curiosity, who at Greystone looks after employee wellbeing budgets?", "I'd love to get it in front of the right person."],
    nearMisses: ["Let me know!", "I'm grateful for your thoughts on the panel yesterday.", "Who at the fair didn't love your stand?"],
  }),
];

/** Asking for the recipient's time (a call, minutes, a coffee): fine with context and an offer. */
export const timeAsksEN = [
  phrase({
    id: 'no-early-ask.en.minutes',
    note: "\"15 minutes\", \"a few minutes\"",
    // Not minutes already spent ("the most practical 20 minutes of my week").
    re: g("(?<!\\b(?:in|within|took|after) )\\b(?:\\d+|five|ten|fifteen|twenty|thirty|a few|couple of)[- ]?(?:min|mins|minute|minutes)\\b"
      + "(?! of my\\b| away\\b| from\\b| down the road\\b| up the road\\b| walk\\b| drive\\b)"
      // "the 40-minute coffee queue", "your 20-minute talk": a length that describes a thing, not time asked for.
      + "(?!(?<=-minute) (?!(?:quick |short |free )?(?:call|chat|meeting|demo|zoom|video|phone|conversation|catch-?up|intro|slot|session|consultation|episode|"
      + "interview|recording|check-ins?)\\b))"),
    examples: ["I missed the last ten minutes.", "Do you have 15 minutes this week?"],
    nearMisses: ["I'm ten minutes away if you ever need a hand.", "Hi Jasmine! Let's connect.", "Your talk was the most practical 20 minutes of my week.", "You sorted my shoulder out in 2 mins.",
      "we were both stuck in the 40-minute coffee queue"],
  }),
  phrase({
    id: 'no-early-ask.en.can-i-call-you',
    note: "The sender proposes to phone them: \"can I call you on Thursday?\", \"I'd like to give you a ring\", \"ok if I call you\"",
    re: g(alt(
        // Not how to address them ("can I call you Sam, or Samuel?", "may I call you by your first name").
        "\\b(?:can|could|may|might|shall) i (?:call|ring|phone|give you a (?:quick |short )?(?:call|ring|buzz|bell))(?: you)?"
        + "(?=\\s*(?:\\?|$|\\b(?:on|at|this|next|tomorrow|today|tonight|later|sometime|some time|one day|in the|for|to|briefly|quickly|"
        + "monday|tuesday|wednesday|thursday|friday|after|before|around|when)\\b))",
        "\\bi(?:'d| would) (?:like|love) to (?:call|ring|phone|give you a (?:quick |short )?(?:call|ring|buzz|bell))\\b",
        "\\b(?:ok|okay|alright|all right|fine|mind) (?:if i|to) (?:call|ring|phone) you\\b",
      )),
    examples: ["Can I call you on Thursday morning?", "Could I give you a quick ring next week?", "I'd like to call you to walk you through it.",
      "Would it be ok if I call you tomorrow?", "can i call you?"],
    nearMisses: ["Can I call you Sam, or do you prefer Samuel?", "May I call you by your first name?", "You can call me any time.",
      "Thanks for the call last week."],
  }),
  phrase({
    id: 'no-early-ask.en.quick-call',
    note: "Quick call, discovery call, \"hop on a call\"",
    re: g(alt(
        // Not one that took place ("thank you again for the zoom call of yesterday").
        "(?<!\\b(?:for|after|since|during|from|about) (?:the|our|that|this|yesterday's|today's|last) )"
        + "\\b(?:quick|short|brief|intro|introductory|discovery|exploratory|sales|strategy|zoom) (?:call|chat|meeting)\\b",
        "\\b(?:hop|jump|get) on a (?:\\w+ )?call\\b",
      )),
    examples: ["Worth a quick call?", "Happy to jump on a call if you want to dig into any of it."],
    nearMisses: ["Hi Ben, great meeting you at UX London yesterday!", "Hi Tom, great meeting you at DevConf this morning.",
      "thank you again for the zoom call of yesterday with our partners"],
  }),
  phrase({
    id: 'no-early-ask.en.grab-coffee',
    note: "\"Grab a coffee\", \"a call\", \"a chat\"; \"would you be open to\"",
    re: g(alt(
        "(?<!were on )(?<!was on )(?<!were in )(?<!owe you )(?<!owe ya )\\b(?:a|for a|grab a|grab) (?:virtual )?(?:coffee|call|chat|zoom|meeting|"
        + "catch-?up)\\b(?! together| morning)",
        "\\b(?:would you be|are you|you'd be|you be) (?:open|up|free|available|interested)\\b",
        "\\bset up a (?:call|meeting|time)\\b",
        "\\b(?:could|can|shall) we (?:book|schedule|set up|arrange|have|grab|hop on|jump on|find time for) (?:a |some )?(?:quick |short |brief )?"
        + "(?:\\d+[- ]min(?:ute)?s?[- ])?(?:call|chat|meeting|demo|zoom|slot|catch-?up)\\b",
        "\\bbook (?:a|some) time\\b",
        "\\b(?:would|does|could|will) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week) (?:work|suit)\\b",
        "\\blet's (?:chat|talk|speak|meet|catch up|grab|hop on|jump on)\\b",
        "\\b(?:would|do|did) you have (?:time|a minute|a moment|\\d+ minutes|some time|a few minutes)\\b",
        "\\b(?:want|wanna|would you like|care|like) to join (?:us|our|my)\\b",
        "\\b(?:we|i)(?:'d| would) love to have you\\b(?! (?:in|as|among|on) (?:my|our) (?:network|connections|contacts|list))",
        "\\b(?:have|get|invite|feature) you (?:as|on|to|at) (?:a |our |my )?(?:guest|speaker|panel|podcast|show|event|board|jury)\\b",
        "\\bwould love (?:for )?you to (?:speak|join|come|be our|be a)\\b",
        "\\bwhen (?:are you|would you be) (?:free|available)\\b",
        "\\b(?:let me know|tell me|send me|share) (?:a |the |your )?(?:good|best|convenient) (?:time|day|slot)s?\\b",
        "\\b(?:a |the )?(?:good|best|convenient) time (?:to|for) (?:a )?(?:chat|talk|speak|call|connect|meet)\\b",
        "\\bmeet (?:up|for)\\b",
        "\\b(?:it (?:only |just )?takes|it'd (?:only |just )?take|it would (?:only |just )?take|won't take more than|(?:i|we) (?:only |just )?need) "
        + "(?:\\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\\b|\\binterview you (?:for|about|on)\\b",
      )),
    examples: ["Worth a chat?", "Open to a chat?", "Let me know a good time to chat!", "Would Thursday work for 20 minutes?",
      "I'd love to interview you for my dissertation, it only takes 20 minutes."],
    nearMisses: ["We are holding a coffee morning for the hospice, everyone welcome.",
      "Thanks again, I definitely owe you a coffee!", "The bread only takes 20 minutes to prove.", "Let's connect!", "Let's connect.",
      "It was a good time to be in Leeds.", "I'd love to have you in my network!"],
  }),
];

/** Sales objects: an ask even when dressed as an offer. */
export const salesEN = [
  phrase({
    id: 'no-early-ask.en.i-help-people-like-you',
    note: 'The sender\'s service sold as a result for people like them: "I help small business owners like you save 30% on energy"',
    re: g("\\b(?:i|we) help (?:[\\w-]+ ){0,4}?like (?:you|yours|yourself)\\b[^.?!]{0,20}?\\b(?:save|cut|grow|get|increase|reduce|win|double|triple|find|land|boost)\\b"
      + "|\\b(?:and|then) i'?ll show you how\\b|\\bsee if (?:i|we) can save you\\b"),
    examples: ["I help small business owners like you save 30% on their energy bills.", "Let's connect and I'll show you how!"],
    nearMisses: ["I help out at the food bank like you do.", "Happy to show you how we set up the rota if useful."],
  }),
  phrase({
    id: 'no-early-ask.en.looking-for-resellers',
    note: 'The sender looks for someone to sell their products: "we\'re looking for a distributor for our skincare line in Scotland"',
    re: g("\\b(?:we(?:'re| are)|i(?:'m| am)) (?:currently |now |actively )?(?:looking for|seeking|searching for) (?:a |an |new |more |some )?"
      + "(?:distributors?|resellers?|stockists?|retailers?|sales agents?|importers?|wholesalers?|sales reps?|retail partners?|channel partners?|shops to stock)\\b"
      + "(?! (?:for|of) (?:your|yours)\\b)"),
    examples: ["We're looking for a distributor for our cosmetics in Campania, are you interested?", "I'm seeking stockists for my hand-thrown mugs."],
    nearMisses: ["I saw you're looking for a distributor in the north.", "If you're looking for stockists, I can share a list."],
  }),
  phrase({
    id: 'no-early-ask.en.how-we-could-support-you',
    note: 'A meeting asked to sell the sender\'s help: "discuss how we could support your hiring needs"',
    re: g("\\b(?:discuss|explore|show you|talk about|see) how (?:we|i|our (?:[\\w-]+ ){0,2}?(?:team|firm|agency|company)) (?:could|can|might) (?:support|help|assist|serve|partner with) "
      + "(?:you|your)\\b"),
    examples: ["I would welcome the opportunity to discuss how we could support your hiring needs."],
    nearMisses: ["Let's discuss how we could support the food bank together on Saturday.", "I saw how you helped the new starters."],
  }),
  phrase({
    id: 'no-early-ask.en.offer-a-quote',
    note: 'A quote or a proposal offered for the sender\'s paid work: "I could put together a quote for a full audit"',
    re: g("\\b(?:i|we) (?:can|could|would be happy to|'d be happy to|'d love to) (?:put together|prepare|send you|send over|draw up|draft|give you) "
      + "(?:a|an) (?:[\\w-]+ ){0,2}?(?:quote|estimate|proposal|offer)\\b"),
    examples: ["I could put together a quote for a full security audit.", "We can send you a tailored proposal by Friday.",
      "If it's useful, I can put together a short proposal with costs."],
    nearMisses: ["I could send you the quote from her talk.", "You gave me a great quote for the article."],
  }),
  phrase({
    id: 'no-early-ask.en.reaching-out-to-offer',
    note: "Reaching out to offer or present the sender's product",
    re: g(alt(
        "\\b(?:reaching out|writing|contacting you|reach out) to (?:offer|present|introduce|show|pitch) (?:you )?(?:our|my)\\b",
        "\\boffer (?:you )?our\\b",
      )),
    examples: ["I am reaching out to offer our premium SEO services."],
    nearMisses: ["Thanks for writing it!", "I'd love to follow your writing."],
  }),
  phrase({
    id: 'no-early-ask.en.free-consultation',
    note: "Free consultation, audit, quote, session",
    re: g(alt(
        "\\bfree (?:[\\w-]+ ){0,2}?(?:consultation|assessment|audit|evaluation|quote|estimate|check-?up|checks?|inspection|valuation|"
        // A session sold, not an information session anyone can drop into ("a free session on the new business rates relief").
        + "appraisal|(?:strategy|discovery|coaching|trial|taster|consultation|intro|1:1|one-to-one|1-to-1|mentoring|design|audit) session|"
        + "reviews?|analysis|health ?check)s?\\b",
        "\\b(?:grab|book|pick|choose|schedule|reserve) (?:a|some|your) (?:slot|time|spot)\\b[^.?!]{0,20}?\\b(?:calendar|calendly|diary|"
        + "link|below|here)\\b",
        "\\bon my calendar\\b",
        "\\bbecome (?:our|a|an|one of our) (?:[\\w-]+ )?(?:reseller|distributor|affiliate|stockist|franchisee|customer|client)s?\\b",
        "\\bfor new (?:clients|customers)\\b",
        "\\bthis (?:month|week) only\\b",
        "\\bmates?'? rates?\\b",
        "\\b(?:a |at a )?(?:friends?(?: and family)?|special|discounted|reduced|mate's) (?:price|rate|deal)s? (?:for you|for your|if you)\\b",
      )),
    examples: ["Free consultation for new clients this month!", "Hi Amy, book your slot at calendly.com/sam/demo today only."],
    nearMisses: ["When works for you?", "Ping me if you hit any snags.", "we're running a free session on the new business rates relief on 8 January"],
  }),
  phrase({
    id: 'no-early-ask.en.a-demo',
    note: "A demo of the sender's product",
    re: g(alt(
        // Not the sender's own demo, made better by their help ("it made our demo so much better").
        "(?<!\\b(?:made|improved|saved|rescued|fixed|after|during) )\\b(?:a|an|our|my|free|quick|short|brief|personali[sz]ed|\\d+-minute|\\d+-min|private) (?:[\\w-]+ )?demo\\b"
        // A demo put on as an event on a day ("a free demo evening on 2 October", "runs a demo on the 27th"): an invitation, no sale.
        + "(?! (?:evenings?|nights?|days?|afternoons?|mornings?|events?)\\b)(?![^.?!]{0,12}\\bon (?:the )?\\d)",
        "\\bdemo (?:call|session|of (?:our|my))\\b",
      )),
    examples: ["Can I show you a quick demo?", "Let me know if you'd like a demo!"],
    nearMisses: ["Hi Amy, book your slot at calendly.com/sam/demo today only.", "Thanks again, it made our demo so much better!",
      "Our studio has a free demo evening on 2 October, thought you'd enjoy it.", "The club runs a free swarm-catching demo on the 27th."],
  }),
  phrase({
    id: 'no-early-ask.en.buy-now',
    note: "Free trial, discovery call, buy, sign up, book your call",
    re: g(alt(
        "\\b(?:(?:love|like|happy|glad) to (?:quote|price) (?:you|it|the job)|give you a (?:free )?quote|show you (?:what|how) (?:we(?:'re| are)? |our )|"
        + "(?:share|tell you) how (?:we(?:'re| are)?|our) (?:help|helping|\\w+ed)|explore (?:\\w+ )?(?:opportunities|ways|synergies) to (?:work together|collaborate|partner)|"
        + "(?:my|our) (?:rates|prices|fees) (?:are|start)|day rate|hourly rate|"
        // Not the sender's own prices rethought after their talk ("made me rethink my whole rate card").
        + "(?<!\\b(?:rethink|rethought|redo|redid|update|updated|rewrite|rewrote) (?:my|our) (?:whole |entire )?)rate card|"
        + "(?:share|send) (?:you )?(?:our |the |a )?(?:best )?quotation|"
        + "revert with your requirements?|"
        + "free trial|discovery call|sales call|limited time|offer ends|buy(?!-| you (?:a|an|some) )|buy now|order now|place an order|sign up|"
        + "subscribe|calendly|book your (?:slot|call|demo|spot|seat|session)|close the deal)\\b",
        "(?<!\\d)\\d+ ?% off\\b",
      )),
    examples: ["Hi Tom, BUY NOW!!!", "calendly.com/x/intro", "Would love to quote you for the shop sign before you open.",
      "I'd love to show you what we're building at Tallo.", "My rates are very competitive, portfolio below.",
      "Day rate £850 including the grade.", "I'd love to share how we're helping companies like yours.",
      "I'd love to connect and explore opportunities to work together!", "Kindly revert with your requirement and we will share best quotation."],
    nearMisses: ["Hi Tom, book your free demo of Ledgerly today.", "Hi Jon, book your free demo of our scheduling app today."],
  }),
  phrase({
    id: 'no-early-ask.en.send-samples',
    note: "Send samples, the catalogue or the price list",
    re: g(alt(
        "\\bsend (?:you )?(?:over )?(?:some |a few |free |our |my )?(?:samples?|a sample|(?:our|my) (?:catalog(?:ue)?|brochure|"
        + "price list|pricing(?: sheet)?|rate card|rate sheet|rates|media kit|quote))\\b",
        "\\bsee (?:it|this|them|how it works|our \\w+) in action\\b",
        "\\b\\d+ (?:months?|weeks?|days?) (?:free|for free|on us)\\b",
        "\\bfree for \\d+\\b",
        "\\bshow you how (?:it|this|our \\w+|we) works?\\b",
        "\\bpitch (?:our|my|you|them|him|her)\\b",
        "\\b(?:sell|selling) you\\b",
        "\\bhop on a demo\\b",
        "\\b(?:contact|email|call|message|reply to) (?:me|us)\\b[^.?!]{0,20}\\b(?:quote|pricing|offer|discount|order|consultation|"
        + "appointment|booking)\\b",
      )),
    examples: ["Want to see it in action?", "Can I send you our rates?"],
    nearMisses: ["No sales pitch here, I promise.", "Hi Hannah, not a sales pitch, promise!"],
  }),
];

/** Commercial words that make an ask only next to a call to action. */
export const salesWeakEN = [
  phrase({
    id: 'no-early-ask.en.we-help',
    note: "What the sender's business does (\"we help\", \"we offer\")",
    re: g(alt(
        "\\bwe (?:help|build|offer|provide|sell|design|create|deliver|specialize|specialise|install|supply|develop|place|recruit|"
        + "staff|source|make|manufacture|produce)\\b",
        "\\b(?:we're|we are|i'm|i am) (?:now |currently )?(?:offering|giving away|selling|running a (?:promotion|promo|special))\\b",
        "\\bi represent (?:a|an|the)\\b",
        "\\bi(?:'m| am) an? (?:[\\w-]+ ){0,2}?(?:advisor|adviser|consultant|coach|agent|broker|recruiter|freelancer|realtor)\\b",
        "\\bwe can (?:help|fill|build|deliver|provide|offer|get you|save you|cut)\\b",
        "\\bi run (?:a|an) (?:[\\w-]+ ){0,3}?(?:agency|firm|consultancy|company|studio|business|shop)\\b",
        "\\bour (?:[\\w-]+ ){0,3}?(?:agency|company|firm|team|studio) (?:has|have) (?:worked|helped|served)\\b",
        "\\bi have (?:an offer|a proposal|an opportunity) (?:for you|that)\\b",
        "\\bha(?:s|ve) (?:already )?helped (?:over |more than )?\\d+",
        "\\bour (?:method|system|program|framework)\\b",
        "\\bi (?:help|offer|provide|sell) (?!you\\b)\\w+",
        "\\bour (?:agency|company|firm|team) (?:helps|builds|offers|provides|sells|delivers)\\b",
      )),
    examples: ["We build Shopify stores.", "Hi Kate, I'm a payments consultant."],
    nearMisses: ["It would help with recruiters.", "Excited to see what you build next."],
  }),
  phrase({
    id: 'no-early-ask.en.explore-partnership',
    note: "Explore a partnership; the sender's sales role",
    re: g(alt(
        "\\b(?:explore|discuss|start|set up|kick off) (?:a |an )?(?:possible |potential |mutually beneficial |new )?(?:partnership|"
        + "collaboration|synergy|business relationship)\\b",
        "\\bi(?:'m| am) (?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:planner|sales (?:rep|manager|executive|director)|account executive|"
        + "business development (?:manager|rep))\\b",
      )),
    examples: ["I'm a certified financial planner helping tech employees make the most of their stock options."],
    nearMisses: ["I have a partnership idea.", "No sales pitch here, I promise."],
  }),
  phrase({
    id: 'no-early-ask.en.price-words',
    note: "Price words: quote, pricing, discount, contract",
    re: g(alt(
        // Not a topic ("your comments about oat milk pricing") nor a journalist's quote ("a quote from your experience").
        // The look-behind runs only after a price word matched, so it costs nothing elsewhere in the draft.
        "\\b(?:quote(?! from\\b)|pricing|price list|prices|rates|rate card|fees|discount|(?:free|\\d+[- ]day) trial|purchase|contract|"
        + "subscription|package)\\b(?<!\\b(?:about|on|regarding) (?:[\\w-]+ ){0,4}[\\w-]+)",
        "(?<!\\d)\\d+ ?% (?:less|cheaper|lower|below|under)\\b",
      )),
    examples: ["Can I send you our rates?", "Can I send you a free trial link?"],
    nearMisses: ["Our packages start at $299/month.", "Our packages start at $299/month. Interested?",
      "Would you share a quote from your time at Monzo?", "I saw your comments about oat milk pricing.",
      "We're running a small cereal rye trial on our test plots."],
  }),
  phrase({
    id: 'no-early-ask.en.our-services',
    note: "\"Our services / platform / software\"",
    re: g(alt(
        "\\bour (?:[\\w-]+ ){0,2}?(?:services|service|product|products|platform|software|solution|solutions|agency|package|program|"
        + "programme|offering|tool|app|crm|saas)\\b",
      )),
    examples: ["I would like to pitch our platform.", "I'd love to show her our testing tool."],
    nearMisses: ["Can I send you our rates?"],
  }),
  phrase({
    id: 'no-early-ask.en.amount',
    note: "An amount of money",
    re: g("\\b\\d+ ?(?:\\$|usd|eur|euro|gbp|£)\\b|[$£€] ?\\d+"),
    examples: ["It costs $49 a month.", "Our packages start at $299/month."],
    nearMisses: ["We were 49 people in the room."],
  }),
];

/** Oversized targets of an ask (executives, decision makers). */
export const oversizedEN = phrase({
  id: 'no-early-ask.en.executives',
  note: "Executives and decision makers: CEO, VP, director, founder",
  re: g(alt(
        "\\b(?:ceo|cto|cfo|coo|cmo|cio|chief \\w+ officer|vp|vice president|head of \\w+|director|founder|co-?founder|owner|president|"
        + "board|hiring manager|managing director|md|partner|decision-?maker)s?\\b",
      )),
  examples: ["I see you're the CTO at Flowpay.", "Hi Tom, could you introduce me to your CEO?"],
  nearMisses: ["The engineer on call was helpful."],
});
/** Calls to action that turn a price word into a sales ask (read with the price word's sentence). */
export const callToActionEN = [
  phrase({
    id: 'no-early-ask.en.contact-me',
    note: 'Imperatives and conditions that call the reader to buy or get in touch ("just email me", "if you order")',
    re: g(alt(
      "\\b(?:just (?:drop|send|message|dm|ping|email) me|drop me a|contact (?:me|us)|reply|call (?:me|us)|email (?:me|us)",
      "if you (?:order|buy|sign|purchase|book)|we(?:'ll| will) (?:give|offer)|you(?:'ll| will) get|happy to show you how)\\b",
    )),
    examples: ["Just email me and I'll send the rate card.", "If you order this week, shipping is on us.", "Happy to show you how."],
    nearMisses: ["Anna emailed me about the meetup.", "Thanks for your quick replies at the panel."],
  }),
];

/** "Let me know if you need one": with a pitch statement, an invitation to buy. */
export const needCtaEN = [
  phrase({
    id: 'no-early-ask.en.if-you-need',
    note: '"Let me know if you need one", "interested?": invites a purchase when the draft describes what the sender sells',
    re: g("\\b(?:let me know if you(?: ever)? (?:need|require)|if you(?: ever)? need (?:one|any|a|help)|interested\\b)"
      + "|\\blet me know if you(?:'re| are) (?:thinking|planning|looking|considering) (?:of|about|to) (?:buying|selling|moving|hiring|renovating|switching)\\b"
      + "|\\b(?:tell|show) you (?:more|how it works)\\b"),
    examples: ["Let me know if you ever need extra hands.", "Interested?", "Let me know if you're thinking of selling this spring!",
      "Happy to connect and tell you more!", "Please let me know if you require a quotation."],
    nearMisses: ["I need a holiday after that conference.", "Let me know how the launch goes."],
  }),
];

/** The sender's own call to action on a sale ("book your free demo"): then "your demo" is not their thing. */
export const bookVerbsEN = wordList({
  id: 'no-early-ask.en.book-verbs',
  note: 'Verbs of a booking call to action: "book your free demo" is a sale, not their demo',
  words: ['book', 'schedule', 'claim', 'grab', 'reserve', 'request', 'unlock', 'redeem'],
});
/** "I'm not asking much": a minimizer that usually announces an ask (mechanism minimizer-ask). */
export const askDisclaimerEN = [
  phrase({
    id: 'no-early-ask.en.not-asking-much',
    note: '"I\'m not asking much": what follows "just" is read as the ask',
    re: g("\\b(?:i'm|i am) not asking (?:for )?(?:much|a lot|too much|anything big)\\b|\\bnot asking for much\\b"
      + "|\\b(?:i )?won't (?:take|steal|keep you) (?:up )?(?:much|long|too long|a lot)(?: of your time)?\\b"),
    examples: ["I'm not asking much, just a quick intro.", "I won't take much of your time, just ten minutes on a call."],
    nearMisses: ["I'm not asking for anything.", "Thanks for asking about the launch."],
  }),
];
/** A promise to ask or sell nothing: the asks in its sentence are the ones promised away (mechanism minimizer-ask, unless "just" follows). */
export const noAskPromiseEN = [
  phrase({
    id: 'no-early-ask.en.not-going-to-ask',
    note: '"I\'m not going to try to sell you anything or ask you for a call": what it names is not asked',
    re: g("\\b(?:i'm|i am) not (?:going to|gonna|here to|trying to|writing to) (?:try to )?(?:sell|pitch|ask)\\b|\\bi won't (?:try to )?(?:sell|pitch|ask)\\b"),
    examples: ["I'm not going to try to sell you anything or ask you for a call, promise."],
    nearMisses: ["I'm going to ask you a favour.", "I'm not sure I can make the call."],
  }),
];

/** What the reader asked for or agreed to earlier: a sale in its sentence is the sender keeping a promise (mechanism agreed-earlier). */
export const agreedEarlierEN = [
  phrase({
    id: 'no-early-ask.en.as-agreed',
    note: 'An earlier agreement: "as discussed on the phone", "as you asked", "like I said at the stand"',
    // Tied to a time or place of the talk: a bare "As discussed," opens many cold sales notes.
    re: g("\\bas (?:we |i )?(?:discussed|agreed|promised|said|mentioned) (?:on the phone|over the phone|on our call|at the|during|yesterday|earlier|last)\\b"
      + "|\\bas you (?:asked|requested)\\b|\\blike (?:i|we) said (?:on the phone|at the|earlier|yesterday)\\b"),
    examples: ["As discussed on the phone, here's the quote for the catering.", "As you asked, I'm sending our price list."],
    nearMisses: ["As a small business, we'd love your order.", "As discussed, here is our pricing for the sealers."],
  }),
];

/** "Not a pitch": a disclaimer that, next to the sender's product, is itself a pitch (mechanism pitch-without-cta). */
export const pitchDisclaimerEN = [
  phrase({
    id: 'no-early-ask.en.not-a-pitch',
    note: 'Says it is not selling ("not a pitch", "I\'m not going to pitch you")',
    re: g("\\b(?:not|no) (?:a |another )?(?:sales )?pitch\\b|\\b(?:i'm|i am|we're|we are) not (?:selling|pitching|trying to sell)\\b|\\bnot going to pitch\\b"),
    examples: ["This is not a sales pitch, promise.", "I'm not selling anything.", "No pitch, I promise!"],
    nearMisses: ["Your pitch at the demo day was great.", "We are selling the old van."],
  }),
  phrase({
    id: 'no-early-ask.en.isnt-a-pitch',
    note: 'The contracted disclaimer: "this isn\'t a sales pitch", "it\'s not about selling you anything"',
    re: g("\\b(?:isn't|is not|this ain't) (?:a |another )?(?:sales |cold )?pitch\\b|\\bnot (?:here )?to sell you\\b|\\bnot about selling\\b"),
    examples: ["This isn't a cold pitch, I swear.", "I'm not here to sell you a thing."],
    nearMisses: ["Your deck isn't long at all.", "The pitch was about selling bikes."],
  }),
];

/** The sender's product named as what they have or built (mechanism pitch-without-cta). */
export const productClaimEN = [
  phrase({
    id: 'no-early-ask.en.named-product-helps',
    note: 'A product or firm said to help businesses of a kind: "Vantrix helps logistics firms cut fuel spend"',
    re: g("\\b(?:helps|lets|allows) (?:[\\w-]+ ){0,2}?(?:firms|companies|businesses|teams|brands|clinics|practices|stores|shops|restaurants|fleets|agencies|"
      + "retailers|landlords|manufacturers|warehouses|schools)\\b"),
    examples: ["Vantrix helps logistics firms cut fuel spend with AI route planning.", "Our app lets small restaurants take bookings."],
    nearMisses: ["My sister helps at the food bank.", "Your team helps me every week."],
  }),
  phrase({
    id: 'no-early-ask.en.we-provide',
    note: 'What the sender\'s company provides: "We provide end-to-end cybersecurity solutions for …"',
    re: g("\\bwe (?:provide|offer|deliver|supply|sell) (?:[\\w-]+ ){0,3}?(?:solutions|services|software|systems|products|platforms?|tools)\\b"),
    examples: ["We provide end-to-end cybersecurity solutions for mid-size healthcare providers."],
    nearMisses: ["We provide free meals at the shelter.", "We offer our thanks to the volunteers."],
  }),
  phrase({
    id: 'no-early-ask.en.we-help-businesses',
    note: 'A value proposition: "we help SaaS teams book …", "we\'ve just launched an AI tool"',
    re: g(alt(
      "\\b(?:we|i) help (?:[\\w&+-]+ ){0,3}?(?:teams|companies|businesses|brands|firms|agencies|startups|clinics|practices|retailers|founders|"
      + "restaurants|schools|shops|stores|manufacturers|leaders|professionals|recruiters|marketers|cfos|ctos|owners|sellers|hotels)\\b",
      "\\b(?:we've|we have|i've|i have) (?:just |recently )?(?:launched|built|released|developed) (?:a|an) (?:[\\w-]+ )?(?:tool|app|platform|service|product|solution|software|system)\\b",
      "\\bwe (?:built|created|developed|designed|launched) [\\w-]+ (?:to|that|which) (?:automate|automates|fix|fixes|solve|solves|cut|cuts|handle|handles|help|helps)\\b",
      "\\b(?:i'm|i am|we're|we are) (?:launching|running|opening enrolment for|starting) (?:a|an|my|our) (?:[\\w-]+ ){0,3}?(?:programme|program|course|service|app|"
        + "platform|membership|bootcamp|masterclass|cohort)\\b",
    )),
    examples: ["We help B2B SaaS teams book more meetings.", "We've just launched an AI tool for finance teams.", "We built Attestly to automate exactly that.",
      "I'm launching a leadership coaching programme for new managers starting in January.",
      "I help companies like yours to grow 3x with our CRM."],
    nearMisses: ["We help each other at the community garden.", "We've just launched the volunteer rota for March."],
  }),
  phrase({
    id: 'no-early-ask.en.we-have-a-product',
    note: '"We built a platform", "our platform": the sender\'s product',
    re: g("\\b(?:we|i) (?:have|built|offer|make|sell|just launched) (?:a|an|this) (?:\\w+ )?(?:software|app|platform|solution|tool|portal)\\b"
      + "|\\bour (?:\\w+ )?(?:platform|software|app|tool|solution|portal|terminals?|card machines?)\\b"
      + "|\\bwe (?:make|built|sell|developed|created|launched) [\\w-]+, (?:a|an) (?:[\\w-]+ ){0,2}?(?:tool|app|platform|service|product|solution|software|system|device)\\b"
      + "|\\bwe've built (?:a|an) (?:[\\w-]+ ){0,2}?(?:portal|platform|tool|app|system)\\b|\\b(?:provides|offers) (?:[\\w-]+ ){0,3}?(?:solutions|services|software) for\\b"),
    examples: ["We built a scheduling tool for clinics.", "Our platform handles the paperwork.", "We make Shelfwise, a shelf-scanning tool for grocers."],
    nearMisses: ["I tried a scheduling tool last year.", "Your platform talk was great."],
  }),
  phrase({
    id: 'no-early-ask.en.we-make-things',
    note: 'The sender\'s trade said as what they make or supply ("we supply coffee machines to …") or the firm they are ("we\'re a Leeds IT support company")',
    re: g(alt(
      "\\bwe (?:make|supply|sell|install|distribute|produce|manufacture|import|stock|print|roast|wholesale) (?!(?:it|sure|time|sense|progress|friends|"
        + "the most of|a difference|do|our own)\\b)[\\w-]+",
      "\\bwe(?:'re| are) (?:a|an) (?:[\\w&-]+ ){0,3}?(?:company|agency|supplier|wholesaler|firm|manufacturer|distributor|consultancy|provider|"
        + "installer|roastery|printer|printers)\\b",
      "\\bwe(?:'ve| have) built something (?:that|which)\\b",
      "\\bwe (?:already )?work with (?:many|several|dozens of|hundreds of|over \\d+|\\d+\\+?) (?:[\\w-]+ )?(?:restaurants|clients|companies|hotels|practices|shops|firms|schools|brands|venues)\\b",
    )),
    examples: ["We supply bean-to-cup coffee machines to design studios across Leeds.", "We're a Dublin-based IT support company.",
      "we make compostable cutlery and cups for cafés.", "We've built something that saves managers around five hours a week.",
      "We already work with several Michelin-starred restaurants in Liguria."],
    nearMisses: ["We make it to the meetup most months.", "We're a small group of volunteers.", "We make sure every kid gets a turn.",
      "We've built something special with this community.", "We work with many of the same people."],
  }),
];

/** A measurable result promised by the sender's product (mechanism pitch-without-cta). */
export const outcomeClaimEN = [
  phrase({
    id: 'no-early-ask.en.help-clients-to',
    note: 'A tagline: the sender helps a kind of client reach a result ("I help families in Leeds protect their savings", "we help brands double sales")',
    re: g("\\b(?:we|i) (?:help|support) (?:[\\w&+'-]+ ){0,5}?(?:teams|companies|businesses|brands|firms|agencies|startups|clinics|practices|retailers|founders|"
      + "restaurants|schools|shops|stores|manufacturers|leaders|professionals|owners|hotels|smes|families|homeowners|landlords|households|parents|"
      + "freelancers|creators|coaches|investors|charities|organisations|organizations|people) (?:[\\w&+'-]+ ){0,4}?(?:to )?"
      + "(?:get|grow|cut|save|turn|protect|scale|win|find|reduce|increase|boost|double|triple|generate|map|build|land|hire|sell|fill|automate|"
      + "streamline|stop|avoid|keep|launch|raise|book|close|attract|convert|improve|plan|prepare|navigate|hit|reach|earn|lower|slash|recover|"
      + "simplify|modernise|modernize|pay|claim|switch|secure)\\b"),
    examples: ["I help families in the Leeds area protect their savings with simple cover.", "We help SaaS teams book more demos without cold calls.",
      "I help companies turn complex products into clear copy.", "I help busy founders map out their marketing in one afternoon."],
    nearMisses: ["We help each other get through the winter at the allotment.", "I help my parents run their bakery at weekends.",
      "We helped the families move out after the flood."],
  }),
  phrase({
    id: 'no-early-ask.en.unlock-potential',
    note: 'A coach\'s promised result: "unlock their full potential"',
    re: g("\\bunlock (?:your|their|its) (?:full |true |hidden )?potential\\b"),
    examples: ["I help busy professionals like you unlock their full potential this year."],
    nearMisses: ["The new bridge should unlock the area's growth."],
  }),
  phrase({
    id: 'no-early-ask.en.times-growth',
    note: 'A growth promised as a multiple: "grow 3x", "10x your pipeline"',
    re: g("\\b(?:grow|growth|scale|boost|increase|double|triple|multiply|get)\\w* (?:[\\w'-]+ ){0,3}?\\d+(?:\\.\\d+)?x\\b|\\b\\d+x (?:your|the|more|faster)\\b"),
    examples: ["I help companies like yours to grow 3x with our CRM.", "We 10x your pipeline in a quarter."],
    nearMisses: ["We grew the team in 2021.", "The 4x4 was parked outside."],
  }),
  phrase({
    id: 'no-early-ask.en.fit-for-you',
    note: 'The product said to be made for the reader: "perfect for any HR team", "ideal for your crews"',
    re: g("\\b(?:ideal|perfect|tailored|built|made) for (?:your|any|teams like yours|companies like yours|businesses like yours)\\b"
      + "|\\b(?:natural|perfect|great|good|ideal|strong) fit for (?:[\\w'-]+ ){0,6}?(?:yours|your)\\b|\\b(?:perfect|great|good|ideal) fit for you\\b"),
    examples: ["Protein bars for wellness programs, perfect for any HR team.", "Certified helmets, ideal for your site crews.",
      "It's a natural fit for a chain scaling as fast as yours.", "I think it could be a great fit for you."],
    nearMisses: ["The venue was perfect for a small meetup.", "That talk was made for me."],
  }),
  phrase({
    id: 'no-early-ask.en.fit-like-yours',
    note: 'The product fitted to a business "like yours", or a tagline that opens a line: "ideal for a growing firm like yours", "Perfect for a busy studio team."',
    re: g(alt(
      "(?<!\\bthanks? (?:you )?)\\b(?:for|help|helps|helping|serve|serving|support|supporting|work with|working with) (?:[\\w'&-]+ ){1,5}?like yours\\b",
      "(?:^|(?<=[.!?\\n] ))(?:perfect|ideal|great|made|designed) for (?:a|an|any|every|busy|small|growing) [\\w-]+",
    )),
    examples: ["we'd be ideal for a growing accountancy firm like yours.", "Perfect for a busy studio team.", "We help cafés like yours cut waste."],
    nearMisses: ["I'd love a garden like yours one day.", "The venue was perfect for a small meetup.", "Thanks for a talk like yours, really."],
  }),
  phrase({
    id: 'no-early-ask.en.numbers-promised',
    note: 'A promised result in numbers or terms: "book 20+ qualified meetings a month", "pay per meeting", "no retainers"',
    re: g(alt(
      "\\b(?:book|get|generate|win|close|land|add) (?:\\d+\\+?|more|twice as many|double the) (?:[\\w-]+ )?(?:meetings|leads|clients|customers|demos|calls|deals|sales)\\b",
      "\\bpay (?:per|only for) (?:meeting|lead|result|booked)\\w*|\\bno retainers?\\b|\\b(?:saves?|saving|cut|cuts) (?:[\\w'-]+ ){0,3}?(?:by )?up to \\d+ ?%",
    )),
    examples: ["We help SaaS teams book 20+ qualified meetings a month.", "No retainers, pay per meeting.", "We help brands cut last-mile costs by up to 22%."],
    nearMisses: ["We booked 20 rooms for the conference.", "I get more done in the morning."],
  }),
  phrase({
    id: 'no-early-ask.en.cuts-by',
    note: 'A promised result: "cuts picking errors by 40%", "we typically cut cost-per-acquisition by 30-40%", "saves hours", "payback in three months"',
    re: g("\\b(?:cuts?|cutting|reduc(?:e|es|ing)|sav(?:e|es|ing)|halv(?:e|es|ing)|doubl(?:e|es|ing)|boost(?:s|ing)?|increas(?:e|es|ing)|lower(?:s|ing)?|slash(?:es|ing)?) "
      + "(?:[\\w'+.-]+ ){0,5}?(?:by (?:about |around |roughly |nearly |almost |over |more than |up to )?"
      + "(?:\\d+(?:[.,]\\d+)?(?:[-–]\\d+)? ?%|[£$€] ?\\d|\\d+ (?:days|hours|weeks)|a third|a quarter|half|two thirds)|hours|in half)|\\bpayback in\\b"
      + "|\\b(?:clients|customers|users) (?:typically |usually |often |on average )?(?:save|cut|see|get|gain|achieve) "
      + "(?:around |about |roughly |over |up to |an average of |a )?\\d+(?:[.,]\\d+)? ?(?:%|x\\b)"
      + "|\\b(?:recent|past|my|our) (?:clients|customers) (?:have )?(?:seen|saw|got|achieved|reported) (?:[\\w-]+ ){0,3}?(?:rise|grow|increase|jump|drop|fall|cut)\\w* by \\d"),
    examples: ["It cuts picking errors by 40%.", "A tool that cuts stockouts by about a third.", "Clients usually see payback in three months.",
      "I help founders save 10+ hours a week.",
      "Our clients save around 20% versus the big national providers.", "We typically cut cost-per-acquisition by 30-40% in the first 90 days.",
      "smart thermostats for property managers, typically cutting heating bills by 20-30%.", "Brightloop helps mid-size hauliers cut fuel spend by around 12%.",
      "We've helped firms like yours reduce empty miles by 18% with our routing engine.", "teams like yours at Harbour Accounting are cutting month-end close by 3 days.",
      "our clients typically see a 3x lift in engagement within 90 days.", "Recent clients have seen sign-ups rise by 25–40%."],
    nearMisses: ["The new road cuts our commute.", "We saved the date for the dinner.", "Prices typically rise by 3% a year.", "I usually cut the grass by 9 am."],
  }),
  phrase({
    id: 'no-early-ask.en.like-yours-save',
    note: 'A result promised to businesses like theirs: "fleets like yours typically save 12%"',
    re: g("\\blike yours (?:typically |usually |often |already |can )?(?:save|cut|see|get|grow|reduce|increase|double|recover|win)\\b"),
    examples: ["Fleets like yours typically save 12% in the first quarter."],
    nearMisses: ["I'd love a garden like yours.", "A shop like yours is rare."],
  }),
];
/** A question about how they cope with a business pain (mechanism pitch-without-cta, with a product or a statistic). */
export const painQuestionEN = [
  phrase({
    id: 'no-early-ask.en.still-by-hand',
    note: 'A pain-point question about doing it the old way: "are you still handling your IT procurement manually?"',
    re: g("\\bare you (?:still |currently )?\\w+ing (?:[\\w'-]+ ){0,6}?(?:manually|by hand|on paper|in spreadsheets|in excel|with spreadsheets)\\b"),
    examples: ["Are you still handling your company's IT procurement manually?"],
    nearMisses: ["We're still handling the rota manually, it's chaos."],
  }),
  phrase({
    id: 'no-early-ask.en.how-are-you-handling',
    note: 'A pain-point question: "how are you handling late payments?", "what are you using for payroll?"',
    re: g("\\b(?:how (?:are|is|do) (?:you|your team) (?:currently |still |now |today )?(?:handling|dealing with|managing|tackling|solving|handle|manage|deal with)|"
      + "what (?:are|is) (?:you|your team) (?:currently |still )?using for|what (?:do|does) (?:you|your team|your (?:kitchen|shop|practice|office|firm)) (?:currently |still )?use for"
      + "|who (?:handles|looks after|supplies|does) your (?:[\\w-]+ ){0,2}?(?:at the moment|right now|today|currently|these days))\\b"),
    examples: ["How are you handling late payments right now?", "What is your team using for payroll these days?",
      "Out of curiosity, what does your team use for staff scheduling?", "Who handles your linen at the moment?"],
    nearMisses: ["How are you doing after the conference?", "I loved how you handled the Q&A."],
  }),
];
/** Signs of the sender's product, read only next to a "not a pitch" disclaimer (mechanism disclaimer-evidence). */
export const senderEvidenceEN = [
  phrase({
    id: 'no-early-ask.en.our-offering',
    note: 'The sender\'s own offering named: "our billing software", "our moisture sensors", "our service"',
    re: g("\\bour (?:[\\w-]+ ){0,3}?(?:software|app|platform|tool|solution|sensors?|system|services?|product|suite|devices?|api|range|packages?|plans?|kits?)\\b"
      + "|\\bour (?:[\\w-]+ ){1,3}?(?:is|are) (?:now )?(?:free|half price|on offer|available)\\b"),
    examples: ["Our route planning software is used by 30 couriers.", "Honestly, our leak sensors paid for themselves.", "Our compostable range ships in 48 hours.",
      "Our AI note-taker is free for early-stage founders until January."],
    nearMisses: ["Our chat at the fair was fun.", "Your software talk was great."],
  }),
  phrase({
    id: 'no-early-ask.en.freelance-me',
    note: 'The sender as a freelancer selling a fixed service: "I\'m a freelance web developer", "flat fee"',
    re: g("\\bi'?m an? (?:freelance|freelancer|independent|self-employed) (?:[\\w-]+ ){0,2}?(?:developer|designer|consultant|copywriter|writer|photographer|editor|"
      + "accountant|marketer|translator|engineer|specialist|coach|bookkeeper)\\b|\\b(?:flat|fixed) (?:fee|price|rate)\\b"),
    examples: ["I'm a freelance web developer and I can fix it this week.", "Flat fee, no retainer."],
    nearMisses: ["I'm a freelance fan of your podcast, ha.", "The entry fee was flat out ridiculous."],
  }),
  phrase({
    id: 'no-early-ask.en.helped-result',
    note: 'A result claimed for others: "has helped bakeries cut waste", "could save your team a few days", "free trial"',
    re: g("\\bha(?:s|ve) helped (?:\\w+ ){0,4}?(?:cut|reduce|save|grow|double|halve)|\\bcould save (?:you|your)\\b|\\bfree (?:\\d+[- ]\\w+ )?trial\\b"
      + "|\\bour (?:[\\w-]+ ){1,3}?(?:saved|cut|reduced|halved|doubled|boosted|lifted)\\b[^.?!]{0,40}?\\d+ ?(?:%|percent)"
      + "|\\bsend (?:you )?(?:over )?(?:a|the|our) (?:short |quick )?case stud(?:y|ies)\\b"),
    examples: ["It has helped bakeries like yours cut waste.", "This could save your team a few days.", "We give a free 30-day trial.",
      "Our smart thermostats saved the Lakeside Inn 22% on heating.", "Happy to send over the case study."],
    nearMisses: ["You helped me a lot last year.", "Could you save me a seat?"],
  }),
];
/** Hiring asks with no request form (mechanism job-asks). */
export const jobAsksEN = [
  phrase({
    id: 'no-early-ask.en.if-growing-the-team',
    note: 'A job hinted at through their hiring: "if Westway FM is growing the team I\'d love to be part of it"',
    re: g("\\bif (?:[\\w&.'-]+ ){1,4}?(?:is|are|'s|'re) (?:growing|expanding|hiring for|building out|adding to) (?:the|its|their|your) (?:[\\w-]+ )?(?:team|staff|crew|department)\\b"),
    examples: ["I'm a producer looking for my next challenge, so if Westway FM is growing the team I'd love to be part of it."],
    nearMisses: ["Congrats, I saw Westway FM is growing the team this year.", "If the club keeps growing, our kit deal still stands."],
  }),
  phrase({
    id: 'no-early-ask.en.any-openings-at',
    note: 'Asks whether their firm has openings: "ask whether Halden & Co. has any graduate openings"',
    re: g("\\b(?:whether|if) (?:[\\w&.'-]+ ){1,4}?(?:has|have|had|is|are) (?:any|some) (?:[\\w-]+ ){0,2}?(?:openings?|vacancies|vacancy|roles|positions|"
      + "placements?|internships?|opportunities)\\b"),
    examples: ["I'd love to connect and ask whether Halden & Co. has any graduate openings in its Leeds office."],
    nearMisses: ["I wondered if the course has any places left for my son."],
  }),
  phrase({
    id: 'no-early-ask.en.role-still-open',
    note: 'An opening asked about to apply: "is the junior support role still open?", "would love to apply"',
    re: g("\\b(?:is|are) the (?:[\\w-]+ ){0,3}?(?:role|job|position|opening|vacancy|vacancies|internships?|roles) still (?:open|available|going)\\b"
      + "|\\b(?:would|i'd) (?:love|like) to apply\\b"),
    examples: ["Is the junior suport role still open?? would love to apply", "Are the summer internships still available?"],
    nearMisses: ["The role is still open in my heart.", "Is the café still open on Sundays?"],
  }),
  phrase({
    id: 'no-early-ask.en.send-your-cv',
    note: 'A recruiter\'s demand: "send me your CV", "your salary expectations"',
    re: g("\\b(?:send|email|forward) (?:me|us|over) your (?:updated |latest |current )?(?:cv|resume|portfolio)\\b|\\bsalary expectations\\b"),
    examples: ["Kindly email me your latest resume today.", "Let me know your salary expectations."],
    nearMisses: ["I can send you my resume if useful.", "Your resume workshop was great."],
  }),
  phrase({
    id: 'no-early-ask.en.referral-for-opening',
    note: 'A referral for an opening asked for: "a quick referral for any analyst opening"',
    re: g("\\b(?:a|your) (?:quick |small )?referral (?:for|to)\\b"),
    examples: ["All I need is a small referral for the tester role."],
    nearMisses: ["Our referral programme pays a bonus.", "Thanks for the referral last year, it worked."],
  }),
  phrase({
    id: 'no-early-ask.en.be-considered',
    note: 'Wants to be considered for a role: "would love to be considered", "I\'d like to be considered for the opening"',
    re: g("\\b(?:love|like|hope|want|keen|happy|glad) to be considered\\b|\\bplease consider me\\b"
      + "|\\b(?:love|like|hope|keen) to do (?:a|an|some) (?:[\\w-]+ ){0,2}?(?:stage|placement|internship|work experience|apprenticeship)\\b"),
    examples: ["I have seven years in research and would love to be considered.", "Please consider me for the analyst role.",
      "I'd love to do a two-week stage in your kitchen over Easter."],
    nearMisses: ["Your proposal will be considered by the board.", "All options were considered."],
  }),
  phrase({
    id: 'no-early-ask.en.possibility-of-internship',
    note: 'A placement asked as a possibility: "if there is the possibility of an internship in your laboratory"',
    re: g("\\b(?:possibility|chance|opportunity|possible) (?:of|for|to do|to have) (?:an? |the )?(?:\\w+ )?(?:internship|placement|stage|phd|traineeship|apprenticeship)\\b"),
    examples: ["I would like to ask you if there is the possibility of an internship in your laboratory."],
    nearMisses: ["The internship was a great opportunity for me.", "Thanks for the chance to visit your lab."],
  }),
  phrase({
    id: 'no-early-ask.en.available-for-work',
    note: 'The sender offering themselves for paid work: "available from next month for contract work", "I\'d make a great guest for your show"',
    re: g(alt(
      "\\b(?:i'm|i am) (?:now |currently )?(?:available|open|free) (?:from [\\w ]{1,20}? )?(?:for|to) (?:new |freelance |contract |paid |part-time |full-time )?"
      + "(?:contract|freelance|consulting|work|roles?|projects?|commissions?|gigs?|opportunities)\\b",
      "\\bi(?:'d| would) make a (?:great|good|strong|perfect) (?:guest|addition|fit|hire|candidate|speaker)\\b",
      "\\b(?:love|like|keen|hope) to join your (?:lab|team|group|studio|kitchen|practice|firm)\\b",
      "\\b(?:any|some) (?:open |free )?(?:spots?|places?|positions?|openings?|vacanc\\w+) (?:for|in|on) (?:\\d{4}|next|the|your)\\b",
      "\\bwould (?:really |honestly )?love the job\\b",
      "\\bkeep me in mind\\b(?=[^.!?]{0,40}?\\b(?:if|when|for)\\b)",
      "\\bshow you what (?:i|we) (?:could|can) do for (?:your|you)\\b",
      "\\bhow much (?:would|do|will) you charge\\b",
    )),
    examples: ["I'm a freelance UX designer and I'm available from next month for contract work.", "I think I'd make a great guest for your show.",
      "I'd love to join your lab in Tokyo as a PhD candidate.", "Do you have any open spots for 2025?", "honestly would love the job",
      "I'm looking again, so keep me in mind if anything opens up?", "Would love to connect and show you what I could do for your firm.",
      "How much would you charge and how long would it take?"],
    nearMisses: ["I'm available for a call if that helps you.", "She would make a great guest.", "Any spots left for the dinner on Friday?"],
  }),
  phrase({
    id: 'no-early-ask.en.taking-on',
    note: 'Whether they hire: "any chance you\'re taking on interns this summer?", "are you taking on apprentices"',
    re: g("(?<!\\babout )\\b(?:taking on|hiring|recruiting) (?:any )?(?:interns?|apprentices?|trainees?|juniors?|graduates?|staff|placements?|students?)\\b"
      + "|\\b(?:anything|any work|any jobs?|any shifts?) going (?:at|in|with) (?:your|ur)\\b"),
    examples: ["any chance ur taking on interns this summer at the joinery??", "Are you taking on apprentices next year?",
      "im after work in warehousing, anything going at your place?"],
    nearMisses: ["Thanks for taking on my question at the talk.", "Your post about hiring junior devs was spot on."],
  }),
];
/** Commercial moves with no request form (mechanism commerce-cues). */
export const commerceCuesEN = [
  phrase({
    id: 'no-early-ask.en.demo-video-offered',
    note: 'A demo offered as a question: "can I send you a short video walkthrough?"',
    re: g("\\b(?:can|could|shall|may) (?:i|we) (?:send|show|share) (?:you |over )?(?:a |our |the )?(?:short |quick |brief |\\d+-minute )?"
      + "(?:video walkthrough|video demo|demo video|walkthrough|walk-through|loom|product demo|demo)\\b"),
    examples: ["Can I send you a short video walkthrough?", "Shall I send over a short video walkthrough?"],
    nearMisses: ["Can I send you the video from Saturday's match?"],
  }),
  phrase({
    id: 'no-early-ask.en.pricing-sent',
    note: 'The sender\'s prices sent unasked: "I\'ve attached our current pricing", "a proposal with a price estimate", "send you my rates"',
    re: g(alt(
      "\\b(?:i've|i have|we've|we have) attached (?:[\\w-]+ ){0,6}?(?:pricing|brochure|price list|prices|rates|rate card|quote|quotation|price estimate|estimate|case stud(?:y|ies))\\b",
      "\\bsend (?:you |over )?(?:[\\w-]+ ){0,5}?(?:my|our|the) (?:rates|pricing|pricing sheet|price list|prices|rate card)\\b",
      "\\bsend over (?:a couple of |some |a few |our )?case studies\\b|\\bsend (?:you |over )?(?:the|our|my) (?:brochure|catalogue|catalog|prospectus)\\b",
      "\\b(?:i attach|attached is|please find attached) (?:[\\w-]+ ){0,3}?(?:our|my) (?:catalogue|catalog|brochure|portfolio|price list|rate card)\\b",
      "\\bat (?:very |highly |extremely |really )?(?:competitive|affordable|unbeatable|low) (?:rates|prices)\\b",
      "\\bsend you (?:our|my) (?:[\\w-]+ )?(?:brochure|catalogue|catalog|price list|rate card)\\b",
      "\\b(?:i'd|i would|we'd|we would) (?:love|be happy|be glad) to quote\\b|\\bif you (?:ever )?need a (?:quote|quotation|price|estimate)\\b",
    )),
    examples: ["I've attached a one-page overview and our current pricing.", "I've attached a short proposal with a price estimate.",
      "I'd love to send you a couple of samples and my rates if you're still looking.", "Happy to send over a couple of case studies.",
      "I'll send the pricing sheet over tomorrow.", "Shall I send over the brochure?",
      "I attach our catalogue in English.",
      "I would welcome the opportunity to send you our technical brochure.", "we offer dedicated developers at very competitive rates",
      "if you ever need a hand cutting episodes I'd love to quote for it.",
      "If you need a quote I can come round any day."],
    nearMisses: ["I've attached the photos from Saturday.", "Could you send me your rates?", "Could you send over the case studies you mentioned?"],
  }),
  phrase({
    id: 'no-early-ask.en.show-you-how-it-lifts',
    note: 'A demo promised with a result: "I\'ll show you how Shelfwise lifts basket size by 18%"',
    re: g("\\b(?:i'll|i will|let me|happy to|love to|like to|connect and) show you how (?:[\\w'-]+ ){0,3}?"
      + "(?:lifts|cuts|boosts|increases|saves|grows|doubles|halves|reduces|improves|helps|can help)\\b"),
    examples: ["Let's connect – I'll show you how Shelfwise lifts basket size by 18% in 30 days.",
      "I'd love to connect and show you how CivicReach helps charities double their donor base."],
    nearMisses: ["I'll show you how the old mill used to work when you visit.", "You showed me how it cuts."],
  }),
  phrase({
    id: 'no-early-ask.en.book-here',
    note: 'A sale\'s call to action with no question: "Book here: …", "for a flat $199", "learn more at …"',
    re: g("\\bbook (?:here|now|online)\\b|\\bfor a flat [$£€]?\\d+|\\b(?:learn|find out) more (?:at|here|on)\\b"),
    examples: ["Book here: ledgerly.com/spring", "We file your returns in 48 hours for a flat $199."],
    nearMisses: ["I booked the room for the meetup.", "I'd love to learn more about your research."],
  }),
  phrase({
    id: 'no-early-ask.en.samples-and-minimums',
    note: 'Trade selling with no question: "samples ship free", "if you want samples", "MOQ 500", "that\'s exactly what we do"',
    re: g("\\b(?:samples? ship free|free samples?|if you(?:'d)? (?:want|like) (?:some )?samples)\\b|\\bmoq\\b|\\b(?:that's|this is) exactly what we do\\b"
      + "|\\b(?:a|per) (?:stem|unit|piece|kg|box|case|bottle|pallet) wholesale\\b|\\bminimum (?:order )?(?:of )?\\d+\\b"),
    examples: ["We make recyclable lidding film, samples ship free.", "Booth 1142 if you want samples!", "We manufacture plush, MOQ 500.",
      "€4.50 a stem wholesale, minimum 50 stems."],
    nearMisses: ["The lab took samples from the river.", "That's exactly what we needed, thanks!"],
  }),
  phrase({
    id: 'no-early-ask.en.sales-talk',
    note: 'Sales talk with no question: "for a fair price", "swing by and show you"',
    re: g("\\bfor a (?:fair|good|great|reasonable|fixed|competitive|friendly) (?:price|rate|fee)\\b|\\b(?:swing|stop|drop|pop|come) by (?:and|to) show you\\b"),
    examples: ["I could take that off your hands for a fair price.", "I'd love to swing by and show you the yield numbers."],
    // "Explore synergies" alone is labelled no ask (a hollow invitation to connect); a pitch around it is read elsewhere.
    nearMisses: ["I paid a fair price for the van.", "Come by and show me the new bike!", "Happy to connect and explore synergies!"],
  }),
  phrase({
    id: 'no-early-ask.en.our-price-list',
    note: 'The sender\'s catalogue, price list or menu sent or attached: "in attachment you find our catalog", "I\'ll send you my menu"',
    re: g("\\b(?:attached|in attachment|enclosed|you(?:'ll)? find|i'll send you|i will send you|i can send you|here(?:'s| is)|please find) (?:is |you find )?"
      + "(?:our|my) (?:[\\w-]+ )?(?:catalog(?:ue)?|price ?list|brochure|rate card|menu|rates|price sheet|product sheet)\\b"),
    examples: ["In attachment you find our catalog and the price list.", "Let's connect and I'll send you my menu!"],
    nearMisses: ["I'll send you my notes from the talk.", "Attached is my reading list from the course, as promised."],
  }),
  phrase({
    id: 'no-early-ask.en.seeking-distributors',
    note: 'Seeking distributors or resellers for the sender\'s goods: "we are searching distributors in Ireland"',
    re: g("\\b(?:we're|we are|i'm|i am) (?:now |currently |actively )?(?:searching|looking|seeking)(?: for)? (?:new )?(?:distributors|resellers|stockists|importers|"
      + "retailers|wholesalers|agents)\\b"),
    examples: ["We are searching distributors in Ireland for our salumi."],
    nearMisses: ["We are searching for the lost dog near the park.", "Retailers we met at the fair were lovely."],
  }),
  phrase({
    id: 'no-early-ask.en.sponsorship',
    note: 'Sponsorship asked for: "looking for local businesses to support us", "our sponsorship pack"',
    re: g(alt(
      "\\b(?:we're|we are|i'm|i am) (?:looking for|seeking|after) (?:\\w+ ){0,2}?(?:businesses|sponsors|partners|supporters|companies)\\b"
      + "(?:[^.?!;]{0,30}? (?:to|who (?:might|could|would)?) ?(?:support|sponsor|back|fund|help)\\w*)",
      "\\b(?:our|a|the) sponsorship (?:pack|package|proposal|deck|brochure|opportunit\\w+)\\b",
      "\\bbecome (?:a|our) (?:\\w+ )?sponsor\\b",
      "\\b(?:consider|interested in|open to) sponsoring\\b",
    )),
    examples: ["We're looking for local businesses to support the under-12s this season.", "Could I send over our sponsorship pack?",

      "Would your hotels consider sponsoring the chef's stage?"],
    nearMisses: ["We're looking for volunteers for Saturday.", "Your sponsorship of the league made a difference."],
  }),
  phrase({
    id: 'no-early-ask.en.services-for-you',
    note: 'Services offered to anyone like them: "ideal for venues like yours", "packages from £850", "send over a tailored proposal"',
    re: g(alt(
      "\\b(?:i'll|i will|let me|happy to) send (?:you |over )?(?:a |our |my )?(?:latest |recent )?"
        + "(?:one-pager|one pager|brochure|price list|rate card|catalog(?:ue)?|sales deck|case stud(?:y|ies))\\b",
      "\\b(?:i've|i have|we've|we have) attached (?:a |our |my )?(?:one-pager|one pager|brochure|price list|rate card|catalog(?:ue)?|sales deck|proposal)\\b",
      "\\b(?:please )?find attached (?:our|the|my) (?:[\\w-]+ )?(?:catalog(?:ue)?|catalouge|price list|brochure|rate card|one-pager|deck)\\b",
      "\\b(?:(?:pricing|price|sales|investor|pitch) )?(?:one-pager|one pager|deck|brochure|price list) (?:is )?attached\\b",
      "\\b(?:at|for) (?:my|our) (?:usual|standard|normal|day|hourly) (?:rate|fee)s?\\b",
      "\\bset you up (?:with|on) (?:a|an|our) (?:free )?(?:\\d+[- ]day )?(?:trial|demo|pilot|account)\\b",
      "\\b(?:happy|glad|delighted) to (?:quote|price (?:it|up)|give you a (?:quote|price))\\b",
      "\\bwalk you through (?:our|my|the) (?:[\\w-]+ ){0,2}?(?:range|products?|platform|catalog(?:ue)?|offer|services|solution|portfolio|packages|pricing|line|collection)\\b",
      "\\b(?:an? |your )?(?:quick )?(?:upvote|vote|like|share|repost|signature) (?:would|will) (?:help|mean)\\b",
      "\\b(?:ideal|perfect|great|built|made) for (?:[\\w-]+ ){0,2}like yours\\b",
      "\\b(?:packages|prices|rates|plans) (?:start )?(?:from|at) [£€$]?\\d",
      "\\bsend (?:over |you )?(?:a |our )?(?:tailored|custom|personali[sz]ed|bespoke) (?:proposal|quote|offer|plan)\\b",
      "\\b(?:look at|see|review|go through|walk you through|send you|share|show you) (?:the|our|my) (?:pitch |investor )?deck\\b",
      "\\bsend (?:me |us )?(?:over )?your (?:pitch |investor )?deck\\b",
      "\\b(?:feel free to|don't hesitate to|do not hesitate to) (?:contact|reach|call|email) (?:me|us) (?:for|with|about) (?:any|your) "
      + "(?:projects?|quotations?|quotes?|orders?|needs|requirements|enquir\\w+)\\b",
      "\\bif you (?:ever )?need (?:a|an) (?!hand\\b|chat\\b|sounding board\\b)[\\w-]+(?: [\\w-]+){0,10}?,? "
      + "(?:give (?:us|me) a (?:shout|call|ring|bell)|call me|drop me a line|get in touch)\\b",
      "\\bif you (?:got|have|get|ever have) any (?:jobs|work|projects|openings|contracts)\\b[^.?!]{0,60}?\\b(?:give (?:us|me) a (?:shout|call|ring|bell)|let (?:me|us) know)\\b",
      "\\b(?:intern|volunteer|work|shadow) (?:with|for|at) your (?:team|staff|company|firm|lab|practice)\\b",
      "\\bpaid (?:webinar|masterclass|workshop|course|program|programme|bootcamp|session)\\b",
      "\\bearly[- ]bird (?:price|offer|rate|ticket|[£€$]|\\(?\\d)|\\bgrab (?:a|your) (?:seat|spot|ticket) here\\b",
    )),
    examples: ["I'll send over a one-pager tomorrow.", "Happy to set you up with a trial whenever suits.", "Happy to send you our latest case study.",
      "I'd like to book 30 minutes to walk you through our safeguarding training packages and pricing.",
      "Could we grab 30 minutes at your stand so I can walk you through our recycled-polymer range?", "a quick upvote would help us a ton",
      "I do branding for food businesses, so if you ever want a fresh look for the labels, I'd be happy to quote!",
      "Ideal for venues like yours!", "Packages from £850 incl. full gallery.", "I'd be delighted to send over a tailored proposal for your practice.",
      "Would you have 30 mins so I can walk you through the deck?", "Please feel free to contact me for any project or quotation.",
      "if you need a sub for the heating side on your next one give us a shout", "I'm hosting a paid masterclass next Tuesday (early-bird £49)",
      "If you got any jobs coming up needing a drylining crew give us a shout", "would love to volunteer or intern with your staff this summer"],
    nearMisses: ["Your venue looks ideal for a wedding like mine.", "Loved the deck from your talk.", "If you need a hand with the move, give me a shout."],
  }),
  phrase({
    id: 'no-early-ask.en.place-order',
    note: 'An order or a price list pushed: "place your order by Monday", "here are our rates"',
    re: g("\\bplace (?:the|your|an|this) order\\b|\\bhere (?:is|are) our (?:pricing|prices|price list|rates|quote)\\b"),
    examples: ["Place your order by Monday to get the discount.", "Here are our rates for the spring season."],
    nearMisses: ["I loved the order of your slides.", "Here are our photos from the trip."],
  }),
  phrase({
    id: 'no-early-ask.en.free-audit',
    note: 'A free service as a lead magnet: "a free SEO audit", "a free assessment of your site"',
    re: g("\\bfree (?:[\\w-]+ ){0,2}?(?:audit|assessment|consultation|analysis|quote|estimate)\\b"),
    examples: ["I can run a free website audit for you.", "We offer a free energy assessment."],
    nearMisses: ["The audit was free of errors.", "I have a free afternoon on Friday."],
  }),
  phrase({
    id: 'no-early-ask.en.price-quoted',
    note: 'The sender\'s price: "from £299 a month", "£45 per head", "for just $19", "we charge"',
    re: g(alt(
      "(?=[£$€])(?<!\\b(?:saved?|saving|cut|lost|losing|raised|down|up|by|reduced|earned|earning) )"
      + "(?:£|\\$|€) ?\\d+(?:[.,]\\d+)?k? (?:\\+ ?vat )?(?:a|per|an) (?:month|year|head|person|hour|night|cover|session|lesson|seat|user|week|day|visit)\\b",
      "\\b(?:from|starting at|for) (?:just |only )?(?:£|\\$|€) ?\\d+",
      "\\b(?:i|we) charge\\b|\\b(?:flat |fixed |one-off )?fee of (?:£|\\$|€) ?\\d+",
    )),
    examples: ["We lease electric forklifts from £299 a month.", "eight short videos a month for a flat fee of £600", "Our platters are £12 per head.", "Sessions for just $19!"],
    nearMisses: ["Your fundraiser raised £2,000 for the hospice.", "We saved £40 a month after your tip about the boiler."],
  }),
  phrase({
    id: 'no-early-ask.en.early-bird',
    note: 'A sale pushed by scarcity or an early-bird price: "early-bird seats are £49", "two slots left"',
    re: g(alt(
      "\\bearly[- ]?bird (?:seats?|tickets?|prices?|rates?|pricing|offer|discount)\\b",
      "\\b(?:\\w+ )?(?:project |client )?(?:slots?|spots?|places?|seats?) (?:left|remaining|free|open)\\b(?! (?:for|at|on) (?:the|your)\\b)",
    )),
    examples: ["Early-bird seats are £49 until Friday only!", "I've got two project slots left for January.", "I have two slots free in March."],
    nearMisses: ["I bought an early bird at the market.", "Any spots left for the beach clean on your side?"],
  }),
  phrase({
    id: 'no-early-ask.en.link-in-bio',
    note: 'A link to buy or sign up in the sender\'s profile: "link in my profile", "the link is in my bio"',
    re: g("\\blink (?:is )?in (?:my|our) (?:profile|bio)\\b"),
    examples: ["Join my masterclass, link in my profile!"],
    nearMisses: ["Loved the link in your bio to the charity run."],
  }),
  phrase({
    id: 'no-early-ask.en.donation-asked',
    note: 'A donation asked for: "every donation helps", "please donate"',
    re: g(alt(
      "\\b(?:any|every|a small) donation (?:helps|counts|makes)\\b|\\bplease (?:donate|sponsor me)\\b",
      "\\b(?:would|could|will) you (?:consider |be able to |like to |be up for )?(?:donating|donate|sponsoring|sponsor me|chip in|chipping in)\\b",
      "\\bchip(?:ping)? in\\b[^.?!\\n]{0,40}?\\b(?:page|link|fundraiser|justgiving|gofundme|helps)\\b",
      "\\b(?:if you (?:could |would )?|please |would you |could you )vote(?:d)? for (?:us|me|our)\\b",
      "\\blooking for (?:[\\w-]+ ){0,2}?(?:leaders|businesses|companies|firms|sponsors|donors|supporters|people)(?: [\\w-]+){0,2}? to (?:sponsor|donate|make a donation|"
        + "support us)\\b",
      "\\b(?:any|every|a small) donation\\b[^.?!\\n]{0,30}?\\b(?:(?:would|will) (?:\\w+ )?)?(?:mean|means|help|helps|make|makes|counts)\\b",
    )),
    examples: ["Every donation helps, the link is in my bio.", "Would you consider donating, or sharing our fundraiser page?",
      "If you'd like to chip in, my fundraising page is here: givepage.org/sian-runs", "If you felt like chipping in, even £5 helps: justgiving.com/pete",
      "Any donation, however small, would definitely mean a lot.", "voting closes Friday, would mean the world if you voted for us",
      "we're looking for local business leaders to sponsor a team or make a donation.", "Any donation, however small, makes a real difference."],
    nearMisses: ["Your donation page looks great.", "We all chip in for the office coffee.", "He's been looking for a local charity to donate them to."],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  requestForms: requestFormsEN, beneficiary: beneficiaryEN, requestVerbs: requestVerbsEN, directAsks: directAsksEN,
  timeAsks: timeAsksEN, sales: salesEN, salesWeak: salesWeakEN, oversized: oversizedEN, callToAction: callToActionEN,
  needCta: needCtaEN, bookVerbs: bookVerbsEN, askDisclaimer: askDisclaimerEN, noAskPromise: noAskPromiseEN, agreedEarlier: agreedEarlierEN, pitchDisclaimer: pitchDisclaimerEN,
  productClaim: productClaimEN, outcomeClaim: outcomeClaimEN, painQuestion: painQuestionEN,
  senderEvidence: senderEvidenceEN, jobAsks: jobAsksEN, commerceCues: commerceCuesEN,
};
