import Foundation
import Testing

/// End-to-end: the exercises for individuals, the `plan` command and `progress`, through the built binary.
@Suite(.serialized) struct IndividualExercisesTests {
    static let firstPlan = ["not sleeping, staying in my room", "a walk, loud music", "the library", "Sam",
                            "yes", "Dr Patel", "ask Sam to keep my pills", "my cat, seeing the sea", "no"]
    /// Second run: add to step 1, keep the other six steps.
    static let editPlan = ["2", "shouting at people", "1", "1", "1", "1", "1", "1", "no"]

    static func database() throws -> String {
        try AlongsideProcess.temporaryDirectory().appendingPathComponent("alongside.sqlite").path
    }

    static func lines(_ answers: [String]) -> String { answers.joined(separator: "\n") + "\n" }

    /// Output with the console's line wrapping undone (lines joined by spaces).
    static func unwrapped(_ text: String) -> String { text.split(separator: "\n").joined(separator: " ") }

    @Test func safetyPlanIsShownVersionedAndExported() throws {
        let db = try Self.database()
        let first = try AlongsideProcess.run(["run", "safety-plan", "--db", db, "--region", "GB"], input: Self.lines(Self.firstPlan))
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("not therapy and not a crisis service"))

        let show = try AlongsideProcess.run(["plan", "show", "--db", db])
        #expect(show.status == 0)
        #expect(show.stdout.contains("1. Warning signs\n   - not sleeping\n   - staying in my room"))
        #expect(show.stdout.contains("   - Dr Patel"))
        #expect(show.stdout.contains("   - my cat\n   - seeing the sea"))

        let second = try AlongsideProcess.run(["run", "safety-plan", "--db", db, "--region", "GB"], input: Self.lines(Self.editPlan))
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains("Right now this step says: not sleeping and staying in my room."))

        let history = try AlongsideProcess.run(["plan", "history", "--db", db])
        #expect(history.status == 0)
        let versions = history.stdout.split(separator: "\n")
        #expect(versions.count == 2)
        #expect(versions.first?.hasPrefix("Version 2") == true)
        #expect(versions.first?.hasSuffix("Warning signs: 1 added") == true)
        #expect(versions.last?.contains("First version") == true)

        let html = try AlongsideProcess.run(["plan", "export", "--format", "html", "--db", db])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<meta name=\"viewport\""))
        #expect(html.stdout.contains("<li>shouting at people</li>"))
        for outside in ["http", "src=", "<link", "<script", "@import", "url("] {
            #expect(!html.stdout.contains(outside), "the page must not load \(outside)")
        }
        let markdown = try AlongsideProcess.run(["plan", "export", "--format", "md", "--db", db])
        #expect(markdown.stdout.hasPrefix("# My safety plan"))
    }

    @Test func unchangedPlanKeepsOneVersionAndPauseSavesNone() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "safety-plan", "--db", db], input: Self.lines(Self.firstPlan))
        let keepAll = try AlongsideProcess.run(["run", "safety-plan", "--db", db], input: Self.lines(Array(repeating: "1", count: 7) + ["no"]))
        #expect(keepAll.status == 0)
        let paused = try AlongsideProcess.run(["run", "safety-plan", "--db", db], input: "3\nsomething new\n/pause\n")
        #expect(paused.stdout.contains("picks up where you left off"))
        let history = try AlongsideProcess.run(["plan", "history", "--db", db])
        #expect(history.stdout.split(separator: "\n").count == 1)
    }

    @Test func emptyStoreGetsAKindPointer() throws {
        let db = try Self.database()
        for command in [["plan", "show"], ["plan", "history"]] {
            let run = try AlongsideProcess.run(command + ["--db", db])
            #expect(run.status == 0)
            #expect(run.stdout.contains("alongside run safety-plan"))
        }
        // An export with nothing to export says so on stderr and fails, so `> plan.md` never saves the sentence.
        let export = try AlongsideProcess.run(["plan", "export", "--format", "txt", "--db", db])
        #expect(export.status == 1)
        #expect(export.stdout.isEmpty)
        #expect(export.stderr.contains("alongside run safety-plan"))
    }

    @Test func aHalfFinishedPlanIsShownAsNotFinished() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "safety-plan", "--db", db], input: "not sleeping\n/pause\n")
        for command in [["plan", "show"], ["plan", "export", "--format", "md"]] {
            let run = try AlongsideProcess.run(command + ["--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Not finished yet"))
            #expect(run.stdout.contains("not sleeping"))
        }
    }

    @Test func weeklyReviewRecallsTheGoalFromSmartGoal() throws {
        let db = try Self.database()
        let goal = try AlongsideProcess.run(["run", "smart-goal", "--db", db],
                                            input: Self.lines(["sleep better", "phone off at 10 pm", "four evenings", "yes", "8",
                                                               "I feel calmer", "by Sunday", "yes"]))
        #expect(goal.status == 0, "stderr: \(goal.stderr)")
        let review = try AlongsideProcess.run(["run", "weekly-review", "--db", db],
                                              input: Self.lines(["1", "reading", "late messages", "1", "phone in the kitchen"]))
        #expect(review.status == 0, "stderr: \(review.stderr)")
        #expect(Self.unwrapped(review.stdout).contains("Last time, you set this goal: phone off at 10 pm, four evenings; when: by Sunday."))
        let progress = try AlongsideProcess.run(["progress", "--db", db])
        #expect(progress.stdout.contains("phone off at 10 pm, four evenings; when: by Sunday"))
        #expect(progress.stdout.contains("review: done: next week, phone in the kitchen"))
    }

    @Test func boxBreathingPipedDoesNotWaitAndStoresTwoRatings() throws {
        let db = try Self.database()
        let run = try AlongsideProcess.run(["run", "box-breathing", "--db", db], input: Self.lines(["6", "1", "1", "3"]))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // Off a terminal a pause is printed as "label (4 s)" instead of a countdown (no timing asserted here).
        #expect(run.stdout.contains("Breathe in slowly  (round 4 of 4) (4 s)"))
        let json = try AlongsideProcess.run(["progress", "--format", "json", "--db", db])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sessions = (report["grounding"] as? [String: Any])?["sessions"] as? [[String: Any]] ?? []
        #expect(sessions.count == 1)
        #expect(sessions.first?["before"] as? Int == 6)
        #expect(sessions.first?["after"] as? Int == 3)
    }

    @Test func progressJSONShowsGroundingBeforeAfterAndAverageChange() throws {
        let db = try Self.database()
        let grounding = ["a lamp, a window, a cup, a book, a plant", "my chair, my socks, the desk, my sleeve",
                         "traffic, a clock, birds", "coffee, soap", "mint tea"]
        _ = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.lines(["7"] + grounding + ["3"]))
        _ = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.lines(["6"] + grounding + ["4"]))
        let json = try AlongsideProcess.run(["progress", "--format", "json", "--db", db])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let calming = try #require(report["grounding"] as? [String: Any])
        let sessions = calming["sessions"] as? [[String: Any]] ?? []
        #expect(sessions.map { $0["before"] as? Int } == [7, 6])
        #expect(sessions.map { $0["after"] as? Int } == [3, 4])
        #expect(calming["averageChange"] as? Double == -3.0)
        #expect(calming["rated"] as? Int == 2)
        let text = try AlongsideProcess.run(["progress", "--db", db])
        #expect(text.stdout.contains("6.5 before, 3.5 after (change -3.0)"))
    }
}
