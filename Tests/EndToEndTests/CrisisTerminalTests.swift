import Foundation
import Testing

/// The crisis flow on a real pseudo-terminal (readline), as a person in distress would meet it.
@Suite struct CrisisTerminalTests {
    /// scripts/e2e/pty-crisis: urgent lines at a prompt and at the options, continue, Ctrl-D, next start.
    /// scripts/e2e/pty-interrupts: Ctrl-C at the menu, in a countdown and at the resume question; /pause in a countdown.
    @Test(.enabled(if: HostTools.python3, "needs python3 for its pty module"), arguments: ["pty-crisis", "pty-interrupts"])
    func onATerminal(script name: String) throws {
        let script = AlongsideProcess.packageRoot.appendingPathComponent("scripts/e2e/" + name).path
        let result = try AlongsideProcess.runTool(["python3", script, AlongsideProcess.binary.path], timeout: 180)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "ok\n")
    }

    /// Every bundled testplan passes (the same check `alongside test dialogues/` makes).
    @Test func everyBundledTestplanPasses() throws {
        let dialogues = AlongsideProcess.packageRoot.appendingPathComponent("dialogues").path
        let result = try AlongsideProcess.run(["test", dialogues])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: dialogues).filter { $0.hasSuffix(".testplan") }
        #expect(!plans.isEmpty)
        for plan in plans { #expect(result.stdout.contains(plan), "\(plan) was not run") }
        #expect(!result.stdout.contains("FAIL"))
    }
}
