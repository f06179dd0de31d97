// personalized: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g, gd } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';
import { EVENTS, SHARED_PAST, THEIR_THINGS, NOT_SHARED_PLACE } from '../../lang/fragments.en';

/** Phrases of stock templates: a note that could go to anyone. */
export const genericEN = [
  phrase({
    id: 'personalized.en.join-your-network',
    note: "\"I'd like to join your network\": LinkedIn's stock line",
    re: g("\\bi(?:'d| would) like to (?:join|add you to|connect with you (?:on|and add you to)) (?:your|my) (?:professional )?network\\b"),
    examples: ["Hi Grace, I'd like to add you to my professional network.", "Hi Tom, I'd like to add you to my professional network on LinkedIn."],
    nearMisses: ["Would you like to see the deck?", "I would like to pitch our platform."],
  }),
  phrase({
    id: 'personalized.en.like-minded',
    note: "\"Like-minded professionals\"",
    re: g("\\blike-?minded (?:professionals|people|individuals|peers)\\b"),
    examples: ["Hi Jon, I'm always keen to grow my network with like-minded professionals."],
    nearMisses: ["She is very open-minded about remote work."],
  }),
  phrase({
    id: 'personalized.en.grow-my-network',
    note: "\"Expand my network\"",
    re: g("\\b(?:expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending) my (?:professional )?network\\b"),
    examples: ["Hi Greg, just expanding my network in logistics.", "Hi Hannah, I'm building my network of HR leaders in London."],
    nearMisses: ["Let's connect and grow our networks together.", "Hi Grace, I'd like to add you to my professional network."],
  }),
  phrase({
    id: 'personalized.en.saw-your-profile',
    note: "\"Came across your profile\"",
    re: g("\\b(?:came across|come across|saw|found|viewed|noticed|stumbled (?:up)?on) your (?:linkedin )?profile\\b"),
    examples: ["Hi Sam, I came across your profile and I'd like to connect.", "I came across your profile while researching the organisation."],
    nearMisses: ["Hi Jon, congrats on your profile!", "Hi Maya, your profile came up in my feed and I thought we should connect."],
  }),
  phrase({
    id: 'personalized.en.impressed-by-profile',
    note: "\"Impressed by your profile / experience\"",
    re: g("\\bimpressed (?:by|with) your (?:profile|experience|background|career)\\b"),
    examples: ["I was impressed by your background."],
    nearMisses: ["I was impressed by your talk on caching.", "Hi Freya, I noticed your profile and was really impressed with your skills."],
  }),
  phrase({
    id: 'personalized.en.people-like-you',
    note: "\"Professionals like you\": a category, not a person",
    re: g("\\b(?:professionals|people|leaders|experts) like you\\b"),
    examples: ["Hi Adam, I'd love to connect with hospitality professionals like you."],
    nearMisses: ["We help agencies like yours automate client reporting.", "Hi Zoe, I'm always happy to connect with inspiring founders like you!"],
  }),
  phrase({
    id: 'personalized.en.same-industry',
    note: "\"In the same industry\"",
    re: g("\\b(?:in|from) the same (?:industry|field|sector|space)\\b"),
    examples: ["We work in the same industry."],
    nearMisses: ["We sat in the same row at the keynote.", "it's about the same idea of 'boring tech'."],
  }),
  phrase({
    id: 'personalized.en.hope-you-are-well',
    note: "\"Hope this finds you well\"",
    re: g("\\bhope (?:this (?:message |note )?finds you well|you(?:'re| are) (?:doing )?well)\\b"),
    examples: ["Hi Liam, hope you're well!", "Hi Carl, hope you're well!"],
    nearMisses: ["Hope that's ok!"],
  }),
  phrase({
    id: 'personalized.en.reaching-out-to-several',
    note: "Reaching out to several professionals",
    re: g("\\bi(?:'m| am) reaching out to (?:a few|some|several) (?:professionals|people|leaders)\\b"),
    examples: ["I'm reaching out to a few people in logistics:"],
    nearMisses: ["I am reaching out to offer our premium SEO services.", "I am reaching out to offer our premium SEO services. Our packages start at $299/month."],
  }),
  phrase({
    id: 'personalized.en.would-love-to-connect',
    note: "\"Looking forward to connecting\", \"would love to connect\"",
    re: g("\\blooking forward to connecting\\b|\\bwould love to connect\\b"),
    examples: ["Would love to connect.", "Looking forward to connecting!"],
    nearMisses: ["Looking forward to the conference."],
  }),
];

