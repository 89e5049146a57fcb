import Foundation
import Testing

/// End-to-end: the library III exercises (thought record, DBT skills, journal, psychoeducation, buddy plan),
/// what they keep and where a person finds it again, through the built binary.
@Suite(.serialized) struct LibraryThreeTests {
    /// Piped answers that take each exercise from start to end, and a line its ending shows.
    static let runs: [(id: String, answers: [String], ending: String)] = [
        ("thought-record", thoughtRecord, "Your thought record is saved."),
        ("stop-skill", ["8", "an angry text", "", "", "", "keep the friendship", "reply tomorrow", "5"], "It went from 8 to 5."),
        ("tipp", ["7", "3", "1", "4"], "It went from 7 to 4."),
        ("opposite-action", ["1", "a party", "stay home", "7", "2", "go for an hour", "text Jo, go", "tonight"],
         "Your plan: go for an hour."),
        ("wise-mind", ["", ], "Coming back to this breath"),
        ("dear-man", dearMan, "Your script is saved."),
        ("journal", ["7", "lunch with Priya", "a long bath", "the weekend"], "7 out of 10, good to hear."),
        ("understanding-anxiety", ["1", "1", "1", "1", "1"], "Slowing your out-breath"),
        ("understanding-low-mood", ["2", "1", "a cup of tea outside", "tomorrow"], "Your small step: a cup of tea outside, tomorrow."),
        ("buddy-plan", buddy, "Your buddy plan is saved."),
    ]
    static let thoughtRecord = ["my manager asked to see me", "anxious", "85", "I'm going to be fired", "she looked serious",
                                "my last review was good", "1", "mind reading", "She may want anything; my work is fine.", "40"]
    static let dearMan = ["asking Alex to share the cleaning", "I cleaned alone three weekends", "I feel tired",
                          "could we take turns?", "we'd both get Sundays", "I'd still like to sort it", "say it out loud first",
                          "I could do the bathroom", "2"]
    static let buddy = ["Jo", "a text every evening", "text, then a call", "red day", "a walk", "try again in an hour", "",
                        "it's okay to say not now"]

    static func database() throws -> String { try LibraryTwoTests.database() }
    static func lines(_ answers: [String]) -> String { LibraryTwoTests.lines(answers) }

    @Test(arguments: runs.map(\.id)) func eachExerciseRunsPipedToTheEnd(id: String) throws {
        let run = Self.runs.first { $0.id == id }!
        let db = try Self.database()
        let result = try AlongsideProcess.run(["run", id, "--db", db, "--region", "GB"], input: Self.lines(run.answers))
        let shown = LibraryTwoTests.unwrapped(result.stdout)
        #expect(result.status == 0 && shown.contains("not therapy") && shown.contains(run.ending), "\(result.stdout)\(result.stderr)")
    }

