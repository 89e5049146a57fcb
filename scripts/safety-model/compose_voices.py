"""Round 10 training lines for the learned layer, in our own words (nothing is copied from a dataset).

Risk as long posts tell it, mostly with no death word: exhaustion with living, hopelessness, entrapment,
being a burden, "no point", goodbyes and thanks, giving things away, plans written out at length, in English,
French, Spanish and German. Negatives: everyday teen and adult talk that shares those words (school stress,
breakups, games, the gym, parents, low days that pass), so the model stops reading "tired", "alone", "hate my
life" or "no point" as risk on their own.
"""

SLOTS = {
    "who": ["my mum", "my dad", "my parents", "my sister", "my brother", "my family", "my friends", "my kids",
            "my partner", "my wife", "my husband", "everyone around me", "the people i love"],
    "span": ["for years", "for months", "since i was a kid", "since school", "every single day", "for as long as i remember",
             "since the divorce", "since i lost my job", "since she left", "all year"],
    "pet": ["my cat", "my dog", "my rabbit", "my hamster", "my bird"],
    "thing": ["my guitar", "my games", "my clothes", "my books", "my laptop", "my bike", "my records", "my savings"],
}

# Positives: the writer's own risk, told the way long posts tell it: goodbyes, letters, giving things away, a plan.
RISK_EN = [
    "i [wrote|started|finished] [letters|a letter|notes] [for|to] {who} [explaining|saying sorry|so they understand] [why|everything]",
    "i'm [sorry|so sorry] {who}, [i tried|i really tried|please don't blame yourselves|none of this is your fault]",
    "i [just|only] wanted [someone|one person|somebody] to know [before i go|how i feel before the end|that i tried]",
    "i [gave|have given|am giving] [away|] {thing} [to|and] [my friends|my cousin|people who need them] because i [won't need|won't be using] [it|them] [soon|anymore|after this]",
    "i [found|asked someone to find] a [home|new home|family] for {pet} [because i won't be here|so she's ok after|before the weekend]",
    "i've [got|made] a plan [and a date|and a place|and i know how|for friday] and [i feel calm|it feels like relief|i'm not scared]",
    "i [know|worked out] [exactly|] [how|when|where] i'm going to do it[ and i've told nobody|, it's all sorted|]",
    "[tomorrow|friday|this weekend|after the exams] [is|will be] [my last day|the day|the end of it] [and i've made my peace|and nobody knows|]",
    "i've [said goodbye|made my goodbyes|told people i love them] [in my own way|quietly|without them knowing] [this week|today|already]",
]
# Measured in round 10 and NOT trained on: exhaustion, hopelessness, burden and "no point" in general words. With
# them the model found more r/SuicideWatch posts only by flagging many more everyday teen posts (at an equal false-
# alarm rate it found fewer; docs/safety.md, round 10). Kept here so a later round can measure them again.
RISK_EN_NOT_KEPT = [
    "i'm [so|just|honestly] [tired|exhausted|worn out|sick] of being alive",
    "i [am|feel] [exhausted|drained|tired] by [life|living|existing|every single day] and i [don't want to|can't] [do it|carry on|keep going] anymore",
    "[every|each] [morning|day] i wake up [disappointed|angry|sad] that i [woke up|am still here|didn't die in my sleep]",
    "i [keep|have been] [praying|hoping|wishing] i [won't|wouldn't|don't] wake up [tomorrow|in the morning|one day]",
    "i don't [want|know how] to [keep living|live like this|do this] [anymore|any longer|much longer]",
    "i [can't|cannot] [see|imagine] [myself|me] [alive|here|still around] [in a year|by summer|at thirty|next year]",
    "i've [tried|done] [everything|therapy, meds, all of it|every medication] and nothing [works|helps|changes], i'm [out of|running out of] [options|hope|reasons]",
    "i'm never going to get better[ and i know it| and i'm done pretending|, i've accepted that|]",
    "[nothing|no one] [will|is going to] [ever|] change [and i can't keep waiting|and i'm too tired to wait|for me]",
    "i [hate|despise|can't stand] [myself|who i am|my life|being me] [so much|more every day|and i want out|and i want it to end]",
    "i [just|really|honestly] want [it all to be over|this to be over|to not exist|to stop feeling anything|to go to sleep forever]",
    "i [feel|am] [completely|so|totally] alone and [nobody|no one] [cares|would notice|would miss me|checks on me] [if i went|if i was gone|anyway|]",
    "[my|the] [family|parents|friends] would be [better off|relieved|happier|freer] [without me|if i was gone|if i wasn't around]",
    "i['m| am] [nothing but|just] a [burden|weight|problem] [to|for] {who} and [they deserve better|i'm tired of it|it's not fair on them]",
    "i [ruin|make worse|drag down] everything [i touch|for {who}|for everyone] and [i should just go|they'd be fine without me|i want to disappear]",
    "what [is|'s] [even|] the point [of trying|of any of this|of waking up|of living like this|anymore]",
    "[there's|there is] no [reason|point] [for me|] to [stay|keep going|be here|wake up tomorrow]",
    "i [feel|am] [trapped|stuck|cornered|drowning] [in my own head|in this life|with no way out|and i can't breathe]",
    "the [only|one] [way out|escape|thing that would stop this] [i can see|left|] is [to go|leaving for good|not being here]",
    "i've [been thinking about|been planning|thought about] it [a lot|every night|for weeks|more and more] [lately|now|and it scares me|and it doesn't scare me anymore]",
    "i [don't|do not] trust myself [tonight|alone right now|anymore|around my pills]",
    "i'm scared of what i [might|will|could] do [tonight|if i'm alone|this weekend]",
    "[thank you|thanks] to [everyone|the few people] who [tried|was kind to me|listened], [i'm sorry it wasn't enough|it's not your fault|goodbye]",
    "i [cancelled|stopped paying|closed] [my phone plan|my bank account|my subscriptions|my gym membership] [because i won't need it|since there's no point now|for after]",
    "i've been [collecting|saving|stocking up on] [my meds|tablets|pills|painkillers] [for a while|since january|a few at a time] [just in case|for when i'm ready|for the right night]",
    "i [drove|walked|went] [to|up to] the [bridge|cliffs|tracks|top of the car park] [last night|yesterday|again] and [sat there for hours|nearly did it|couldn't do it this time]",
    "i [overdosed|od'd|took too many] [last year|a few months ago|before] and [i regret waking up|part of me wishes it worked|i'm close to that again]",
    "[last night|yesterday|on sunday] i [nearly|almost|very nearly] [ended it|went through with it|didn't make it] and [i'm still shaking|nobody knows|i don't know why i stopped]",
    "i [cut|hurt|burned] myself [again|deeper|last night|for the first time in months] and [it didn't help|i want to go further|i don't care anymore]",
    "my [depression|anxiety|mental health] is [getting worse|worse than ever|eating me alive] and i [can't|don't want to] [fight|do this|hold on] anymore",
    "i['ve| have] [stopped|quit] [eating|taking my meds|answering my phone|going outside] because [what's the point|i don't care|there's no point]",
    "i [don't|no longer] [see|feel] [a future|any future|a way forward|any reason to stay] for myself",
    "i [feel|am] [numb|empty|hollow|dead inside] [all the time|every day|and it won't stop] and i'm [tired|done|so tired]",
    "i can't [do|handle|take] [this|life|another day|another year] [anymore|any longer|like this]",
    "i[ just| honestly|] [want|need] [it|the pain|everything] to [stop|end|go away] [forever|for good|and i know how to make it]",
    "[honestly|lately|tbh] i [think|feel like] [the world|everyone] would be [better|fine|lighter] without me [in it|around|here]",
    "i [don't|do not] [deserve|want] to [live|be here|be alive|be happy] [after what i did|anymore|honestly]",
    "i [keep|can't stop] thinking [about dying|about not being here|that i'd be better off dead|about the end] [all day|every night|constantly]",
    "i'm [tired|so tired] of [pretending i'm fine|fighting my own head|being a disappointment|trying and failing]",
]
RISK_FR = [
    "je suis [fatigué|fatiguée|épuisé|épuisée] de [vivre|tout|me battre|faire semblant]",
    "[personne|aucun de mes proches] ne [remarquerait|se rendrait compte] si je [partais|disparaissais|mourais]",
    "ils seraient [mieux|plus heureux|soulagés] sans moi",
    "je ne vois [aucun avenir|pas d'issue|plus de raison de rester] pour moi",
    "je n'ai plus [la force|envie|aucune raison] de [continuer|me lever|vivre]",
    "je me sens [piégé|piégée|coincé|coincée|prisonnier] et [la seule issue|la seule sortie] c'est de partir",
    "à quoi bon [continuer|vivre|se lever le matin]",
    "je [donne|laisse] [mes affaires|ma guitare|mes livres] parce que je n'en aurai plus besoin",
    "j'ai [un plan|choisi le jour|tout prévu] et je me sens [calme|prêt|prête]",
    "je [me griffe|me coupe|me brûle] [les bras|les jambes|encore] [tous les soirs|depuis des semaines|pour ne plus rien sentir]",
    "je voudrais [ne plus me réveiller|disparaître pour toujours|que tout s'arrête]",
    "je [suis|me sens] un poids pour [ma famille|tout le monde|mes parents]",
]
RISK_ES = [
    "estoy [cansado|cansada|harto|harta] de [vivir|estar vivo|estar viva|fingir|luchar]",
    "nadie me [echaría de menos|extrañaría|notaría] si me [muriera|fuera|desapareciera]",
    "[todos|mi familia] [estarían|estaría] mejor sin mí",
    "no veo [ningún futuro|salida|razón para seguir] para mí",
    "ya no tengo [fuerzas|ganas|motivos] para [seguir|levantarme|vivir]",
    "me siento [atrapado|atrapada] y la única salida es [irme|desaparecer|no estar]",
    "¿para qué seguir [viviendo|intentándolo|aquí]?",
    "estoy regalando [mis cosas|mi ropa|mis libros] porque ya no los voy a necesitar",
    "ya tengo [un plan|el día elegido|todo preparado] y me siento [tranquilo|tranquila|en paz]",
    "me [corto|araño|quemo] [los brazos|las piernas|otra vez] [cada noche|desde hace meses|para no sentir nada]",
    "quisiera [no despertar|desaparecer para siempre|que todo se acabe]",
    "soy [un estorbo|una carga|un peso] para [mi familia|todos|mis padres]",
]
RISK_DE = [
    "ich bin [so müde|es so leid] zu [leben|kämpfen|funktionieren]",
    "alle wären [glücklicher|besser dran|erleichtert] ohne mich",
    "niemand würde mich vermissen wenn ich [sterben würde|weg wäre|verschwinde]",
    "ich sehe [keine Zukunft|keinen Ausweg|keinen Grund mehr] für mich",
    "ich weiß nicht [wofür|warum] ich noch [weiterleben|aufstehen|kämpfen] soll",
    "ich fühle mich [gefangen|eingesperrt] und [der einzige Ausweg|die einzige Lösung] ist zu gehen",
    "ich verschenke [meine Sachen|meine Bücher|meine Gitarre] weil ich sie nicht mehr brauche",
    "ich habe [einen Plan|den Tag ausgesucht|alles vorbereitet] und bin [ruhig|bereit]",
    "ich [ritze|kratze|verbrenne] mich [jeden Abend|wieder|seit Wochen] um nichts mehr zu fühlen",
    "ich möchte [nicht mehr aufwachen|für immer verschwinden|dass alles aufhört]",
    "ich bin nur [eine Last|ein Klotz am Bein] für [meine Familie|alle|meine Eltern]",
    "wozu [noch leben|weitermachen|aufstehen]",
]

