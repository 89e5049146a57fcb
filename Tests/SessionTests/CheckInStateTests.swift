import Safety
import Session
import Testing

/// The check-in state: a possible risk no rule confirms gets a direct, kind question.
@Suite struct CheckInStateTests {
    /// A user rule at the `check` level, so the test does not depend on the learned layer's threshold.
    static let rule = "test.check\tsuicide\tcheck\tnot be around much longer"
    static let line = "i might not be around much longer"

    @Test func aCheckLevelLineAsksDirectlyAndIsNotGivenToTheExercise() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        let step = try fixture.type("4", Self.line)
        #expect(fixture.conversation.state == .checkIn)
        #expect(step.output.texts.contains(CrisisResponse.checkInQuestion(help: fixture.help).last!))
        #expect(try fixture.answers() == ["4"])
    }

    @Test func noContinuesAtTheSamePrompt() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        try fixture.type("4", Self.line)
        let step = try fixture.type("no")
        #expect(fixture.conversation.state == .exercise)
        #expect(step.output.texts == CrisisResponse.checkInDeclined(help: fixture.help)
                + ["Name five things you can see right now (separate them with commas)."])
        #expect(try fixture.typed().map(\.kind) == ["answer", "flagged", "check-in"])
        #expect(try fixture.answers() == ["4"])
    }

    @Test func afterNoTheSameLineTypedAgainIsTheAnswer() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        try fixture.type("4", Self.line, "no")
        let again = Self.line + ", lamp, cup, shoe, plant"
        let step = try fixture.type(again)
        #expect(fixture.conversation.state == .exercise)
        #expect(step.output.texts.contains("Name four things you can touch or feel (separate them with commas)."))
        #expect(try fixture.answers() == ["4", again])
    }

    @Test func yesGivesTheConcernResponseAndTheOptions() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        try fixture.type("4", Self.line)
        let step = try fixture.type("yes")
        let concern = CrisisResponse.message(level: .concern, categories: [.suicide], help: fixture.help, repeated: false)
        #expect(Array(step.output.texts.prefix(concern.count)) == concern)
        #expect(fixture.conversation.state == .crisisOptions)
        let events = try fixture.store.safetyEvents(sessionId: fixture.conversation.recorder.sessionId)
        #expect(events.map(\.level) == ["check", "concern"])
    }

    @Test func anUnclearAnswerIsTakenAsYes() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        try fixture.type("4", Self.line)
        try fixture.type("i don't know")
        #expect(fixture.conversation.state == .crisisOptions)
    }

    @Test func anUrgentAnswerGetsTheUrgentResponse() throws {
        let fixture = try SessionFixture("grounding-54321", extraRules: Self.rule)
        try fixture.type("4", Self.line)
        let step = try fixture.type(CrisisFlowTests.urgent)
        #expect(step.output.texts.contains { $0.hasPrefix("If you might act on this") })
        #expect(fixture.conversation.state == .crisisOptions)
    }
}
