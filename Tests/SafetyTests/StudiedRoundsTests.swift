import Testing
import Safety

/// Rounds 14 to 17 (docs/safety.md), each studied from the misses of the never-tuned set written after the
/// round before (final13 to final16), after its one measurement: lines in our own words with the level the
/// rules alone must give, everyday twins included. Development only; the honest figures are the next set's.
@Suite struct StudiedRoundsTests {
    let rules: SafetyRouter
    init() throws { rules = try SafetyRouter(learned: nil) }

    private func check(_ line: String, _ level: RiskLevel) {
        #expect(rules.assess(line).level == level, "\(rules.assess(line).jsonLine)")
    }

    /// Round 14, from final13.
    @Test(arguments: [
        ("I'm on the wrong side of the balcony railing", RiskLevel.urgent),
        ("my mum's face is drooping on one side", .urgent),
        ("a guy with a knife outside the station is chasing people", .urgent),
        ("he's on his way to my house with a shotgun", .urgent),
        ("bye everyone love you all, sorry", .urgent),
        ("I pictured bashing her face in and it frightened me", .concern),
        ("I punch walls until my knuckles bleed", .concern),
        ("some mornings I wonder why I bother getting up at all", .concern),
        ("no veo ninguna salida", .concern),
        ("I'm in the water now, the pool is lovely", .none),
        ("there's a man with a knife in the kitchen chopping onions", .none),
        ("bye everyone, love you all, see you at Christmas", .none),
        ("why do I even bother getting up early on weekends lol", .none),
        ("she can't get her words out when she's excited", .none),
        ("my dad is coming over with his drill to fix the shelf", .none),
    ])
    func roundFourteen(line: String, level: RiskLevel) { check(line, level) }

    /// Round 15, from final14.
    @Test(arguments: [
        ("ich steh auf dem Dach", RiskLevel.urgent),
        ("lying on the railway line", .urgent),
        ("engine's running in the garage and the door is shut", .urgent),
        ("a lad pulled a knife on my brother at the bus stop", .urgent),
        ("he says if I leave he'll shoot me", .urgent),
        ("sitze im Auto mit allen Tabletten, ich will nur dass es aufhört", .urgent),
        ("my flatmate keeps calling himself a waste of space", .concern),
        ("antes me cortaba y vuelven las ganas", .concern),
        ("I keep all the pills lined up in my weekly organiser", .none),
        ("he was waving it about to show off his new phone", .none),
        ("my little sister keeps talking about dying her hair blue", .none),
        ("heute ist es vorbei mit dem Urlaub", .none),
        ("last day at work today, said goodbye to everyone", .none),
        ("the nurse showed me how to change the dressing", .none),
        ("¿estás pensando en suicidarte? te lo pregunto porque me importas", .none),
    ])
    func roundFifteen(line: String, level: RiskLevel) { check(line, level) }

    /// Round 16, from final15.
    @Test(arguments: [
        ("standing on the flyover above the dual carriageway", RiskLevel.urgent),
        ("I took everything in the medicine cabinet an hour ago", .urgent),
        ("walked into the sea up to my neck", .urgent),
        ("his lips have gone blue and he won't wake", .urgent),
        ("my nan has just collapsed in the garden", .urgent),
        ("there's someone trying to break into our flat", .urgent),
        ("his hands were around my throat again", .urgent),
        ("after tonight nobody will have to deal with me any more", .urgent),
        ("relapsed on cutting after six months", .concern),
        ("my uncle keeps coming into my room at night", .concern),
        ("sometimes I want to fall asleep and never face anything again", .concern),
        ("Ich sehe in nichts mehr einen Sinn", .concern),
        ("took everything from the cupboard to clean it", .none),
        ("my friend just collapsed on the sofa after the run", .none),
        ("the tent just collapsed in the wind", .none),
        ("sorry to whoever finds this sock", .none),
    ])
    func roundSixteen(line: String, level: RiskLevel) { check(line, level) }

    /// Round 17, from final16.
    @Test(arguments: [
        ("meine Schwester liegt bewusstlos im Flur", RiskLevel.urgent),
        ("mon fils s'étouffe avec un morceau de pomme", .urgent),
        ("elle n'arrive plus à respirer", .urgent),
        ("my brother swallowed a load of his sleeping pills on purpose", .urgent),
        ("sat in the locked garage with the engine running", .urgent),
        ("I'm on the bridge over the railway", .urgent),
        ("just waiting for the train that doesn't stop here", .urgent),
        ("mi padre dice que nos va a matar", .urgent),
        ("il est en train de frapper ma mère", .urgent),
        ("he keeps saying he'll set fire to the house with us in it", .urgent),
        ("hab den Drang mich zu ritzen", .concern),
        ("sería mejor desaparecer", .concern),
        ("nothing's ever going to get better for people like me", .concern),
        ("I sometimes think about just steering into the barrier", .concern),
        ("er wacht nicht auf, obwohl der Wecker klingelt", .none),
        ("je m'étouffe de rire avec cette vidéo", .none),
        ("I skipped my pills on purpose because they make me sick", .none),
        ("me despido de todos, me voy de vacaciones mañana", .none),
        ("we drove over the bridge over the motorway to the match", .none),
        ("ich fühle mich gefangen in diesem Stau", .none),
        ("relapsed last night after four months off smoking", .none),
    ])
    func roundSeventeen(line: String, level: RiskLevel) { check(line, level) }

