import GRDB

/// How a full-text search runs, in three cheap steps inside one read transaction:
///
/// 1. find the lowest rowid among the newest `window` matches (FTS5 walks its index newest first
///    and stops there);
/// 2. rank only the matches at or above that rowid by bm25 (`SearchRanking`) and keep the best `limit` ids;
/// 3. build the snippet and join session details for those ids only.
///
/// Ranking every match of a word found in half a million lines took over a second; the window keeps
/// step 2 bounded, and step 3 never tokenizes more than `limit` lines.
struct SearchPlan {
    /// The FTS5 query, already trimmed.
    let query: String
    /// At most this many hits.
    let limit: Int
    /// Rank only this many of the newest matches.
    let window: Int

    /// Runs the three steps; SQLite errors (e.g. a query FTS5 cannot parse) are thrown as they come.
    func hits(_ db: Database, open: String, close: String) throws -> [SearchHit] {
        guard limit > 0 else {
            // Still parse the query, so a bad one is refused the same way.
            _ = try Int64.fetchOne(db, sql: "SELECT rowid FROM turnFts WHERE turnFts MATCH ? LIMIT 1", arguments: [query])
            return []
        }
        let floor = try lowestRowidInWindow(db) ?? Int64.min
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT rowid FROM turnFts
                WHERE turnFts MATCH ? AND rowid >= ?
                ORDER BY \(SearchRanking.functionName)(turnFts), rowid DESC
                LIMIT ?
                """,
            arguments: [query, floor, limit])
        let statement = try db.cachedStatement(
            sql: """
                SELECT turn.sessionId, session.exerciseId, session.title, turn.seq, turn.speaker, turn.at,
                       snippet(turnFts, 0, ?, ?, '…', 12) AS snippet
                FROM turnFts
                JOIN turn ON turn.id = turnFts.rowid
                JOIN session ON session.id = turn.sessionId
                WHERE turnFts MATCH ? AND turnFts.rowid = ?
                """)
        return try ids.compactMap { id in
            try SearchHit.fetchOne(statement, arguments: [open, close, query, id])
        }
    }

    /// The rowid of the `window`-th newest match, or nil when fewer lines match (then all are ranked).
    private func lowestRowidInWindow(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: "SELECT rowid FROM turnFts WHERE turnFts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            arguments: [query, window - 1])
    }
}
