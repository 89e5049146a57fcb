import Foundation
import Safety
import Session
import Testing
import TranscriptStore

/// The menu, the resume offer and confirmations: the same screen, the same crisis flow.
@Suite struct OutsideExerciseTests {
    static let help = HelpLineDirectory.help(for: "GB")

    @Test func aCrisisLineAtTheMenuShowsTheOptionsNotTheMenu() throws {
        var screen = LineScreen(router: try SafetyRouter(), help: Self.help)
        guard case .answered(let output) = try screen.screen(.line(CrisisFlowTests.urgent)) else { Issue.record("not answered"); return }
        #expect(output.texts.suffix(5).first == "  1. " + CrisisOptions.labels[0])
        #expect(!screen.isAsking)
        // "1" is an option here, not the first exercise of the menu.
        guard case .answered(let numbers) = try screen.screen(.line("1")) else { Issue.record("not answered"); return }
        #expect(numbers.contains(.helpLines(Self.help)))
        #expect(try screen.screen(.line("2")) == .detour(Conversation.groundingExercise,
                                                          [.say("Let's try a short grounding exercise. Afterwards we'll come back here.", .dim)]))
        #expect(screen.isAsking)
        #expect(try screen.screen(.line("1")) == .accepted("1"))
        #expect(screen.detected)
    }

    @Test func aSafetyPlanIsStartedWhenNoneIsSaved() throws {
        var screen = LineScreen(router: try SafetyRouter(), help: Self.help)
        _ = try screen.screen(.line(CrisisFlowTests.urgent))
        guard case .detour(let id, _) = try screen.screen(.line("3")) else { Issue.record("no detour"); return }
        #expect(id == Conversation.safetyPlanExercise)
    }

    @Test func ctrlCAndEndOfInputAreReported() throws {
        var screen = LineScreen(router: try SafetyRouter(), help: Self.help)
        #expect(try screen.screen(.interrupted) == .interrupted)
        #expect(try screen.screen(.endOfFile) == .endOfInput)
    }

    @Test func menuChoices() {
        let menu = ExerciseMenu(ids: ["box-breathing", "grounding-54321"])
        #expect(menu.choice("2") == .exercise("grounding-54321"))
        #expect(menu.choice(" Box-Breathing ") == .exercise("box-breathing"))
        #expect(menu.choice("/helplines") == .helpLines)
        #expect(menu.choice("q") == .leave)
        #expect(menu.choice("3") == .unknown)
        #expect(menu.unknownReply() == "I didn't find that one. Type a number from 1 to 2, or /helplines for people to talk to.")
    }

    @Test func resumeIsRefusedWhenTheScriptChanged() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(NewSession(exerciseId: "x", scriptHash: "abc", title: "X", kind: "grounding", region: "GB", startedAt: Date()))
        let session = try #require(try store.session(id))
        #expect(ResumeOffer.canResume(session, scriptHash: "abc"))
        #expect(!ResumeOffer.canResume(session, scriptHash: "def"))
        #expect(ResumeOffer.changedMessage(exerciseId: "x").contains("alongside run x --fresh"))
        #expect(ResumeOffer.decision("no") == .fresh)
        #expect(ResumeOffer.decision("yes") == .resume)
    }

    @Test func welcomeBackAfterADetection() throws {
        let store = try TranscriptStore.inMemory()
        #expect(try WelcomeBack.lastSessionEvents(in: store).isEmpty)
        let id = try store.startSession(NewSession(exerciseId: "x", scriptHash: "abc", title: "X", kind: "grounding", region: "GB", startedAt: Date()))
        var commit = TurnCommit(sessionId: id, at: Date())
        commit.safetyEvents.append(NewSafetyEvent(level: "urgent", categories: ["suicide"], rules: [], turnIndex: nil, at: Date()))
        try store.commit(commit)
        let lines = WelcomeBack.lines(lastSessionEvents: try WelcomeBack.lastSessionEvents(in: store), help: Self.help)
        #expect(lines.first?.hasPrefix("Welcome back.") == true)
        #expect(lines.joined().contains(Self.help.primaryLine?.phone ?? "?"))
        #expect(WelcomeBack.lines(lastSessionEvents: [], help: Self.help).isEmpty)
        let later = try store.startSession(NewSession(exerciseId: "x", scriptHash: "abc", title: "X", kind: "grounding", region: "GB",
                                                     startedAt: Date().addingTimeInterval(60)))
        var checkOnly = TurnCommit(sessionId: later, at: Date())
        checkOnly.safetyEvents.append(NewSafetyEvent(level: "check", categories: [], rules: [], turnIndex: nil, at: Date()))
        try store.commit(checkOnly)
        #expect(WelcomeBack.lines(lastSessionEvents: try WelcomeBack.lastSessionEvents(in: store), help: Self.help).isEmpty)
    }
}
