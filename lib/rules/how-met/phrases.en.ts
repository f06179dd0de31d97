// how-met: English phrases. Each entry is a named cue with examples it must match and
// near-misses it must not (tests/unit/rules/phrases.test.ts runs them all). Patterns run on folded text.
import { g, gd, nameBefore } from '../../lang/patterns';
import { alt, phrase } from '../../lang/phrase';
import { EVENTS, NOT_AFTER_A_WIN, THEIR_CONTENT, NOT_SHARED_PLACE, WORK_FIELDS } from '../../lang/fragments.en';
import { specificEN } from '../personalized/phrases.en';

/** How you met or came to the person: event, talk, meeting, mutual contact, content, group, school. */
export const howMetEN = [
  phrase({
    id: 'how-met.en.their-work-published-in',
    note: 'A work of theirs read in a named outlet: "your piece on flood barriers published in New Civil Engineer"',
    re: gd("\\byour [^.?!]{0,80}?\\b(?:published|featured|printed|covered|profiled) (?:in|on|by) (?:the )?(?<cap>\\w)"),
    examples: ["I read your piece on flood barriers published in New Civil Engineer."],
    nearMisses: ["My article was published in Wired.", "your paper will be published in a journal soon"],
  }),
  phrase({
    id: 'how-met.en.they-said-you-are-the-one',
    note: 'Someone pointed them out to the sender: "our area office said you\'re the one who nailed the layout", "Pete says you\'re the person to ask"',
    re: g("\\b(?:said|says|told me|tells me|mentioned|reckons) (?:that )?you(?:'re| are| were) the (?:one|person|guy|woman|man|lady|go-to|expert|people)\\b"),
    examples: ["Our area office said you're the one who nailed the Halloween aisle in Coventry.", "Pete says you're the person to ask about lime plaster."],
    nearMisses: ["You're the one who should decide.", "I said you're welcome anytime."],
  }),
  phrase({
    id: 'how-met.en.took-in-their-content',
    note: 'Read, watched, heard or enjoyed something of theirs, said with any words between: "saw ur talk at …", "loved your breakdown of …"',
    re: g("\\b(?:read|saw|seen|watched|listened to|heard|loved|enjoyed|liked|caught|attended)\\b(?! (?:that|you|you're|u|how|what)\\b)(?: (?:your|ur|the|their|this|last|a)\\b)?"
      + "(?: [\\w'.-]+){0,4}? (?:breakdown|deep dive|teardown|slides|slide deck|" + THEIR_CONTENT + ")s?\\b(?<!\\bin the (?:local |daily |weekend |morning |evening )?papers?)"),
    examples: ["hi jonas saw ur talk at berlin buzzwords", "really enjoyed your breakdown of the keynote", "Loved the episode with the mayor.",
      "but I just read your slides on docs-as-code."],
    nearMisses: ["I saw that you are hiring.", "I'd love to hear your thoughts on our product.", "saw you're building the booking app at Pawsly",
      "I saw in the local paper that your trust is looking for venues."],
  }),
  phrase({
    id: 'how-met.en.been-following',
    note: 'Has been listening to, reading or watching them for a while (following a company is not): "I\'ve been listening to Margin Notes on my commute"',
    re: g("\\b(?:i've|i have|i'd) been (?:listening to|reading|watching) (?!(?:the news|up|along)\\b)\\w"),
    examples: ["I've been listening to Margin Notes on my commute for about a year now."],
    nearMisses: ["I've been reading up on heat pumps.", "I've been following Greenfield Health's move into cardiology."],
  }),
  phrase({
    id: 'how-met.en.bought-from-them',
    note: 'Bought or ordered something of theirs: "I bought one of your walnut boards at the market"',
    re: g("\\bi (?:bought|ordered|picked up|got) (?:one of |a couple of |two of |some of )?(?:your|ur)\\b"
      + "|\\bi (?:bought|ordered|purchased) [^.?!;\\n]{0,40}?\\b(?:from|at) (?:your|ur)\\b"),
    examples: ["I bought one of your walnut chopping boards at the Stroud market last month.", "I bought the oak side table from your etsy shop."],
    nearMisses: ["I bought a new laptop last month.", "Could you get your team to call me?"],
  }),
  phrase({
    id: 'how-met.en.did-it-together',
    note: 'An activity shared with them, told in the past: "it was lovely cleaning up the beach with you on Saturday", "lovely to chat at the market"',
    re: g(alt(
      "\\b(?:was|were) (?:so |really )?(?:lovely|great|nice|fun|good|a pleasure) \\w+ing\\b[^.?!;\\n]{0,50}?\\bwith you\\b",
      "\\b(?:lovely|great|nice|good) to (?:chat|talk|speak)\\b[^.?!;\\n]{0,40}?\\b(?:at|during|after)\\b",
      "\\bwhen i (?:came|stopped|popped|dropped) (?:by|in)\\b",
      // Not a wish ("it would be great working with you on this").
      "(?<!\\b(?:would|will|'d|could|might) be )\\b(?:great|lovely|nice|fun|good|brilliant|a pleasure|a joy) (?:working|playing|volunteering|singing|serving|"
        + "cooking|training|teaching|studying|sharing a stage) (?:with|alongside) you\\b(?! (?:soon|again|one day|someday|in the future)\\b)",
    )),
    examples: ["it was lovely cleaning up Ocean Beach with you on Saturday", "lovely to chat at the Makers Market on Saturday",
      "Hi Ollie, great working with you on the hospitality team this week!"],
    nearMisses: ["It would be great working with you on this.", "Lovely to chat about the budget sometime."],
  }),
  phrase({
    id: 'how-met.en.sat-near-you',
    note: "Sat near them, or was the intern or newcomer there",
    re: g(alt(
        "\\bsat (?:right )?(?:behind|next to|beside|opposite|across from|near|in front of) you\\b",
        // A stall or stand beside theirs at a market or a fair ("I had the stall next to yours").
        "\\b(?:i|we) (?:had|ran|were on|was on|were at|was at|sat at) the (?:stall|stand|booth|table|pitch|gazebo) (?:right )?(?:next to|beside|opposite|across from|behind) (?:yours|you)\\b",
        // "it was so fun bouldering next to you at the climbing wall": doing something beside them somewhere, not a wish to.
        "(?<!\\bto )\\b[\\w-]+ (?:right )?(?:next to|beside|alongside) you (?:at|in|on|during) (?:the|a|our|that|your)\\b",
        "\\bi was (?:the|an?|one of the) (?:[\\w-]+ )?(?:intern|trainee|new hire|temp|junior|grad|graduate|assistant|"
        + "apprentice)s? (?:who|that|on|in|at)\\b",
      )),
    examples: ["Hi Owen, you probably don't remember me, but I was the intern who sat behind you at Arup in 2019.",
      "it was so fun bouldering next to you at the climbing wall on wednesday", "I had the stall next to yours, the one with the candles.",
      "I was at the table next to yours and you got the loudest cheer of the night."],
    nearMisses: ["Hi Grace, I was in the audience at your workshop on UX writing at Config.", "Hi Sam, we worked together at Lexa back in 2019, I was on the billing squad.",
      "I'd love to work next to you at the new site.", "We'd love to have the stand next to yours next year."],
  }),
  phrase({
    id: 'how-met.en.thanks-for-referring-us',
    note: 'They sent the sender work already: "thanks for recommending us to the Hendersons", "thank you for referring me to …"',
    re: g("\\bthanks? (?:you )?(?:so much |again )?for (?:recommending|referring|suggesting|putting forward|passing on|passing) (?:us|me|my name|our name|our details)\\b"),
    examples: ["Hi Gary, thanks for recommending us to the Hendersons for their loft conversion.", "Thank you for referring me to the school board.",
      "Just wanted to say thanks for passing my name to the Hendersons for their kitchen rewire."],
    nearMisses: ["Thanks for recommending the book in your newsletter.", "I'd be grateful if you could recommend me to your HR team."],
  }),
  phrase({
    id: 'how-met.en.speaks-well-of-you',
    note: "A named person speaks highly of them",
    re: nameBefore(alt(
        "\\b(?:speaks?|spoke|talks?|talked) (?:so |very |really )?(?:highly|well|warmly) of (?:you|your)\\b",
        "\\b(?:raves?|raved) about (?:you|your)\\b",
        "\\b(?:sings?|sang) your praises\\b",
      )),
    examples: ["Hi Freya, Anna Bell speaks so highly of your work on sustainable packaging at Unilever."],
    nearMisses: ["Great chatting about pension reform.", "it's about the same idea of 'boring tech'."],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.shared-events'),
  phrase({
    id: 'how-met.en.named-intro',
    note: "\"Anna's intro\", \"introduced by Anna\"",
    re: gd(alt(
        "\\b(?<cap>\\w)[\\w-]*'s (?:kind )?(?:intro|introduction|referral|recommendation)\\b(?! (?:video|page|section|chapter|"
        + "algorithms?|engine|list|course|paragraph)\\b)",
        "\\b(?:intro|introduction) (?:from|by|via) (?!(?:a|an|the|our|my)\\b)\\w+",
      )),
    examples: ["Hi Sam, nice to e-meet you after Priya's intro!"],
    nearMisses: ["I'd love an intro.", "calendly.com/x/intro"],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.thanks-for-comment'),
  ...specificEN.filter((p) => p.id === 'personalized.en.thanks-for-their-content'),
  ...specificEN.filter((p) => p.id === 'personalized.en.both-speakers'),
  phrase({
    id: 'how-met.en.crossed-paths',
    note: "Crossed paths (not \"may have\"); thanks for sharing",
    re: g(alt(
        "(?<!(?:may|might|could|probably|perhaps|maybe|must) (?:have |'ve |already )?)\\b(?:crossed paths|cross paths|"
        + "thanks for (?:sharing|writing|posting|organi[sz]ing|hosting|presenting|putting together|creating|building|answering|"
        + "recording|publishing|running|moderating))\\b",
      )),
    examples: ["Thanks for writing it!", "thanks for sharing it."],
    nearMisses: ["Thanks for making it free!", "Hi Amy, thanks for the add!"],
  }),
  phrase({
    id: 'how-met.en.meeting-you-at',
    note: "Meeting them at, during, yesterday …",
    re: g(alt(
        "\\b(?:meeting you|to (?:finally |properly |actually )?meet you)\\b(?=[^.?!]{0,40}\\b(?:at|during|after|yesterday|today|tonight|this morning|"
        + "last|earlier|in|over|on|al|allo|alla|ai|agli|alle|all')\\b)",
      )),
    examples: ["Hi Ada, great to meet you at the Rome meetup.", "Hi Ben, great meeting you at UX London yesterday!",
      "Great to finally meet you in person at the cider tasting.", "Ciao Luca! Great to meet you al Pescara Product Breakfast.",
      "Great to meet you all'Hack the Snow di sabato!"],
    nearMisses: ["Nice to meet you!", "Hi Sam, I work in logistics too. Nice to meet you!"],
  }),
  phrase({
    id: 'how-met.en.we-met',
    note: "\"We met\", \"we spoke\", \"our chat\"",
    re: g(alt(
        "\\b(?:we met|we've met|we have met|met you|met at|we spoke|spoke with you|speaking with you|chatting (?:with you )?(?:at|"
        + "during)|chatted (?:at|during)|our chat|we chatted|we talked|talking (?:with|to) you at|we sat|ran into you|bumped into you|bumping into you|running into you|"
        + "to (?:finally )?meet (?:irl|in person|in real life)|(?:said|told me) (?:that )?(?:i should|to) (?:msg|message|text|contact|write to|reach out to|talk to) (?:you|u)|"
        + "you introduced (?:me|us)|"
        + "i saw you (?:speak|present|at|on)|saw you (?:speak|present)|heard you (?:speak|talk|at|on)|i attended your|attending your|"
        + "listened to your|caught your (?:talk|session|panel|keynote))\\b",
      )),
    examples: ["Great chatting at the Bristol JS meetup.", "Hi Tom, we met at the Product Camp dinner.", "So good bumping into you at the quiz!",
      "so good to finally meet IRL at the climbing wall social", "ur cousin jamie said i should msg u",
      "Thanks again, you introduced me to half the room."],
    nearMisses: ["I saw you work there now.", "Great chatting about pension reform.", "The four-day rota you introduced for the nurses is brilliant."],
  }),
  phrase({
    id: 'how-met.en.where-you-spoke',
    note: 'The sender was where the reader spoke: "I was at the open consultation on the 14th, where you presented the counts"',
    re: g("\\b(?:i was|we were|i sat|i attended|i went|i came|i caught)\\b[^.?!]{0,80}?"
      + "\\b(?:where|when) you (?:presented|spoke|talked|gave (?:a|the|your)|ran the|led the|hosted|chaired|demoed|showed us)\\b"),
    examples: ["I was at the council's open consultation on 14 May, where you presented the traffic counts.", "I was in the room when you spoke about tidal power."],
    nearMisses: ["Let me know where you presented it before.", "Tell me when you present it next."],
  }),
  phrase({
    id: 'how-met.en.our-old-days',
    note: 'A shared past told as a time: "since our time on the claims team at Harbourline", "from the old Barnes & Co days"',
    re: g("\\bour (?:time|days|years) (?:together )?(?:on|at|in) (?:the )?(?:[\\w&'-]+ ){0,3}?\\w|\\bfrom the old (?:[\\w&'-]+ ){1,4}?days\\b"),
    examples: ["It's been ages since our time on the claims team at Harbourline Insurance!", "Miss our Friday quiz team from the old Barnes & Co days."],
    nearMisses: ["Our time is limited this week.", "Those were the old days of print."],
  }),
  phrase({
    id: 'how-met.en.together-at-named',
    note: 'Something done together at a named place: "those late nights debugging the billing service together at Ortega"',
    re: gd("\\btogether (?:at|in) (?<cap>\\w)"),
    examples: ["Those late nights debugging the billing service together at Ortega back in 2018 clearly paid off."],
    nearMisses: ["Let's put something together in the new year.", "We could work together in future."],
  }),
  phrase({
    id: 'how-met.en.photos-you-posted',
    note: 'Something they posted, seen: "the reception looks fantastic in the photos you posted"',
    re: g("\\b(?:photos?|pictures?|pics|videos?|posts?|reels?|clips?) (?:that )?you (?:posted|shared|put up|uploaded)\\b"),
    examples: ["the reception looks fantastic in the photos you posted!"],
    nearMisses: ["Could you share the photos from the day?"],
  }),
  phrase({
    id: 'how-met.en.you-served-us',
    note: 'The reader did a piece of work for the sender: "you rewired our kitchen", "you came out to fix the boiler at our old office"',
    re: g("(?<!\\b(?:if|when|once|unless) )\\byou (?:rewired|fitted|fixed|repaired|serviced|installed|built|designed|painted|renovated|plastered|tiled|decorated|landscaped|catered|"
      + "photographed|treated|delivered|sorted|replaced|cleaned) (?:our|my)\\b|\\byou came (?:out|round|over|by) to (?:fix|sort|repair|install|look at|check|service)\\b"
      + "|\\byou (?:made|served|poured|cooked|baked) (?:me|us) (?:a|an|the|my|our)\\b"),
    examples: ["You made me a flat white at Grant & Daughter on Kings Road last weekend.",
      "you rewired our kitchen in Headingley back in September", "You came out to fix the boiler at our old office on Carver Street back in June."],
    nearMisses: ["If you fixed my bike I'd be grateful.", "Could you come out to fix the boiler?"],
  }),
  phrase({
    id: 'how-met.en.passed-on-your-name',
    note: 'Someone gave the sender their name: "Tom from your old team passed on your name"',
    re: g("\\b(?:passed on|gave me|shared|forwarded me) your (?:name|details|number|contact|email)\\b"),
    examples: ["Tom Fielding from your old team at Northwind Bank passed on your name."],
    nearMisses: ["Could you pass on your details to the organisers?"],
  }),
  phrase({
    id: 'how-met.en.interviewed-with',
    note: 'The sender interviewed with them: "I interviewed with your team last autumn"',
    re: g("\\bi (?:interviewed|had an interview) (?:with|for) (?:you|your)\\b"),
    examples: ["I interviewed with your team last autumn and, although it didn't work out, it was the best interview I've had."],
    nearMisses: ["Could I interview you for my dissertation?"],
  }),
  phrase({
    id: 'how-met.en.showed-us-around',
    note: 'The reader showed the sender round their place: "thanks for showing us around your vineyard"',
    re: g("\\b(?:for|after) showing (?:me|us) (?:around|round)\\b"),
    examples: ["grazie mille for showing us around your family's vineyard in Valpolicella during our December trip."],
    nearMisses: ["Could you show us around the site next week?"],
  }),
  phrase({
    id: 'how-met.en.you-were-my',
    note: 'The reader was the sender\'s carer, teacher or boss: "you were my midwife at St Aldhelm\'s", "you were our tutor"',
    re: g("\\byou were (?:my|our) (?:midwife|nurse|doctor|gp|teacher|tutor|coach|manager|line manager|mentor|landlord|landlady|instructor|physio|"
      + "surgeon|consultant|lecturer|supervisor|boss|trainer|dentist|vet|carer|driving instructor|neighbou?r)\\b"),
    examples: ["Hi Grace, you were my midwife at St Aldhelm's in June.", "you were our tutor for the level 2 heating module"],
    nearMisses: ["You were right about my manager.", "Were you my tutor's colleague?"],
  }),
  phrase({
    id: 'how-met.en.im-the-one',
    note: 'The sender makes themselves known: "I\'m the guy from the 5-a-side", "it\'s the one who asked about rotations"',
    re: g("\\b(?:i'm|im|i am|it's|its) (?:the|that) (?:guy|girl|lad|lass|one|woman|man|bloke|chap|fella|person|mum|dad|mom|neighbou?r|kid|student) "
      + "(?:from(?! (?:our|my)\\b)|with the|who (?:asked|was|sat|came|bought|stopped|helped|won|ran|spoke|talked|chatted|kept|had|brought|dropped|fixed))\\b"
      + "|\\bhere,? the (?:[\\w'-]+ ){1,3}?who (?:kept|asked|was|sat|came|bought|stopped|helped|won|ran|spoke|talked|chatted|had|brought|dropped|fixed|fell|lost|spilled|tried)\\b"),
    examples: ["Ciao Giorgia! Matt here, the Aussie who kept asking for more grissini at the Langhe Cellar Walk.", "hey kevin im the guy from the 5 a side on wednesday",
      "Hi Sue, I'm the one who asked about grant deadlines at your talk."],
    nearMisses: ["I'm the guy who runs the bakery on Mill Street.", "Honestly, I'm the one from our team who handles payroll."],
  }),
  phrase({
    id: 'how-met.en.next-to-you',
    note: 'The sender places themselves beside the reader somewhere: "I was the one opposite you at the knife skills evening", "great running with you at the 5k"',
    re: g(alt(
      "\\bi was the (?:one|guy|girl|woman|man|lady|bloke|person|lad) (?:opposite|next to|beside|behind|in front of|across from|sat next to|sitting next to) you\\b",
      "(?<!(?:would|will|'d|could) be (?:so )?)\\b(?:great|good|lovely|fun|nice|brilliant|ace|awesome|cool) \\w+ing(?: [\\w'&-]+){0,4}? (?:with|alongside|next to) you "
        + "(?:at|on|in|yesterday|today|last|this)\\b",
    )),
    examples: ["I was the one opposite you at the knife skills evening on Saturday.", "great running with you at the Pumpkin Dash 5k on Sunday",
      "so fun doing the sourdough class with you on Sunday at Crumb & Co"],
    nearMisses: ["It would be great running with you some day.", "I was the one who sent the invoice.", "It would be great working with you on this project."],
  }),
  phrase({
    id: 'how-met.en.their-content',
    note: "Their post, talk, podcast, course, newsletter …",
    // "an hour of your time to talk it through" asks for a conversation; it names no talk of theirs.
    re: g("\\byour\\s+(?:[\\w'.-]+\\s+){0,2}?(?:" + THEIR_CONTENT + ")s?\\b(?<!\\bto talks?)"),
    examples: ["your article on Rust was great.", "Hi Tom, loved your talk at QCon."],
    nearMisses: ["Hi Lily, love your energy!", "I love your paper-cut art.", "I'll put together a free audit of your website this week.",
      "Your story of building Rootline from a garage is inspiring.",
      "We could refresh your website before the spring rush.", "I'd be grateful for an hour of your time to talk it through."],
  }),
  phrase({
    id: 'how-met.en.at-the-event',
    note: "At, during, after an event",
    // Not where they won something ("congrats on the win at the Henley regatta"): that event is theirs, not a meeting.
    re: g("\\b(?:at|during|after|from|in|on|attended)" + NOT_AFTER_A_WIN + " (?:the |this |last |yesterday's |today's |this morning's |last week's |"
        + "our |a )?(?:(?:mr|mrs|ms|dr|prof|st)\\.\\s*|[\\w'/][\\w'/-]*(?:\\.[\\w'/-]+)*\\s+){0,4}?(?:" + EVENTS + ")s?\\b"),
    examples: ["Following up on the hackathon:", "Remember me from the hackathon?", "Megan Riley from Mr. Harlan's stats class at Lincoln High?",
      "Lovely to see you at the Langhe wine evening in Turin.", "So good seeing you at the pride brunch!",
      "I attended the town hall on the Riverside cycle lane last Tuesday."],
    nearMisses: ["We'd cover travel, of course.", "Hi Tom, BUY NOW!!! our course", "We plan the same at Ballyhale this winter. Fair play to you.",
      "I'm usually free in the evening.", "I host a monthly breakfast in Reading — no sales talk, just notes.",
      "If you need extra hands on the new panel text, I'd love to help.", "Congrats on the win at the Henley regatta, Ross!", "Congratulations on your award at the Scottish Food Awards."],
  }),
  phrase({
    id: 'how-met.en.talked-at',
    note: "Talked at, during, after something, or by, in, outside a place",
    re: g("\\b(?:chatting|chatted|talking|talked|speaking|spoke)\\b[^.?!;]{0,60}?\\b(?:at|during|after|by the|in the|outside the|near the) (?:the |your |our )?\\w"),
    examples: ["Great chatting at the Bristol JS meetup.", "Hi Tom, great chatting at the Kent food fair.", "Great chatting by the coffee urn in the exam hall."],
    nearMisses: ["Great chatting about pension reform.", "I put together the list of chaos engineering tools we talked about - it's in this doc:"],
  }),
  phrase({
    id: 'how-met.en.connected-after-named',
    note: "Connected or met after a named event (not whom they are connected to: \"you're connected to Rachel at Northwind\")",
    re: gd(alt(
        "\\b(?:connecting|accepting|(?<!\\b(?:you're|youre|you are|are|is|she's|he's|they're) )connected|accepted|meeting|chatting|talking|speaking)"
        + "\\b[^.?!]{0,20}?\\b(?:after|at|during|from) (?:the )?(?<cap>\\w)",
      )),
    examples: ["Great chatting at the Bristol JS meetup.", "Hi Hannah, thanks for connecting after Slush.", "We connected at Web Summit."],
    nearMisses: ["Let's stay connected.", "Let's stay connected!", "I see you're connected to Rachel Stone at Northwind Ventures."],
  }),
  phrase({
    id: 'how-met.en.at-day-week-night',
    note: "At a named day, week or night",
    // Not a duration ("cuts onboarding from three weeks to four days").
    re: g("\\b(?:at|during|after|from|since) (?!(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|many) )"
      + "(?:the |this |last |yesterday's |last week's )?(?:[\\w'-]+\\s+){1,4}?(?:day|days|week|night)\\b(?! (?:before|after|ago|later|earlier)\\b)"),
    examples: ["See you at the start line next week!", "Loved your talk on GraphQL federation at API Days."],
    nearMisses: ["I was let go from Corrib Data the week before Christmas.", "Our platform cuts contractor onboarding from three weeks to four days.",
      "Hi Leah, thanks for the great Q&A at the Women Who Code Bristol meetup last night.",
      "Hi Leah, thanks for the great Q&A at the Women Who Code Bristol meetup last night. I'm switching careers into QA - if you hear of any junior openings, I'd really appreciate a heads-up!",
    ],
  }),
  phrase({
    id: 'how-met.en.since-event',
    note: "Since the event",
    re: g("\\bsince (?:the|your|our) (?:[\\w'-]+\\s+){0,3}?(?:" + EVENTS + ")s?\\b"),
    examples: ["Since the hackathon I've kept thinking about your window-function trick."],
    nearMisses: ["I started a company since then - we sell data tools to startups.", "Since you used to work with the CEO of Brightfield, could you introduce me?"],
  }),
  phrase({
    id: 'how-met.en.following-up',
    note: "Following up on a talk, \"as promised at …\"",
    re: g(alt(
        "\\bfollowing up (?:on|from|after) (?:your|our|the)\\b",
        "\\b(?:as promised|as discussed|as i mentioned|as we discussed|like i said) (?:at|during|after|on|yesterday|today|"
        + "this morning|last)\\b",
      )),
    examples: ["Following up on the hackathon:", "Following up on your RailsConf session:"],
    nearMisses: ["As promised, the accessibility checklist:", "As promised, here is the link to our open dataset."],
  }),
  phrase({
    id: 'how-met.en.named-mentioned-you',
    note: "A named person mentioned them",
    re: nameBefore("\\b(?:mentioned|told me|says|said|recommended|suggested|pointed me to) (?:that )?(?:you|your)\\b"),
    examples: ["You said your team is rolling out a four-day week;", "You mentioned you were looking for data on pension gaps;"],
    nearMisses: ["Here's the deck I mentioned;", "Hi Sam, LinkedIn suggested I connect with you."],
  }),
  phrase({
    id: 'how-met.en.fellow-alum',
    note: 'The same past place said as a fellow: "fellow ex-McKinsey here", "Ex-Deloitte here too", "also I studied at TU Delft, in the same years as you"',
    re: g(alt(
      "\\bfellow (?:ex-|former |alum\\w* (?:of )?)\\w+",
      "\\bex-\\w+(?: [\\w&-]+){0,3}? here(?: too| as well)?\\b",
      "\\b(?:also i|i also|i too) (?:studied|worked|was|did (?:my|a|the))\\b",
      "\\bin the same years (?:of|as) you\\b",
    )),
    examples: ["Hi there, fellow ex-McKinsey here (London office, 2015-2018).", "Ex-Deloitte Risk Advisory here too (Milan office, 2018).",
      "Hi! Also I studied at TU Delft, in the same years of you I think."],
    nearMisses: ["My ex-colleague told me about the role.", "I also think the talk was great.", "Our fellow citizens deserve better."],
  }),
  phrase({
    id: 'how-met.en.was-in-your-class',
    note: 'The sender sat in their class or worked on their ward: "I was in your Biostatistics II module at King\'s in 2018"',
    re: g("\\bi was (?:in|on|one of) your (?:[\\w'-]+ ){0,3}?(?:class|classes|lecture|lectures|module|course|seminar|workshop|ward|tour|cohort|students?|team)\\b"
      + "|\\b(?:was|were) recommended to (?:me|us) by\\b"),
    examples: ["Hi Dr. Patel, I was in your Biostatistics II module at King's in 2018.", "Your company was recommended to us by the parks team at Calderdale."],
    nearMisses: ["I was in London last week.", "Your team was recommended for an award."],
  }),
  phrase({
    id: 'how-met.en.heard-from-named',
    note: 'News of them from a named person: "Heard from Priya that you\'ve left Accenture"',
    re: gd("\\bheard (?:from|through|via) (?<cap>\\w)"),
    examples: ["Heard from Priya that you've left Accenture after nearly ten years."],
    nearMisses: ["I heard from the grapevine that the team is hiring.", "We heard from our clients that it works."],
  }),
  phrase({
    id: 'how-met.en.named-passed-on',
    note: 'A named person passed on something of theirs: "Máire Doherty passed on your note about the team"',
    re: nameBefore("(?<!\\b(?:i|we) )\\b(?:passed on|passed along|forwarded|sent me|sent over|shared) (?:me )?your (?:note|post|message|email|e-mail|ad|advert|"
      + "request|appeal|details|number|flyer|notice|listing)\\b"),
    examples: ["Máire Doherty passed on your note about the coaching vacancy.", "Hi Tom, Priya Nair forwarded me your post about the night classes."],
    nearMisses: ["I passed on your note to the board.", "Thanks, I forwarded your email to our team."],
  }),
  phrase({
    id: 'how-met.en.same-panel',
    note: "On the same panel, table, floor; \"we both\"",
    re: g(alt(
        "\\bwe were (?:on|in|at) the same\\b",
        "\\bsame (?:panel|stage|table|project|board|committee|conference|event|floor|office|squad)\\b",
        "\\bwe both\\b(?! (?:work|are) in " + NOT_SHARED_PLACE + ")",
        // The sender's own volunteering ("I volunteer at a wetland site near Preston") is nothing shared.
        "(?<!\\bi )volunteer (?:with|at|for)\\b",
        "\\bintroduced us\\b",
        "\\b(?:was|were) introduced (?:to you )?(?:by|at|through)\\b",
      )),
    examples: [
      "Hi Noah, we were on the same panel at ProductCon last year (the one on pricing).",
      "Hi Liam, we both volunteer with Code Club in Leeds - I run the Tuesday session at the central library.",
    ],
    nearMisses: ["it's about the same idea of 'boring tech'.", "I struggled with the same thing last year;", "I noticed we both work in hospitality", "I volunteer at a wetland site near Preston.",
      "I noticed we both work in facilities management in Leeds."],
  }),
  phrase({
    id: 'how-met.en.told-to-reach-out',
    note: "Someone suggested reaching out (not LinkedIn's algorithm)",
    re: g(alt(
        "(?<!linkedin )(?<!algorithm )\\b(?:suggested|recommended|sugg?ested|told me|advised|encouraged me|insisted|said|says) (?:that )?(?:i|"
        + "we) (?:should )?(?:reach out|get in touch|contact you|connect|write to you|say hi|talk)\\b",
        "\\b(?:said|told me|asked me) to (?:connect with|reach out to|get in touch with|contact) (?:whoever|the person who|you)\\b",
        "\\b(?:asked|told|encouraged|urged) me to (?:reach out|get in touch|contact you|write to you|connect|say hi|drop you a line|"
        + "message you)\\b",
      )),
    examples: ["Hi Tim, we have Maria Lopez in common and she suggested I reach out.", "Hi Sam, Laura Diaz recommended I get in touch about your research on soil carbon.",
      "Tom Beckett said I should reach out about cotton sourcing.", "my manager said to connect with whoever ran the damp and mould pilot in Salford"],
    nearMisses: ["Are you interested?", "Want me to put you two in touch?", "The doctor said I should rest more."],
  }),
  phrase({
    id: 'how-met.en.mutual-contact',
    note: "A mutual friend, referred by, on someone's recommendation",
    re: g(alt(
        "\\b(?:(?:a|our) mutual (?:friend|contact|connection|acquaintance)|introduced (?:me )?by|referred by|"
        + "on (?:\\w+ )?(?:\\w+'s )?(?:recommendation|suggestion)|we have \\w+(?: \\w+)? in common|(?:\\w+ )?(?:suggested|"
        + "recommended) (?:that )?(?:i|we) (?:connect|talk|reach out|get in touch|say hello|say hi|drop you a line|write to you|message you))\\b",
      )),
    examples: ["Hi Sam, LinkedIn suggested I connect with you.", "Hi Tim, we have Maria Lopez in common and she suggested I reach out.",
      "Leo Grant suggested I say hello."],
    nearMisses: ["I think we'd have a lot in common.", "Hi Dan, would it help if I introduced you to our former CFO?"],
  }),
  phrase({
    id: 'how-met.en.their-group',
    note: "In a group, community, Slack, forum; speaker or attendee at",
    re: g(alt(
        // Not a research group one wants to join ("a PhD in your group", "a studentship in my group").
        "(?<!\\b(?:phd|position|role|place|spot|studentship|postdoc|internship|job|working|work|thesis|candidate|student|students|behalf) )"
        + "\\b(?:in|on|from|of) (?!an? )(?:the |your |our )?(?:(?!(?:at|in|on|from|with|for|by)\\b)\\w+ ){0,3}(?:group|community|slack|discord|forum|subreddit|server|channel|club|"
        + "association|society|(?<!new |next |exciting |fresh )chapter|circle|choir)\\b",
        "\\b(?:speaker|attendee|participant|panelist|guest|author|winner|finalist)s? (?:list|lineup|line-up|page)\\b",
        "\\bamong the (?:speakers|panelists|winners|authors|attendees|finalists)\\b",
        "\\bwe(?:'re| are) both\\b(?! (?:connected|linked|(?:working |based |active |employed )?in)\\b)"
        + "|\\bwe were both\\b(?! (?:working |based |active |employed )?in (?:the )?(?:same )?(?:(?:[\\w{}-]+ ){0,3}(?:" + WORK_FIELDS + ")\\b|[{\\[<]))",
        "\\b(?:you|your|yours|met|meet|follow\\w*|saw|seen|found|read|watched|chatted|talked|spoke|connected|know|knew|noticed|"
        + "came across|stumbled)\\b[^.?!]{0,60}?\\bon (?:twitter|x|instagram|facebook|slack|discord|reddit|github|youtube|mastodon|"
        + "bluesky|medium|substack|tiktok|threads|hacker news|stack overflow|stackoverflow|behance|dribbble|vimeo|spotify|soundcloud|"
        + "twitch|pinterest|flickr|quora|goodreads)\\b(?! (?:ads|campaigns?|marketing|advertising|strateg\\w+|growth|influencers?))",
      )),
    examples: ["Hey Jasmine, big fan of your YouTube channel on data viz.", "Hi Sam, Tom from our book club said you were the person to ask about kayaks."],
    nearMisses: ["Hi Adam, own a guesthouse?", "Happy to send a case study from a group like yours.",
      "Hi {firstName}, I see we're both in {industry}.", "I see we're both connected to Tanya Ross.",
      "I see we're both in facilities management in the North West.", "We're both working in renewable energy procurement.",
      "Happy to intro you to the authors too.", "Wishing you every success in this new chapter.",
      "I'm reaching out on behalf of the Riverside Youth Rowing Club.", "I have a diploma in logistics at Riverside Community College.",
      "I am very interested in pursuing a PhD in your group."],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.that-you-gave'),
  phrase({
    id: 'how-met.en.our-chat',
    note: "Our chat, conversation; \"as discussed\"",
    re: g(alt(
        "\\bour (?:[\\w-]+ ){0,2}?(?:chat|conversation|discussion|exchange)\\b",
        "\\b(?:we discussed|we talked about|we spoke about|as discussed)\\b",
      )),
    examples: ["I can send you the benchmark we discussed;", "I found the dataset of anonymized ICU records we discussed;"],
    nearMisses: ["Can I send you our rates?"],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.together'),
  phrase({
    id: 'how-met.en.photos-from-your',
    note: "Photos from their event; the sender was judge or speaker",
    re: g(alt(
        "\\b(?:photos?|pictures|posts?|videos?|stories|story|shots) (?:from|of|about) your\\b",
        "\\bi was (?:one of )?the (?:judge|organi[sz]er|speaker|mentor|host|volunteer|moderator|coach|teacher|instructor|sponsor)s?\\b",
      )),
    examples: [
      "Hi Owen, loved the photos from your trip to Japan with the Lonely Planet team - what a job!",
      "Hi Lily, I was one of the volunteers at the Code for Good hackathon you organized in Austin.",
    ],
    nearMisses: ["Hi Grace, I was in the audience at your workshop on UX writing at Config.", "Hi Sam, we worked together at Lexa back in 2019, I was on the billing squad."],
  }),
  phrase({
    id: 'how-met.en.took-your-class',
    note: "Took, attended or joined their class, course, workshop",
    re: g(alt(
        "\\b(?:took|attended|joined|loved|enjoyed|did|went to|signed up for) (?:your|the) (?:[\\w-]+ ){0,2}(?:club|class|classes|"
        + "course|camp|retreat|workshop|session|program|programme|bootcamp|tour)\\b",
      )),
    examples: ["Hi Helena, my daughter loved your coding club at Leeds Library!", "Hi Helen, my daughter took your coding club at Leeds Library and now wants to be a programmer."],
    nearMisses: ["We'd cover travel, of course.", "Hi Tom, BUY NOW!!! our course"],
  }),
  phrase({
    id: 'how-met.en.customer-of-theirs',
    note: "Ate, stayed, shopped at their place; read an article about them",
    re: g(alt(
        "\\b(?:stayed|ate|dined|shopped|eaten|had dinner|had lunch|had coffee) (?:at|in) your\\b",
        "\\b(?:review|article|feature|piece|story|profile|interview) (?:\\w+ ){0,4}?(?:about|on|of) (?:you|your)\\b",
        // A regular at their place ("I'm a regular at Crumb & Co", "one of your regulars"), not a regular speaker somewhere.
        "\\b(?:i'm|i am|i've been|i have been|we're|we are) (?:a|one of (?:your|the)) (?:[\\w-]+ )?regulars?(?= (?:at|in|here|there)\\b|[.,!;]|$)",
      )),
    examples: [
      "I wanted to share an article that made me think of your talk at the Edinburgh Fringe Tech evening:",
      "Hi Adam, I stayed at your guesthouse in Galway last summer - the breakfast and the hiking tips were the best part of our trip!",
      "I'm a regular at Crumb & Co on Leith Walk, your buns make me late most Fridays.", "Hi Sam, I'm one of your Saturday regulars.",
    ],
    nearMisses: ["your article on Rust was great.", "Hi Jon, congrats on your profile!", "I'm a regular speaker at fintech conferences."],
  }),
  phrase({
    id: 'how-met.en.came-across-your',
    note: "Came across their work (not their profile or contact)",
    re: g(alt(
        "\\b(?:came across|come across|stumbled (?:up)?on|discovered|found) your (?!(?:[\\w-]+ ){0,2}(?:profile|contact|number|email|"
        + "name|details|company|business|firm|startup|team|brand|background|experience)\\b)",
      )),
    examples: ["Hi Michael, I came across your GitHub project for parsing PDFs in Rust and it's exactly what I needed."],
    nearMisses: ["Hi Lily, love your energy!"],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.content-you-make'),
  phrase({
    // A shared meal told in the past ("as I mentioned over lunch", "what you told me over coffee").
    id: 'how-met.en.over-lunch',
    note: "Something said or done over a meal",
    re: g(alt(
        "\\b(?:mentioned|said|told (?:you|me)|discussed|talked|chatted|spoke|met|promised|showed me|recommended|"
        + "suggested) (?:[\\w']+ ){0,3}?over (?:dinner|lunch|coffee|drinks|breakfast|brunch|a beer|beers|a drink|a coffee|pizza)\\b",
      )),
    examples: ["As I mentioned over lunch, I know a recruiter who specialises in fintech sales roles like the one you're hiring for."],
    nearMisses: ["We'd cover travel, of course."],
  }),
  phrase({
    // Their writing or talk named in a relative clause ("the API you wrote about last week", "what you've posted on hiring").
    id: 'how-met.en.you-wrote-about',
    note: "\"You wrote / posted / spoke about\"",
    re: g(alt(
        "\\byou(?: (?:recently|once|just))? (?:wrote|posted|blogged|tweeted|presented|published|shared|talked|spoke|"
        + "podcasted) (?:about|on)\\b",
        "\\byou(?:'ve| have) (?:recently )?(?:written|posted|blogged|tweeted|published|shared|talked|spoken) (?:about|on)\\b",
      )),
    examples: ["Hi Ethan, can I introduce you to a founder in my network who's building exactly the kind of carbon accounting API you wrote about last week?"],
    nearMisses: ["I've just published my first book on UX writing.", "our team just published a report on it - here it is:"],
  }),
  ...specificEN.filter((p) => p.id === 'personalized.en.shared-past'),
  phrase({
    id: 'how-met.en.gave-me-your-name',
    note: "Someone passed on their name or contact",
    re: g(alt(
        "\\b(?:gave|passed|sent|forwarded|shared) (?:me|us) your (?:name|details|contact|number|email|e-mail|info|profile)\\b",
        "\\bgot your (?:name|details|contact|number|email) from\\b",
      )),
    examples: ["Hi Sam, Priya at the Leeds hub passed me your details about the mentoring scheme."],
    nearMisses: [
      "Would you share how you got your first clients?",
      "Hi Samuel, I'm looking to transition from Oracle to Postgres consulting. Would you share how you got your first clients?",
    ],
  }),
  phrase({
    id: 'how-met.en.in-the-audience',
    note: "In the audience; overlapped; alumni, classmates",
    re: g(alt(
        "\\bin the audience\\b",
        "\\boverlapped (?:at|in|on)\\b",
        "\\bwe were colleagues\\b",
        "\\bfellow (?:[\\w'-]+ ){0,3}?(?:grad|grads|graduate|graduates)\\b",
        "\\b(?:alum|alumni|alumna|alumnus|classmates?|(?<!by |per |each |a |new |every |my \\w+ |our \\w+ |my |our )cohort|former colleagues?|worked together|studied together|"
        + "used to work together|same (?:school|university|college|class|cohort|program|programme|bootcamp|team))\\b",
      )),
    examples: ["Hi Noah, fellow Wharton alum here.", "Hi Maya, fellow Warwick alum here (Economics '15).", "Hi Mei, fellow Durham Geography grad here!"],
    nearMisses: ["Hi Mei, a Durham Geography grad here.", "it's about the same idea of 'boring tech'.", "The retention table by cohort was the best part.",
      "Spots for my November cohort are limited."],
  }),
];
/** Future events: "at our next meetup" is not how you met (read on the text as written: "We Make Future" is a name). */
export const futureEN = [
  phrase({
    id: 'how-met.en.future-event',
    note: 'An event still to come or an invitation to one: not a place where you met',
    re: g("\\b(?:next(?! to\\b| door\\b)|upcoming|future|invite you|to invite|join us|look(?:ing)? forward to (?:learning from|reading|seeing|following))\\b"
      // A meeting hoped for ("Hope to bump into you at a Chamber breakfast sometime!").
      + "|\\b(?:hope|hoping|would love|i'd love|keen) to (?:bump into|run into|see|meet|catch) you\\b|\\bsometime\\b(?= ?[!.?]|$)"),
    examples: ["See you at the next meetup in Leeds?", "We'd love you to join us at the spring dinner.", "Looking forward to learning from your posts!",
      "Hope to bump into you at a Chamber breakfast sometime!"],
    nearMisses: ["We met at the meetup in Leeds.", "Great to meet you at the spring dinner.", "We sat next to each other at the Leeds meetup."],
  }),
];

/** Their content on LinkedIn ("your LinkedIn article"): how you came to them, unlike "on LinkedIn" alone. */
export const linkedinContentEN = [
  phrase({
    id: 'how-met.en.linkedin-content',
    note: 'A LinkedIn post, article, event or group of theirs counts; "found you on LinkedIn" does not',
    re: g("\\blinkedin (?:post|article|newsletter|live|video|event|group|learning|course|thread|comment|audio|carousel)"),
    examples: ["I read your LinkedIn article on hybrid work.", "We met in the LinkedIn group for product managers."],
    nearMisses: ["I found you on LinkedIn.", "LinkedIn suggested your profile."],
  }),
];

/** A meeting the sender only guesses at: no real context (mechanism hedged-meeting). */
export const hedgedMeetingEN = [
  phrase({
    id: 'how-met.en.hedged-meeting',
    note: 'Unsure the meeting happened: "we might have crossed paths", "not sure if we met", "either way"',
    re: g(alt(
      "\\b(?:we )?(?:might|may|could) have (?:already )?(?:crossed paths|met|bumped into)\\b",
      "\\bnot sure (?:if|whether) we(?:'ve)? (?:met|crossed paths)\\b|\\beither way\\b",
      "\\bi think we(?:'ve| have)? (?:already )?(?:crossed paths|met|bumped into each other) (?:somewhere|before|at some point)\\b",
      "\\bhave we (?:met|crossed paths)(?: before)?\\?",
    )),
    examples: ["We may have crossed paths at a trade fair once?", "Not sure if we met in Lisbon, but hello.", "Have we met before? Your face looks familiar.",
      "I think we've crossed paths somewhere, maybe at a webinar?"],
    nearMisses: ["We met at the Lisbon trade fair last week.", "You might have seen my note.", "Have we met the deadline?"],
  }),
];

/** An earlier call or conversation between the two (mechanism prior-contact). */
export const priorContactEN = [
  phrase({
    id: 'how-met.en.our-call',
    note: 'They already spoke: "following our call", "as I mentioned on the phone", "after our chat on Monday"',
    re: g(alt(
      "\\b(?:following|after|further to|as per|since) our (?:phone |video |zoom )?(?:call|chat|conversation)\\b",
      "\\bas (?:i|we) (?:mentioned|said|discussed) (?:on the phone|over the phone|when we spoke)\\b",
      "\\bthanks? (?:you )?(?:again |so much |a lot )?for (?:the|our) (?:[\\w-]+ )?(?:call|chat|conversation|meeting|catch-?up|coffee)\\b",
    )),
    examples: ["Following our phone call on Friday, here are the numbers.", "As I mentioned on the phone, the venue is booked.",
      "Thanks again for the call this morning."],
    nearMisses: ["Could we book a call on Friday?", "As I mentioned in my post, the venue is booked."],
  }),
  phrase({
    id: 'how-met.en.thanks-again',
    note: 'Thanks again, or thanks for a visit: they have met ("thanks again for the tour", "thank you for stopping by our booth")',
    re: g(alt(
      "\\bthanks? (?:you )?(?:again|once more) for\\b(?! (?:accepting|connecting|adding|the (?:connection|add|accept)|your (?:reply|connection)))",
      "\\bthanks? (?:you )?(?:so much |a lot )?for (?:visiting|coming (?:by|to|over)|stopping by|dropping by|popping (?:by|in)|swinging by|the visit|your visit)\\b",
    )),
    examples: ["Thanks again for the tour of the roastery.", "Thank you for stopping by our booth at Vinitaly!"],
    nearMisses: ["Thanks for connecting!", "Thanks again!", "Thanks again for accepting my invite."],
  }),
];

/** Readings that undo an overlapping how-met cue (mechanism cue-guards). */
export const cueGuardsEN = [
  phrase({
    id: 'how-met.en.following-career',
    note: 'A career followed is flattery, no content read: "I\'ve been following your impressive career"',
    re: g("\\b(?:following|followed|admired|admiring|watching|watched) your (?:[\\w-]+ )?(?:career|journey|success|achievements|path|trajectory|rise)\\b"),
    examples: ["I've been following your impressive career and I'm truly amazed."],
    nearMisses: ["I've been following your posts on hiring."],
  }),
  phrase({
    id: 'how-met.en.profile-says',
    note: 'What their profile says is no person who told the sender: "your profile says you led the move"',
    re: g("\\byour (?:linkedin )?profile (?:says|mentions|shows|states|lists)\\b"),
    examples: ["Your profile says you led the move of the claims platform."],
    nearMisses: ["Tom says you led the move of the claims platform."],
  }),
  phrase({
    id: 'how-met.en.heard-it-went-well',
    note: 'Hearsay about their talk is no talk heard: "heard your panel was the highlight", "heard the workshop went really well"',
    re: g("\\bheard (?:that )?(?:your|the|his|her|their) (?:[\\w'-]+ ){0,3}?(?:was|were|went|got)\\b"),
    examples: ["I missed the summit but heard your panel was the highlight."],
    nearMisses: ["I heard your panel on grid storage last week, brilliant."],
  }),
  phrase({
    id: 'how-met.en.looking-forward-to-posts',
    note: 'Their posts looked forward to are no content read: "looking forward to your posts"',
    re: g("\\blooking forward to (?:reading |seeing |following )?your (?:posts|content|updates|articles|newsletter)\\b"),
    examples: ["Looking forward to your posts."],
    nearMisses: ["Loved your posts on hiring trends."],
  }),
  phrase({
    id: 'how-met.en.following-later',
    note: 'Following their work is still to come: "looking forward to staying in touch and following your work"',
    re: g("\\blook(?:ing)? forward to (?:[\\w'-]+ ){0,5}?following your\\b"),
    examples: ["Looking forward to staying in touch and following your work."],
    nearMisses: ["I've been following your work on school meals."],
  }),
  phrase({
    id: 'how-met.en.share-my-post',
    note: 'A post they are asked to share is the sender\'s, none of theirs read: "share the post about our nomination"',
    re: g("\\b(?:share|sharing|repost|reposting|like|liking) (?:the|my|our|this) (?:\\w+ )?(?:post|video|reel|link|page)\\b"),
    examples: ["It would mean so much if you could share the post about our nomination."],
    nearMisses: ["I loved your post about the nomination.", "Thanks for your comment on my post about remote onboarding."],
  }),
  phrase({
    id: 'how-met.en.our-community-at-large',
    note: 'A message to everyone around is no group they share: "reaching out to people in our community"',
    re: g("\\b(?:people|everyone|neighbours|neighbors|folks|residents|businesses|families) in our (?:community|area|town|city|village|neighbourhood|neighborhood)\\b"),
    examples: ["I'm reaching out to people in our community who care about local causes."],
    nearMisses: ["We met in our community garden last spring."],
  }),
  phrase({
    id: 'how-met.en.awaiting-reply',
    note: 'The reply the sender hopes to get is none of their content: "I look forward to receiving your reply"',
    re: g("\\b(?:receiving|receive|awaiting|await|hearing|getting) your (?:reply|response|answer|feedback|thoughts)\\b"),
    examples: ["I look forward to receiving your reply."],
    nearMisses: ["Your reply on the thread about pricing was spot on."],
  }),
  phrase({
    id: 'how-met.en.read-on-their-profile',
    note: 'What the sender read on their profile is no meeting: "I noticed on your profile that you led the ward move"',
    re: g("\\b(?:on|from|in) your (?:linkedin )?profile,? (?:that|how)\\b[^.?!;\\n]{0,60}"),
    examples: ["I noticed on your profile that you led the ward move at Royal Derby."],
    nearMisses: ["I loved the talk that you led at the Derby conference.", "Your profile photo is from the Leeds meetup, right?"],
  }),
  phrase({
    id: 'how-met.en.let-go-from',
    note: 'Where the sender was laid off from is their own past, not where they met: "let go from Corvane Systems last week"',
    re: g("\\b(?:let go|laid off|made redundant|fired|dismissed) from\\b[^.!?\\n]{0,40}"),
    examples: ["I was one of the 140 people let go from Corvane Systems last week."],
    nearMisses: ["We met at the Corvane Systems offsite last week."],
  }),
  phrase({
    id: 'how-met.en.events-trade',
    note: 'The events trade is a field one works in, not an event where they met: "professionals in the events industry"',
    re: g("\\b(?:in|across|for) (?:the )?events? (?:industry|sector|business|space|world|trade|management|planning|production)\\b|\\bevents? (?:management|planning) (?:industry|sector)\\b"),
    examples: ["I'm expanding my network with professionals in the events industry."],
    nearMisses: ["We met at the events industry awards in Leeds."],
  }),
  phrase({
    id: 'how-met.en.connected-with-them',
    note: 'Whom they are connected to on LinkedIn: the rest of the sentence is about that person, not how you met',
    re: g("\\b(?:you(?:'re| are)|you've been) (?:connected|linked) (?:with|to)\\b[^.!?\\n]*"),
    examples: ["I see you are connected with Tom Becker from the Harbor Grill group."],
    nearMisses: ["We met at the Harbor Grill group dinner."],
  }),
  phrase({
    id: 'how-met.en.first-class-degree',
    note: 'A first-class degree is not a class they met in',
    re: g("\\b(?:first|second|upper second|lower second)[- ]class\\b(?: honou?rs| degree)?"),
    examples: ["I graduated in Electrical Engineering with first class honors."],
    nearMisses: ["We met at the evening class in Leeds."],
  }),
  phrase({
    id: 'how-met.en.adverb-verb',
    note: 'A cue word used as a verb after an adverb: "your résumé really shows", "it truly stands out"',
    re: g("\\b(?:really|truly|clearly|certainly|always|also) (?:shows|stands|talks|reads)\\b"),
    examples: ["Your CV really shows range.", "Her portfolio truly stands out."],
    nearMisses: ["I loved the show on Friday.", "We met at your stand."],
  }),
  phrase({
    id: 'how-met.en.connection-count',
    note: 'A count of shared connections is LinkedIn arithmetic, not a person who knows you both',
    re: g("\\b\\d+ (?:mutual|shared|common) (?:connections|contacts|friends)\\b"),
    examples: ["We have 31 mutual connections already."],
    nearMisses: ["Our mutual friend Anna says hi."],
  }),
  phrase({
    id: 'how-met.en.ordinal-period',
    note: 'An ordinal day or week is a duration ("after the first week"), not a named event',
    re: g("\\b(?:first|second|third|fourth|\\d+(?:st|nd|rd|th)) (?:day|days|week|weeks|night)\\b"),
    examples: ["You get a summary after the second week."],
    nearMisses: ["We met at Design Week in Milan."],
  }),
];

/** A shared course, a contact named by role, their help, their exhibition (mechanism shared-path). */
export const sharedPathEN = [
  phrase({
    id: 'how-met.en.small-encounters',
    note: 'A small meeting told plainly: "great chatting on the ferry", "I\'m the customer who …", "we shared the gazebo", "you stitched up my son\'s chin"',
    re: g(alt(
      "\\bgreat (?:chatting|talking|speaking|meeting you|to meet you|to chat|chat|talk|conversation) (?:with you )?(?:on|at|in|during|by|over)\\b",
      "\\b(?:i'm|i am|i was) the (?:customer|guy|girl|woman|man|lady|one|student|parent|mum|mom|dad|nurse|driver|volunteer) (?:who|that|with the|[a-z]{3,}ing)\\b",
      "\\bwe shared (?:a|the) (?:gazebo|table|taxi|cab|tent|ride|lift|desk|room|flat|stage|bench|umbrella|car|pitch)\\b",
      "\\b(?:played|worked|studied|trained|sang|rowed|ran) (?:alongside|with) your (?:sister|brother|cousin|dad|mum|mom|father|mother|son|daughter|wife|husband)\\b",
      "\\byou (?:stitched up|treated|looked after|cared for|operated on|delivered|checked on|nursed|taught|coached) (?:my|our) (?:son|daughter|mum|mom|dad|nan|gran|grandma|"
        + "grandad|husband|wife|baby|kids|boy|girl|father|mother)\\b|\\b(?:sitting|taking) your (?:[\\w'-]+ ){0,3}?exam\\b",
      "\\byou (?:still )?came (?:over |back |by )?(?:twice |again |every hour )?to check on (?:him|her|them|my|us|me)\\b",
      "\\bwith you on (?:\\w+ )?(?:night|nights|shift|shifts)\\b|\\byou were the (?:one|nurse|doctor|guy|lady|man|woman|driver|farmer) who\\b"
        + "|\\bi was (?:one of )?your (?:very )?(?:first |earliest )?(?:clients|customers|patients|students|interns)\\b"
        + "|\\bi was one of the (?:[\\w-]+ ){0,2}?(?:volunteers|helpers|runners|parents|players|stewards|marshals|attendees|students|trainees|nurses|crew)\\b",
    )),
    examples: ["hi niall great chatting on the ferry to inis mor last week", "I'm the customer who spent an hour in the bike shop in Bantry",
      "we shared the gazebo in the rain", "I played alongside your sister Niamh at Galway Corinthians",
      "I was the one juggling a laptop at your counter", "You stitched up my son's chin at the Clifden clinic",
      "I'm a second year sitting your Macroeconomics II exam next week.", "you still came over twice to check on him at 3am",
      "I was the agency nurse on the ward with you on Tuesday night.", "you were the one who pulled my car out of the ditch", "I was one of your very first clients",
      "I was one of the Saturday volunteers sorting tins at the food bank drive"],
    nearMisses: ["Great chatting with you soon, I hope!", "We shared the post with our team.", "You treated me to a great talk."],
  }),
  phrase({
    id: 'how-met.en.someone-of-mine-knows-you',
    note: 'A relative or neighbour of the sender knows them, or they cared for one: "my sister works with you", "everything you did for mum"',
    re: g(alt(
      "\\bmy (?:sister|brother|cousin|mum|mom|dad|wife|husband|partner|son|daughter|aunt|uncle|neighbou?r|flatmate|niece|nephew) (?:\\w+ )?(?:works|worked|studied|plays|played|"
        + "trains|trained|volunteers|volunteered) (?:with|for|under) you\\b",
      "\\b(?:everything|all) you did for (?:my )?(?:mum|mom|dad|nan|gran|grandma|grandad|granddad|son|daughter|husband|wife|brother|sister)\\b",
      "\\b(?:mom|mum|dad|father|mother|grandma|nan) from the\\b|\\bfrom the (?:allotments?|gym|pool|choir|parish|school gate|playgroup|bowls club|rugby club|"
        + "football club|golf club|book club|running club|feed store|farm shop|co-op)\\b",
      "\\bi (?:still |will always |always )?remember (?:you|when you|meeting you)\\b",
      "\\bmy (?:old |former |ex-)?(?:sister|brother|cousin|mum|mom|dad|wife|husband|partner|son|daughter|aunt|uncle|neighbou?r|flatmate|housemate|roommate|"
        + "niece|nephew|friend|mate|pal) (?:[\\w']+ ){0,3}?(?:said|says|told me|mentioned|reckons) (?:that )?you\\b",
      "\\bmet your (?:colleague|co-?founder|partner|boss|manager|team|business partner|wife|husband|brother|sister)\\b",
      "\\bthanks? (?:you )?(?:so much |a lot |again |a million )?for (?:running|organi[sz]ing|hosting|leading|putting on) the\\b",
    )),
    examples: ["my sister works with you in the Belfast council planning office", "Thank you so much for everything you did for mum at Glenview House.",
      "this is Tammy Burke, Mason's mom from the Little League Tigers", "Bev, Keith from the allotments, the one with the giant marrows",
      "I still remember you teaching the whole graduate intake in 2016.", "hey chris my cousin sean said you run the surf school in lahinch",
      "Met your colleague Sophie at the Packaging Innovations show.", "Thank you for running the Saturday litter pick along the Yarra."],
    nearMisses: ["My sister works in Leeds too.", "I remember the first time I saw the sea.", "Greetings from the Lake District!"],
  }),
  phrase({
    id: 'how-met.en.lived-or-worked-side-by-side',
    note: 'A shared home, desk or team told without a meeting word: "we were flatmates in 2011", "your brother\'s old flatmate", "the team that replaced your pipeline"',
    re: g(alt(
      "\\bwe (?:were|used to be) (?:flatmates|roommates|housemates|neighbours|neighbors|classmates|coursemates|teammates|colleagues|deskmates|bandmates|bunkmates)\\b",
      "\\byour (?:old|former) (?:neighbou?r|flatmate|roommate|housemate|classmate|teammate|deskmate|landlord|tenant|supplier|babysitter|tutor)\\b",
      "\\byour (?:brother|sister|dad|father|mum|mom|mother|cousin|husband|wife|partner|son|daughter)'s (?:old )?(?:flatmate|roommate|housemate|friend|colleague|"
        + "classmate|teammate|neighbou?r)\\b",
      "\\b(?:friend|flatmate|roommate|colleague|classmate) of your (?:brother|sister|dad|father|mum|mom|mother|cousin|husband|wife|partner)\\b",
      "\\b(?:i was|i'm|we were|we are) (?:on|in) the team that (?:replaced|inherited|took over|rebuilt|maintains|took on)\\b",
      "\\b(?:i )?(?:took over|inherited) your (?:old )?(?:role|job|project|code|codebase|pipeline|desk|team|patch|accounts?|clients|caseload)\\b",
      "\\b(?:i|we) (?:also )?(?:graduated|studied|trained|interned|did my (?:degree|phd|masters|training)) (?:there|from there)\\b",
    )),
    examples: ["Derek, Paula here, your old neighbour from Maple Court in Columbus.", "We were flatmates in Leuven back in 2011.", "I'm your brother's old flatmate from Brick Lane.",
      "I was on the team that replaced your old data pipeline at Castellan.", "I inherited your caseload when you moved to Leeds.",
      "You studied at Trinity College Dublin too, I graduated there in 2021."],
    nearMisses: ["We were late for the flatmate interview.", "Your brother's company makes great bikes.", "I was on the team bus yesterday."],
  }),
  phrase({
    id: 'how-met.en.class-of-year',
    note: 'Same class, named by its year: "class of 2019", "same cohort"',
    re: g("\\bclass of (?:'|20|19)?\\d\\d\\b|\\bsame (?:cohort|class|year|intake|course)\\b"),
    examples: ["We were both in the MBA class of 2019."],
    nearMisses: ["The class is full this year.", "Our first class starts at nine."],
  }),
  phrase({
    id: 'how-met.en.contact-by-role',
    note: 'A mutual contact named by role: "my old boss at Acme told me you …", "a former colleague suggested"',
    re: g(
      "\\b(?:my|a) (?:former |old |ex-)?(?:manager|boss|colleague|coworker|mentor|professor|teacher|classmate|tutor)\\b"
        + "[^.!?]{0,90}?\\b(?:told me|suggested|recommended|pointed me|mentioned you)\\b",
    ),
    examples: ["My old boss at Fenwick, who worked with you, told me to write.", "A former colleague suggested I get in touch."],
    nearMisses: ["My colleague is off this week.", "Could you tell me about your manager role?"],
  }),
  phrase({
    id: 'how-met.en.same-course',
    note: 'The same course or school, some years apart: "I did the same MBA", "we both studied at"',
    re: g(alt(
      "\\bwe (?:both|each) (?:studied|did|took|attended|graduated)\\b",
      "\\bi (?:also|too) (?:did|took|attended|studied|graduated from) (?:the|at)\\b|\\bsame (?:mba|master'?s|course|programme|program|cohort)\\b",
    )),
    examples: ["We both studied at Bocconi, years apart.", "I also did the Data Science course at Imperial."],
    nearMisses: ["I also did some reading on it.", "We both like cycling."],
  }),
  phrase({
    id: 'how-met.en.helped-me',
    note: 'They helped the sender before: "thanks for helping me with my slides"',
    re: g("\\bthanks? (?:you )?for (?:helping me|having helped me|your help with my)\\b|\\byou (?:helped|showed|gave|lent|saved) me\\b"
      + "|(?<!\\b(?:if|could|would|can|will) )\\byou (?:mentored|interviewed|trained|taught|hired|coached|supervised|managed|onboarded) me\\b"
      + "|\\bi was (?:a|an) (?:student|intern|trainee|apprentice|resident) (?:in|on|at) your\\b"
      + "|(?<!\\b(?:if|could|would|can|will) )\\byou (?:saw|treated|taught|looked after|operated on|coached|fixed|delivered|examined|vaccinated) (?:my|our) "
      + "(?:daughter|son|kids?|child|children|mum|mom|dad|mother|father|wife|husband|partner|nan|gran|grandma|grandad|granddad|dog|cat|boy|girl|twins)\\b"),
    examples: ["Thanks for helping me fix the demo on Monday.", "You helped me find the right platform at Milano Centrale last Wednesday.",
      "Back in 2017 you mentored me through the Code First Girls programme.", "In 2015 you interviewed me for a summer internship at Arup.",
      "I was a student in your Organic Chemistry II lab in spring 2021.", "You saw my daughter at the fracture clinic on the 2nd."],
    nearMisses: ["Thanks for any help you can give.", "Thanks for helping out if you can.", "Would you be willing to have mentored me?",
      "If you saw my daughter at the clinic, please tell me."],
  }),
  phrase({
    id: 'how-met.en.the-one-from',
    note: 'The sender makes themselves known by a place or a person the reader knows: "it\'s Callum, the guy from the cab queue"',
    re: g("\\b(?:i'm|i am|it's|it is|this is) (?:\\w+,? )?the (?:guy|girl|one|woman|man|lady|chap|bloke|mum|mom|dad|neighbou?r|kid|person) (?:from|at|who|with|in)\\b"),
    examples: ["Zoe, it's Callum, the guy from the cab queue at Central.", "Hi Ann, I'm the mum from the swimming lessons on Saturday."],
    nearMisses: ["I'm the founder of a small agency.", "This is the one thing I would change."],
  }),
  phrase({
    id: 'how-met.en.shared-a-seat',
    note: 'Shared a table, a ride, a cab, a desk: "we shared a table on the 07:12", "we split a cab from the airport"',
    re: g("\\bwe (?:shared|split) (?:a|the|an) (?:\\w+ )?(?:table|ride|taxi|cab|uber|desk|flat|house|office|stage|panel|bench|car|lift|room|pizza|fare|umbrella|booth|stand)\\b"),
    examples: ["Hi Sam, we shared a table on the 07:12 to Leeds.", "We split a cab from the airport in the rain."],
    nearMisses: ["We shared the results with the board.", "We split the budget in two."],
  }),
  phrase({
    id: 'how-met.en.shared-shift',
    note: 'A shift worked together: "lovely to share the night shift on Ward 7", "thanks for covering the early shift with me"',
    re: g("\\bshar(?:e|ed|ing) (?:the |a |that |our )?(?:\\w+ )?shift\\b"
      + "|\\b(?:work(?:ed|ing)?|did|cover(?:ed|ing)?) (?:the |a |that |our )?(?:\\w+ )?shift (?:with|alongside) (?:you|me)\\b"),
    examples: ["Aisling, lovely to share the night shift on St Joseph's ward last week.", "Thanks for working the late shift with me on Friday."],
    nearMisses: ["I work the night shift this week.", "Thanks for sharing the rota."],
  }),
  phrase({
    id: 'how-met.en.is-that-you',
    note: 'Recognizing them: "Dan! Is that you?", "is that really you from halls?"; heard about them from a named person at a place',
    re: g(alt(
      "\\bis (?:that|this|it) (?:really )?you\\b(?=[^.!?]{0,20}\\?)|\\bis (?:that|this|it) (?:really )?you from\\b",
      "\\bheard (?:from|through) (?!(?:linkedin|the news|a friend of a friend|recruiters?)\\b)\\w+ (?:at|in|from|on) (?:the|our|my)\\b",
    )),
    examples: ["Dan! Is that you? Sheffield halls, 2006!", "Heard from Shaz at the growers' co-op that the hail hit your block.",
      "Is that really you from Mr Hale's Year 10 physics at Brook Lane School?"],
    nearMisses: ["Is that your final offer?", "I heard from LinkedIn that you were hiring."],
  }),
  phrase({
    id: 'how-met.en.remember',
    note: 'A memory they share: "remember the flooded kitchen?", "do you remember me from …"',
    re: g("\\b(?:do you |you might |you may |you probably don't |not sure you )?remember (?:me|the|that|when|our|us)\\b(?! to\\b)"),
    examples: ["Remember the flooded kitchen in halls?", "Not sure you remember me from the Leeds course."],
    nearMisses: ["Please remember to bring the slides.", "I will always remember to check the dates."],
  }),
  phrase({
    id: 'how-met.en.was-yours',
    note: 'The sender was their student, patient, client, or in their class: "I was in your class at Leeds", "I was one of your patients"',
    re: g(alt(
      "\\bi was (?:in|on) your (?:class|course|team|ward|shift|crew|group|squad|seminar|cohort)\\b",
      "\\bi was (?:one of )?your (?:students?|patients?|customers?|clients?|trainees?|interns?|pupils?|apprentices?)\\b",
      // Or the other way round: "I was your Year 9 history teacher at St Aidan's", "I was your first manager at Brio".
      "\\bi was your (?:[\\w'-]+ ){0,3}?(?:teacher|tutor|coach|trainer|manager|boss|supervisor|mentor|neighbou?r|landlord|landlady|teammate|flatmate|roommate)\\b",
    )),
    examples: ["I was in your class at Leeds in 2019.", "I was one of your patients on the cardiac ward.",
      "I was your Year 9 history teacher at St Aidan's in Carlisle."],
    nearMisses: ["I was in a class of my own.", "Your patients are lucky."],
  }),
];

/** The sender was not at the event, or is still to go: the event in that sentence is no meeting (mechanism absent-at-event). */
export const absentEN = [
  phrase({
    id: 'how-met.en.missed-event',
    note: 'The sender missed it: "I was sorry to miss your panel", "I couldn\'t make it to the launch"',
    re: g("\\b(?:sorry|gutted) (?:to (?:have )?miss(?:ed)?|i (?:missed|couldn'?t make it|couldn'?t come|couldn'?t attend))\\b(?! (?:saying|seeing|catching|chatting|talking|you after))"
      + "|\\b(?:i )?(?:don'?t|do not) think we (?:crossed paths|got to (?:speak|talk|chat|meet)|met|spoke)\\b"
      + "|\\b(?:i|we|unfortunately|sadly) (?:couldn'?t|could not|can'?t|cannot|won'?t be able to|wasn'?t able to|weren'?t able to|was unable to|am unable to) "
      + "(?:make it|attend|come|be there|join)\\b"),
    examples: ["I was sorry to miss your panel on reshoring at the Birmingham show.", "your talk is the one I'm most sorry to miss",
      "I couldn't make it to the launch at Hale Street.", "gutted I missed Fintech Growth Night in Edinburgh where you spoke",
      "I was at the Maker Faire in Leeds too but I don't think we crossed paths."],
    nearMisses: ["Sorry I was late to your talk at the Birmingham show.", "Great to meet you at the launch, you made it look easy.",
      "We met at the launch at Hale Street.", "Sorry I missed saying bye after the meeting at Oakfield.",
      "I did the fix last month when your usual contractor couldn't make it."],
  }),
  phrase({
    id: 'how-met.en.missed-it-plain',
    note: 'The sender missed it, said plainly: "I missed the summit in Manchester", "couldn\'t make it to your workshop", "I was meant to be at …"',
    re: g("\\bi (?:sadly |unfortunately |just |totally )?missed (?:the|your|this year's|last (?:week|month|year)'s)\\b"
      + "(?! (?:chance|opportunity|boat|point|deadline|call|email|message|bus|train|start|beginning|first|last|memo)\\b)"
      + "|(?<!\\w )(?:couldn'?t|could not) make it(?: to)?\\b"
      + "|\\bi was (?:meant|supposed|due|hoping|planning) to (?:be at|attend|go to|come to|make it to)\\b"
      + "|\\b(?:but|and) (?:then )?(?:i )?had to (?:stay (?:at )?home|cancel|pull out|drop out|give it a miss|miss it)\\b"
      + "|\\b(?:i|we) (?:haven'?t|have not|have never) (?:yet )?had the (?:pleasure|chance|opportunity) (?:of meeting|to meet)\\b"),
    examples: ["I missed the EV Charging Summit in Manchester but heard your panel was the highlight.", "Hi Grace, couldn't make it to your workshop on batteries in Derby.",
      "I was meant to be at Founders & Funders in Kelsbury last week but got stuck at home.",
      "I was registered for your session at the Northern Finance Officers' Conference but had to stay home with a sick child.",
      "I haven't had the pleasure of meeting you yet, but I noticed on the shortlist that your team is nominated."],
    nearMisses: ["I missed the chance to say hello after your talk at the summit.", "My colleague couldn't make it to the workshop.",
      "I was at Founders & Funders in Kelsbury last week.", "We met at the summit in Manchester.",
      "We haven't met properly, but I train at the same CrossFit box in Brunswick."],
  }),
  phrase({
    id: 'how-met.en.still-to-go',
    note: 'The sender will be there, later: "I\'ll be in the audience", "I\'ll be at Collision next month", "hope to cross paths"',
    re: g("\\b(?:i|we)(?:'ll| will) be (?:in the audience|there|attending|at|going to|joining|on stand|on booth)\\b|\\bi(?:'m| am) (?:attending|planning to attend|going to attend)\\b"
      + "|\\bhope (?:to|we) (?:cross paths|see you there|say hello there|meet there)\\b|\\bi(?:'ve| have) (?:got|booked|bought) (?:my|a) (?:ticket|seat|place|pass)\\b"),
    examples: ["I'll be in the audience, would be great to say hello afterwards!", "I'll be at Collision in Toronto next month.", "Hope to cross paths!",
      "We'll be on stand 42 showing our budgeting software, swing by the expo!",
      "I see you're speaking at the seed summit next month - I've got my ticket and I'm looking forward to your session."],
    nearMisses: ["I was in the audience at your Bristol talk.", "We crossed paths at Collision in Toronto."],
  }),
];

/** A reunion: they knew each other before, said without where (read as how they met; metDetails takes no scene from it). */
export const reunionEN = [
  phrase({
    id: 'how-met.en.long-time',
    note: 'A reunion: they knew each other before ("it\'s been forever!", "long time no see")',
    re: g("\\bit'?s been (?:forever|ages|far too long|too long|so long|a long time|a while|years)\\b(?! since (?:i|we) (?:posted|wrote|updated|shared))(?=\\s*[!.,:;\\n)]|\\s*$| since\\b)"
      + "|\\blong time no (?:see|speak|talk|chat)\\b"),
    examples: ["Ciao Fede, it's been forever! Saw you joined Semenzaio Angels.", "Hi Dan, long time no see!", "It's been ages since the Leeds days."],
    nearMisses: ["It's been a long time coming for the sector.", "It's been a while since I posted here.", "It's been a tough year for retail."],
  }),
];

/** After missing the event, the sender took in their work all the same: cues from there on count again (mechanism absent-at-event). */
export const absentTurnEN = [
  phrase({
    id: 'how-met.en.took-it-in-anyway',
    note: 'The sender read, watched or listened to it themselves: "…, but I just read your slides", "but I watched the recording"',
    re: g("\\bi(?:'ve| have)? (?:just |since |already |then )?(?:read|watched|listened to|went through|caught up on)\\b"),
    examples: ["I missed your session at DocOps Days because my flight was delayed, but I just read your slides on docs-as-code."],
    nearMisses: ["I missed your session, but colleagues told me it was the highlight.", "gutted I missed your talk, a friend said it was great"],
  }),
];

/** This rule's English phrases, as the language definition takes them (lib/lang/en.ts). */
export const phrasesEN = {
  howMet: howMetEN, future: futureEN, linkedinContent: linkedinContentEN, hedgedMeeting: hedgedMeetingEN,
  priorContact: priorContactEN, cueGuards: cueGuardsEN, sharedPath: sharedPathEN, absent: absentEN, absentTurn: absentTurnEN, reunion: reunionEN,
};