/** Something specific to the recipient: their post, talk, company, shared history. */
export const specificEN = [
  phrase({
    id: 'personalized.en.noticed-named',
    note: 'News of their business, by name: "I noticed Oakline Supply takes six seconds to load", "saw that Brightpath Foods is hiring"',
    re: gd("\\b(?:noticed|saw|spotted|read) (?:that )?(?:the )?(?!linkedin|google|instagram|facebook|your|you)(?<cap>\\w)[\\w&'-]*(?: (?:&|and) [\\w'-]+| [\\w'-]+){1,3}? "
      + "(?:has|have|is|are|was|were|takes|took|won|opened|launched|hasn't|isn't|doesn't|just)\\b"),
    examples: ["I noticed Oakline Supply takes about six seconds to load.", "Saw that Brightpath Foods is hiring its first warehouse manager."],
    nearMisses: ["I saw your post about hiring.", "I noticed you have a new role.", "I read that the market is slowing.", "I noticed Sarah has moved on."],
  }),
  phrase({
    id: 'personalized.en.how-named-does',
    note: 'What their business does, by name, liked or admired: "I really like how Fairley Analytics handles open banking data"',
    re: gd("\\b(?:like|love|loved|liked|admire|admired|enjoy|enjoyed|appreciate|appreciated|respect) (?:how|the way) (?:the )?"
      + "(?!linkedin|google|instagram|facebook|you|your)(?<cap>\\w)[\\w&'-]*(?: (?:&|and) [\\w'-]+| [\\w'-]+){0,3}? "
      + "(?:handles|runs|does|did|built|builds|makes|made|treats|uses|used|approaches|approached|manages|managed|turned|took|keeps|is|has)\\b"),
    examples: ["I really like how Fairley Analytics handles open banking data for small lenders.", "Loved the way Harbourside Bakery runs its night shift."],
    nearMisses: ["I love how you explained it.", "I like how LinkedIn makes this easy.", "I love how the market is moving.", "I like how the new rules turned out."],
  }),
  phrase({
    id: 'personalized.en.read-in-paper-that',
    note: 'News of theirs read in a publication: "saw in Central Ohio Freight News that Okafor Haulage just opened a cross-dock"',
    re: gd("\\b(?:saw|read|heard|noticed|seen) (?:in|on) (?:the )?(?:[\\w'&-]+ ){1,4}?that (?!linkedin|google|instagram|facebook)(?<cap>\\w)"),
    examples: ["Hi Daniel, saw in Central Ohio Freight News that Okafor Haulage just opened a new cross-dock on the south side."],
    nearMisses: ["I read in the paper that the market is slowing."],
  }),
  phrase({
    id: 'personalized.en.thanks-for-their-deed',
    note: 'Thanks for a thing they did: "thank you for organising the Winter Social", "for everything you did for mum", "you did great work on …"',
    re: g("\\bthanks? (?:you )?(?:so much |again |a million )?for (?:organi[sz]ing|running|hosting|fixing|repairing|building|designing|leading|coaching|teaching|"
      + "looking after|caring for|everything you did|all you did)\\b|\\byou did (?:such )?(?:great|amazing|brilliant|fantastic|lovely|wonderful) (?:work|job) (?:on|with)\\b"),
    examples: ["Thank you for organising the Toronto UX Winter Social last Thursday.", "Thank you so much for everything you did for mum at Glenview House.",
      "I know you did great work on the church garden last summer."],
    nearMisses: ["Thanks for the connection!", "Thanks for accepting my request."],
  }),
  phrase({
    id: 'personalized.en.you-were-the-one',
    note: "Picks them out in a scene (\"you were the one with…\", \"sat next to you\")",
    re: g(alt(
        "\\byou were the (?:one|guy|girl|woman|man|person|founder|speaker|lady) (?:with|who|that|from|in)\\b",
        "\\bsat (?:right )?(?:behind|next to|beside|opposite|across from|near|in front of) you\\b",
      )),
    examples: [
      "Hi Owen, you probably don't remember me, but I was the intern who sat behind you at Arup in 2019.",
      "Hi Megan, we met at the Shopify Editions watch party in Manchester, you were the one with the brilliant candle brand.",
    ],
    nearMisses: [
      "Hi Sam, Tom from our book club said you were the person to ask about kayaks.",
      "Sam Ortiz from the Vercel community said you were the person to talk to about edge caching.",
    ],
  }),
  phrase({
    id: 'personalized.en.shared-events',
    note: "\"All those meetups\", \"you also worked…\", \"you interned at…\"",
    re: g("\\ball (?:those|these|the) (?:[\\w'-]+ ){0,3}?(?:" + EVENTS
        + ")s?\\b|\\byou (?:also|too) (?:worked|studied|played|trained|volunteered)\\b|\\byou (?:worked|studied|"
        + "interned) (?:at|in) (?:[\\w.-]+ ){1,3}too\\b"),
    examples: ["Finally connecting after all those Saturday park runs in Clapham."],
    nearMisses: ["happy to jump on a call and walk you through what worked for us.", "I've worked with a great one for years - want me to put you two in touch?"],
  }),
  phrase({
    id: 'personalized.en.their-team-is',
    note: "Their team or company is doing something now",
    re: g(alt(
        "\\byour (?:team|company|startup|firm|agency|organi[sz]ation|school|department|group|store|shop|brand|studio|lab) (?:is|are|"
        + "has|have|just|recently)\\s(?:now |currently |just |recently |already )?(?!(?:been|got|had|a|an|the|very|really|so|doing|"
        + "hiring|recruiting|looking|searching|seeking|interested)\\b)\\w+(?:ing|ed)\\b",
      )),
    examples: ["You said your team is rolling out a four-day week;", "I really admire the dashboards your team has shipped."],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  phrase({
    id: 'personalized.en.their-thing',
    note: "A thing of theirs named: their post, talk, project, book",
    // Not the place a job seeker wants to work ("interested in working at your hotel").
    re: g("(?<!\\b(?:work|works|working|worked|job|jobs|position|positions|role|roles|opening|openings|join|joining|apply|applying) (?:at|in|for|with) )"
      + "\\byour\\s+(?:[\\w'-]+(?:\\.[\\w'-]+)*\\s+){0,2}?(?:" + THEIR_THINGS + ")s?\\b"
      // A post or posts praised with nothing said of them ("loved your post. Great insights as always!") fits anyone.
      + "(?!(?<=\\byour (?:(?:recent|latest|last|new|great|amazing|brilliant|fantastic|lovely|awesome|interesting|insightful) )?(?:posts?|content|articles?))"
      + "(?:\\s*(?:[.!,;]|$)|\\s+(?:always|so|really|keep)\\b))"),
    examples: ["your article on Rust was great.", "Hi Tom, loved your talk at QCon.", "loved your post about the Leeds depot move."],
    nearMisses: ["Hi Lily, love your energy!", "I am very interested in working at your hotel.", "Hi Ryan, loved your post. Great insights as always!",
      "Ethan, love your posts, always so insightful!"],
  }),
  phrase({
    id: 'personalized.en.works-at-named',
    note: "They work at a named place (\"you work at Stripe\")",
    re: gd(alt(
        "\\byou(?:'re| are)?\\s+(?:now |currently |still )?(?:work(?:ing)?|based|leading|running|heading)\\s+(?:at|for|with|"
        + "in)\\s+(?<cap>\\w)",
      )),
    examples: ["Hi Sam, I see you work at Northgate;", "I see you work at Fenwick - could you pass my details to your recruiter?"],
    nearMisses: ["Hi Jasmine, I'm a junior analyst based in Austin.", "Great to see you're now leading people ops at Quillpoint."],
  }),
  phrase({
    id: 'personalized.en.at-your-company-named',
    note: "\"At your company, Acme\"",
    re: gd("\\b(?:at|from) your (?:company|team|startup|firm|studio|agency),? (?<cap>\\w)"),
    examples: ["At your company, Brightloop, the onboarding is famous."],
    nearMisses: ["At my company, Brightloop, the onboarding is famous.", "Hi Lily, love your energy!"],
  }),
  phrase({
    id: 'personalized.en.you-are-doing',
    note: "They are building, hiring, launching something",
    re: g(alt(
        "(?<!if )(?<!whether )\\byou(?:'re| are| were) (?:now |currently |busy |just |still )?(?:building|launching|hiring|"
        + "organi[sz]ing|running|leading|working on|moving|writing|starting|growing|looking for|planning|preparing|scaling|rebuilding|"
        + "migrating|opening|raising|speaking|teaching|mentoring|expanding|relocating|pivoting|joining|shipping|releasing|publishing|"
        + "recruiting|switching)\\b",
        "(?<!\\bif )(?<!\\bonce )\\byou(?:'ve| have) (?:just|recently) (?:launched|opened|won|published|released|raised|expanded|hired|been promoted|"
        + "become|started|joined|moved|shipped|finished|completed|qualified)\\b",
        "\\b(?:saw|noticed|read|heard|see) (?:that )?you(?:'ve| have)? (?:just |recently )?(?:launched|joined|started|published|"
        + "released|opened|raised|won|moved|shipped|written|built|founded|become|been promoted)\\b",
      )),
    examples: ["Just saw you've started your own practice — congrats!", "Saw you've just joined Monzo as Head of Risk, congrats!"],
    nearMisses: ["Thanks for writing it!", "Looking forward to connecting!"],
  }),
  phrase({
    // Their company named or described in the present ("your agency, Northlight Studio, works with …").
    id: 'personalized.en.their-company-named',
    note: "Their company named right after the noun",
    re: gd("\\byour (?:company|startup|firm|studio|agency|shop|store|brand|business|practice|bakery|restaurant|clinic|school),? (?<cap>\\w)"),
    examples: [
      "Hi Nick, your studio, Halfmoon Works, makes the nicest board-game boxes I have seen.",
      "Hi Amelia, I'm a freelance copywriter and I noticed your agency, Northlight Studio, works with a lot of SaaS clients.",
    ],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  phrase({
    id: 'personalized.en.their-company-does',
    note: "Their company described by what it does",
    re: g(alt(
        "\\byour (?:company|startup|firm|studio|agency|shop|store|brand|business|practice|team|lab|charity|"
        + "school)(?:,? [\\w&'.-]+(?: [\\w&'.-]+){0,3},)? (?:works|speciali[sz]es|focuses|serves|makes|builds|sells|designs|supplies|"
        + "produces|runs|helps|organi[sz]es|handles)\\b",
      )),
    examples: [
      "Hi Nick, your studio, Halfmoon Works, makes the nicest board-game boxes I have seen.",
      "Hi Amelia, I'm a freelance copywriter and I noticed your agency, Northlight Studio, works with a lot of SaaS clients.",
    ],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  phrase({
    // A compliment on something new of theirs, named ("loved the new branding for Oakridge Dental").
    id: 'personalized.en.their-new-thing',
    note: "Praise for something new of theirs, named",
    re: gd(alt(
        "\\b(?:loved|love|enjoyed|liked|admired?|congrats on|congratulations on|great job on|impressed by) (?:the|your) (?:new|latest|"
        + "recent|last|redesigned) (?:[\\w-]+ ){1,2}?(?:for|of|at|from|by) (?<cap>\\w)",
      )),
    examples: ["Hi Phoebe, loved the new branding for Oakridge Dental!", "congrats on the new job at Patagonia 🎉 so well deserved"],
    nearMisses: ["Hi Tom, loved your talk at QCon.", "Hi Jon, congrats on your profile!"],
  }),
  phrase({
    id: 'personalized.en.we-are-both',
    note: "\"We're both …\" (not \"in the same industry\")",
    re: g("\\bwe(?:'re| are) both\\b(?! (?:working |based |active |employed )?in\\b)"),
    examples: [
      "Hi {first_name}, I noticed we're both members of the Product Led Alliance Slack.",
      "We're both alumni of the Imperial College Enterprise Lab, so I thought you might be up for it.",
    ],
    nearMisses: ["Hi Iris, I think we'd both benefit from connecting.", "Hi Ethan, we're both in product management so let's connect."],
  }),
  phrase({
    id: 'personalized.en.shared-past',
    note: "Same school or group, said from the sender's side",
    re: g(SHARED_PAST),
    examples: ["Hi Sam, I also studied at the Glasgow School of Art, a few years after you.", "Hi {first_name}, I noticed we're both members of the Product Led Alliance Slack.",
      "As a fellow member of Bristol Women in Business, I wanted to reach out."],
    nearMisses: ["two of our volunteers want to mentor at your next event.", "happy to jump on a call and walk you through what worked for us."],
  }),
  phrase({
    id: 'personalized.en.met-about',
    note: "Met or talked about a topic",
    re: g(alt(
        "\\b(?:we met|we spoke|we talked|we chatted|met you|meeting you|chatting|chatted)\\b[^.?!;]{0,60}?\\b(?:about|regarding|"
        + "on the topic of|on your|on the project)\\b",
      )),
    examples: ["Great chatting about pension reform.", "Loved chatting about budgeting apps at the Money20/20 afterparty."],
    nearMisses: ["Great chatting at the Bristol JS meetup.", "Hi Tom, we met at the Product Camp dinner."],
  }),
  phrase({
    id: 'personalized.en.thanks-for-comment',
    note: "Thanks for their comment, reply, mention",
    re: g(alt(
        "\\bthanks? (?:you )?for (?:the|your) (?:\\w+ )?(?:comment|comments|reply|answer|question|shoutout|shout-out|mention|share|"
        + "repost|endorsement|feedback on my|kind words)\\b",
      )),
    examples: ["Hi Liam, thanks for your detailed answer to my question in the r/dataengineering AMA last week."],
    nearMisses: ["Hi Ned, thanks!", "No ask, just thanks!"],
  }),
  phrase({
    id: 'personalized.en.thanks-for-their-content',
    note: "Thanks for their talk, post, advice, intro",
    re: g(alt(
        "\\b(?:thanks|thank you|grateful)\\b[^.?!]{0,40}?\\bfor (?:the|your) (?:[\\w'-]+ ){0,3}?(?:answer|comment|reply|talk|post|"
        + "article|advice|tip|thread|video|podcast|intro|introduction|feedback|recommendation|shout-?out|webinar|workshop|course|"
        + "session|q&a|ama|keynote|presentation|panel|demo|masterclass|lecture|class|seminar|training|episode|newsletter)s?\\b",
      )),
    examples: ["Thanks again for the tip on user interview scripts!", "Hi Nick, thanks for the honest Q&A after the screening at the Watershed."],
    nearMisses: ["Hi Ned, thanks!", "No ask, just thanks!"],
  }),
  phrase({
    id: 'personalized.en.both-speakers',
    note: "\"We were both speakers / on …\"",
    re: g("\\bwe were both (?:speakers|panelists|on|in|at|finalists|mentors|judges)\\b"),
    examples: [
      "Hi Liam, we were both at Imperial, I think you were a year ahead of me in Mechanical Engineering.",
      "Hi Samuel, we were both speakers at PGConf EU last year - I did the talk on logical replication right after yours.",
    ],
    nearMisses: ["We were late for the session."],
  }),
  phrase({
    id: 'personalized.en.read-about',
    note: "Read or heard about them or their thing",
    re: g("\\b(?:i read about|read about your|heard about your|i heard about)\\b"),
    examples: ["I read about your cooperative in the local paper."],
    nearMisses: ["I read the local paper every day."],
  }),
  phrase({
    id: 'personalized.en.together',
    note: "On a project or trip together; worked together",
    re: g(alt(
        "\\bwe were (?:on|in|at) (?:a|the) (?:[\\w-]+ )?(?:call|meeting|project|panel|team|trip|flight|course|workshop|board) together\\b",
        "\\bwe (?:worked|studied|travel+ed|played|ran|volunteered) together\\b",
      )),
    examples: [
      "Hi Sam, we worked together at Lexa back in 2019, I was on the billing squad.",
      "Hi Greg, we were on a call together last month with the Maersk team about the Rotterdam pilot.",
    ],
    nearMisses: ["Let's connect and grow together.", "Let's connect and grow our networks together."],
  }),
  phrase({
    id: 'personalized.en.i-told-you',
    note: "Something the sender told, showed or gave them; next to them",
    re: g(alt(
        "\\bi (?:showed|told|sent|promised|gave|lent|mentioned to|recommended to) you\\b",
        "\\b(?:next to|beside|with) you at\\b",
        "\\b(?:next to|beside|opposite|across from) (?:you|yours)\\b",
      )),
    examples: ["Hi Tim, my good friend Sara works with you at Kelp.", "Here's the notebook with the feature engineering trick I showed you:"],
    nearMisses: ["See you at the start line next week!", "Hi Ada, great to meet you at the Rome meetup."],
  }),
  phrase({
    id: 'personalized.en.how-is-it-going',
    note: "\"How's the move going?\"",
    re: g("\\bhow(?:'s| is| are| did) (?:the|your) (?!(?:week|day|weekend|morning|afternoon|evening|month|year|summer|holidays?|christmas|monday|friday)\\b)"
      + "(?:[\\w-]+ ){1,2}?(?:going|coming along|go)\\b"),
    examples: ["How's the new bakery going?"],
    nearMisses: ["How are you today?", "Can I show you a quick demo?", "How's your week going?"],
  }),
  phrase({
    id: 'personalized.en.that-you-gave',
    note: "A relative clause about their work (\"the talk that you gave\")",
    re: g("\\b(?:that|which) you (?:gave|held|ran|wrote|published|hosted|organi[sz]ed|taught|recorded|presented|moderated|led|delivered)\\b"),
    examples: ["I loved the keynote that you gave in Porto."],
    nearMisses: ["I loved the keynote that I saw in Porto.", "Are you up for it?"],
  }),
  phrase({
    id: 'personalized.en.thanks-for-doing',
    note: "Thanks for sharing, hosting, presenting; together on a call",
    re: g(alt(
        "\\bthanks for (?:sharing|writing|posting|organi[sz]ing|hosting|presenting|putting together|creating|building|answering|"
        + "recording|publishing|running|moderating)\\b",
        "\\bwe were (?:on|in|at) the same\\b",
        "\\bsame (?:panel|stage|table|project|board|committee|conference|event|floor|office|squad|bootcamp)\\b",
        "\\b(?:we spoke about|we talked about|we discussed|you asked me|you asked about|i promised)\\b",
      )),
    examples: ["Thanks for writing it!", "thanks for sharing it."],
    nearMisses: ["Thanks for making it free!", "Hi Amy, thanks for the add!"],
  }),
  phrase({
    id: 'personalized.en.you-did',
    note: "Something they did, not accepting or viewing",
    re: g(alt(
        "(?<!(?:are|were|be|am|is|if|feel|get|got|whether) )\\byou (?!(?:accepted|connected|added|received|replied|responded|viewed|"
        + "visited|needed|wanted|liked|noticed|looked|seemed|used|owed|asked|missed|interested|excited|based|located|qualified|tired|"
        + "involved|invited|impressed|inclined|concerned|surprised|prepared|engaged|retired|focused|dedicated|registered|"
        + "signed)\\b)(?!\\w*eed\\b)\\w+ed\\b",
      )),
    examples: ["I've already added the CI check you showed.", "You mentioned you were looking for data on pension gaps;"],
    nearMisses: ["Are you up for it?"],
  }),
  phrase({
    id: 'personalized.en.saw-you-speak',
    note: "Saw or heard them speak, present, play",
    re: g("\\b(?:saw|watched|heard) you (?:speak|present|moderate|perform|demo|play|teach|explain|talk|pitch|run|host|lead)\\b"),
    examples: ["I saw you speak in Leeds last spring."],
    nearMisses: ["I saw your post last spring.", "Are you up for it?"],
  }),
  phrase({
    id: 'personalized.en.role-at-named',
    note: "Their role at a named place (\"you're the CTO at Lumen\")",
    re: gd("\\byou(?:'re| are| were) (?:now |currently |still )?(?:(?:the|a|an) )?(?:[\\w-]+ ){0,5}?(?:at|with|of) (?<cap>\\w)"
      // "I see you lead the council's parks team", "saw you chair the transport committee".
      + "|\\b(?:see|saw|noticed|read|know|heard) (?:that )?you (?:now )?(?:lead|run|manage|chair|head|coordinate|direct|oversee|head up) (?:the|a|an) [\\w'-]+"),
    examples: ["I see you're the CTO at Flowpay.", "Great to see you're now leading people ops at Quillpoint.", "I see you're a consultant on the NICU at St Mary's",
      "I see you lead the council's parks team", "I see you chair the transport committee."],
    nearMisses: ["Nice to meet you!"],
  }),
  phrase({
    id: 'personalized.en.as-role-at-named',
    note: "Their role at a named place, said as \"as operations manager at Kelso, you…\" (the sender's own role is followed by I, not you)",
    re: gd("\\bas (?:the |an? )?(?:[\\w-]+ ){1,4}?(?:at|of|for|with) (?:the )?(?<cap>\\w)[\\w'&-]*(?: (?:co\\.|ltd\\.|inc\\.|[\\w'&-]+)){0,3}?,? "
      + "(?:you|your|you'd|you're|you've|you'll)\\b"),
    examples: ["As operations manager at Kelso Brewing Co. your view would be really valuable.",
      "As head of finance at Harlow & Finch, you'd know this better than anyone.", "As a trustee of the Harbour Trust in Whitstable, you'll know how stretched we are."],
    nearMisses: ["I trained as an electrician in Leeds. Your site is hiring, I hear.",
      "As a recruiter at Northgate, I focus on payments hires.", "As operations manager at Kelso Brewing Co. I know the pain.", "as head of finance at harlow, you'd know."],
  }),
  phrase({
    id: 'personalized.en.experience-at-named',
    note: "Their time or role at a named place",
    re: gd("\\byour (?:experience|time|role|work|years|job|tenure|stint|journey) (?:at|with|in) (?<cap>\\w)"),
    examples: ["Would you be happy to share a quote from your experience at Monzo?", "I'd be grateful if you could spare some time to tell me about your role at McKinsey."],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  phrase({
    // Their organisation named with a verb addressed to its people ("you guys at Crestline", "at Crestline you're …").
    id: 'personalized.en.you-guys-at',
    note: "\"You guys at Crestline\"",
    re: gd("\\byou (?:guys|folks|all|lot) (?:at|over at|from) (?<cap>\\w)"),
    examples: ["You guys at Tidewater do great work."],
    nearMisses: ["You guys do great work.", "Are you up for it?"],
  }),
  phrase({
    id: 'personalized.en.at-named-you',
    note: "\"At Crestline you're…\"",
    re: gd("\\bat (?<cap>\\w)[\\w'&-]*(?: [\\w'&-]+){0,3}? (?:you're|you are|you guys|you all|you've|you have|y'all)\\b"),
    examples: ["At Tidewater you're doing great work."],
    nearMisses: ["at tidewater you're doing great work.", "Hi Liam, hope you're well!"],
  }),
  phrase({
    id: 'personalized.en.go-to-person',
    note: "\"You're the go-to person on…\"",
    re: g(alt(
        "\\byou(?:'re| are) (?:the|an?|our) (?:[\\w-]+ ){0,2}?(?:person|expert|go-to|guru|authority|specialist|one) (?:to (?:talk|"
        + "speak) to |to ask |on |in |for |about |who )",
      )),
    examples: [
      "Hi Naomi, Tom Alvarez mentioned you're the person to talk to about grant writing for community theatres.",
      "Hi Ruth, Tom Baker from the Bristol UX meetup told me you're the person to talk to about accessibility in public sector services.",
    ],
    nearMisses: ["Nice to meet you!"],
  }),
  phrase({
    id: 'personalized.en.content-you-make',
    note: "The content they make (\"the posts you write\")",
    re: g(alt(
        "\\bthe (?:posts?|content|videos?|articles?|threads?|tutorials?|guides?|pieces?) you (?:share|post|write|publish|make|create|"
        + "put out|record|shared|posted|wrote|published|made|created|recorded) (?:\\w+ )?(?:about|on|around|regarding|covering)\\b",
      )),
    examples: ["I like the videos you make about pottery."],
    nearMisses: ["I like the videos about pottery.", "Are you up for it?"],
  }),
  phrase({
    id: 'personalized.en.background-in',
    note: "Their background in a named field",
    re: g(alt(
        "(?<!(?:by|with|of|about|on|admire|respect|appreciate) )\\byour (?:background|experience|expertise|track record) (?:in|with) (?!(?:the|this|that|your|"
        + "our|my|a|an|it|sales|business|general|finance|marketing|tech|technology|healthcare|hr|engineering|law|design|education|retail|"
        + "hospitality|consulting|leadership|management|data|operations|software|banking|insurance|media)[.,!;]?(?:\\s|$))[\\w-]+",
      )),
    examples: ["She's hiring a fractional CFO and your background in fintech finance fits perfectly."],
    nearMisses: ["Hi Nik, your RailsConf talk on background jobs was excellent.", "Would you be happy to share a quote from your experience at Monzo?",
      "I really admire your experience in finance.", "Your experience in marketing is impressive."],
  }),
  phrase({
    id: 'personalized.en.you-said',
    note: "Something they said, built, won, published",
    re: g(alt(
        "(?<!if )(?<!whether )\\byou (?:mentioned|said|shared|wrote|posted|presented|explained|described|built|launched|founded|"
        + "organi[sz]ed|moderated|hosted|won|published|talked about|spoke about|gave|raised|asked|showed|demoed|ran|led|pointed out|made)\\b"
        // Not their career as a topic to hear about ("to hear how you built your career").
        + "(?! (?:your|ur) (?:career|network|business|brand|path|journey|reputation|audience|following|success)\\b)",
      )),
    examples: ["I've already added the CI check you showed.", "You said your team is rolling out a four-day week;"],
    nearMisses: ["Are you up for it?", "just 15 minutes of your time to hear how you built your career."],
  }),
  phrase({
    id: 'personalized.en.as-discussed',
    note: "Refers to an earlier exchange (\"as promised\", \"our chat\")",
    re: g(alt(
        "\\b(?:as promised|i mentioned|we discussed|we talked about|we spoke about|as we discussed|as discussed|following our)\\b",
        "\\bour (?:chat|conversation|talk|discussion|exchange)\\b",
      )),
    examples: ["Here's the deck I mentioned;", "As promised, the accessibility checklist:"],
    nearMisses: ["Can I send you our rates?"],
  }),
  phrase({
    id: 'personalized.en.congrats-on',
    note: "Congratulations on something (not their profile or career)",
    re: g(alt(
        "\\b(?:congrats|congratulations|kudos|well done)(?: again| so much| once more| once again)? (?:on|for|to)\\b(?! (?:your|"
        + "the) (?:[\\w-]+ )?(?:profile|career|background|experience|journey|path|achievements|accomplishments|skills|success)\\b)",
      )),
    examples: ["Hi Henry, congrats on your new role as CTO at Finlo!", "congrats on the new job at Patagonia 🎉 so well deserved"],
    nearMisses: ["Hi Jon, congrats on your profile!", "Just saw you've started your own practice — congrats!"],
  }),
  phrase({
    id: 'personalized.en.we-both',
    note: "\"We both\", worked together, same cohort or school",
    re: g(alt(
        "\\bwe (?:worked together|studied together|were in the same|sat next to each other|used to work)\\b",
        // Not a field both work in ("we both work in hospitality").
        "\\bwe both\\b(?! (?:work|are) in " + NOT_SHARED_PLACE + ")",
        "\\bsame (?:cohort|class|school|university|college|program|programme|course|bootcamp|team)\\b",
        "\\bfellow (?:\\w+ ){0,2}(?:alum|alumni|alumna|alumnus|member|speaker|attendee|organi[sz]er|founder|student)\\b",
        "\\bformer colleagues?\\b",
        "\\bi still use your\\b",
      )),
    examples: ["Hi Noah, fellow Wharton alum here.", "Hi Maya, fellow Warwick alum here (Economics '15).", "we both work in the Bristol office"],
    nearMisses: ["Always great to connect with fellow PMs!", "Hi Rebecca, happy to connect with fellow finance professionals.",
      "I noticed we both work in facilities management in Leeds."],
  }),
  phrase({
    id: 'personalized.en.event-about',
    note: "At an event about a topic",
    re: g("\\b(?:at|during|after) (?:the )?(?!(?:our|my)\\b)(?:[\\w'-]+\\s+){0,5}?(?:" + EVENTS
        + ")\\b[^.?!;]{0,60}?\\b(?:on|about)\\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d|"
        + "\\d|january|february|march|april|may|june|july|august|september|october|november|december|time|site|" + "stage|zoom|teams)\\b)"),
    examples: ["Hi Grace, I was in the audience at your workshop on UX writing at Config.", "Hi Ava, we met at the CIPD conference this afternoon after your talk on flexible working."],
    nearMisses: ["We'd cover travel, of course.", "Hi Tom, BUY NOW!!! our course"],
  }),
];
/**
 * LinkedIn's own default invitation texts (past and present) and automation tools' stock notes: the text
 * people have learned to refuse. Matched, with no detail about the recipient, personalized fails saying so.
 */
export const linkedinDefaultEN = [
  phrase({
    id: 'personalized.en.linkedin-default-add',
    note: "LinkedIn's classic default: \"I'd like to add you to my professional network on LinkedIn\"",
    re: g("\\bi(?:'d| would) like to add you to my professional network(?: on linkedin)?\\b"),
    examples: ["I'd like to add you to my professional network on LinkedIn.", "Hi Sam, I would like to add you to my professional network."],
    nearMisses: ["I'd like to add you to the speakers list.", "I'd like to add your talk to my reading list."],
  }),
  phrase({
    id: 'personalized.en.linkedin-default-join',
    note: "LinkedIn's later defaults: \"I'd like to join your LinkedIn network\", \"Let's connect on LinkedIn\"",
    re: g(alt(
      "\\bi(?:'d| would) like to (?:join your (?:linkedin )?network|connect with you on linkedin)\\b",
      "^\\W*(?:hi|hello)?\\W*\\w*\\W*let'?s connect on linkedin\\W*$",
    )),
    examples: ["I'd like to join your LinkedIn network.", "I would like to connect with you on LinkedIn."],
    nearMisses: ["I'd like to join your running club.", "Let's connect on LinkedIn after the workshop on Friday, as we said."],
  }),
  phrase({
    id: 'personalized.en.tool-template',
    note: 'Stock notes of automation tools: "I came across your profile and thought we should connect", "always looking to expand my network"',
    re: g(alt(
      "\\b(?:came across|found) your profile and (?:thought|felt|figured)\\b",
      "\\balways (?:looking|keen|happy) to (?:expand|grow|connect with) (?:my network|like-minded)",
      "\\bit would be great to have you in my network\\b",
    )),
    examples: ["I came across your profile and thought it would be great to connect.", "I'm always looking to expand my network with people in sales."],
    nearMisses: ["I came across your post on pricing and loved the examples.", "It would be great to have you at the meetup."],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  generic: genericEN, specific: specificEN, linkedinDefault: linkedinDefaultEN,
};
