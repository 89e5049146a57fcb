import Foundation

/// A running `alongside` whose stdin stays open, so a test can answer prompts one at a time,
/// watch what has been printed, and send signals at chosen moments (fault tests).
final class LiveRun: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var printed = Data()
    private var complaints = Data()
    private let drained = DispatchGroup()

    /// Starts the built binary with `arguments` (colour off, no user config).
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = AlongsideProcess.binary
        process.arguments = arguments
        process.environment = AlongsideProcess.environment(adding: environment)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        drain(output.fileHandleForReading) { self.printed.append($0) }
        drain(errors.fileHandleForReading) { self.complaints.append($0) }
    }

    private func drain(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
        drained.enter()
        Thread {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                self.lock.lock()
                append(chunk)
                self.lock.unlock()
            }
            self.drained.leave()
        }.start()
    }

    /// Everything printed on stdout so far.
    var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: printed, as: UTF8.self)
    }

    /// Everything printed on stderr so far.
    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: complaints, as: UTF8.self)
    }

    /// Writes one line to the program's stdin.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Waits until stdout contains `marker` (true) or `timeout` passes (false).
    @discardableResult
    func waitFor(_ marker: String, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdout.contains(marker) { return true }
            if !process.isRunning { return stdout.contains(marker) }
            usleep(5_000)
        }
        return false
    }

    /// Sends `signal` to the program.
    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Closes stdin, waits for the exit (killing it after `timeout`) and returns the status.
    @discardableResult
    func finish(timeout: TimeInterval = 20) -> Int32 {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        _ = drained.wait(timeout: .now() + 5)
        return process.terminationStatus
    }
}

/// Small shared steps of the fault and hostile-input tests.
enum FaultProbe {
    /// The answers a person types in the bundled grounding exercise, in order.
    static let groundingAnswers = ["7", "a lamp, a window, a cup, a book, a plant", "my chair, my socks, the desk, my sleeve",
                                   "traffic, a clock, birds", "coffee, soap", "mint tea", "3"]
    /// The prompt shown after each answer: seeing `prompts[k]` means answers 0..<k were committed.
    static let groundingPrompts = ["how distressed do you feel right now", "Name five things", "Name four things",
                                   "Name three things", "Name two things", "Name one thing", "how distressed do you feel now"]

    /// Runs the binary with raw `bytes` on stdin (from a file, so an early exit cannot break a pipe).
    static func runBytes(_ arguments: [String], _ bytes: Data) throws -> AlongsideProcess.Result {
        // AlongsideProcess.run takes a String; these inputs are raw bytes, so pipe them ourselves.
        let file = try AlongsideProcess.temporaryDirectory().appendingPathComponent("input.bin")
        try bytes.write(to: file)
        let process = Process()
        process.executableURL = AlongsideProcess.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("alongside-e2e-config-none").path
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: file)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Thread.detachedResult { err.fileHandleForReading.readDataToEndOfFile() }
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return AlongsideProcess.Result(status: process.terminationStatus, stdout: String(decoding: printed, as: UTF8.self),
                                       stderr: String(decoding: try errors.value(), as: UTF8.self))
    }

    /// The person's answers stored for the newest session.
    static func storedAnswers(db: String) throws -> [String] {
        let show = try AlongsideProcess.run(["transcripts", "show", "--last", "--format", "jsonl", "--db", db])
        return show.stdout.split(separator: "\n")
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["speaker"] as? String == "person" }.compactMap { $0["text"] as? String }
    }

    /// Every session as `alongside transcripts list --format json` prints it.
    static func sessions(db: String) throws -> [[String: Any]] {
        let list = try AlongsideProcess.run(["transcripts", "list", "--format", "json", "--db", db])
        return try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    }

    /// Runs `sqlite3 FILE SQL` when the sqlite3 shell exists (nil otherwise).
    static func sqlite(_ db: String, _ sql: String) -> String? {
        let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let shell else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writing to a program that already exited (e.g. after exit 4) must fail, not kill the test runner.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Runs a shell command; returns its exit status.
    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
