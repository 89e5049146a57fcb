import Foundation
import Testing

/// Quick fault tests (CI): kills, signals, two writers, and unusable storage. The long versions
/// are in scripts/faults/ (see docs/reliability.md).
@Suite(.serialized) struct FaultTests {
    init() { FaultProbe.ignoreBrokenPipes() }

    private func database() throws -> String {
        try AlongsideProcess.temporaryDirectory().appendingPathComponent("alongside.sqlite").path
    }

    /// The seed of the random SIGKILL moments: `ALONGSIDE_TEST_SEED` when set, else a fixed one, so a
    /// failure can be replayed (the seed is in every failure message).
    static let killSeed = ProcessInfo.processInfo.environment["ALONGSIDE_TEST_SEED"].flatMap(UInt64.init) ?? 20_261_201

    /// SIGKILL at three seeded random moments: every answer whose next prompt was shown is stored, nothing
    /// beyond what was typed, and the file passes `PRAGMA integrity_check`.
    @Test(.enabled(if: HostTools.sqlite3, "needs the sqlite3 shell for the integrity check"))
    func sigkillAtRandomMomentsLosesNoAnsweredTurn() throws {
        var generator = SeededGenerator(seed: Self.killSeed)
        for _ in 0..<3 {
            let db = try database()
            let run = try LiveRun(["run", "grounding-54321", "--db", db])
            let stopAfter = Int.random(in: 0..<FaultProbe.groundingAnswers.count, using: &generator)
            run.waitFor(FaultProbe.groundingPrompts[0])
            for answer in FaultProbe.groundingAnswers.prefix(stopAfter + 1) {
                run.send(answer)
                usleep(UInt32.random(in: 0...4_000, using: &generator))
            }
            usleep(UInt32.random(in: 0...30_000, using: &generator))
            run.signal(SIGKILL)
            run.finish()
            let acknowledged = FaultProbe.groundingPrompts.lastIndex { run.stdout.contains($0) } ?? 0
            let stored = try FaultProbe.storedAnswers(db: db)
            let seed = "seed \(Self.killSeed) (ALONGSIDE_TEST_SEED)"
            #expect(stored == Array(FaultProbe.groundingAnswers.prefix(stored.count)), "stored answers must be a prefix of what was typed; \(seed)")
            #expect(stored.count >= acknowledged, "prompt \(acknowledged) was shown, so \(acknowledged) answers were committed; \(seed)")
            #expect(stored.count <= stopAfter + 1, "\(seed)")
            #expect(FaultProbe.sqlite(db, "PRAGMA integrity_check") == "ok", "\(seed)")
        }
    }

    /// SIGINT, SIGTERM and SIGHUP on a piped run: exit 130, the session is paused and resumable.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalSavesTheSessionAndExits130(signal: Int32) throws {
        let db = try database()
        let run = try LiveRun(["run", "grounding-54321", "--db", db])
        run.waitFor(FaultProbe.groundingPrompts[0])
        run.send(FaultProbe.groundingAnswers[0])
        #expect(run.waitFor(FaultProbe.groundingPrompts[1]))
        run.signal(signal)
        let status = run.finish(timeout: 10)
        #expect(status == 130, "signal \(signal): \(run.stderr)")
        #expect(run.stdout.contains("alongside run grounding-54321"), "says how to come back")
        #expect(try FaultProbe.sessions(db: db).map { $0["status"] as? String } == ["paused"])
        #expect(try FaultProbe.storedAnswers(db: db) == [FaultProbe.groundingAnswers[0]])

