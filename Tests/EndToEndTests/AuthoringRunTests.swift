import Foundation
import Testing

/// What an author meets around `run` and `test`: trace order, --record not overwriting, `test` outside a
/// checkout, user scripts that clash with bundled ids or are not UTF-8.
@Suite struct AuthoringRunTests {
    static let counter = """
    id: counter
    title: Counter
    kind: other
    description: d
    minutes: 1
    start: ask
    nodes:
      ask:
        ask: "A number?"
        expect: { integer: [0, 10] }
        save: n
        next: bump
      bump:
        set: { total: "n + 1" }
        next: route
      route:
        branch:
          - { if: "total > 5", next: high }
          - { else: low }
      high:
        say: High.
        end: true
      low:
        say: Low.
        end: true
    """

    @Test func traceShowsASetBeforeTheBranchThatTestsIt() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("counter.yaml")
        try Self.counter.write(to: file, atomically: true, encoding: .utf8)
        let run = try AlongsideProcess.run(["run", file.path, "--no-store", "--trace"], input: "7\n")
        #expect(run.status == 0, "\(run.stderr)")
        let trace = run.stderr.split(separator: "\n").filter { $0.contains("[trace]") }.map { String($0.dropFirst(10)) }
        let set = try #require(trace.firstIndex { $0.hasPrefix("set total") }, "\(trace)")
        let branch = try #require(trace.firstIndex { $0.hasPrefix("branch 'route'") }, "\(trace)")
        let saved = try #require(trace.firstIndex { $0.hasPrefix("set n") }, "\(trace)")
        #expect(saved < set && set < branch, "\(trace)")
    }

    @Test func recordDoesNotReplaceAnExistingFileWithoutForce() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("counter.yaml")
        try Self.counter.write(to: file, atomically: true, encoding: .utf8)
        let plan = dir.appendingPathComponent("counter.testplan")
        try "# hand-edited\n".write(to: plan, atomically: true, encoding: .utf8)
        let refused = try AlongsideProcess.run(["run", file.path, "--no-store", "--record", plan.path], input: "7\n")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOf: plan, encoding: .utf8) == "# hand-edited\n")
        let forced = try AlongsideProcess.run(["run", file.path, "--no-store", "--record", plan.path, "--force"], input: "7\n")
        #expect(forced.status == 0)
        #expect(try String(contentsOf: plan, encoding: .utf8).contains("> 7"))
    }

    @Test func testWithoutPathsOutsideACheckoutSaysWhatToDo() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let result = try AlongsideProcess.run(["test"], environment: ["XDG_CONFIG_HOME": dir.path], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing to test here"), "\(result.stderr)")
        #expect(!result.stderr.contains("no such file or directory"))
    }

    @Test func userScriptsThatClashOrAreNotUTF8AreReportedNotListed() throws {
        let config = try AlongsideProcess.temporaryDirectory()
        let dialogues = config.appendingPathComponent("alongside/dialogues")
        try FileManager.default.createDirectory(at: dialogues, withIntermediateDirectories: true)
        let clash = Self.counter.replacingOccurrences(of: "id: counter", with: "id: box-breathing")
        try clash.write(to: dialogues.appendingPathComponent("my-breathing.yaml"), atomically: true, encoding: .utf8)
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: dialogues.appendingPathComponent("latin.yaml"))
        let list = try AlongsideProcess.run(["list", "--format", "json"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(list.status == 0)
        #expect(list.stdout.components(separatedBy: "\"box-breathing\"").count == 2, "listed once")
        #expect(list.stderr.contains("my-breathing.yaml uses the id 'box-breathing' of a bundled exercise"))
        #expect(list.stderr.contains("latin.yaml is not UTF-8 text"))
    }
}
