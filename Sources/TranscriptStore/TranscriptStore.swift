import Foundation
import GRDB

/// The local transcript store: one SQLite file (WAL) holding sessions, turns, safety events,
/// ratings, remembered facts and plan versions, with a full-text index over turn text.
///
/// Every method runs one transaction and throws only `StoreError`. Times are always passed in;
/// the store reads no clock.
public final class TranscriptStore: Sendable {
    /// The database file's path, or `:memory:` for an in-memory store.
    public let path: String
    /// The single connection that owns the database (writes use IMMEDIATE transactions).
    let writer: DatabaseQueue

    private init(path: String, writer: DatabaseQueue) {
        self.path = path
        self.writer = writer
    }

    /// Opens (or creates) the database at `path`, migrating it to this build's schema.
    ///
    /// Missing folders are created with mode 0700 and a new file with mode 0600; an existing file
    /// is checked before SQLite touches it and is never overwritten. The warnings describe
    /// permission repairs, for the command line to print.
    public static func open(path: String) throws -> (store: TranscriptStore, warnings: [String]) {
        try open(path: path, busyTimeout: 5)
    }

    /// Opens the database at `path`, waiting at most `busyTimeout` seconds for other connections.
    public static func open(path: String, busyTimeout: TimeInterval) throws -> (
        store: TranscriptStore, warnings: [String]
    ) {
        let file = DatabaseFile(path: path)
        let preparation = try file.prepare()
        let lock = try OpeningLock.acquire(path: path, timeout: busyTimeout)
        defer { lock?.release() }
        do {
            if !preparation.created {
                try probe(path: path, busyTimeout: busyTimeout)
            }
            let queue = try mapped(path) {
                try DatabaseQueue(path: path, configuration: configuration(busyTimeout: busyTimeout, wal: true))
            }
            try mapped(path) { try StoreSchema.migrator.migrate(queue) }
            let store = TranscriptStore(path: path, writer: queue)
            return (store, preparation.warnings + file.tightenSideFiles())
        } catch {
            if preparation.created { file.removeCreated() }
            throw error
        }
    }

    /// Creates an empty store in memory (for tests and `--no-store` runs).
    public static func inMemory() throws -> TranscriptStore {
        let path = ":memory:"
        let queue = try mapped(path) { try DatabaseQueue(configuration: configuration(busyTimeout: 5, wal: false)) }
        try mapped(path) { try StoreSchema.migrator.migrate(queue) }
        return TranscriptStore(path: path, writer: queue)
    }

    /// The database path to use when `--db` is not given: `ALONGSIDE_DB`, else
    /// `$XDG_DATA_HOME/alongside/alongside.sqlite`, else `~/.local/share/alongside/alongside.sqlite`.
    public static func defaultPath(environment: [String: String], home: String) -> String {
        if let path = environment["ALONGSIDE_DB"], !path.isEmpty {
            return path
        }
        // The XDG spec says relative values are invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return (data as NSString).appendingPathComponent("alongside/alongside.sqlite")
        }
        return (home as NSString).appendingPathComponent(".local/share/alongside/alongside.sqlite")
    }

    /// Runs `PRAGMA integrity_check` and the full-text index's own check; true when both pass.
    public func integrityCheck() throws -> Bool {
        // The FTS check is written as an INSERT, so this needs a write transaction (it changes nothing).
        try write { db in
            let result = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard result == ["ok"] else { return false }
            do {
                try db.execute(sql: "INSERT INTO turnFts(turnFts) VALUES('integrity-check')")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                return false
            }
            return true
        }
    }

    // MARK: - Access

    /// Reads in one transaction, mapping errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapped(path) { try writer.read(body) }
    }

    /// Writes in one IMMEDIATE transaction, mapping errors to `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapped(path) { try writer.write(body) }
    }

    /// Runs outside a transaction (VACUUM, checkpoints), mapping errors to `StoreError`.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapped(path) { try writer.writeWithoutTransaction(body) }
    }

    // MARK: - Opening

    static func configuration(busyTimeout: TimeInterval, wal: Bool, readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.label = "Alongside transcripts"
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.readonly = readonly
        config.prepareDatabase { db in
            try SearchRanking.register(db)
            try db.execute(sql: "PRAGMA secure_delete = ON")
            guard wal, !readonly else { return }
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode?.lowercased() == "wal" else {
                throw DatabaseError(resultCode: .SQLITE_CANTOPEN, message: "could not switch to WAL mode")
            }
            // FULL: a committed turn survives a power cut, not only a killed process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    /// Looks at an existing file read-only: is it ours, and is its schema one this build knows?
    private static func probe(path: String, busyTimeout: TimeInterval) throws {
        try mapped(path) {
            let queue = try DatabaseQueue(
                path: path, configuration: configuration(busyTimeout: busyTimeout, wal: true, readonly: true))
            try queue.read { db in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if tables.isEmpty && applicationID == 0 { return }  // an empty database: ours to fill
                guard applicationID == StoreSchema.applicationID else { throw StoreError.corrupt(path: path) }
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if try userVersion > StoreSchema.userVersion || StoreSchema.migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerSchema(path: path)
                }
            }
        }
    }

    /// Runs `body`, turning SQLite and other failures into `StoreError`s that name `path`.
    static func mapped<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        } catch {
            throw StoreError.invalid("The transcript store at \(path) failed: \(error).")
        }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return .unwritable(path: path, reason: detail)
        case .SQLITE_IOERR:
            if DatabaseFile.diskIsFull(path) { return .full(path: path) }
            return .unwritable(path: path, reason: "disk I/O error: \(detail)")
        case .SQLITE_FULL:
            return .full(path: path)
        default:
            return .invalid("The transcript store at \(path) reported an error: \(detail).")
        }
    }
}
