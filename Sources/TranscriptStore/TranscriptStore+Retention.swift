import Foundation
import GRDB

extension TranscriptStore {
    /// Deletes every session started before `cutoff` (with its turns, safety events, ratings and
    /// facts, as `delete(sessionIds:)` does) and returns how many went. Nothing is rewritten when
    /// nothing was old enough.
    @discardableResult
    public func pruneSessions(startedBefore cutoff: Date) throws -> Int {
        let ids: [Int64] = try read { db in
            try SQLRequest<Int64>(literal: "SELECT id FROM session WHERE startedAt < \(cutoff)").fetchAll(db)
        }
        guard !ids.isEmpty else { return 0 }
        try delete(sessionIds: ids)
        return ids.count
    }
}
