import Foundation
import Listening
import ProgressReview
import Safety
import Testing
import TranscriptStore

/// `progress` and `report` keep role-plays apart and label weeks and days readably.
struct ProgressRolePlayTests {
    static func date(_ day: Int, hour: Int = 10) -> Date {
        Date(timeIntervalSince1970: 1_795_996_800 + Double(day) * 86_400 + Double(hour) * 3_600)  // Mon 30 Nov 2026
    }

    static func session(_ id: Int64, _ exercise: String, _ title: String, day: Int) -> SessionRecord {
        SessionRecord(id: id, exerciseId: exercise, scriptHash: "x", scriptVersion: nil, title: title, kind: "roleplay",
                      startedAt: date(day), endedAt: date(day), status: .completed, region: nil)
    }

    static let report = ProgressReport(
        sessions: [session(1, "roleplay-disclosure", "Alex", day: 0), session(2, "roleplay-lonely-evenings", "Ruth", day: 1),
                   session(3, "roleplay-disclosure", "Alex", day: 8)],
        ratings: [], facts: [:],
        skills: [1: [PracticeTurn(text: "Did you sleep?", skill: .closedQuestion), PracticeTurn(text: "You're tired.", skill: .reflection)],
                 2: [PracticeTurn(text: "Get over it.", skill: .judgment)],
                 3: [PracticeTurn(text: "Are you thinking about suicide?", skill: .closedQuestion),
                     PracticeTurn(text: "You're worn out.", skill: .reflection), PracticeTurn(text: "What helps?", skill: .openQuestion)]])

    @Test func oneTrendPerRolePlay() {
        let trends = Self.report.practice.trends
        #expect(trends.map(\.exercise) == ["roleplay-disclosure", "roleplay-lonely-evenings"])
        #expect(trends.map(\.sessions) == [2, 1])
        // Alex's two sessions only: 1 reflection per question, then 1 (the direct question about suicide is credited, not counted).
        #expect(trends[0].lines.contains("Reflections to questions: ▄▄  1.0 → 1.0  →"))
        let text = Self.report.renderText()
        #expect(text.contains("  Alex (roleplay-disclosure), on its own:"))
        #expect(text.contains("  Ruth (roleplay-lonely-evenings), on its own:"))
    }

    @Test func weeksReadAsTheirMonday() {
        #expect(Self.report.practice.perWeek.map(\.label) == ["week of 30 Nov", "week of 7 Dec"])
        #expect(Self.report.renderText().contains("  Sessions: week of 30 Nov: 2, week of 7 Dec: 1"))
    }

    @Test func chartLabelsOfOneDayDiffer() {
        let labels = ReportDocument.dayLabels([Self.date(0, hour: 9), Self.date(0, hour: 15), Self.date(1), Self.date(1)])
        #expect(Set(labels).count == 4)
        #expect(labels[2].hasPrefix("1 Dec ") && labels[2].hasSuffix("(1)"))
        #expect(ReportDocument.dayLabels([Self.date(0), Self.date(1)]) == ["30 Nov", "1 Dec"])
    }

    @Test func reportDrawsOneTrendPerRolePlayAndEndsWithTheRegionsHelpLines() throws {
        let input = ReportInput(label: "You", practice: [
            .init(date: Self.date(0), title: "Alex", skills: ["reflection": 2, "open_question": 1]),
            .init(date: Self.date(0, hour: 12), title: "Ruth", skills: ["reflection": 1, "closed_question": 1]),
        ])
        let html = ReportDocument(inputs: [input], generatedAt: Self.date(2), help: HelpLineDirectory.help(for: "GB")).html
        #expect(html.contains("<h4>Reflections per question: Alex</h4>") && html.contains("<h4>Reflections per question: Ruth</h4>"))
        let footer = try #require(html.range(of: "<footer>").map { String(html[$0.lowerBound...]) })
        #expect(footer.contains("Samaritans: call 116 123"))
        #expect(footer.contains("999"))
        #expect(!footer.contains("<code>"))
    }

    @Test func storedTurnsKeepTheTraineesWordsAndThePersonasLineAndCreditAskingDirectly() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(NewSession(exerciseId: "roleplay-disclosure", scriptHash: "x", title: "Alex",
                                                   kind: "roleplay", startedAt: Self.date(0)))
        func turn(_ speaker: Speaker, _ kind: TurnKind, _ text: String) -> NewTurn {
            NewTurn(speaker: speaker, kind: kind, text: text, nodeId: nil, at: Self.date(0))
        }
        try store.commit(TurnCommit(sessionId: id, turns: [turn(.app, .say, "Alex: I'm not sleeping.")], at: Self.date(0)))
        try store.commit(TurnCommit(sessionId: id, turns: [
            turn(.person, .answer, "Are you thinking about suicide?"), turn(.system, "skill", "closed_question 0.95"),
            turn(.app, .say, "Alex: ...Yes."), turn(.app, .say, "Coach: Stay calm."),
        ], at: Self.date(0)))
        try store.commit(TurnCommit(sessionId: id, turns: [
            turn(.person, .answer, "That sounds so heavy."), turn(.system, "skill", "validation 0.9"),
        ], at: Self.date(0)))
        let turns = PracticeTurns.read(try store.turns(sessionId: id))
        #expect(turns == [
            PracticeTurn(text: "Are you thinking about suicide?", skill: .closedQuestion, seeker: "Alex: I'm not sleeping."),
            PracticeTurn(text: "That sounds so heavy.", skill: .validation, seeker: "Alex: ...Yes."),
        ])
        let input = try ReportInput.load(from: store, label: "You")
        #expect(input.practice.map(\.skills) == [["validation": 1]], "asking directly is credited, not counted as a question")
    }
}
