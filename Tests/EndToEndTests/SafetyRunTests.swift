import Foundation
import Testing

/// End-to-end: a crisis line typed in the middle of an exercise meets the region's help lines.
@Suite struct SafetyRunTests {
    static func runWithCrisisLine(region: String?) throws -> AlongsideProcess.Result {
        let dir = try AlongsideProcess.temporaryDirectory()
        var arguments = ["run", "grounding-54321", "--db", dir.appendingPathComponent("a.sqlite").path]
        if let region { arguments += ["--region", region] }
        let input = ["7", "i w4nt to k i l l mys3lf tonight", "4", "a lamp, a window, a cup, a book, a plant"].joined(separator: "\n") + "\n"
        return try AlongsideProcess.run(arguments, input: input, environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
    }

    @Test(arguments: [("US", "988"), ("GB", "116 123"), ("DE", "0800 111 0 111")])
    func crisisLineShowsTheRegionsNumbers(region: String, number: String) throws {
        let run = try Self.runWithCrisisLine(region: region)
        #expect(run.stdout.contains(number), "\(run.stdout)")
    }

    @Test func unknownRegionFallsBackToInternationalHelp() throws {
        let run = try Self.runWithCrisisLine(region: nil)  // LANG=C.UTF-8: no country
        #expect(run.stdout.contains("findahelpline.com"), "\(run.stdout)")
    }

    @Test func figurativeSpeechDoesNotInterrupt() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let input = ["3", "this traffic is killing me, a lamp, a cup, a book, a plant"].joined(separator: "\n") + "\n"
        let db = dir.appendingPathComponent("a.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--region", "US", "--db", db], input: input)
        // The start-up notice prints the database path, and a random temporary path can hold "988" itself.
        #expect(!run.stdout.replacingOccurrences(of: db, with: "").contains("988"), "\(run.stdout)")
    }

    @Test func aLineThatLooksLikeACommandStillPassesTheRouter() throws {
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--no-store", "--region", "GB"],
                                           input: "3\n/i want to die tonight\n4\n/foo\n")
        #expect(run.stdout.contains("116 123"), "\(run.stdout)")
        #expect(run.stdout.contains("That is not a command I know. Type /help to see the commands."))
        #expect(!run.stdout.contains("/foo"), "typed text is never echoed")
    }

    @Test func anOverlongLineIsNotKeptButIsStillScreened() throws {
        let long = "i want to die tonight " + String(repeating: "y ", count: 10_000)
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--no-store", "--region", "GB"], input: "3\n\(long)\n4\n")
        #expect(run.stdout.contains("was not kept"))
        #expect(run.stdout.contains("116 123"), "\(run.stdout.suffix(2000))")
    }

    @Test func safetyScanPrintsOneObjectPerLine() throws {
        let run = try AlongsideProcess.run(["safety", "scan"], input: "hello there\nI want to die\nthis exam is killing me\n")
        let rows = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(rows.count == 3)
        #expect(rows.map { $0?["level"] as? String } == ["none", "concern", "none"])
        #expect(rows[1]?["text"] as? String == "I want to die")
    }
}