    /// Round 20: an everyday scene explains a place only in its own sentence ("watched the sunset" early in a post
    /// no longer cancels "I'm on the edge of the bridge" two sentences later).
    @Test(arguments: [
        ("We watched the sunset from the harbour. Now I'm standing on the edge of the bridge.", RiskLevel.urgent),
        ("Took some photos of the view earlier. I'm standing on the edge of the roof", .urgent),
        ("I'm standing on the edge of the bridge watching the sunset", .none),
        ("I'm standing on the edge of the roof, taking photos of the view", .none),
        ("I'm on the roof fixing the gutters, the view is great", .none),
    ])
    func sceneInItsOwnSentence(line: String, level: RiskLevel) { check(line, level) }

    /// Round 20: a past marker caps only its own sentence ("last year" no longer makes tonight's act a memory), and
    /// everyday twins of the round's helper rules found by hand at the merge stay none.
    @Test(arguments: [
        ("im back at the same spot from last year. this time im not climbing back over", RiskLevel.urgent),
        ("I'm done. Sitting in the bath with the blade. Just wanted to say thanks to whoever helped me last winter.", .urgent),
        ("I overdosed last year and ended up in hospital for a week", .concern),
        ("My ex used to choke me during arguments.", .concern),
        ("I've been quietly putting my affairs in order", .concern),
        ("in gta someone is shooting outside the shops", .none),
        ("a guy in the hallway with a knife in the school play", .none),
        ("the orange juice carton burst and its spurting everywhere", .none),
        ("my cat is trying to climb in through my window right now lol", .none),
        ("picture running him over in Mario Kart", .none),
        ("putting my foot down with the kids", .none),
    ])
    func pastInItsOwnSentence(line: String, level: RiskLevel) { check(line, level) }

    /// After final20's one measurement (development only): minutes in words as a stated time, tablets taken on
    /// purpose, the platform when the train comes, Spanish emergencies of someone else, a French intent for the night.
    @Test(arguments: [
        ("I want to die in ten minutes", RiskLevel.urgent),
        ("took my nan's heart tablets about 20 mins ago on purpose, feel really weird", .urgent),
        ("I'm stepping off the platform when it comes", .urgent),
        ("mi hermano está convulsionando en el suelo", .urgent),
        ("C'est ce soir. Tout est prêt, je le ferai quand ils seront couchés", .urgent),
        ("the bus comes in ten minutes", .none),
        ("I'm stepping off the train when it comes to a stop", .none),
        ("mi hermana se está ahogando de risa con el video", .none),
        ("I skipped my pills on purpose because they make me sick", .none),
    ])
    func afterFinalTwenty(line: String, level: RiskLevel) { check(line, level) }

    /// Round 21: an everyday trip explains a goodbye beside it, not one many words and sentences later in a post.
    @Test(arguments: [
        ("We were on holiday in Spain last summer and it was lovely. Since then everything has fallen apart and I have stopped talking to my friends and my family. Goodbye everyone.", RiskLevel.urgent),
        ("Goodbye everyone, I'm off on holiday", .none),
        ("Going on holiday tomorrow. Goodbye everyone!", .none),
    ])
    func tripBesideItsGoodbye(line: String, level: RiskLevel) { check(line, level) }

    /// Round 21: deterrence with a time span, ideation without a death word, narrow everyday exemptions.
    @Test(arguments: [
        ("the only reason I haven't killed myself yet is my mum, but I know I will within a matter of weeks", RiskLevel.urgent),
        ("I'd rather die than live like this, I want it all to end", .concern),
        ("the urges are back", .concern),
        ("the pills are in my drawer and i'm taking them when my shift ends at 10", .urgent),
        ("I've arranged for my sister to take my dog when I'm gone", .concern),
        ("kill someone and you'll go to jail, no more online classes lol", .none),
        ("I started the process today, the lawyer was kind", .none),
        ("I can't go on the school trip because of my knee", .none),
        ("my neighbour feeds my cat when I'm away", .none),
        ("goodbye everyone, see you in two weeks", .none),
        ("I'm taking them to the park when my shift ends", .none),
    ])
    func roundTwentyOne(line: String, level: RiskLevel) { check(line, level) }

    /// After final21's one measurement (development only): a weapon coming at someone now (EN/DE/ES), a note or
    /// letters written, tablets kept aside, tired of being a burden; a goodbye at the airport and "before bed" stay none.
    @Test(arguments: [
        ("Mein Freund hat ein Messer und kommt jetzt auf mich zu.", RiskLevel.urgent),
        ("my ex is outside my door with a knife", .urgent),
        ("Mi pareja está en la puerta con un cuchillo", .urgent),
        ("I wrote my note last night and I'm not going to be here tomorrow", .urgent),
        ("I've been putting my pills aside instead of taking them", .concern),
        ("I'm so tired of being a burden to everyone", .concern),
        ("said my goodbyes at the airport, she flies back in May", .none),
        ("this is the last thing I'm typing before bed, night all", .none),
        ("dad is in the garden with a hammer fixing the fence", .none),
    ])
    func afterFinalTwentyOne(line: String, level: RiskLevel) { check(line, level) }
}
