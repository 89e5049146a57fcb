import Foundation
import TranscriptStore

/// What `AppEnvironment.openStore()` does for privacy: incognito runs and the retention setting.
enum StorePrivacy {
    /// An empty in-memory store: with `ALONGSIDE_INCOGNITO=1` nothing is read from or written to disk.
    static func incognitoStore() throws -> TranscriptStore {
        Console.standardError("note: incognito (ALONGSIDE_INCOGNITO=1): nothing is stored and stored transcripts are not opened.")
        return try guardStore { try TranscriptStore.inMemory() }
    }

    /// Removes sessions older than `retention-days`, printing a one-line note when any went.
    static func applyRetention(to store: TranscriptStore, configDirectory: String) throws {
        let policy = RetentionPolicy(days: ConfigFile(directory: configDirectory).value("retention-days").flatMap(Int.init))
        if let note = try policy.apply(to: store) { Console.standardError(note) }
    }
}
