import Foundation
import Testing

/// End-to-end: what a person sees on a fresh account, `--version`, and that a wipe leaves nothing behind.
@Suite struct FirstRunTests {
    /// A fresh account: an empty home folder and no XDG or ALONGSIDE_DB overrides.
    static func freshAccount() throws -> (home: URL, env: [String: String]) {
        let home = try AlongsideProcess.temporaryDirectory()
        let env = ["HOME": home.path, "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "ALONGSIDE_DB": "", "ALONGSIDE_INCOGNITO": ""]
        return (home, env)
    }

    static func contents(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func versionNamesTheVersionAndTheCommit() throws {
        let run = try AlongsideProcess.run(["--version"])
        #expect(run.status == 0)
        // `swift build` does not stamp a commit; scripts/package does (its CI step checks the stamped form).
        let expected = #"^alongside \d+\.\d+\.\d+ \(commit unknown: not built by scripts/package\)\n$"#
        #expect(run.stdout.range(of: expected, options: .regularExpression) != nil, "\(run.stdout)")
    }

    @Test func nothingIsWrittenBeforeAnExercise() throws {
        let (home, env) = try Self.freshAccount()
        for arguments in [["--version"], ["--help"], [], ["list"], ["helplines", "--region", "GB"], ["data", "path"],
                          ["progress"], ["transcripts", "list"], ["transcripts", "search", "calm"], ["plan", "show"]] {
            let run = try AlongsideProcess.run(arguments, environment: env)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        #expect(Self.contents(home) == [])
    }

    @Test func theFirstRunSaysWhereDataIsKeptAndHowToDeleteItOnce() throws {
        let (home, env) = try Self.freshAccount()
        let answers = GroundingRunTests.answers.joined(separator: "\n") + "\n"
        let first = try AlongsideProcess.run(["run", "grounding-54321"], input: answers, environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        let opening = first.stdout.split(separator: "\n").prefix(2)
        #expect(opening == ["Your answers stay on this computer: ~/.local/share/alongside/alongside.sqlite",
                            "Delete them with `alongside data wipe`; add --no-store to a run to keep nothing."])
        let second = try AlongsideProcess.run(["run", "grounding-54321"], input: answers, environment: env)
        #expect(second.status == 0)
        #expect(!second.stdout.contains("Your answers stay on this computer"))

        let wipe = try AlongsideProcess.run(["data", "wipe", "--yes"], environment: env)
        #expect(wipe.status == 0, "\(wipe.stderr)")
        #expect(wipe.stdout.contains("removed \(home.path)/.local/share/alongside/\n"))
        #expect(Self.contents(home) == [".local", ".local/share"])
    }
}
