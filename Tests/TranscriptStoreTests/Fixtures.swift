import Foundation
@testable import TranscriptStore

/// Fixed times and sample rows shared by the store tests.
enum Fixtures {
    static let start = Date(timeIntervalSince1970: 1_795_435_200)  // 2026-11-23T12:00:00Z

    static func time(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    static func grounding(at seconds: TimeInterval = 0) -> NewSession {
        NewSession(
            exerciseId: "grounding-54321", scriptHash: "sha256:abc", scriptVersion: "1",
            title: "5-4-3-2-1 grounding", kind: "individual", region: "GB", startedAt: time(seconds))
    }

    /// A fresh folder under the system temporary directory, removed by the caller.
    static func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("alongside-store-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func mode(of path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return ((attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
}
