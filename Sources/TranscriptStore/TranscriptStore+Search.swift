import Foundation
import GRDB

extension TranscriptStore {
    /// How many of the newest matching lines a search ranks (see `search(_:limit:window:open:close:)`).
    public static let searchWindow = 2_000

    /// Full-text search over turn text, best matches first (bm25), with `[` `]` around matched words.
    ///
    /// The query uses SQLite FTS5 syntax: plain words (all must match), `"a phrase"`, `word*` for
    /// prefixes, `OR`, `NOT`. A query that does not parse gives `StoreError.invalid`.
    /// `open` and `close` are put around matched words (brackets unless the caller asks otherwise).
    ///
    /// Only the `window` newest matching lines are ranked: the result is the best matches among the
    /// most recent `window` matches, so a very common word stays fast however much is stored. When at
    /// most `window` lines match, the result is exactly that of ranking every match. Scores (bm25)
    /// always use the statistics of the whole store; ties go to the newer line.
    public func search(
        _ query: String, limit: Int = 20, window: Int = TranscriptStore.searchWindow,
        open: String = "[", close: String = "]"
    ) throws -> [SearchHit] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw StoreError.invalid("Give some words to search for, e.g. alongside transcripts search \"calm\".")
        }
        return try read { db in
            do {
                return try SearchPlan(query: trimmed, limit: max(0, limit), window: max(1, window))
                    .hits(db, open: open, close: close)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && Self.isQueryError(error) {
                throw StoreError.invalid(
                    "The search \"\(trimmed)\" could not be understood (\(error.message ?? "syntax error")). "
                        + "Use plain words, \"a quoted phrase\", or word* to match the start of words.")
            }
        }
    }

    /// Whether an SQLite error is about the search words (FTS5 syntax, an unknown column filter) rather
    /// than the store itself; only those are reported as "could not be understood".
    static func isQueryError(_ error: DatabaseError) -> Bool {
        let message = (error.message ?? "").lowercased()
        return ["fts5", "syntax error", "no such column", "unterminated string", "unknown special query"]
            .contains { message.contains($0) }
    }

    /// Deletes these sessions with their turns, safety events, ratings and facts (plan versions
    /// stay, unlinked), then rewrites the file so the deleted text is gone from disk.
    ///
    /// Throws `notFound` and deletes nothing if any id does not exist.
    public func delete(sessionIds: [Int64]) throws {
        guard !sessionIds.isEmpty else { return }
        try write { db in
            let ids = Set(sessionIds)
            let found = try Set(SQLRequest<Int64>(literal: "SELECT id FROM session WHERE id IN \(ids)").fetchAll(db))
            if let missing = ids.subtracting(found).min() {
                throw StoreError.notFound("session \(missing)")
            }
            try db.execute(literal: "DELETE FROM session WHERE id IN \(ids)")
            // Merge the full-text index so deleted words do not linger in old segments.
            try db.execute(sql: "INSERT INTO turnFts(turnFts) VALUES('optimize')")
        }
        try purge()
    }

    /// Deletes every session, turn, safety event, rating, fact and plan version, then rewrites
    /// the file so the deleted text is gone from disk.
    public func deleteAll() throws {
        try write { db in
            try db.execute(sql: "DELETE FROM planVersion")
            try db.execute(sql: "DELETE FROM session")
            try db.execute(sql: "INSERT INTO turnFts(turnFts) VALUES('delete-all')")
        }
        try purge()
    }

    /// Moves everything out of the WAL, rebuilds the file (VACUUM) and truncates the WAL again.
    ///
    /// `secure_delete` already zeroes freed space; this also drops old page copies kept in the WAL.
    func purge() throws {
        try writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "VACUUM")
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
