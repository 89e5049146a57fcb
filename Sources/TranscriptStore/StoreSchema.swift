import GRDB

/// The database schema, built only through named migrations.
enum StoreSchema {
    /// `PRAGMA application_id` of an Alongside database ("ALNG").
    static let applicationID: Int32 = 0x414C_4E47

    /// The migrations this build knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createTables(db)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2") { db in
            try rebuildSearchIndex(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }

    /// The `user_version` the newest known migration leaves behind.
    static let userVersion = 2

    /// Word beginnings (in letters) the full-text index also keeps, so `fa*` and `fam*` read one list each
    /// instead of merging the lists of every word that starts that way (FTS5 `prefix='2 3'`, from `v2`).
    static let searchPrefixLengths: Set<Int> = [2, 3]

    /// `turnFts`: the full-text index over `turn.text`, kept in sync by triggers.
    private static func createSearchIndex(_ db: Database, prefixes: Set<Int>?) throws {
        try db.create(virtualTable: "turnFts", using: FTS5()) { t in
            t.synchronize(withTable: "turn")
            t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
            t.prefixes = prefixes
            t.column("text")
        }
    }

    /// `v2`: drops `turnFts` and its triggers and creates it again with the prefix index; GRDB fills the new
    /// index from `turn` (FTS5 `rebuild`) in the same transaction, so a failure leaves the `v1` index as it was.
    private static func rebuildSearchIndex(_ db: Database) throws {
        try db.dropFTS5SynchronizationTriggers(forTable: "turnFts")
        try db.drop(table: "turnFts")
        try createSearchIndex(db, prefixes: searchPrefixLengths)
    }

    /// The tables of schema v1. Foreign keys are spelled out (`sessionId` ... `references`) rather than made
    /// with `belongsTo`, whose name inflection compiles ICU regular expressions at every new database.
    private static func createTables(_ db: Database) throws {
        try db.create(table: "session") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("exerciseId", .text).notNull().indexed()
            t.column("scriptHash", .text).notNull()
            t.column("scriptVersion", .text)
            t.column("title", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("startedAt", .datetime).notNull().indexed()
            t.column("endedAt", .datetime)
            t.column("status", .text).notNull()
                .check(sql: "status IN ('active', 'paused', 'completed', 'abandoned')")
            t.column("region", .text)
        }
        try db.create(table: "turn") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().indexed().references("session", onDelete: .cascade)
            t.column("seq", .integer).notNull().check { $0 >= 1 }
            t.column("speaker", .text).notNull().check(sql: "speaker IN ('app', 'person', 'system')")
            t.column("text", .text).notNull()
            t.column("nodeId", .text)
            t.column("at", .datetime).notNull()
            t.column("kind", .text).notNull()
            t.uniqueKey(["sessionId", "seq"])
        }
        try createSearchIndex(db, prefixes: nil)   // v1 had no prefix index; v2 replaces it
        try db.create(table: "safetyEvent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().indexed().references("session", onDelete: .cascade)
            t.column("turnSeq", .integer)
            t.column("level", .text).notNull()
            t.column("categories", .text).notNull()
            t.column("rules", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        try db.create(table: "rating") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().indexed().references("session", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("value", .integer).notNull().check { $0 >= 0 && $0 <= 10 }
            t.column("at", .datetime).notNull()
        }
        try db.create(table: "fact") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().indexed().references("session", onDelete: .cascade)
            t.column("exerciseId", .text).notNull()
            t.column("key", .text).notNull().indexed()
            t.column("value", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        try db.create(table: "planVersion") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("planKind", .text).notNull()
            t.column("version", .integer).notNull()
            t.column("sessionId", .integer).indexed().references("session", onDelete: .setNull)
            t.column("content", .text).notNull()
            t.column("summaryOfChanges", .text)
            t.column("at", .datetime).notNull()
            t.uniqueKey(["planKind", "version"])
        }
    }
}
