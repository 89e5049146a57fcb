import GRDB

extension TranscriptStore {
    /// Every remembered value, oldest first (for the review report).
    public func allFacts() throws -> [FactRecord] {
        try read { db in try FactRecord.order(Column("at"), Column("id")).fetchAll(db) }
    }
}
