import Foundation
import Testing

/// A resume that finds a different script says so instead of replaying into it.
@Suite struct ResumeChangedScriptTests {
    static let script = """
        id: tiny-check
        title: "Tiny check"
        kind: reflection
        version: 1
        description: "Two questions."
        minutes: 1
        start: first
        nodes:
          first:
            ask: "What is on your mind?"
            save: mind
            next: second
          second:
            ask: "And what would help?"
            save: help
            next: done
          done:
            say: "Thank you."
            end: true
        """

    @Test func resumeIsRefusedWithTheFreshHint() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("tiny-check.yaml")
        let db = dir.appendingPathComponent("a.sqlite").path
        try Self.script.write(to: file, atomically: true, encoding: .utf8)
        let first = try AlongsideProcess.run(["run", file.path, "--db", db], input: "a busy week\n/pause\n")
        #expect(first.status == 0, "\(first.stderr)")
        try Self.script.replacingOccurrences(of: "And what would help?", with: "What might help a little?")
            .write(to: file, atomically: true, encoding: .utf8)
        let resumed = try AlongsideProcess.run(["run", file.path, "--db", db, "--resume"], input: "")
        #expect(resumed.status == 2)
        #expect(resumed.stderr.contains("has changed since your unfinished session began"))
        #expect(resumed.stderr.contains("alongside run tiny-check --fresh"))
        let asked = try AlongsideProcess.run(["run", file.path, "--db", db], input: "yes\nsomething\n")
        #expect(asked.stdout.contains("Start afresh now?"))
        #expect(asked.stdout.contains("What is on your mind?"))
    }
}