    /// The shared scripted client answers every prompt and reaches the end (no retry or menu loop it cannot leave).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ScriptedClient.path.path), "needs ../shared/tools/drive.py"),
          arguments: runs.map(\.id))
    func eachExerciseRunsThroughTheDriver(id: String) throws {
        let text = try ScriptedClient.run(id)
        #expect(text.contains("status 0"), "\(id): \(text)")
        let turns = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 120
        #expect(turns < 40, "\(id) did not finish: \(text)")
    }

    @Test func thoughtRecordsAreKeptFoundAgainAndShownInProgress() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "thought-record", "--db", db], input: Self.lines(Self.thoughtRecord))
        let second = ["the bus was late", "irritated", "30", "everything goes wrong", "late", "on time yesterday", "2",
                      "Buses are late sometimes.", "35"]
        _ = try AlongsideProcess.run(["run", "thought-record", "--db", db], input: Self.lines(second))

        let history = try AlongsideProcess.run(["plan", "history", "--kind", "thought-record", "--db", db])
        let rows = history.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix("Version 2") == true && rows.first?.hasSuffix("the bus was late") == true, "\(history.stdout)")
        #expect(rows.last?.hasSuffix("my manager asked to see me") == true)

        let first = try AlongsideProcess.run(["plan", "show", "--kind", "thought-record", "--version", "1", "--db", db])
        #expect(first.stdout.contains("3. How I felt then (0-100)\n   - anxious: 85 out of 100"), "\(first.stdout)")
        #expect(first.stdout.contains("6. Thinking traps I noticed\n   - mind reading"))
        let export = try AlongsideProcess.run(["plan", "export", "--kind", "thought-record", "--format", "md", "--db", db])
        #expect(export.stdout.contains("## 7. A more balanced thought\n\n- Buses are late sometimes."))
        #expect(export.stdout.contains("## 6. Thinking traps I noticed\n\n_(nothing here yet)_"))
        let missing = try AlongsideProcess.run(["plan", "show", "--kind", "thought-record", "--version", "7", "--db", db])
        #expect(missing.status == 2)

        let progress = try AlongsideProcess.run(["progress", "--db", db])
        #expect(progress.stdout.contains("anxious: 85 → 40  (down 45)"), "\(progress.stdout)")
        #expect(progress.stdout.contains("irritated: 30 → 35  (up 5)"))
        #expect(progress.stdout.contains("On average, over 2 records: 57.5 at first, 37.5 after the balanced thought (change -20.0); 1 of 2 eased."))
        let json = try AlongsideProcess.run(["progress", "--format", "json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let records = try #require(object["thoughtRecords"] as? [String: Any])
        #expect((records["records"] as? [[String: Any]])?.map { $0["change"] as? Int } == [-45, 5])
    }

    @Test func journalMoodShowsOverTimeAndEntriesAreSearchable() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "journal", "--db", db], input: Self.lines(["7", "lunch with Priya", "", "the weekend"]))
        _ = try AlongsideProcess.run(["run", "journal", "--db", db], input: Self.lines(["3", "rain all day", "an early night", ""]))
        let progress = try AlongsideProcess.run(["progress", "--db", db])
        #expect(progress.stdout.contains("Journal mood"))
        #expect(progress.stdout.contains(" 7  ███████\n"), "\(progress.stdout)")
        #expect(progress.stdout.contains(" 3  ███\n"))
        #expect(progress.stdout.contains("Average mood over 2 entries: 5.0 out of 10."))
        let search = try AlongsideProcess.run(["transcripts", "search", "Priya", "--db", db])
        #expect(search.status == 0)
        #expect(search.stdout.contains("journal"), "\(search.stdout)")
    }

    @Test func buddyPlanShowsBesideTheSafetyPlanAndDearManExports() throws {
        let db = try Self.database()
        _ = try AlongsideProcess.run(["run", "buddy-plan", "--db", db, "--region", "GB"], input: Self.lines(Self.buddy))
        let show = try AlongsideProcess.run(["plan", "show", "--db", db])
        #expect(show.stdout.contains("You have no safety plan saved yet."))
        #expect(show.stdout.contains("Your buddy check-in plan:\n   My buddy: Jo\n   We check in: a text every evening"), "\(show.stdout)")
        #expect(show.stdout.contains("If one of us is in danger: If a life is at risk now: call 999"))
        let buddy = try AlongsideProcess.run(["plan", "show", "--kind", "buddy-plan", "--db", db])
        #expect(buddy.stdout.contains("8. How we look after ourselves\n   - it's okay to say not now"))

        _ = try AlongsideProcess.run(["run", "dear-man", "--db", db], input: Self.lines(Self.dearMan))
        let html = try AlongsideProcess.run(["plan", "export", "--kind", "dear-man", "--format", "html", "--db", db])
        #expect(html.stdout.contains("<h2>4. Assert: what I ask for, or my no</h2>"))
        #expect(html.stdout.contains("<li>could we take turns?</li>"))
        let history = try AlongsideProcess.run(["plan", "history", "--kind", "dear-man", "--db", db])
        #expect(history.stdout.hasSuffix("asking Alex to share the cleaning\n"), "\(history.stdout)")
    }

    @Test func listGroupsSelfHelpByTopic() throws {
        let text = try AlongsideProcess.run(["list"])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let calm = try #require(lines.firstIndex(of: "## Calm a hard moment"))
        let skills = try #require(lines.firstIndex(of: "## Thoughts, feelings and other people"))
        #expect(lines[calm..<skills].contains { $0.hasPrefix("tipp ") })
        #expect(lines[skills...].contains { $0.hasPrefix("thought-record ") })
        let json = try AlongsideProcess.run(["list", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first { $0["id"] as? String == "buddy-plan" }?["topic"] as? String == "plans")
        #expect(rows.first { $0["id"] as? String == "understanding-anxiety" }?["topic"] as? String == "learn")
        #expect(rows.first { $0["id"] as? String == "empathy-stories" }?["topic"] == nil)
    }
}
