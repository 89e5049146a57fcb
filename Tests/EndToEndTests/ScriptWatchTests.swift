import Foundation
import Testing

/// `run --watch` from the command line (which answers still fit: `ReplayFitTests`; noticing saves: `FileStampTests`).
@Suite struct ScriptWatchTests {
    @Test func watchNeedsAScriptFile() throws {
        let result = try AlongsideProcess.run(["run", "box-breathing", "--watch", "--no-store"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--watch needs a script file"))
    }
}
