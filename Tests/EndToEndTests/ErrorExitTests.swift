import Foundation
import Testing

/// End-to-end: bad input gets a clear message and the contract's exit code.
@Suite struct ErrorExitTests {
    @Test func unknownExerciseSuggestsCloseIdsAndExits2() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let run = try AlongsideProcess.run(["run", "grounding-5432", "--db", dir.appendingPathComponent("a.sqlite").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no exercise called 'grounding-5432'"))
        #expect(run.stderr.contains("grounding-54321"))
    }

    @Test func brokenScriptPrintsLocatedDiagnosticsAndExits3() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.yaml")
        try "id: x\ntitle: \"unterminated\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try AlongsideProcess.run(["run", file.path, "--db", dir.appendingPathComponent("a.sqlite").path])
        #expect(run.status == 3)
        #expect(run.stderr.range(of: #"broken\.yaml:\d+:\d+: error: AL\d{4}"#, options: .regularExpression) != nil)
        let lint = try AlongsideProcess.run(["lint", file.path])
        #expect(lint.status == 1)
        #expect(lint.stdout.range(of: #"broken\.yaml:\d+:\d+: error: AL\d{4}"#, options: .regularExpression) != nil)
    }

    @Test func unusableDatabasePathExits4NamingThePath() throws {
        let run = try AlongsideProcess.run(["--db", "/proc/version/x.sqlite", "run", "grounding-54321"])
        #expect(run.status == 4)
        #expect(run.stderr.contains("/proc/version/x.sqlite"))
    }

    @Test func corruptDatabaseExits4AndIsNotTouched() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("junk.sqlite")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try bytes.write(to: file)
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", file.path], input: "7\n")
        #expect(run.status == 4)
        #expect(run.stderr.contains(file.path))
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aRegionNameIsAUsageErrorNamingTheCode() throws {
        let run = try AlongsideProcess.run(["helplines", "--region", "Germany"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Did you mean DE (Germany)?"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() throws {
        let before = try AlongsideProcess.run(["--region", "GB", "helplines", "--format", "json"])
        let after = try AlongsideProcess.run(["helplines", "--format", "json", "--region", "GB"])
        #expect(before.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("116 123"))
    }

    @Test func bundledScriptsLintClean() throws {
        let run = try AlongsideProcess.run(["lint", AlongsideProcess.packageRoot.appendingPathComponent("dialogues").path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func listJSONNamesTheGroundingExercise() throws {
        let run = try AlongsideProcess.run(["list", "--format", "json"])
        #expect(run.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        let grounding = rows.first { $0["id"] as? String == "grounding-54321" }
        #expect(grounding?["kind"] as? String == "grounding")
    }
}

/// Every YAML file in dialogues/ is compiled into the binary (run scripts/gen-bundled after adding one).
@Suite struct BundledDialogueTests {
    @Test func everyDialogueFileIsBundled() throws {
        let directory = AlongsideProcess.packageRoot.appendingPathComponent("dialogues")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        let run = try AlongsideProcess.run(["list", "--format", "json"])
        let ids = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(files).isSubset(of: Set(ids)), "run scripts/gen-bundled: missing \(Set(files).subtracting(ids).sorted())")
    }
}
