"""Round 8 training lines for the learned layer, in our own words (nothing is copied from a dataset).

Risk sentences as real posts tell them, often with no death word: hopelessness and entrapment, preparation
told as a scene (letters written, a pet rehomed, a cord tied), acts just done, places and travel. Negatives:
everyday idioms with death words ("this homework is going to kill me"), friends' jokes and questions about a
friend, which the rules and the model had read as risk.
"""

# The risk sentence: hopelessness and entrapment with no death word, means and preparation with no death word,
# acts just done, places and travel. Positives.
RISK = [
    "i don't see how [this|my life|any of it] [ever|is ever going to] get[s|] better and i've stopped trying",
    "i'm [so|just] tired of [existing|being me|waking up every morning|carrying all of this]",
    "there is no [way out|exit|version of my future] [that i can see|for someone like me|that doesn't hurt]",
    "i [keep|can't stop] [thinking|telling myself] [everyone|they|my family] would be [lighter|happier|better off] without me around",
    "i've [made my peace|said what i needed to say|settled everything] and i'm [ready|calm now|not scared anymore]",
    "i [wrote|finished|left] [letters|a note|a letter] for [my brother|my parents|each of them] and [put them|hid them|left them] [in my drawer|under my pillow|on the table]",
    "i [gave|took] my [dog|cat|rabbit] to [my aunt's|a friend|my neighbour] [so she's|so he's] looked after [when i'm not here|after this week|for good]",
    "i [tied|knotted|fixed] the [cord|belt|rope] [to the hatch|to the banister|to the beam|in the garage] [earlier|this afternoon|last night]",
    "i [swallowed|washed down|took] [thirty|twenty|forty|all] of my [antidepressants|sleeping tablets|painkillers|pills] [with vodka|an hour ago|just now|with wine]",
    "i'm [walking|driving|heading|on my way] to the [railway line|cliffs|bridge|car park roof|river] [now|right now|tonight] and i'm not coming back",
    "i'm sitting on the [railway bridge|edge of the roof|cliff edge|ledge] [right now|as i type this|with my legs over the side]",
    "i [bought|got|picked up] [charcoal|a hose|a rope|extra tablets|a blade] [today|this morning|after work] and [hid it|it's in the boot|it's under my bed]",
    "i've been [counting|saving|collecting|hiding] [my pills|my tablets|my meds|my prescriptions] [for weeks|every day|since march]",
    "i [deleted|wiped] [my accounts|my photos|everything online] and [gave away|sold] [my stuff|my things|my games]",
    "[tonight|this weekend|after my last shift] is [when|the night] i [go|stop|finish this]",
    "i [can't|don't want to] [keep doing this|carry on|hold on] [much longer|any more|for anyone]",
    "i've [given up on|stopped hoping for] [everything|a future|getting better] and i'm just waiting now",
    "i [already|just] [cut|burned|hurt] myself [again|deeper than before|tonight] and i [want to|might] [do worse|keep going]",
    "i [tried|attempted it] [last week|in the summer|a month ago] and [i'm planning it again|i'm going to try again|next time will be different]",
    "i took [way more|more|double the amount|a lot more] of my [meds|pills|tablets] than [i should have|the doctor said] [last night|yesterday|on purpose]",
]
# Everyday idioms, jokes, friends' words and questions about a friend: death words that are not risk. Negatives.
IDIOMS = [
    "this [homework|essay|revision|maths test|chemistry project] is going to kill me [lol|ugh|fr|]",
    "i could [literally|honestly] die of [embarrassment|boredom|cringe] [right now|lol|]",
    "my [friend|mate|brother|sister] [joked|said] [he'd|she'd] [jump off a bridge|kill himself|die] if [we lose|the wifi goes|she fails] again [lol|😂|]",
    "how do i [help|support|talk to] a friend who [said she felt suicidal|is self harming|told me he wants to die]?",
    "my [friend|classmate|cousin] [told me|admitted] [she|he] [feels hopeless|hurts herself|has been cutting] and i [told a teacher|don't know what to do|stayed with her]",
    "[my feet|my legs|these shoes|this cold] [are|is] killing me [after practice|today|lol]",
    "i'm [dead|dying] [😭|lmao|lol], [my dad|the teacher|my dog] just [fell asleep in class|did a tiktok dance|ate my homework]",
    "i'm [bored|tired] out of my mind [in this lesson|at home|waiting for the bus]",
    "[looks|it looks] like a cave in here, [i need|time to] [clean my room|open a window]",
    "i told my [therapist|counsellor|mum] [i've been|i'm] feeling [much better|a lot better|good] [lately|this month]",
    "i want to [disappear|hide] under my [blanket|duvet] [until the exam is over|forever lol|all weekend]",
    "[shoot me|end me|bury me] now, [we have a fire drill|i have to talk in front of the class|my mum found my diary] [lol|😭|]",
    "i'm going to [kill|murder|strangle] my [brother|sister|cat] [for eating my cereal|if he touches my switch|lol]",
    "i nearly died [when he looked at me|laughing|when the bus braked] [lol|omg|]",
    "[the game|the match|that episode|the final] [killed me|destroyed me|broke me] [lol|ngl|💀]",
    "i'm [not ok|done] with this [rain|group chat|boss fight|level], [send help|lol|ugh]",
    "[whoever|the person who] [took my charger|spoiled the ending] [deserves to die|is dead to me] [lol|jk|]",
    # The scenes of the risk sentences above, told of ordinary days.
    "i [took|had] my [pills|meds|tablets|medication] [this morning|with breakfast|on time today|like the doctor said] [and i feel fine|finally|]",
    "i [forgot|remembered] to take my [pills|meds|tablets] [again|today|this morning] [oops|lol|]",
    "i'm [walking|driving|heading] to the [bridge|river|station|cliffs] to [meet my friends|take photos|catch the train|watch the sunset] [tonight|now|after school]",
    "i [bought|got] [a rope|some rope|charcoal|a hose] for [the barbecue|camping|the swing|the garden] [today|this weekend]",
    "i [gave|took] my [dog|cat|rabbit] to my [aunt|neighbour|sister] [for the weekend|while we're on holiday|for a few days]",
    "i wrote [letters|cards|notes] for [my friends|my grandparents|everyone in class] [for christmas|for their birthdays|before we move]",
]


def posts(rng, expand):
    """(label, family, text) rows: the risk sentences and the everyday idioms above, each frame filled 40-60 times.

    Tried and not kept (docs/safety.md, round 8): whole composed posts (context + low mood + a risk sentence, and
    the same without it); on the real-post development set they raised false alarms on teen posts and found no
    more r/SuicideWatch posts, because they dilute the everyday teen lines in a class-balanced fit.
    """
    rows = []
    for frame in IDIOMS:
        for _ in range(60):
            rows.append((0, "en-idioms", expand(frame, rng, {})))
    for risk in RISK:
        for _ in range(40):
            rows.append((1, "en-risk-r8", expand(risk, rng, {})))
    return rows
