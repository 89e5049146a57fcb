import Foundation
import GRDB

extension TranscriptStore {
    /// Deletes every session started before `cutoff` (with its turns, safety events, ratings and
    /// facts, as `delete(sessionIds:)` does) and returns how many went. Finding and deleting happen in
    /// ONE transaction, so two programs pruning at once never trip over each other's deletions.
    /// Nothing is rewritten when nothing was old enough.
    @discardableResult
    public func pruneSessions(startedBefore cutoff: Date) throws -> Int {
        let removed = try write { db -> Int in
            try db.execute(literal: "DELETE FROM session WHERE startedAt < \(cutoff)")
            let count = db.changesCount
            if count > 0 { try db.execute(sql: "INSERT INTO turnFts(turnFts) VALUES('optimize')") }
            return count
        }
        if removed > 0 { try purge() }
        return removed
    }
}
