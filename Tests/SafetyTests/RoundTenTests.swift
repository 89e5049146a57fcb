import Testing
import Safety

/// Round 10 (docs/safety.md): the frame layer (an act, a quantity and a medicine within one clause), concern in
/// French, Spanish and German, exemptions that silence only their own clause, who is addressed asked in one place,
/// and everyday lines that had alarmed; each with its twin on the other side. Levels are what `safety scan` prints.
@Suite struct RoundTenTests {
    let router: SafetyRouter
    let rulesOnly: SafetyRouter
    init() throws {
        router = try SafetyRouter()
        rulesOnly = try SafetyRouter(learned: nil)
    }

    /// Words between the parts of a frame no longer hide it.
    @Test(arguments: [
        "took about sixty of my sister's pills, feeling weird now",
        "I swallowed my mum's whole packet of co-codamol",
        "I've taken the lot",
        "ich habe gerade alle Schlaftabletten meiner Mutter geschluckt",
        "j'ai pris toute la boîte de somnifères de ma mère",
        "me he tragado todas las pastillas que había en el botiquín",
        "I've downed nearly forty of my nan's sleeping tablets",
    ])
    func actsWithWordsBetweenTheirPartsAreUrgent(line: String) {
        let assessment = rulesOnly.assess(line)
        #expect(assessment.level == .urgent, "\(line) -> \(assessment.jsonLine)")
    }

    /// The same words told as a routine, of someone else, denied, asked or told as past are not an urgent act.
    @Test(arguments: [
        ("I took my pills every morning this week", RiskLevel.none),
        ("it took 20 minutes for my pills to kick in", .none),
        ("I took a pill for my headache and then all was fine", .none),
        ("I didn't take all my pills today", .none),
        ("did you take all your pills?", .none),
        ("j'ai pris mes cachets tous les jours", .none),
        ("me tomé todas mis pastillas como me dijeron", .none),
        ("ich habe alle meine Tabletten jeden Tag genommen", .none),
        ("I took about forty of my pills two years ago", .concern),
    ])
    func routinesAndOtherPeoplesActsAreNotFrames(line: String, level: RiskLevel) {
        #expect(rulesOnly.assess(line).level == level, "\(line)")
    }

    @Test(arguments: [
        "je suis un fardeau pour ma famille",
        "alle wären ohne mich glücklicher",
        "nadie me echaría de menos",
        "no le veo salida a nada",
        "ich weiß nicht, wofür ich noch weiterleben soll",
        "je voudrais ne plus exister",
        "quisiera desaparecer para siempre",
        "ich will einfach nicht mehr da sein",
        "j'ai recommencé à me griffer les bras",
        "me corto cuando estoy sola",
        "ich ritze mich wieder",
    ])
    func concernInFrenchSpanishAndGerman(line: String) {
        #expect(rulesOnly.assess(line).level == .concern, "\(line)")
    }

    /// An exemption covers its own clause, not the line.
    @Test(arguments: [
        "this essay is going to kill me, anyway I took all my pills",
        "this essay is going to kill me, anyway I took about sixty of my pills",
        "this essay is going to kill me, anyway I'm swallowing every tablet I own tonight",
    ])
    func anExemptionSilencesOnlyItsClause(line: String) {
        #expect(router.assess(line).level == .urgent, "\(line)")
    }

    @Test func anExemptClauseStillSilencesItself() {
        #expect(router.assess("this essay is going to kill me").level == .none)
        #expect(router.assess("I'm dying to see the film this weekend").level == .none)
    }

    /// French "du" is asked about in one place (`LineWords`), so the word-pair layer agrees with the phrases:
    /// "du" after a French first-person word is "of the", German "du" is still "you".
    @Test func frenchDuIsNotYouForTheWordPairsEither() {
        #expect(rulesOnly.assess("je vais sauter du pont ce soir").level == .urgent)
        #expect(rulesOnly.assess("du willst sterben, hast du gesagt?").level == .none)
    }

    @Test(arguments: [
        "je vais le tuer mdr",
        "mi hermano me ha robado el cargador, lo voy a matar jaja",
        "je suis sur le pont des Arts avec mes amis, il fait super beau",
        "we're going to jump off the rocks at the quarry pool on saturday",
        "I've been taking my antidepressants properly for two months and I feel more like myself",
        "my boss is going to kill me, I forgot to send the invoice",
        "I messed up again, I always mess up my lines",
    ])
    func everydayLinesStayNone(line: String) {
        let assessment = router.assess(line)
        #expect(assessment.level == .none, "\(line) -> \(assessment.jsonLine)")
    }

    /// Their twins: a threat without laughter, the bridge alone, the sincere jump and killing oneself stay risk.
    @Test func theTwinsStillAlarm() {
        #expect(rulesOnly.assess("je vais le tuer").level == .concern)
        #expect(rulesOnly.assess("voy a matar a mi vecino").level == .concern)
        #expect(rulesOnly.assess("je suis sur le pont des Arts").level == .urgent)
        #expect(rulesOnly.assess("I'm going to jump off the bridge tonight").level == .urgent)
        #expect(rulesOnly.assess("me voy a matar esta noche").level == .urgent)
    }
}
