import Foundation

/// The shared scripted client beside the project (`../shared/tools/drive.py`), run against the built binary.
enum ScriptedClient {
    /// Where the client lives; tests that need it are enabled only when it is there.
    static let path = AlongsideProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/drive.py")

    /// Runs exercise `id` through the client in a fresh database, with free-text answers from `answers`
    /// (if any); returns the client's last line, e.g. `turns 12 status 0`.
    static func run(_ id: String, answers: String? = nil) throws -> String {
        let folder = try AlongsideProcess.temporaryDirectory()
        var arguments = ["python3", path.path]
        if let answers {
            let file = folder.appendingPathComponent("answers.txt")
            try answers.write(to: file, atomically: true, encoding: .utf8)
            arguments += ["--answers", file.path]
        }
        arguments += ["--", AlongsideProcess.binary.path, "--db", folder.appendingPathComponent("db.sqlite").path, "run", id]
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        driver.arguments = arguments
        let out = Pipe()
        driver.standardOutput = out
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        driver.waitUntilExit()
        return text
    }
}
