import Foundation
import Testing

/// End-to-end privacy: find, take away and erase what was typed; write nothing when asked not to.
@Suite(.serialized) struct PrivacyTests {
    static let secret = "the heron waits by the canal bridge at dawn"

    static func answers(touch: String = "my chair, my socks, the desk, my sleeve") -> String {
        ["7", "a lamp, a window, a cup, a book, a plant", touch, "traffic, a clock, birds", "coffee, soap", "mint tea", "3"]
            .joined(separator: "\n") + "\n"
    }

    /// A database with three grounding sessions; the second holds `secret`.
    static func threeSessions(env: [String: String] = [:]) throws -> (dir: URL, db: String) {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("data/alongside.sqlite").path
        for touch in ["my chair, my socks, the desk, my sleeve", secret + ", my socks, the desk, a sleeve", "a pen, a cup, a desk, a sock"] {
            let run = try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: answers(touch: touch), environment: env)
            #expect(run.status == 0, "stderr: \(run.stderr)")
        }
        return (dir, db)
    }

    /// Whether any of the database's files holds these bytes.
    static func onDisk(_ text: String, db: String) -> Bool {
        ["", "-wal", "-shm", "-journal"].contains { suffix in
            guard let data = FileManager.default.contents(atPath: db + suffix) else { return false }
            return data.range(of: Data(text.utf8)) != nil
        }
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test func searchExportDeleteImportRestoresEverything() throws {
        let (dir, db) = try Self.threeSessions()
        let search = try AlongsideProcess.run(["--db", db, "transcripts", "search", "\"canal bridge\""])
        #expect(search.status == 0)
        let first = try #require(search.stdout.split(separator: "\n").first)
        #expect(first.hasPrefix("session 2 "))
        #expect(first.contains("you: the heron waits by the [canal bridge] at dawn"))
        #expect(try AlongsideProcess.run(["--db", db, "transcripts", "search", "hero*"]).stdout.contains("[heron]"))

        let export = dir.appendingPathComponent("all.jsonl").path
        let exported = try AlongsideProcess.run(["--db", db, "transcripts", "export", "--all", "--format", "jsonl", "--out", export])
        #expect(exported.status == 0)
        #expect(Self.mode(export) == 0o600)
        let before = try AlongsideProcess.run(["--db", db, "transcripts", "export", "--all"]).stdout

        let refused = try AlongsideProcess.run(["--db", db, "transcripts", "delete", "--all"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--yes"))
        let deleted = try AlongsideProcess.run(["--db", db, "transcripts", "delete", "--all", "--yes"])
        #expect(deleted.status == 0)
        #expect(!Self.onDisk("canal bridge", db: db))
        #expect(try AlongsideProcess.run(["--db", db, "transcripts", "search", "heron"]).stdout == "No matches.\n")

        let imported = try AlongsideProcess.run(["--db", db, "transcripts", "import", export])
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("Imported 3 sessions"))
        let again = try AlongsideProcess.run(["--db", db, "transcripts", "import", export])
        #expect(again.stdout == "Nothing new to import: 3 sessions already stored.\n")
        let after = try AlongsideProcess.run(["--db", db, "transcripts", "export", "--all"]).stdout
        let strip = { (text: String) in text.replacingOccurrences(of: #""session":\d+"#, with: "", options: .regularExpression) }
        #expect(strip(after) == strip(before))
        #expect(try AlongsideProcess.run(["--db", db, "transcripts", "search", "heron"]).stdout.contains("canal bridge"))
    }

    @Test func deletingOneSessionLeavesNoTraceOfIt() throws {
        let (_, db) = try Self.threeSessions()
        let deleted = try AlongsideProcess.run(["--db", db, "transcripts", "delete", "2", "--yes"])
        #expect(deleted.status == 0, "stderr: \(deleted.stderr)")
        #expect(!Self.onDisk("canal bridge", db: db))
        #expect(!Self.onDisk("heron", db: db))
        #expect(Self.onDisk("a pen, a cup", db: db))  // the others stay
        let list = try AlongsideProcess.run(["--db", db, "transcripts", "list", "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(sessions?.compactMap { $0["id"] as? Int } == [3, 1])
    }

    @Test func badSearchIsAUsageErrorWithAHint() throws {
        let (_, db) = try Self.threeSessions()
        let bad = try AlongsideProcess.run(["--db", db, "transcripts", "search", "\"unclosed"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("could not be understood"))
        #expect(bad.stderr.contains("quoted phrase"))
    }

    @Test func incognitoAndNoStoreCreateNoFileOrFolder() throws {
        let home = try AlongsideProcess.temporaryDirectory()
        let env = ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "ALONGSIDE_DB": ""]
        var incognito = env
        incognito["ALONGSIDE_INCOGNITO"] = "1"
        let run = try AlongsideProcess.run(["run", "grounding-54321"], input: Self.answers(), environment: incognito)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let list = try AlongsideProcess.run(["transcripts", "list"], environment: incognito)
        #expect(list.stdout == "No transcripts stored yet.\n")
        #expect(list.stderr.contains("incognito"))
        let noStore = try AlongsideProcess.run(["run", "grounding-54321", "--no-store"], input: Self.answers(), environment: env)
        #expect(noStore.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    @Test func permissionsAreRepairedWithAWarning() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let folder = dir.appendingPathComponent("own").path
        let db = folder + "/alongside.sqlite"
        // A stored run creates the database (commands that only read never do).
        #expect(try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.answers()).status == 0)
        chmod(db, 0o644)
        chmod(folder, 0o755)
        let list = try AlongsideProcess.run(["--db", db, "transcripts", "list"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("warning: Made \(db) private: it was mode 0644, now 0600."))
        #expect(list.stderr.contains("now 0700"))
        #expect(Self.mode(db) == 0o600)
        #expect(Self.mode(folder) == 0o700)
    }

    @Test func retentionPrunesOldSessionsWithANote() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let env = ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path]
        let db = dir.appendingPathComponent("a.sqlite").path
        let archive = dir.appendingPathComponent("old.jsonl").path
        let old = #"{"record":"session","session":1,"exercise":"grounding-54321","scriptHash":"h","scriptVersion":null,"title":"Grounding","kind":"grounding","startedAt":"2020-01-01T10:00:00Z","endedAt":null,"status":"completed","region":null,"format":1}"#
            + "\n" + #"{"session":1,"exercise":"grounding-54321","seq":1,"speaker":"person","kind":"answer","node":null,"text":"an old worry about rent","at":"2020-01-01T10:00:01Z"}"# + "\n"
        try old.write(toFile: archive, atomically: true, encoding: .utf8)
        #expect(try AlongsideProcess.run(["--db", db, "transcripts", "import", archive], environment: env).status == 0)
        #expect(try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.answers(), environment: env).status == 0)

        let bad = try AlongsideProcess.run(["config", "set", "retention-days", "soon"], environment: env)
        #expect(bad.status == 2)
        #expect(try AlongsideProcess.run(["config", "set", "retention-days", "30"], environment: env).status == 0)
        #expect(try AlongsideProcess.run(["config", "get", "retention-days"], environment: env).stdout == "30\n")
        #expect(try AlongsideProcess.run(["config", "list"], environment: env).stdout.contains("retention-days = 30"))
        #expect(Self.mode(dir.appendingPathComponent("config/alongside/config").path) == 0o600)

        let list = try AlongsideProcess.run(["--db", db, "transcripts", "list", "--format", "json"], environment: env)
        #expect(list.stderr.contains("note: removed 1 session older than 30 days"))
        let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(sessions?.count == 1)
        #expect(!Self.onDisk("old worry", db: db))
        #expect(!(try AlongsideProcess.run(["--db", db, "transcripts", "list"], environment: env).stderr.contains("removed")))
    }

    @Test func dataPathAndWipeTouchOnlyOurFiles() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let env = ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path]
        let db = dir.appendingPathComponent("a.sqlite").path
        let keep = dir.appendingPathComponent("notes.txt").path
        try "mine".write(toFile: keep, atomically: true, encoding: .utf8)
        #expect(try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: Self.answers(), environment: env).status == 0)
        #expect(try AlongsideProcess.run(["config", "set", "retention-days", "90"], environment: env).status == 0)
        let path = try AlongsideProcess.run(["--db", db, "data", "path"], environment: env)
        #expect(path.stdout == "database: \(db)\nconfig:   \(dir.path)/config/alongside\n")
        #expect(try AlongsideProcess.run(["--db", db, "data", "wipe"], environment: env).status == 2)
        let wipe = try AlongsideProcess.run(["--db", db, "data", "wipe", "--yes"], environment: env)
        #expect(wipe.status == 0)
        for file in [db, db + "-wal", db + "-shm", dir.path + "/config/alongside/config"] {
            #expect(!FileManager.default.fileExists(atPath: file), "\(file) should be gone")
        }
        #expect(FileManager.default.fileExists(atPath: keep))
    }

    @Test func typedEscapesAndBidiOverridesAreNeverReplayedRaw() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("a.sqlite").path
        let hostile = "a lamp \u{1B}[2J\u{1B}]0;owned\u{07} rev\u{202E}txt.exe, a window, a cup, a book, a plant"
        let input = ["7", hostile, "my chair, my socks, the desk, my sleeve", "traffic, a clock, birds", "coffee, soap", "mint tea", "3"]
            .joined(separator: "\n") + "\n"
        #expect(try AlongsideProcess.run(["run", "grounding-54321", "--db", db], input: input).status == 0)
        for arguments in [["transcripts", "show", "--last"], ["transcripts", "show", "--last", "--format", "md"],
                          ["transcripts", "show", "--last", "--format", "jsonl"], ["transcripts", "search", "lamp"],
                          ["transcripts", "export", "--format", "md"], ["transcripts", "export"], ["report"]] {
            let out = try AlongsideProcess.run(["--db", db] + arguments)
            #expect(out.status == 0, "\(arguments): \(out.stderr)")
            #expect(!out.stdout.contains("\u{1B}") && !out.stdout.contains("\u{202E}") && !out.stdout.contains("\u{07}"),
                    "\(arguments) printed a raw control character")
        }
        let show = try AlongsideProcess.run(["--db", db, "transcripts", "show", "--last"]).stdout
        #expect(show.contains("a lamp ^[[2J^[]0;owned^G rev<U+202E>txt.exe"))
        // Stored as typed: the export round-trips the exact text.
        let jsonl = try AlongsideProcess.run(["--db", db, "transcripts", "export"]).stdout
        let texts = jsonl.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .compactMap { $0["text"] as? String }
        #expect(texts.contains(hostile))
    }

    @Test func reportFromStoreAndFromSeveralExports() throws {
        let (dir, db) = try Self.threeSessions()
        let out = dir.appendingPathComponent("report.html").path
        let made = try AlongsideProcess.run(["--db", db, "report", "--out", out])
        #expect(made.status == 0)
        #expect(Self.mode(out) == 0o600)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        // The page's structure is checked by ProgressReviewTests (well-formed, self-contained); here, what was stored.
        func count(_ part: String, in page: String) -> Int { page.components(separatedBy: part).count - 1 }
        #expect(count("<circle class=\"point\"", in: html) == 6)  // before and after for three sessions
        #expect(!html.contains("<script"))
        let export = dir.appendingPathComponent("ana.jsonl").path
        _ = try AlongsideProcess.run(["--db", db, "transcripts", "export", "--out", export])
        let trainer = try AlongsideProcess.run(["report", "--from", export, "--from", export])
        #expect(count("<section class=\"person\"", in: trainer.stdout) == 2)
        #expect(count("<circle class=\"point\"", in: trainer.stdout) == 12)
        #expect(trainer.stdout.contains(">ana</a>"))
    }

    @Test(.enabled(if: HostTools.strace, "needs strace"))
    func noNetworkConnectionIsOpened() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [AlongsideProcess.packageRoot.appendingPathComponent("scripts/check-no-network").path, AlongsideProcess.binary.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 || process.terminationStatus == 77, "\(output)")
    }
}
