import Foundation

/// Runs the built `alongside` binary as a subprocess, as a person or another program would.
struct AlongsideProcess {
    /// What a finished run printed and returned.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable built next to the test bundle.
    static let binary: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent(), here.deletingLastPathComponent().deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("alongside")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/alongside")
        return fallback
    }()

    /// The package root (for `dialogues/`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The test environment: colour off, no region, no user config; `extra` on top.
    static func environment(adding extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["ALONGSIDE_REGION"] = nil
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("alongside-e2e-config-none").path
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Runs to completion with `input` on stdin (in `directory` when given). stdout and stderr are read at the
    /// same time (so a child writing a lot to either never blocks), and a run longer than `timeout` is killed
    /// and reported.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    in directory: URL? = nil, timeout: TimeInterval = 300) throws -> Result {
        try collect(executable: binary, arguments: arguments, input: Data(input.utf8),
                    environment: Self.environment(adding: environment), directory: directory, timeout: timeout)
    }

    /// Runs another program (found on the PATH) the same way, e.g. a python3 driver.
    static func runTool(_ arguments: [String], timeout: TimeInterval = 300) throws -> Result {
        try collect(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: arguments, input: Data(),
                    environment: Self.environment(), directory: nil, timeout: timeout)
    }

    /// Runs another program found on PATH (`python3`, ...) to completion; stdout and stderr together.
    static func tool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try runTool(arguments)
        return (result.status, result.stdout + result.stderr)
    }

    private static func collect(executable: URL, arguments: [String], input: Data, environment: [String: String],
                                directory: URL?, timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = executable
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = Thread.detachedResult { stdout.fileHandleForReading.readDataToEndOfFile() }
        let err = Thread.detachedResult { stderr.fileHandleForReading.readDataToEndOfFile() }
        Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }.start()
        let exited = DispatchSemaphore(value: 0)
        Thread { process.waitUntilExit(); exited.signal() }.start()
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        let stdoutText = String(decoding: try out.value(), as: UTF8.self)
        let stderrText = String(decoding: try err.value(), as: UTF8.self)
        return Result(status: timedOut ? -1 : process.terminationStatus, stdout: stdoutText,
                      stderr: timedOut ? "timed out after \(Int(timeout)) s\n" + stderrText : stderrText)
    }

    /// Starts a run, writes `input`, waits until stdout contains `marker`, then sends SIGKILL.
    static func killWhenSeen(_ arguments: [String], input: String, marker: String, timeout: TimeInterval = 30) throws -> String {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        var seen = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            if String(decoding: seen, as: UTF8.self).contains(marker) { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return String(decoding: seen, as: UTF8.self)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("alongside-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
