import Testing
import Safety

/// Round 10 (docs/safety.md): the frame layer (an act, a quantity and a medicine within one clause), concern in
/// French, Spanish and German, exemptions that silence only their own clause, who is addressed asked in one place,
/// and everyday lines that had alarmed; each with its twin on the other side. Levels are what `safety scan` prints;
/// "rules" cases are what `safety scan --no-learned` prints.
@Suite struct RoundTenTests {
    let shipped: SafetyRouter
    let rules: SafetyRouter
    init() throws { (shipped, rules) = (try SafetyRouter(), try SafetyRouter(learned: nil)) }

    /// A case: the line, the level it must get, and whether the learned layer is on.
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let level: RiskLevel
        let withModel: Bool
        var testDescription: String { "\(line) → \(level)" }
    }

    private func verify(_ c: Case) {
        let assessment = (c.withModel ? shipped : rules).assess(c.line)
        #expect(assessment.level == c.level, "\(c.line) -> \(assessment.jsonLine)")
    }

    private static func rulesSay(_ level: RiskLevel, _ lines: [String]) -> [Case] {
        lines.map { Case(line: $0, level: level, withModel: false) }
    }

    private static func appSays(_ level: RiskLevel, _ lines: [String]) -> [Case] {
        lines.map { Case(line: $0, level: level, withModel: true) }
    }

    /// Words between the parts of a frame no longer hide it; a planned act is urgent with a time.
    @Test(arguments: rulesSay(.urgent, [
        "took about sixty of my sister's pills, feeling weird now",
        "I swallowed my mum's whole packet of co-codamol",
        "I've taken the lot",
        "ich habe gerade alle Schlaftabletten meiner Mutter geschluckt",
        "j'ai pris toute la boîte de somnifères de ma mère",
        "me he tragado todas las pastillas que había en el botiquín",
        "I've downed nearly forty of my nan's sleeping tablets",
        "I'm going to swallow about thirty of my mum's tablets tonight",
        "voy a tomarme todas las pastillas de mi madre esta noche",
    ]) + rulesSay(.concern, [
        "I'm going to swallow about thirty of my mum's tablets",
        "I took about forty of my pills two years ago",
    ]))
    func framesAllowWordsBetweenTheirParts(_ c: Case) { verify(c) }

    /// The same words told as a routine, of someone else, denied or asked are not a frame.
    @Test(arguments: rulesSay(.none, [
        "I took my pills every morning this week",
        "it took 20 minutes for my pills to kick in",
        "I took a pill for my headache and then all was fine",
        "we took loads of pictures and my meds were in my bag",
        "I finally took my meds, all good",
        "I didn't take all my pills today",
        "did you take all your pills?",
        "j'ai pris mes cachets tous les jours",
        "me tomé todas mis pastillas como me dijeron",
        "ich habe alle meine Tabletten jeden Tag genommen",
        "ich werde alle meine Tabletten mitnehmen in den Urlaub",
        "I'm going to take all my meds with me on holiday",
    ]))
    func routinesAndOtherThingsAreNotFrames(_ c: Case) { verify(c) }

    @Test(arguments: rulesSay(.concern, [
        "je suis un fardeau pour ma famille",
        "alle wären ohne mich glücklicher",
        "alle wären besser dran ohne mich",
        "nadie me echaría de menos",
        "no le veo salida a nada",
        "ich weiß nicht, wofür ich noch weiterleben soll",
        "je voudrais ne plus exister",
        "quisiera desaparecer para siempre",
        "ich will einfach nicht mehr da sein",
        "j'ai recommencé à me griffer les bras",
        "me corto cuando estoy sola",
        "ich ritze mich wieder",
        // Spanish "ya" ("already") is not English "ya" ("you"): asked in LineWords.person(at:).
        "ya no le veo sentido a seguir viviendo",
    ]) + rulesSay(.none, [
        "j'en peux plus de tout ce bruit chez les voisins",
        "no le veo sentido a este examen",
        "ich habe mich beim Fußball wieder an den Beinen verletzt",
    ]))
    func concernInFrenchSpanishAndGerman(_ c: Case) { verify(c) }

    /// An exemption covers its own clause, not the line; an exempt clause alone still silences itself.
    @Test(arguments: appSays(.urgent, [
        "this essay is going to kill me, anyway I took all my pills",
        "this essay is going to kill me, anyway I took about sixty of my pills",
        "this essay is going to kill me, anyway I'm swallowing every tablet I own tonight",
    ]) + appSays(.none, [
        "this essay is going to kill me",
        "I'm dying to see the film this weekend",
    ]))
    func anExemptionSilencesOnlyItsClause(_ c: Case) { verify(c) }

    /// French "du" and Spanish "ya" are read in one place (`LineWords`), for phrases and word pairs alike.
    @Test(arguments: rulesSay(.urgent, ["je vais sauter du pont ce soir"]) + rulesSay(.none, ["du willst sterben, hast du gesagt?"]))
    func whoIsAddressedIsAskedInOnePlace(_ c: Case) { verify(c) }

    @Test(arguments: appSays(.none, [
        "je vais le tuer mdr",
        "mi hermano me ha robado el cargador, lo voy a matar jaja",
        "je suis sur le pont des Arts avec mes amis, il fait super beau",
        "we're going to jump off the rocks at the quarry pool on saturday",
        "I've been taking my antidepressants properly for two months and I feel more like myself",
        "my boss is going to kill me, I forgot to send the invoice",
        "I messed up again, I always mess up my lines",
        "I'm in the bath with a razor shaving my legs",
        "I'm standing on the platform edge waiting for the 8:15, so late again",
        "this is my goodbye post before I move to Canada, see you all!",
        "by tomorrow I'll be gone on holiday",
    ]))
    func everydayLinesStayNone(_ c: Case) { verify(c) }

    /// Their twins: a threat without laughter, the bridge alone, the sincere scenes stay risk.
    @Test(arguments: rulesSay(.concern, [
        "je vais le tuer",
        "voy a matar a mi vecino",
    ]) + rulesSay(.urgent, [
        "je suis sur le pont des Arts",
        "I'm going to jump off the bridge tonight",
        "me voy a matar esta noche",
        "I'm in the bath with the razor and I'm not getting out this time",
        "I'm standing on the platform edge and the next train is mine",
        "my brother says he's going to hang himself tonight",
        "by morning I'll be gone",
    ]))
    func theTwinsStillAlarm(_ c: Case) { verify(c) }
}
