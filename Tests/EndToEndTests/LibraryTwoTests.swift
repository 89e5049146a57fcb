import Foundation
import Testing

/// End-to-end: the library II exercises (recovery-roadmap, strengths-inventory, empathy-stories,
/// coping-toolbox, finding-support), what they store and which later exercises recall it, through the built binary.
@Suite(.serialized) struct LibraryTwoTests {
    /// Piped answers that take each new exercise from start to end, and a line its ending shows.
    static let runs: [(id: String, answers: [String], ending: String)] = [
        ("coping-toolbox", ["1", "8", "yes", "1", "a lamp, a cup, a book", "cars, birds", "my feet", "6", "yes", "2", "2", "2"],
         "Your toolbox now holds: Paced breathing and Senses check."),
        ("strengths-inventory", ["I walk the dog", "my sister", "", "1", "stubborn, kind to animals"],
         "Here are your strengths, in your own words: stubborn and kind to animals."),
        ("finding-support", ["go to my list", "1", "Mind drop-in, carers group on Fridays"],
         "Your list now says: Mind drop-in and carers group on Fridays."),
        ("recovery-roadmap", roadmap, "Thank you. A roadmap like this is worth coming back to"),
        ("empathy-stories", ["1", "scared", "You feel scared and alone with it.", "skip", "finish"],
         "Thank you for practising."),
    ]
    static let roadmap = ["1", "I cook", "1", "a walk", "1", "money worries", "1", "call Ana", "1", "not sleeping",
                          "1", "go to bed early", "1", "Ana listens", "no"]

    static func database() throws -> String {
        try AlongsideProcess.temporaryDirectory().appendingPathComponent("alongside.sqlite").path
    }

    static func lines(_ answers: [String]) -> String { answers.joined(separator: "\n") + "\n" }

    /// Output with the console's line wrapping undone.
    static func unwrapped(_ text: String) -> String { text.split(separator: "\n").joined(separator: " ") }

