import Safety
import Session
import Testing

/// The crisis options and the way out: every line router first, whatever the state.
@Suite struct CrisisFlowTests {
    static let urgent = "i want to kill myself tonight, i have the pills here"

    @Test func urgentLineShowsTheResponseAndTheOptionsAndIsNeverGivenToTheExercise() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("4", Self.urgent)
        let text = step.output.texts.joined(separator: "\n")
        #expect(text.contains(fixture.number))
        #expect(step.output.texts.suffix(5) == CrisisOptions.labels.enumerated().map { "  \($0.offset + 1). \($0.element)" } + ["What would you like to do? (1-4)"])
        #expect(!text.contains("Try to name five things"))
        #expect(!text.contains("pills"))
        #expect(fixture.conversation.state == .crisisOptions)
        #expect(try fixture.typed().map(\.kind) == ["answer", "flagged"])
        #expect(try fixture.answers() == ["4"])
    }

    @Test func aSecondUrgentLineAtTheOptionsGetsTheFullResponseAgain() throws {
        let fixture = try SessionFixture("grounding-54321")
        try fixture.type("4", Self.urgent)
        let step = try fixture.type("the pills are ready, i am saying goodbye")
        let text = step.output.texts.joined(separator: "\n")
        #expect(!text.contains("Please type a number"))
        #expect(text.contains(fixture.number))
        #expect(text.contains("I'm really glad you told me."))
        #expect(fixture.conversation.state == .crisisOptions)
        #expect(try fixture.typed().map(\.kind) == ["answer", "flagged", "menu"])
    }

    @Test func continueGoesBackToTheSamePrompt() throws {
        let fixture = try SessionFixture.atCrisisOptions("grounding-54321")
        let step = try fixture.type("4")
        #expect(fixture.conversation.state == .exercise)
        #expect(step.output.texts.last == "Name five things you can see right now (separate them with commas).")
    }

    @Test func talkToSomeoneShowsTheNumbersAndTheOptionsAgain() throws {
        let fixture = try SessionFixture.atCrisisOptions("grounding-54321")
        let step = try fixture.type("1")
        #expect(step.output.contains(.helpLines(fixture.help)))
        #expect(fixture.conversation.state == .crisisOptions)
    }

    @Test func groundingIsADetourThatComesBack() throws {
        let fixture = try SessionFixture.atCrisisOptions("box-breathing")
        let step = try fixture.type("2")
        #expect(step.detour == Conversation.groundingExercise)
        #expect(step.outcome == nil)
        let back = fixture.conversation.returned(from: Conversation.groundingExercise)
        #expect(fixture.conversation.state == .exercise)
        #expect(back.output.texts.last == "How many rounds would you like? Each round takes about 16 seconds.")
    }

    @Test func safetyPlanWithNoneSavedStartsIt() throws {
        let fixture = try SessionFixture.atCrisisOptions("box-breathing")
        #expect(try fixture.type("3").detour == Conversation.safetyPlanExercise)
    }

    @Test func safetyPlanWhenSavedIsShown() throws {
        let fixture = try SessionFixture("box-breathing")
        fixture.conversation.planGlance = { ["From your safety plan:", "People I can ask for help:", "  - my sister"] }
        try fixture.type("4", Self.urgent)
        let step = try fixture.type("3")
        #expect(step.detour == nil)
        #expect(step.output.texts.contains("  - my sister"))
        #expect(fixture.conversation.state == .crisisOptions)
    }

    @Test func leavingAfterADetectionShowsTheHelpLine() throws {
        for leave in [TypedInput.endOfFile, .interrupted, .line("/quit"), .line("/pause")] {
            let fixture = try SessionFixture("grounding-54321")
            try fixture.type("4", Self.urgent, "4")
            let step = try fixture.conversation.receive(leave)
            #expect(step.output.texts.joined().contains(fixture.number), "leaving with \(leave)")
        }
    }

    @Test func leavingWithoutADetectionShowsNoHelpLine() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("4", "/pause")
        #expect(!step.output.texts.joined().contains(fixture.number))
    }

    @Test func aDisclosureAtAListPromptGetsNoRetryHintAndNoEcho() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("4", "i feel hopeless and want to die")
        let text = step.output.texts.joined(separator: "\n")
        #expect(!text.contains("Try to name five things"))
        #expect(!text.contains("want to die"))
        #expect(text.contains(fixture.number))
        #expect(try fixture.answers() == ["4"])
    }
}