        let resumed = try AlongsideProcess.run(["run", "grounding-54321", "--resume", "--db", db],
                                               input: FaultProbe.groundingAnswers.dropFirst().joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try FaultProbe.sessions(db: db).map { $0["status"] as? String } == ["completed"])
        #expect(try FaultProbe.storedAnswers(db: db) == FaultProbe.groundingAnswers)
    }

    /// On a pseudo-terminal (readline): each signal leaves the terminal mode as it found it.
    @Test(.enabled(if: HostTools.python3 && HostTools.stty, "needs python3 and stty"))
    func signalsOnATerminalRestoreTheTerminalMode() throws {
        let script = AlongsideProcess.packageRoot.appendingPathComponent("scripts/faults/pty-signals").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, AlongsideProcess.binary.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.components(separatedBy: "ok (exit 130, paused, terminal restored)").count == 4, "\(text)")
    }

    /// Two runs writing the same database at once: both finish and every turn of both is stored.
    @Test func twoProcessesShareOneDatabase() throws {
        let db = try database()
        let input = FaultProbe.groundingAnswers.joined(separator: "\n") + "\n"
        let runs = [0, 1].map { _ in
            Thread.detachedResult { try AlongsideProcess.run(["run", "grounding-54321", "--fresh", "--db", db], input: input) }
        }
        let results = try runs.map { try $0.value() }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        let sessions = try FaultProbe.sessions(db: db)
        #expect(sessions.count == 2)
        #expect(sessions.allSatisfy { $0["status"] as? String == "completed" })
        if HostTools.sqlite3 {
            #expect(FaultProbe.sqlite(db, "SELECT count(*) FROM turn WHERE speaker = 'person'") == "\(2 * FaultProbe.groundingAnswers.count)")
        }
    }

    /// A database from a newer schema: one clear message, exit 4, the file unchanged.
    @Test(.enabled(if: HostTools.sqlite3, "needs the sqlite3 shell to set the schema version"))
    func newerSchemaExits4AndLeavesTheFile() throws {
        let db = try database()
        _ = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: "7\n")
        try #require(FaultProbe.sqlite(db, "PRAGMA user_version = 999") != nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: "7\n")
        #expect(run.status == 4)
        #expect(run.stderr.contains("newer version of Alongside"))
        #expect(run.stderr.split(separator: "\n").count == 1, "one message: \(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// A data folder that cannot be written: exit 4, a message naming the path, nothing created.
    @Test func readOnlyDataFolderExits4() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let folder = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // root ignores permission bits, so use a read-only mount there; skip if that is not possible.
        if getuid() == 0 {
            try #require(FaultProbe.shell("mount -t tmpfs -o ro,size=64k tmpfs '\(folder.path)'") == 0, "root could not mount a read-only tmpfs")
        } else {
            chmod(folder.path, 0o500)
        }
        defer { if getuid() == 0 { FaultProbe.shell("umount '\(folder.path)'") } }
        let db = folder.appendingPathComponent("alongside.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: "7\n")
        #expect(run.status == 4)
        #expect(run.stderr.contains(db))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// A missing data folder is created (0700) and the run works.
    @Test func missingDataFolderIsCreated() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("not/yet/here/alongside.sqlite").path
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: FaultProbe.groundingAnswers.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FaultProbe.storedAnswers(db: db) == FaultProbe.groundingAnswers)
    }

    /// A full disk: exit 4 with one clear message; what was stored before stays readable and intact.
    @Test(.enabled(if: HostTools.root, "needs root to mount a small file system"))
    func fullDiskExits4AndKeepsEarlierTurns() throws {
        let folder = try AlongsideProcess.temporaryDirectory().appendingPathComponent("small")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #require(FaultProbe.shell("mount -t tmpfs -o size=2m tmpfs '\(folder.path)'") == 0, "root could not mount a tmpfs")
        defer { FaultProbe.shell("umount '\(folder.path)'") }
        let db = folder.appendingPathComponent("alongside.sqlite").path
        let first = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: FaultProbe.groundingAnswers.joined(separator: "\n") + "\n")
        #expect(first.status == 0, "\(first.stderr)")
        FaultProbe.shell("cat /dev/zero > '\(folder.path)/filler'")
        let big = String(repeating: "a lamp, ", count: 1_500)
        let second = try FaultProbe.runBytes(["run", "grounding-54321", "--fresh", "--db", db],
                                             Data(((["7"] + Array(repeating: big, count: 40)).joined(separator: "\n") + "\n").utf8))
        #expect(second.status == 4, "\(second.stderr)")
        #expect(second.stderr.contains("full"))
        FaultProbe.shell("rm -f '\(folder.path)/filler'")
        if HostTools.sqlite3 { #expect(FaultProbe.sqlite(db, "PRAGMA integrity_check") == "ok") }
        let sessions = try FaultProbe.sessions(db: db)
        #expect(sessions.contains { $0["status"] as? String == "completed" })
    }
}

extension Thread {
    /// Runs `body` on a new thread; `value()` waits for its result.
    static func detachedResult<T>(_ body: @escaping @Sendable () throws -> T) -> ThreadResult<T> {
        let result = ThreadResult<T>()
        Thread { result.set(Result { try body() }) }.start()
        return result
    }
}

/// The result of a body run on another thread.
final class ThreadResult<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var stored: Result<T, Error>?

    func set(_ result: Result<T, Error>) {
        stored = result
        done.signal()
    }

    /// Waits for the thread, then returns its value or rethrows its error.
    func value() throws -> T {
        done.wait()
        done.signal()
        return try stored!.get()
    }
}

/// A seeded random number generator (SplitMix64), so random test moments can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
