import Foundation
import GRDB
import Testing
@testable import TranscriptStore

@Suite("Opening the database file")
struct OpeningTests {
    @Test func createsAPrivateFileInPrivateFolders() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data/alongside/alongside.sqlite"
        let (store, warnings) = try TranscriptStore.open(path: path)
        let id = try store.startSession(Fixtures.grounding())

        #expect(warnings.isEmpty)
        #expect(Fixtures.mode(of: path) == 0o600)
        #expect(Fixtures.mode(of: path + "-wal") == 0o600)
        #expect(Fixtures.mode(of: folder + "/data") == 0o700)
        #expect(Fixtures.mode(of: folder + "/data/alongside") == 0o700)
        #expect(try store.integrityCheck())

        let reopened = try TranscriptStore.open(path: path)
        #expect(reopened.warnings.isEmpty)
        #expect(try reopened.store.session(id)?.exerciseId == "grounding-54321")
        let journal = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func repairsLoosePermissionsAndSaysSo() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ours = folder + "/alongside"
        let path = ours + "/alongside.sqlite"
        _ = try TranscriptStore.open(path: path)
        chmod(path, 0o644)
        chmod(ours, 0o755)

        let (_, warnings) = try TranscriptStore.open(path: path)
        #expect(warnings.contains("Made \(path) private: it was mode 0644, now 0600."))
        #expect(warnings.contains("Made the folder \(ours) private: it was mode 0755, now 0700."))
        #expect(Fixtures.mode(of: path) == 0o600)
        #expect(Fixtures.mode(of: ours) == 0o700)

        // A shared folder (here: one with other files in it) is left as it is.
        chmod(ours, 0o755)
        _ = FileManager.default.createFile(atPath: ours + "/notes.txt", contents: Data("mine".utf8))
        let (_, quiet) = try TranscriptStore.open(path: path)
        #expect(quiet.isEmpty)
        #expect(Fixtures.mode(of: ours) == 0o755)
    }

    @Test func aFullDiskIsReportedAsFull() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let store = try TranscriptStore.open(path: path).store
        let id = try store.startSession(Fixtures.grounding())
        // Cap the file at its current size: the next growth fails as a full disk would.
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let long = String(repeating: "so much to say ", count: 4000)
        #expect(throws: StoreError.full(path: path)) {
            try store.commit(TurnCommit(
                sessionId: id, turns: [NewTurn(speaker: .person, kind: .answer, text: long, at: Fixtures.time(1))],
                at: Fixtures.time(1)))
        }
        #expect(try store.turns(sessionId: id).isEmpty)
    }

    @Test func randomBytesAreCorruptAndLeftUntouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SystemRandomNumberGenerator()
        let samples: [(String, [UInt8])] = [
            ("random.sqlite", (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }),
            ("short.sqlite", Array("hello".utf8)),
            ("header.sqlite", Array("SQLite format 3\0".utf8) + (0..<4080).map { _ in UInt8.random(in: 0...255) }),
        ]
        for (name, bytes) in samples {
            let path = folder + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            #expect(throws: StoreError.corrupt(path: path)) { try TranscriptStore.open(path: path) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes), "\(name) was changed")
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(StoreError.corrupt(path: "/x").description.hasPrefix(
            "The database at /x is not a valid Alongside database"))
    }

    @Test func anotherProgramsDatabaseIsNotTouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/places.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE bookmark (url TEXT); INSERT INTO bookmark VALUES ('https://example.org')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.corrupt(path: path)) { try TranscriptStore.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anEmptyFileBecomesADatabase() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/empty.sqlite"
        _ = FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o600])
        let store = try TranscriptStore.open(path: path).store
        #expect(try store.startSession(Fixtures.grounding()) == 1)
    }

    @Test func aPathUnderAFileOrAFolderIsUnwritable() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/plain.txt"
        _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))

        #expect(throws: StoreError.unwritable(path: file + "/x.sqlite", reason: "\(file) is a file, not a folder")) {
            try TranscriptStore.open(path: file + "/x.sqlite")
        }
        #expect(throws: StoreError.unwritable(path: file + "/a/b.sqlite", reason: "\(file) is a file, not a folder")) {
            try TranscriptStore.open(path: file + "/a/b.sqlite")
        }
        #expect(throws: StoreError.unwritable(path: folder, reason: "it is a folder, not a file")) {
            try TranscriptStore.open(path: folder)
        }
        do {
            _ = try TranscriptStore.open(path: "/etc/hostname/x.sqlite")
            Issue.record("opening under /etc/hostname should fail")
        } catch StoreError.unwritable(let path, _) {
            #expect(path == "/etc/hostname/x.sqlite")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test func unknownMigrationsMeanANewerSchema() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        _ = try TranscriptStore.open(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: path)) { try TranscriptStore.open(path: path) }

        let other = folder + "/other.sqlite"
        _ = try TranscriptStore.open(path: other)
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        #expect(throws: StoreError.newerSchema(path: other)) { try TranscriptStore.open(path: other) }
    }

    @Test func aConnectionHeldTooLongIsLocked() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let first = try TranscriptStore.open(path: path).store
        let second = try TranscriptStore.open(path: path, busyTimeout: 0.2).store
        let id = try first.startSession(Fixtures.grounding())
        _ = try first.writer.write { _ in
            #expect(throws: StoreError.locked(path: path)) {
                try second.commit(TurnCommit(
                    sessionId: id, turns: [NewTurn(speaker: .person, kind: .answer, text: "hi", at: Fixtures.time(1))],
                    at: Fixtures.time(1)))
            }
        }
    }
}
