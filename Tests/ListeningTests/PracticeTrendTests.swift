import Listening
import Testing

struct PracticeTrendTests {
    static func session(reflections: Int, complex: Int, questions: Int, advice: Int) -> PracticeFeedback {
        var u: [(text: String, skill: ListeningSkill)] = []
        u += Array(repeating: ("It sounds hard.", .reflection), count: reflections - complex)
        u += Array(repeating: ("Part of you is tired.", .complexReflection), count: complex)
        u += Array(repeating: ("Did it help?", .closedQuestion), count: questions)
        u += Array(repeating: ("You should rest.", .advice), count: advice)
        return PracticeFeedback(utterances: u)
    }

    @Test func rendersSeriesWithArrows() {
        let trend = PracticeTrend(sessions: [
            Self.session(reflections: 2, complex: 0, questions: 4, advice: 3),
            Self.session(reflections: 4, complex: 1, questions: 4, advice: 1),
            Self.session(reflections: 6, complex: 3, questions: 3, advice: 0),
        ])
        #expect(trend.render() == [
            "Progress over 3 sessions:",
            "Reflections to questions: ▁▃█  0.5 → 1.0 → 2.0  ↑",
            "Complex reflections:      ▁▅█  0% → 25% → 50%  ↑",
            "Fixing moves:             █▃▁  3 → 1 → 0  ↓",
            "You are reflecting more and going deeper in your reflections and fixing less than when you started. Keep going.",
        ])
    }

    @Test func missingFiguresShowADashAndDownwardMoves() {
        let trend = PracticeTrend(sessions: [
            Self.session(reflections: 2, complex: 1, questions: 0, advice: 0),
            Self.session(reflections: 2, complex: 0, questions: 2, advice: 1),
        ])
        let lines = trend.render()
        #expect(lines[1] == "Reflections to questions:  ▄  – → 1.0  ·")
        #expect(lines[2] == "Complex reflections:      █▁  50% → 0%  ↓")
        #expect(lines[4] == "Steady practice builds these skills; pick one figure to focus on next session.")
    }

    @Test func noSessions() {
        #expect(PracticeTrend(sessions: []).render() == ["No practice sessions yet."])
        #expect(PracticeTrend.direction(of: [1.0, 1.02]) == .steady)
    }
}

@Suite struct PracticeTrendSparklineTests {
    @Test func sparklineShowsEverySessionFromLowestToHighest() {
        #expect(PracticeTrend.sparkline([0, 1, 2]) == "▁▅█")
        #expect(PracticeTrend.sparkline([1, nil, 1]) == "▄ ▄")
        #expect(PracticeTrend.sparkline([nil, nil]) == "  ")
    }
}
