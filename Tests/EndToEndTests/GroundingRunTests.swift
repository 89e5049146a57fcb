import Foundation
import Testing

/// End-to-end: the built binary, piped input, a temporary database.
@Suite(.serialized) struct GroundingRunTests {
    static let answers = ["7", "a lamp, a window, a cup, a book, a plant", "my chair, my socks, the desk, my sleeve",
                          "traffic, a clock, birds", "coffee, soap", "mint tea", "3"]

    @Test func pipedRunCompletesAndStoresEveryTurn() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("data/alongside.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("five things"))
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasSuffix(Self.answers[1]) }, "piped answers must not be echoed back")
        let attributes = try FileManager.default.attributesOfItem(atPath: db)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("data").path)
        #expect((directory[.posixPermissions] as? Int) == 0o700)

        let show = try AlongsideProcess.run(["--db", db, "transcripts", "show", "--last", "--format", "jsonl"])
        #expect(show.status == 0)
        let rows = show.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let typed = rows.filter { $0["speaker"] as? String == "person" }.compactMap { $0["text"] as? String }
        #expect(typed == Self.answers)
        let list = try AlongsideProcess.run(["transcripts", "list", "--db", db])
        #expect(list.stdout.contains("completed"))
    }

    @Test func noStoreLeavesNoTrace() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("x/alongside.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--no-store", "--db", db], input: Self.answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x").path))
    }

    @Test func killedMidRunKeepsAnsweredTurnsAndResumes() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("alongside.sqlite").path
        let seen = try AlongsideProcess.killWhenSeen(["run", "grounding-54321", "--db", db],
                                                     input: Self.answers.prefix(3).joined(separator: "\n") + "\n", marker: "three things")
        #expect(seen.contains("three things"))
        let show = try AlongsideProcess.run(["transcripts", "show", "--last", "--format", "jsonl", "--db", db])
        let typed = show.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["speaker"] as? String == "person" }.compactMap { $0["text"] as? String }
        #expect(typed == Array(Self.answers.prefix(3)))
        let resumed = try AlongsideProcess.run(["run", "grounding-54321", "--resume", "--db", db],
                                               input: Self.answers.dropFirst(3).joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        #expect(resumed.stdout.contains("Picking up where you left off"))
        #expect(resumed.stdout.contains("three things"))
        let list = try AlongsideProcess.run(["transcripts", "list", "--format", "json", "--db", db])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(sessions.count == 1)
        #expect(sessions.first?["status"] as? String == "completed")
    }

    @Test func endOfInputMidwaySavesAndSaysHowToResume() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("alongside.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: "7\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("alongside run grounding-54321"))
        let again = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: "yes\n" + Self.answers.dropFirst().joined(separator: "\n") + "\n")
        #expect(again.status == 0)
        #expect(again.stdout.contains("Picking up where you left off"))
    }
}
