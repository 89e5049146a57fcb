import Safety
import Session
import Testing

/// The exercise state: commands, answers, one record per typed line, what a resume replays.
@Suite struct ExerciseStateTests {
    @Test func answersAreRecordedAndReplayedCommandsAreNot() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("4", "/help", "/nonsense", "lamp, window, cup, shoe, plant")
        #expect(step.output.texts.contains("Name four things you can touch or feel (separate them with commas)."))
        let typed = try fixture.typed()
        #expect(typed.map(\.kind) == ["answer", "command", "command", "answer"])
        #expect(try fixture.answers() == ["4", "lamp, window, cup, shoe, plant"])
    }

    @Test func unknownCommandIsNotEchoed() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("/frobnicate")
        #expect(step.output.texts.first == "That is not a command I know. Type /help to see the commands.")
        #expect(!step.output.texts.joined().contains("frobnicate"))
        #expect(fixture.conversation.state == .exercise)
    }

    @Test func quitEndsTheSessionAbandoned() throws {
        let fixture = try SessionFixture("grounding-54321")
        let step = try fixture.type("/quit")
        #expect(step.outcome == .quit)
        #expect(fixture.conversation.state == .ended(.quit))
        #expect(try fixture.store.session(fixture.conversation.recorder.sessionId!)?.status == .abandoned)
        #expect(step.output.texts.contains("This exercise has ended. It stays in your transcripts until you delete it."))
    }

    @Test func endOfInputPausesAndCtrlCInterrupts() throws {
        let paused = try SessionFixture("grounding-54321")
        try paused.type("3")
        #expect(try paused.conversation.receive(.endOfFile).outcome == .paused)
        let interrupted = try SessionFixture("grounding-54321")
        try interrupted.type()
        #expect(try interrupted.conversation.receive(.interrupted).outcome == .interrupted)
        #expect(try interrupted.store.session(interrupted.conversation.recorder.sessionId!)?.status == .paused)
    }

    @Test func resumeReplaysAnswersAndShowsTheSamePrompt() throws {
        let first = try SessionFixture("grounding-54321")
        try first.type("4", "/pause")
        let second = try SessionFixture("grounding-54321")
        let step = try second.conversation.start(resumeAnswers: try first.answers(), recalled: [:])
        #expect(step.output.texts.first == "Picking up where you left off in \"5-4-3-2-1 grounding\".")
        #expect(step.output.texts.last == "Name five things you can see right now (separate them with commas).")
    }
}
