import Foundation
import Testing

/// Hostile input (CI, each a few seconds at most): bytes that are not text, huge lines, floods of
/// lines, terminal escapes, and YAML built to exhaust the compiler. Longer runs with memory
/// measurements: scripts/faults/hostile.
@Suite struct HostileInputTests {
    init() { FaultProbe.ignoreBrokenPipes() }

    @Test func invalidUTF8AndNULBytesAreRefusedAndTheRunGoesOn() throws {
        var bytes = Data("7\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x20, 0x61, 0x0A])          // not UTF-8
        bytes.append(contentsOf: [0x61, 0x00, 0x62, 0x0A])                // a NUL byte
        bytes.append(Data((FaultProbe.groundingAnswers.dropFirst().joined(separator: "\n") + "\n").utf8))
        let db = try AlongsideProcess.temporaryDirectory().appendingPathComponent("a.sqlite").path
        let run = try FaultProbe.runBytes(["run", "grounding-54321", "--db", db], bytes)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "not valid UTF-8").count == 3, "one calm message per bad line")
        #expect(try FaultProbe.storedAnswers(db: db) == FaultProbe.groundingAnswers, "bad lines are not stored")
    }

    /// A filter keeps one JSON object per input line (a driver pairs them by position), reads each bad byte as
    /// U+FFFD, and then names the lines on stderr with exit 2, so a pipeline does not take repaired text for the input.
    @Test(arguments: [["safety", "scan"], ["skills", "classify"]])
    func invalidUTF8ThroughAFilterKeepsTheLinesAndExitsTwo(command: [String]) throws {
        var bytes = Data("a calm line\n".utf8)
        bytes.append(contentsOf: [0x62, 0x61, 0x64, 0x20, 0xFF, 0x0A])   // "bad \xFF"
        bytes.append(Data("caf\u{E9} au lait\r\n".utf8))
        let run = try FaultProbe.runBytes(command, bytes)
        #expect(run.status == 2)
        let texts = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .map { $0?["text"] as? String }
        #expect(texts == ["a calm line", "bad \u{FFFD}", "caf\u{E9} au lait"])
        #expect(run.stderr.contains("1 input line was not valid UTF-8 (line 2)"))
    }

    @Test func tenMegabyteLineIsRefusedAtTheCap() throws {
        var bytes = Data("7\n".utf8)
        bytes.append(Data(repeating: UInt8(ascii: "x"), count: 10_000_000))
        bytes.append(Data("\na lamp, a window, a cup, a book, a plant\n".utf8))
        let run = try FaultProbe.runBytes(["run", "grounding-54321", "--no-store"], bytes)
        #expect(run.status == 0)
        #expect(run.stdout.contains("10000000 bytes"))
        #expect(run.stdout.contains("the limit is 16 KB"))
        #expect(run.stdout.contains("Name four things"), "the next line is read normally")
    }

    @Test func hundredThousandLinesThroughSafetyScanStayInOrder() throws {
        let lines = (0..<100_000).map { $0 % 2 == 0 ? "a calm line \($0)" : "i want to kill myself \($0)" }
        let run = try AlongsideProcess.run(["safety", "scan"], input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.count == 100_000)
        #expect(rows.last?.hasSuffix("\"text\":\"i want to kill myself 99999\"}") == true)
        #expect(rows.first?.contains("\"level\":\"none\"") == true)
        #expect(rows[1].contains("\"level\":\"urgent\"") || rows[1].contains("\"level\":\"concern\""))
    }

    @Test func floodOfPipedLinesToRunEndsCleanly() throws {
        let input = "7\n" + String(repeating: "a lamp\n", count: 20_000)
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--no-store"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Nothing was stored"))
    }

    @Test func escapeSequencesAndBidiOverridesAreNeverReplayedRaw() throws {
        let db = try AlongsideProcess.temporaryDirectory().appendingPathComponent("a.sqlite").path
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}gnp.exe, a lamp, a cup, a book, a plant\u{2066}"
        let input = ["7", "/\u{1B}[31mred", hostile] + FaultProbe.groundingAnswers.dropFirst(2)
        let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: input.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("That is not a command I know."))
        let shown = try AlongsideProcess.run(["transcripts", "show", "--last", "--db", db])
        for output in [run.stdout, run.stderr, shown.stdout] {
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" || $0 == "\u{2066}" })
        }
        #expect(shown.stdout.contains("<U+202E>"))
        #expect(try FaultProbe.storedAnswers(db: db).contains(hostile), "stored exactly as typed, shown safely")
    }

    /// YAML built to exhaust the compiler: name, text, and the diagnostic code expected.
    static let hostileYAML: [(String, String, String)] = {
        let deepFlow: String = "id: x\nnodes: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var deepBlock = "id: x\nnodes:\n"
        for level in 1..<900 { deepBlock += String(repeating: " ", count: level) + "k\(level):\n" }
        var bomb: [String] = ["a0: &a0 [x,x,x,x,x,x,x,x,x,x]"]
        for level in 1..<10 {
            let uses: [String] = Array(repeating: "*a\(level - 1)", count: 10)
            bomb.append("a\(level): &a\(level) [" + uses.joined(separator: ",") + "]")
        }
        let manyValues: String = "id: x\nbig: [" + Array(repeating: "a", count: 200_000).joined(separator: ",") + "]\n"
        let huge: String = "id: x\nbig:\n" + String(repeating: "  - some text here\n", count: 70_000)
        return [("deep-flow", deepFlow, "AL0003"), ("deep-block", deepBlock, "AL0003"),
                ("alias-bomb", bomb.joined(separator: "\n"), "AL0004"), ("many-values", manyValues, "AL0004"),
                ("huge", huge, "AL0002")]
    }()

    @Test(arguments: Self.hostileYAML)
    func hostileYAMLGetsOneLocatedError(name: String, yaml: String, code: String) throws {
        let file = try AlongsideProcess.temporaryDirectory().appendingPathComponent("\(name).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let lint = try AlongsideProcess.run(["lint", file.path])
        #expect(lint.status == 1, "\(lint.stderr)")
        #expect(lint.stdout.range(of: #"\#(name)\.yaml:\d+:\d+: error: \#(code) "#, options: .regularExpression) != nil, "\(lint.stdout)")
        #expect(Date().timeIntervalSince(started) < 10)
        let run = try AlongsideProcess.run(["run", file.path, "--no-store"])
        #expect(run.status == 3)
    }
}

/// JSON lines on stdout are data, but people read them in a terminal too: controls and bidi overrides
/// are escaped (`\u202e`), so the parsed text is unchanged and nothing is replayed raw.
@Suite struct HostileJSONOutputTests {
    @Test(arguments: [["safety", "scan"], ["skills", "classify"]])
    func jsonLinesEscapeControlsAndBidiOverrides(command: [String]) throws {
        let hostile = "look \u{1B}[2J\u{9B}31m here \u{202E}gnp.exe\u{2066} \u{7F}"
        let run = try AlongsideProcess.run(command, input: hostile + "\n")
        #expect(run.status == 0)
        #expect(!run.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{2066}" || $0 == "\u{7F}" })
        #expect(run.stdout.contains("\\u202e"))
        let row = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(row?["text"] as? String == hostile)
    }
}