    @Test(arguments: runs.map(\.id)) func eachExerciseRunsPipedToTheEnd(id: String) throws {
        let run = Self.runs.first { $0.id == id }!
        let db = try Self.database()
        let result = try AlongsideProcess.run(["run", id, "--db", db, "--region", "GB"], input: Self.lines(run.answers))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.unwrapped(result.stdout).contains("not therapy and not a crisis service"))
        #expect(Self.unwrapped(result.stdout).contains(run.ending), "\(result.stdout)")
        let sessions = try AlongsideProcess.run(["transcripts", "list", "--format", "json", "--db", db])
        #expect(sessions.stdout.contains(id))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ScriptedClient.path.path), "needs ../shared/tools/drive.py"),
          arguments: runs.map(\.id))
    func eachExerciseRunsThroughTheDriver(id: String) throws {
        let text = try ScriptedClient.run(id, answers: "I cook\nA friend who listens\nYou feel alone with it.\n")
        #expect(text.contains("status 0"), "\(id): \(text)")
    }

    @Test func roadmapIsStoredExportedVersionedAndInProgress() throws {
        let db = try Self.database()
        let first = try AlongsideProcess.run(["run", "recovery-roadmap", "--db", db], input: Self.lines(Self.roadmap))
        #expect(first.status == 0, "stderr: \(first.stderr)")

        let show = try AlongsideProcess.run(["plan", "show", "--kind", "recovery-roadmap", "--db", db])
        #expect(show.stdout.contains("My recovery roadmap"))
        #expect(show.stdout.contains("Early warning signs\n   - not sleeping"))

        let markdown = try AlongsideProcess.run(["plan", "export", "--kind", "recovery-roadmap", "--format", "md", "--db", db])
        #expect(markdown.stdout.hasPrefix("# My recovery roadmap"))
        let html = try AlongsideProcess.run(["plan", "export", "--kind", "recovery-roadmap", "--format", "html", "--db", db])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<li>Ana listens</li>"))

        // Second visit: add to part 1, keep the rest.
        let second = try AlongsideProcess.run(["run", "recovery-roadmap", "--db", db],
                                              input: Self.lines(["2", "I sing"] + Array(repeating: "1", count: 6) + ["no"]))
        #expect(second.status == 0)
        #expect(second.stdout.contains("You already have a roadmap"))
        let history = try AlongsideProcess.run(["plan", "history", "--kind", "recovery-roadmap", "--db", db])
        let versions = history.stdout.split(separator: "\n")
        #expect(versions.count == 2)
        #expect(versions.first?.hasSuffix("What I am like when I am well: 1 added") == true)

        let progress = try AlongsideProcess.run(["progress", "--db", db])
        #expect(progress.stdout.contains("Recovery roadmap\n  Version 2, saved "))
        #expect(progress.stdout.contains("7 of 7 parts filled in"))
        let json = try AlongsideProcess.run(["progress", "--format", "json", "--db", db])
        #expect(json.stdout.contains("\"sectionsFilled\" : 7"))
    }

    @Test func strengthsAreRecalledByWeeklyReview() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "strengths-inventory", "--db", db], input: Self.lines(Self.runs[1].answers))
        let review = try AlongsideProcess.run(["run", "weekly-review", "--db", db], input: Self.lines(["1", "walks", "rain", "call my sister"]))
        #expect(review.status == 0)
        #expect(Self.unwrapped(review.stdout).contains("a reminder of strengths you named: stubborn and kind to animals."))
    }

    @Test func toolboxIsRecalledBySafetyPlanAndRoadmap() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "coping-toolbox", "--db", db], input: Self.lines(Self.runs[0].answers))
        let plan = try AlongsideProcess.run(["run", "safety-plan", "--db", db],
                                            input: Self.lines(["not sleeping", "1", "1", "the library", "Sam", "no", "pills away", "my cat", "no"]))
        #expect(plan.status == 0, "stderr: \(plan.stderr)")
        #expect(Self.unwrapped(plan.stdout).contains("Your coping toolbox (from `coping-toolbox`) holds: Paced breathing and Senses check."))
        let show = try AlongsideProcess.run(["plan", "show", "--db", db])
        #expect(show.stdout.contains("Things I can do on my own\n   - Paced breathing\n   - Senses check"))

        let roadmap = try AlongsideProcess.run(["run", "recovery-roadmap", "--db", db],
                                               input: Self.lines(["2", "1", "a walk", "1"] + Array(repeating: "2", count: 5) + ["no"]))
        #expect(roadmap.status == 0)
        let shown = try AlongsideProcess.run(["plan", "show", "--kind", "recovery-roadmap", "--db", db])
        #expect(shown.stdout.contains("- a walk\n   - Paced breathing\n   - Senses check"))
    }

    @Test func servicesAreStoredAndShownWithThePlan() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "finding-support", "--db", db, "--region", "GB"], input: Self.lines(Self.runs[2].answers))
        let own = try AlongsideProcess.run(["plan", "show", "--kind", "support-services", "--db", db])
        #expect(own.stdout.contains("Services I found"))
        #expect(own.stdout.contains("   - Mind drop-in\n   - carers group on Fridays"))

        _ = try AlongsideProcess.run(["run", "safety-plan", "--db", db],
                                     input: Self.lines(["not sleeping", "a walk", "the library", "Sam", "no", "pills away", "my cat", "no"]))
        let show = try AlongsideProcess.run(["plan", "show", "--db", db])
        #expect(show.stdout.contains("Services you noted in finding-support (for step 5):\n   - Mind drop-in"))
    }

    @Test func listAndMenuGroupByAudienceAndMarkUnfinished() throws {
        let json = try AlongsideProcess.run(["list", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let empathy = try #require(rows.first { $0["id"] as? String == "empathy-stories" })
        #expect(empathy["audience"] as? String == "supporting")
        #expect(empathy["kind"] as? String == "practice")
        #expect(empathy["minutes"] as? Int == 20)
        #expect(rows.first { $0["id"] as? String == "recovery-roadmap" }?["audience"] as? String == "myself")

        let text = try AlongsideProcess.run(["list"])
        #expect(text.stdout.contains("# For myself"))
        #expect(text.stdout.contains("# Practise supporting others"))

        let db = try Self.database()
        let paused = try AlongsideProcess.run(["run", "strengths-inventory", "--db", db], input: "I walk the dog\n/pause\n")
        #expect(paused.status == 0)
        let menu = try AlongsideProcess.run(["--db", db], input: "q\n")
        #expect(menu.stdout.contains("Practise supporting others"))
        let line = menu.stdout.split(separator: "\n").first { $0.contains("(8 min, strengths-inventory)") }
        #expect(line?.contains("unfinished since") == true, "\(menu.stdout)")
        #expect(menu.stdout.contains("You have an unfinished exercise"))
    }
}