# Negatives: everyday talk that shares those words.
EVERYDAY_EN = [
    "i'm so [tired|exhausted|done] [after|from] [practice|the gym|school|my shift|leg day|finals week] [lol|ugh|fr|]",
    "[school|exam season|this semester|work] is [so stressful|killing me|a nightmare|too much] [right now|lol|ugh] but [summer is close|i'll survive|only two weeks left]",
    "my [girlfriend|boyfriend|crush] [broke up with me|left me on read|likes someone else] and [i'm sad|it hurts|i cried] but [i'll be fine|my friends are helping|i'm moving on]",
    "i [hate|can't stand] my [life|school|schedule|teachers] [right now|this week] [lol|because of exams|because of my parents]",
    "my [parents|mom|dad] [took my phone|won't let me go out|grounded me|don't get me] and [i'm so bored|it's so unfair|i'm annoyed]",
    "[what's|what is] the point of [algebra|homework|making my bed|going to class at 8am|studying if i fail anyway] [lol|honestly|fr|]",
    "i have no [friends|one to sit with|plans] [at my new school|this weekend|yet] [and it's lonely|lol|but i'm trying]",
    "i [feel|am] [alone|lonely|left out] [sometimes|at lunch|on weekends] [but it's ok|but i have my dog|lol]",
    "[nobody|no one] [replied|answered|liked my post|came to my party] [lol|😭|ugh|and i'm kinda sad]",
    "i [gave|sold|donated] [my old clothes|my old games|my bike|my books] [to my cousin|to charity|online] because [i outgrew them|i needed money|i'm moving]",
    "i'm [giving away|selling] [my old|] {thing} [because i'm moving|before uni|to buy a new one|lol]",
    "i [cancelled|quit] [my gym membership|netflix|my phone plan] because [it's too expensive|i never use it|i'm moving]",
    "i've got a plan for [the weekend|my birthday|summer|the exam|my gains] and [i'm excited|it's gonna be great|nobody can stop me]",
    "[thank you|thanks] [everyone|guys|all] for [the birthday wishes|1k followers|the advice|coming to my show] [❤|!|lol|]",
    "[goodbye|bye] [everyone|guys], [i'm off to camp|going offline for exams|see you after summer|logging off for the night]",
    "i [can't|cannot] [do|handle|take] [this level|this homework|my sister|this heat|this teacher] anymore [lol|😭|ugh|]",
    "i'm [so|really] [stuck|trapped] [on this level|in traffic|in this lesson|at my grandma's house|in the lift] [lol|ugh|rn]",
    "i [just|really] want [this week|the exams|this day|school] to be over [lol|already|so bad]",
    "i'm [sick|tired] of [pretending to like|listening to|hearing about] [this song|football|my brother's games|that show] [lol|ugh|]",
    "[my depression|my anxiety] [is a bit better|has been ok|got better] since [i started therapy|i joined the gym|summer] [and i'm proud|:)|]",
    "i've been [gaming|grinding|playing valorant|on my phone] [all night|for hours|since noon] and [i'm dead tired|my eyes hurt|i'm still losing]",
    "i [hit a new pb|benched 100|ran 5k|finally did a pull up] [at the gym|today|this morning] [lets go|!|lol]",
    "i [failed|bombed] [my maths test|the exam|my driving test] and my [parents|mom|dad] [will kill me|are gonna be mad|will ground me] [lol|😭|]",
    "i [feel|am] [useless|stupid|a failure] at [maths|chess|cooking|this game|drawing hands] [lol|but i'm learning|]",
    "i [want|need] to hide [after what i said in class|from my crush|under my duvet|until exams are over] [lol|😭|]",
    "i [ruin|mess up] every [photo|recipe|group project|drawing] [lol|i swear|]",
    "i [hate|dread] [waking up|mondays|getting up] [early|for school|at 6] [lol|so much|ugh]",
    "i [wish|hope] i [didn't have to|won't have to] wake up [for school|early|at 6] tomorrow [lol|ugh|]",
    "is it [normal|weird] to [feel nervous|cry] [before exams|at movies|when your pet dies]?",
    "[does anyone|anyone] [want to|wanna] [talk|play|vc|be friends] [lol|i'm bored|rn|]?",
    "i [miss|really miss] [my ex|my old friends|middle school|my grandma] [sometimes|a lot lately|tonight] [ngl|lol|]",
    "my [dog|cat|hamster|goldfish] [died|passed away] [today|last week|this morning] and [i'm so sad|i can't stop crying|i miss him]",
    "i [got rejected|was rejected|got turned down] [by my crush|from the team|from my dream school] and [it sucks|i'm bummed|i'll try again]",
    "i [feel|am] [empty|numb|meh] [after finals|on sundays|after the holidays] [lol|but it'll pass|idk|]",
    "[my mental health|my mood|my week] [is|has been] [bad|not great|rough] [lately|this month] but [i'm talking to someone|it's getting better|my friends help]",
    "i [don't|do not] [see|know] the point of [this class|this assignment|social media|getting up early on weekends] [lol|honestly|]",
    "there's no [way|chance] i [pass|make it to|win] [this test|the finals|this game] [lol|fr|😭]",
    "i [wrote|sent] [a letter|a long message|a note] to [my crush|my best friend|my grandma|my teacher] [today|last night] and [i'm nervous|she replied|i feel better]",
]
# Round 10, second batch: what everyday teen posts are about when they use heavy words: giving up on a game or a
# crush, debates about violence, rants, insecurity about looks and friends, online jokes and threats "on my life".
EVERYDAY_EN += [
    "i'm [about to|so close to] giving up on [this level|my crush|learning guitar|the diet|this puzzle|ranked] [lol|fr|ngl|]",
    "i [gave up|quit] on [ranked|the diet|my new year's resolution|the book|that show] [after a week|already|lol]",
    "[any|no] threats on my life [will be reported|are allowed|please] [lol|, i'm just saying|]",
    "[our|my] debate [is about|topic is] whether [video games|films|music|social media] [make people violent|cause violence|ruin kids] [and i need points|any ideas?|]",
    "i [feel|am] [insecure|self conscious|ugly] about my [voice|nose|height|skin|braces|style] [lately|in photos|at school] [idk|lol|]",
    "i feel like i [don't stand out|am boring|am stuck in the past] because [my music taste is old|i wear the same hoodie|i don't have tiktok] [lol|idk|]",
    "i [just|really] wanna be [someone's favourite|someone's first choice|invited for once|noticed by my crush] [lol|ngl|honestly|]",
    "i don't feel like [boyfriend|girlfriend|team captain|main character] material [lol|honestly|tbh|]",
    "[these|the] [ads|notifications|group chats|tiktok trends] are [driving me insane|so annoying|ruining my life] [lol|>:(|smh]",
    "my [friend|best friend|brother] [started vaping|smokes weed|drinks at parties] and [won't listen|i'm worried|i don't like it]",
    "my [mum|dad|parents] [treat|treats] me like a [kid|baby|8 year old] and [it's so annoying|i hate it|i'm 16]",
    "[exams|finals|mocks] are [next week|tomorrow|in two days] and i [haven't studied|am panicking|am so behind] [lol|😭|help]",
    "i [got|scored] [a c|a d|58%|lower than my friends] on [the test|my essay|my mock] and [i feel dumb|my mum will be mad|i cried a bit]",
    "[she|he] [broke up with me|ended things|dumped me] [over text|before prom|after two years] and i [can't stop crying|feel empty|miss her|miss him] [today|tonight|]",
    "[it's been|its been] [a week|two weeks|a month] since [the breakup|she left me|he dumped me] and [it still hurts|i'm doing better|i still think about her]",
    "i [hit|reached] [a new pb|my goal weight|100 pushups] at the gym [today|this week] [lets go|!|finally]",
    "i [skipped|missed] [leg day|the gym|practice] [again|all week] [lol|oops|ugh]",
    "my [coach|pe teacher] [made us run|said i'm slow|benched me] [today|again] and [my legs are dead|i'm so tired|i'm mad]",
    "i [lost|threw|died in] [the final round|every game|ranked] [again|all night|lol] and i'm [so tilted|done for today|raging]",
    "i [died|got killed] [so many times|by a noob|in the first minute] [lol|in valorant|in fortnite|😭]",
    "i [stayed in bed|didn't get up|slept] [all day|till 3pm|all weekend] [lol|because it's sunday|after the party]",
    "i [hate|can't stand] [my brother|my sister|my stepdad|my roommate] [so much|sometimes|lol] [he ate my food|she took my charger|he's so loud]",
    "[i'm|im] [never|not] gonna [give up|let you down|stop] [on my dream|on this team|lol]",
    "i [can't|cannot] [stop|quit] [eating snacks|scrolling|biting my nails|buying shoes] [lol|help|send help]",
    "my [life|week|day] is [over|ruined] [lol|😭], [my phone broke|i got grounded|she saw my texts|i tripped in front of everyone]",
    "[why|how] does [everyone|nobody] [care|talk] about [that show|the drama|football] [so much|lol|?]",
    "i [told|asked] my [therapist|counsellor|school nurse] about [my anxiety|exam stress|my sleep] and [it helped|she was nice|i feel lighter]",
    "i [feel|felt] [so|really] [hopeless|useless|stuck] at [maths|chemistry|parallel parking|drawing] [lol|until my friend helped|]",
    # After round 16 (found by the end-to-end thought-record test): everyday "everything goes wrong" frustration.
    "everything [goes|is going|went|always goes] wrong [today|this week|at work|with this project|when i'm late|]",
    "[nothing|everything] [ever|] goes [right|my way|to plan] [on mondays|at work|with this car|for me today] [ugh|lol|!|]",
    "[the bus was late|i missed the train|my laptop crashed] and [everything goes wrong|it all went wrong|nothing went right] [after that|all day|]",
    # After round 17 (its written sets made "pills" weigh more): where everyday medicine is kept or put away.
    "the [pills|tablets|meds|vitamins|painkillers] are [in the kitchen|in the cupboard|on the shelf|in my bag|by the kettle|in the bathroom]",
    "[i keep|we keep|mum keeps|i put] [my|the|her|our] [pills|tablets|meds|inhaler|vitamins] [in the kitchen|in a drawer|in the cupboard|up high] [so the kids cant reach|where i can see them|to remember them|]",
]
EVERYDAY_FR = [
    "je suis [crevé|crevée|épuisé|épuisée] après [le sport|les cours|le boulot|la salle] [mdr|lol|]",
    "j'en peux plus de [ce contrôle|mes parents|ce niveau|cette chaleur] [mdr|lol|]",
    "ma [copine|meuf|crush] m'a [quitté|ghosté|laissé en vu] mais [ça va aller|mes potes sont là|je m'en remets]",
    "à quoi bon [faire mon lit|réviser les maths|se lever tôt le samedi] [mdr|lol|]",
    "je [donne|vends] [mes vieux jeux|mes vêtements|mon vélo] parce que je [déménage|n'y joue plus|veux un nouveau]",
    "je me sens [seul|seule] [parfois|le week-end] mais [j'ai mon chien|ça passe|mes amis m'appellent]",
]
EVERYDAY_ES = [
    "estoy [muerto|muerta|reventado|reventada] después del [gimnasio|entreno|examen] [jaja|xd|]",
    "ya no aguanto [este examen|a mis padres|este calor|este nivel] [jaja|xd|]",
    "mi [novia|novio|crush] me dejó en visto pero [estaré bien|mis amigos me apoyan|ya se me pasará]",
    "¿para qué [estudiar álgebra|hacer la cama|madrugar el sábado]? [jaja|xd|]",
    "estoy regalando [mi ropa vieja|mis juegos viejos|mi bici] porque [me mudo|ya no los uso|quiero una nueva]",
    "me siento [solo|sola] [a veces|los findes] pero [tengo a mi perro|se me pasa|mis amigos me escriben]",
]
EVERYDAY_DE = [
    "ich bin [total kaputt|fix und fertig|so müde] nach [dem Training|der Schule|dem Fitnessstudio] [lol|haha|]",
    "ich halte [diese Prüfung|meine Eltern|diese Hitze|dieses Level] nicht mehr aus [lol|haha|]",
    "meine [Freundin|Crush] hat mich [verlassen|geghostet] aber [das wird schon|meine Freunde sind da|ich komme drüber weg]",
    "wozu [Mathe lernen|das Bett machen|samstags früh aufstehen] [lol|haha|]",
    "ich verschenke [meine alten Spiele|meine alten Klamotten|mein Fahrrad] weil ich [umziehe|sie nicht mehr brauche|ein neues will]",
    "ich fühle mich [manchmal|am Wochenende] einsam aber [mein Hund ist da|das geht vorbei|meine Freunde schreiben mir]",
]


def voices(rng, expand, risk_per_frame=15, everyday_per_frame=60):
    """(label, family, text) rows: each risk frame filled `risk_per_frame` times, each everyday frame
    `everyday_per_frame` times (repeats are dropped by the caller's set)."""
    rows = []
    for frames, label, family, count in [
            (RISK_EN, 1, "en-risk-r10", risk_per_frame), (RISK_FR, 1, "fr-risk-r10", risk_per_frame),
            (RISK_ES, 1, "es-risk-r10", risk_per_frame), (RISK_DE, 1, "de-risk-r10", risk_per_frame),
            (EVERYDAY_EN, 0, "en-everyday-r10", everyday_per_frame), (EVERYDAY_FR, 0, "fr-everyday-r10", everyday_per_frame),
            (EVERYDAY_ES, 0, "es-everyday-r10", everyday_per_frame), (EVERYDAY_DE, 0, "de-everyday-r10", everyday_per_frame)]:
        for frame in frames:
            for _ in range(count):
                rows.append((label, family, expand(expand(frame, rng, SLOTS), rng, {})))
    return rows
