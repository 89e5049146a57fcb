import Foundation
import Testing

/// Trainer tooling as an author uses it: graph, schema, test (coverage, formats, fuzz, random walks),
/// run --record/--trace, lint notes and user scripts in the config directory.
@Suite struct TrainerToolsTests {
    static let branching = """
    id: mood-check
    title: "Mood check"
    kind: reflection
    description: "A tiny branching script."
    minutes: 1
    start: ask_mood
    nodes:
      ask_mood:
        ask: "From 0 to 10, how are you?"
        expect: { integer: [0, 10] }
        save: mood
        next: route
      route:
        branch:
          - { if: "mood >= 5", next: good }
          - { else: low }
      good:
        say: "Glad to hear it."
        next: bye
      low:
        say: "Thanks for telling me."
        ask: "What would help a little?"
        next: bye
      bye:
        say: "Take care."
        end: true
    """

    static let plan = """
    ? From 0 to 10*
    > 8
    = Glad to hear it.
    end: bye
    """

    func workspace(plan: String? = TrainerToolsTests.plan, script: String = TrainerToolsTests.branching) throws -> URL {
        let dir = try AlongsideProcess.temporaryDirectory()
        try script.write(to: dir.appendingPathComponent("mood-check.yaml"), atomically: true, encoding: .utf8)
        if let plan { try plan.write(to: dir.appendingPathComponent("mood-check.testplan"), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func graphPrintsDotAndMermaid() throws {
        let dir = try workspace()
        let dot = try AlongsideProcess.run(["graph", dir.appendingPathComponent("mood-check.yaml").path, "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"mood-check\" {"))
        #expect(dot.stdout.contains("\"route\" -> \"good\" [label=\"mood >= 5\"];"))
        #expect(dot.stdout.contains("\"bye\" [shape=doublecircle"))
        let mermaid = try AlongsideProcess.run(["graph", "grounding-54321", "--format", "mermaid"])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart TD\n"))
        #expect(mermaid.stdout.contains("start_marker --> n0_welcome"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "needs Graphviz"))
    func graphvizRendersTheDotOutput() throws {
        let dir = try workspace()
        let graph = try AlongsideProcess.run(["graph", dir.appendingPathComponent("mood-check.yaml").path, "--format", "dot"])
        let file = dir.appendingPathComponent("graph.dot")
        try graph.stdout.write(to: file, atomically: true, encoding: .utf8)
        let dot = Process()
        dot.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        dot.arguments = ["-Tsvg", file.path, "-o", dir.appendingPathComponent("graph.svg").path]
        try dot.run()
        dot.waitUntilExit()
        #expect(dot.terminationStatus == 0)
    }

    @Test func testplanCatchesABrokenBranch() throws {
        let broken = Self.branching.replacingOccurrences(of: "mood >= 5", with: "mood > 8")
        let dir = try workspace(script: broken)
        let result = try AlongsideProcess.run(["test", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  \(dir.path)/mood-check.testplan"))
        #expect(result.stdout.contains("mood-check.testplan:3: expected the line \"Glad to hear it.\""))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func coverageListsUntakenEdges() throws {
        let dir = try workspace()
        let result = try AlongsideProcess.run(["test", dir.path, "--coverage"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("coverage \(dir.path)/mood-check.yaml: 3/5 edges (60%)"))
        #expect(result.stdout.contains("not taken: route -> low"))
        #expect(result.stdout.contains("not taken: low -> bye"))
    }

    @Test func junitAndJSONFormatsForCI() throws {
        let dir = try workspace()
        let junit = try AlongsideProcess.run(["test", dir.path, "--format", "junit"])
        #expect(junit.status == 0)
        #expect(junit.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"alongside test\" tests=\"1\" failures=\"0\">"))
        let json = try AlongsideProcess.run(["test", dir.path, "--format", "json", "--coverage"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["passed"] as? Int == 1)
        #expect(object["failed"] as? Int == 0)
        let coverage = try #require((object["coverage"] as? [[String: Any]])?.first)
        #expect(coverage["untaken"] as? [String] == ["route->low", "low->bye"])
    }

    @Test func randomWalksFindAScriptThatNeverEnds() throws {
        let looping = Self.branching.replacingOccurrences(of: "next: bye", with: "next: ask_mood")
        let dir = try workspace(plan: nil, script: looping)
        let result = try AlongsideProcess.run(["test", dir.path, "--random", "5", "--seed", "7"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  random \(dir.path)/mood-check.yaml  (5 walks, seed 7)"))
        #expect(result.stdout.contains("no end after 500 answers"))
        let fine = try workspace(plan: nil)
        let ok = try AlongsideProcess.run(["test", fine.path, "--random", "20"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("ok    random \(fine.path)/mood-check.yaml  (20 walks, seed 1)"))
    }

    @Test func crisisFuzzTypesAtEveryFreeTextPrompt() throws {
        let dir = try workspace(plan: nil)
        let result = try AlongsideProcess.run(["test", dir.path, "--crisis-fuzz", "--region", "GB"])
        // The phrases are the router's CrisisPhrases (at least 150, every category and level).
        let header = try #require(result.stdout.split(separator: "\n").first { $0.contains("crisis-fuzz \(dir.path)/mood-check.yaml  (1 free-text prompt × ") })
        let count = Int(header.split(separator: "× ").last?.split(separator: " ").first ?? "") ?? 0
        #expect(count >= 150 && header.hasSuffix("phrases, region GB)"), "\(header)")
        // Leetspeak is recognised today and must stay so; any phrase that is missed is named with its prompt.
        #expect(!result.stdout.contains("typing \"i w4nt to d1e\""))
        #expect(result.status == (result.stdout.contains("showed no help line (116 123)") ? 1 : 0))
    }

    @Test func recordedRunReplaysAsATestplan() throws {
        let dir = try workspace(plan: nil)
        let script = dir.appendingPathComponent("mood-check.yaml").path
        let plan = dir.appendingPathComponent("mood-check.recorded.testplan").path
        let run = try AlongsideProcess.run(["run", script, "--no-store", "--record", plan, "--trace"], input: "3\na cup of tea\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("[trace] → ask_mood"))
        #expect(run.stderr.contains("[trace] branch 'route': no condition holds → else low"))
        #expect(run.stderr.contains("[trace] set mood: (none) → 3"))
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(text.contains("> 3\n= Thanks for telling me.\n= What would help a little?\n> a cup of tea\n= Take care.\nend: bye\n"))
        let replay = try AlongsideProcess.run(["test", plan])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.stdout.contains("1 passed, 0 failed"))
    }

    @Test func schemaCommandPrintsTheCommittedSchema() throws {
        let result = try AlongsideProcess.run(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: AlongsideProcess.packageRoot.appendingPathComponent("docs/script.schema.json"), encoding: .utf8)
        #expect(result.stdout == committed)
    }

    @Test func lintNotesAScriptWithoutATestplan() throws {
        let dir = try workspace(plan: nil)
        let result = try AlongsideProcess.run(["lint", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout == "\(dir.path)/mood-check.yaml:1:1: note: AL0043 there is no testplan beside this script; write mood-check.testplan (see docs/runtime.md) or use `alongside run mood-check.yaml --record mood-check.testplan`\n")
    }

    @Test func userScriptsInTheConfigDirectoryAreListed() throws {
        let config = try AlongsideProcess.temporaryDirectory()
        let dialogues = config.appendingPathComponent("alongside/dialogues")
        try FileManager.default.createDirectory(at: dialogues, withIntermediateDirectories: true)
        try Self.branching.write(to: dialogues.appendingPathComponent("mood-check.yaml"), atomically: true, encoding: .utf8)
        let list = try AlongsideProcess.run(["list"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("mood-check"))
        #expect(list.stdout.contains("Mood check"))
        let run = try AlongsideProcess.run(["run", "mood-check", "--no-store"], input: "9\n", environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Glad to hear it."))
    }
}
